package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeUnsetMilestoneAsTheLifecycleTables: a notice's line of a
// version's milestones words one the data leave unset as the lifecycle
// page and the CSD word its cell (content.Version.UnsetCell), read on
// the notice's release (eos-3.8.2, 1 July 2025): "no … announced" only
// while it can still come, never for one passed or no longer to come.
func TestNoticeUnsetMilestoneAsTheLifecycleTables(t *testing.T) {
	var zero content.Date
	for _, tc := range []struct {
		name        string
		edit        func(v *content.Version, rv *content.RelatedVersion)
		want, never string
	}{
		{"as shipped: every date stated", func(*content.Version, *content.RelatedVersion) {},
			"- Software `3.8.2`: end of life 30 June 2023, end of guaranteed support 31 December 2024, end of support 30 June 2025; stage on 1 July 2025: End of Support.", "announced"},
		{"end of support passed: end of life passed, guaranteed support not set", func(v *content.Version, _ *content.RelatedVersion) {
			v.EndOfLife, v.EndOfGuaranteedSupport = zero, zero
		}, "- Software `3.8.2`: end of life passed (date not stated), end of guaranteed support not set, end of support 30 June 2025; stage on 1 July 2025: End of Support.", "announced"},
		// Past its end of life with no end of support stated, the version may
		// be in Limited Support or at End of Support (content.Version.
		// SupportUndecided): neither stage, and no milestone "announced".
		{"past its end of life, end of support not stated: the stage is not decided", func(v *content.Version, _ *content.RelatedVersion) {
			v.EndOfLife, v.EndOfSupport = zero, zero
		}, "- Software `3.8.2`: end of life passed (date not stated), end of guaranteed support 31 December 2024, end of support not stated; stage on 1 July 2025: Limited Support or End of Support (end of support not stated).", "announced"},
		{"past its end of life, guaranteed support and end of support not stated", func(v *content.Version, _ *content.RelatedVersion) {
			v.EndOfGuaranteedSupport, v.EndOfSupport = zero, zero
		}, "- Software `3.8.2`: end of life 30 June 2023, end of guaranteed support not stated, end of support not stated; stage on 1 July 2025: Limited Support or End of Support (end of support not stated).", "not set"},
		{"a related version past its end of life", func(_ *content.Version, rv *content.RelatedVersion) {
			rv.EndOfLife = zero
		}, "- Halcyon Connect `4.2` (server software that runs on a server the customer hosts): end of life not stated, end of support 31 July 2025; stage on 1 July 2025: Support or Limited Support (end of life not stated).", "passed"},
		{"end of life not stated, end of support still to come: the stage is not decided", func(v *content.Version, _ *content.RelatedVersion) {
			v.EndOfLife, v.EndOfGuaranteedSupport, v.EndOfSupport = zero, zero, content.NewDate(2025, 7, 31)
		}, "- Software `3.8.2`: end of life not stated, no end of guaranteed support announced, end of support 31 July 2025; stage on 1 July 2025: Support or Limited Support (end of life not stated).", "no end of life announced"},
		{"a related version past its end of support", func(_ *content.Version, rv *content.RelatedVersion) {
			rv.EndOfLife, rv.EndOfSupport = zero, content.NewDate(2025, 6, 30)
		}, "- Halcyon Connect `4.2` (server software that runs on a server the customer hosts): end of life passed (date not stated), end of support 30 June 2025; stage on 1 July 2025: End of Support.", "no end of life announced"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := renderNotice(t, "eos-3.8.2", func(p *content.Product) {
				v := p.Version("3.8.2")
				s := p.RelatedSystem("connect")
				if v == nil || s == nil {
					t.Fatal("the example has no version 3.8.2 or no Halcyon Connect")
				}
				for i := range s.Versions {
					if s.Versions[i].Version == "4.2" {
						tc.edit(v, &s.Versions[i])
						return
					}
				}
				t.Fatal("Halcyon Connect has no version 4.2")
			})
			kindtest.SaysAll(t, "eos-3.8.2", md, tc.want)
			line := milestoneLines(md)
			kindtest.SaysNone(t, "eos-3.8.2 milestone lines", line, tc.never)
		})
	}
}

// milestoneLines are a notice's lines listing the milestones of its
// versions and related versions ("- Software `3.8.2`: …").
func milestoneLines(md string) string {
	var out []string
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, "- Software `") || strings.HasPrefix(l, "- Halcyon Connect `") {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
