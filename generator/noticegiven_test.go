package generator

import (
	"strings"
	"testing"
)

// TestNoticeGivenSaid: a product that states no end_of_life.notice_months
// but has issued an end-of-support notice says, beside the least notice
// it does not state, how much notice that notice gave (tpsplanning: issued
// 2026-06-15 about 11.2, whose support ends 2027-06-30, the 12 months
// check warns of), on the CSD and on the lifecycle page.
func TestNoticeGivenSaid(t *testing.T) {
	read := buildFixture(t, "tpsplanning")
	const given = "the notice about version `11.2` was issued on 2026-06-15, 12 months and 15 days before that version's end of support on 2027-06-30."
	for _, c := range []struct{ file, want string }{
		{"isodose-plan/lifecycle.md", "The least notice Isodose Software BV gives before a version reaches end of support is not stated; IMDRF N70 recommends at least 24 months; " + given},
		{"isodose-plan/csd.md", "The least notice Isodose Software BV gives before a version reaches end of support is not stated; " + given},
	} {
		if got := read(c.file); !strings.Contains(got, c.want) {
			t.Errorf("%s does not say the notice given:\nwant %q", c.file, c.want)
		}
	}
}

// TestNoticeGivenSeveral: with two versions whose end of support a notice
// announced, and no notice_months, the lifecycle page says the notice
// each got (hostedlifecycle, its notice_months taken out).
func TestNoticeGivenSeveral(t *testing.T) {
	files, _ := buildFixtureEdited(t, "hostedlifecycle", "readline.toml", func(s string) string {
		return strings.Replace(s, "notice_months = 6\n", "", 1)
	})
	var page string
	for k, v := range files {
		if strings.HasSuffix(k, "/lifecycle.md") {
			page = v
		}
	}
	want := "; the notice about version `2023.2` was issued on 2024-07-15, 6 months and 16 days before that version's end of support on 2025-01-31; the one about version `2024.3` on 2025-06-16, 6 months and 15 days before that version's end of support on 2025-12-31."
	if !strings.Contains(page, want) {
		i := strings.Index(page, "The least notice")
		t.Errorf("the lifecycle page does not give each notice:\nwant %q\npage: %.600s", want, page[max(i, 0):])
	}
}
