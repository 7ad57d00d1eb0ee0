package generator

import (
	"strings"
	"testing"
)

// TestTwoproductsISAOOneFactForTheSite: WardSight's form answered DOC-9
// No by hand while the site file leaves manufacturer.isao.member out and
// TeleStride's plan says the membership is not stated; check said
// nothing, as WardSight builds no plan of its own.
func TestTwoproductsISAOOneFactForTheSite(t *testing.T) {
	msgs := fixtureCheck(t, "twoproducts", "", nil)
	want := "mds2.answers.DOC-9: answer No, but testdata/twoproducts/jspgen.toml does not state manufacturer.isao.member, and the security plan of telestride says it is not stated"
	if !strings.Contains(msgs, want) {
		t.Errorf("no warning %q among\n%s", want, msgs)
	}
}

// TestTwoproductsLabelingItem13: WardSight's section 13 prints the notice
// promised and the commitments, with no end of support decided: item 13
// is incomplete, not empty, and the advice asks for no date.
func TestTwoproductsLabelingItem13(t *testing.T) {
	msgs := fixtureCheck(t, "twoproducts", "", nil)
	var item13 []string
	for _, l := range strings.Split(msgs, "\n") {
		if strings.Contains(l, "item 13 ") {
			item13 = append(item13, l)
		}
	}
	got := strings.Join(item13, "\n")
	if !strings.Contains(got, "is incomplete: add end_of_life.risk_transfer") || strings.Contains(got, "versions.end_of_support") ||
		strings.Contains(got, "is empty") || strings.Contains(got, "no version has an end-of-support date") {
		t.Errorf("item 13 warnings:\n%s", got)
	}
}

// TestTwoproductsLinksBuiltDocuments: WardSight's CSD names its versions'
// stages but did not link the lifecycle page it builds; TeleStride's
// plan listed its end-of-support notice unlinked, and its CSD listed 2.6
// at End of Support without sending its users to the notice.
func TestTwoproductsLinksBuiltDocuments(t *testing.T) {
	read := buildFixture(t, "twoproducts")
	for _, tc := range []struct{ file, want string }{
		{"telestride/security-plan.md", "| [End-of-Support Notice: software 2.6](notices/eos-2.6.html) | QMS-TS-N-001 |"},
		{"telestride/csd.md", "**Notices about other versions.**"},
		{"telestride/csd.md", "- [End-of-Support Notice: software 2.6](notices/eos-2.6.html) (End of support, QMS-TS-N-001 revision A), issued 1 March 2024."},
	} {
		if got := read(tc.file); !strings.Contains(got, tc.want) {
			t.Errorf("%s lacks %q", tc.file, tc.want)
		}
	}
	// TeleStride builds no lifecycle page: its CSD names none.
	if got := read("telestride/csd.md"); strings.Contains(got, "lifecycle.html") {
		t.Errorf("telestride/csd.md links a lifecycle page it does not build")
	}
}

// TestTwoproductsCSDLinksTheLifecyclePage: a CSD released once the
// lifecycle page was issued links it in section 13; the fixture's CSD
// (2025-09-15) predates its page (2026-11-20) and names none.
func TestTwoproductsCSDLinksTheLifecyclePage(t *testing.T) {
	const link = "The current stage and milestones of every version are kept on the [lifecycle page](lifecycle.html)."
	if got := buildFixture(t, "twoproducts")("wardsight/csd.md"); strings.Contains(got, "lifecycle.html") {
		t.Errorf("the CSD of 2025-09-15 links the lifecycle page first issued 2026-11-20")
	}
	files, _ := buildFixtureEdited(t, "twoproducts", "wardsight.toml", func(s string) string {
		return strings.NewReplacer("2026-11-20", "2025-09-01", "2026-11-18", "2025-08-30").Replace(s)
	})
	if got := files["wardsight/csd.md"]; !strings.Contains(got, link) {
		t.Errorf("wardsight/csd.md lacks %q", link)
	}
}
