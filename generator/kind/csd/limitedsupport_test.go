package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// exampleCSDs renders every CSD of the example (the current version's at
// "csd", each other supported version's in its folder) after edit.
func exampleCSDs(t *testing.T, edit func(p *content.Product)) map[string]string {
	t.Helper()
	c, p := csdLoadExample(t)
	edit(p)
	env, kp := csdContext(c, p)
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	out := map[string]string{}
	for _, d := range prep.Documents {
		out[d.Path] = kindtest.Render(t, env, kp, d)
	}
	return out
}

// eol410 is the example's end-of-life notice of version 4.1.0, which
// states the maintenance that version keeps in limited support.
func eol410(p *content.Product) *content.Notice {
	i := slices.IndexFunc(p.Notices, func(n content.Notice) bool { return n.Document.ID == "MIS-LVP7-EOL-410" })
	return &p.Notices[i]
}

// TestCSDLimitedSupportWithoutMaintenanceNotice: the CSD of a version in
// Limited Support (4.1.0, past its end of life on 2025-09-30) gives what
// a notice states it keeps; where no notice states it, the CSD says so,
// as the plan and the lifecycle page do, and gives the update commitments
// only as those of the versions in support, never as the version's own.
func TestCSDLimitedSupportWithoutMaintenanceNotice(t *testing.T) {
	const (
		noneRow   = "| Software updates | Limited support since 2025-09-30; what remains is not stated | "
		noneCell  = "What maintenance version `4.1.0` still gets is not stated: no end-of-life or end-of-support notice in the product data issued by 2026-02-16 states it. For versions in support: As needed, no fixed calendar."
		noneLead  = "**Update timelines.** Version `4.1.0` has been in limited support since 30 September 2025, and what maintenance it still gets is not stated: no end-of-life or end-of-support notice in the product data issued by 16 February 2026 states it. The commitments below are those for the versions in support; whether they still hold for version `4.1.0` is not stated. Security updates for version `4.1.0` end on 31 March 2027, as notice MIS-LVP7-EOL-410 states.\n"
		plainRow  = "| Software updates | As needed, no fixed calendar | "
		noticeRow = "| Software updates | Limited support since 2025-09-30; what remains as notice MIS-LVP7-EOL-410 states | "
		stageRow  = "| Version and end of support | 4.1.0 | Supported until 2027-09-30; in limited support since its end of life on 2025-09-30. "
	)
	for _, tc := range []struct {
		name        string
		maintenance bool
		says, never []string
	}{
		{"a notice states the maintenance", true, []string{noticeRow, stageRow, "it gets what notice MIS-LVP7-EOL-410 states: "}, []string{noneRow, noneCell, "no end-of-life or end-of-support notice", plainRow}},
		{"no notice states it", false, []string{noneRow, noneCell, noneLead, stageRow}, []string{noticeRow, plainRow, "it gets what notice"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			csds := exampleCSDs(t, func(p *content.Product) {
				if !tc.maintenance {
					eol410(p).Maintenance = ""
				}
			})
			md := csds[kind.VersionPath("4.1.0", "csd")]
			kindtest.SaysAll(t, "the CSD of 4.1.0", md, tc.says...)
			kindtest.SaysNone(t, "the CSD of 4.1.0", md, tc.never...)
			// The current version, in Support, is not in limited support.
			kindtest.SaysNone(t, "the current version's CSD", csds["csd"], "what remains is not stated", "has been in limited support")
		})
	}
}

// TestCSDLimitedSupportAhead: the key facts of a version in Support whose
// end of life is still ahead (4.2.1's, 2026-06-30, after the CSD of
// 2026-02-16) name the limited support that follows it, with the notice
// that states what remains then where one does, and section 6 holds its
// update timelines to that date and says where what follows is given
// (the notice, else section 13); without an end of life the row says
// only until when the version is supported.
func TestCSDLimitedSupportAhead(t *testing.T) {
	const lead = "**Update timelines.** Version `4.2.1` enters limited support at its end of life on 30 June 2026: the commitments below hold for it until then."
	for _, tc := range []struct {
		name        string
		edit        func(p *content.Product)
		says, never []string
	}{
		// The example's component notice about 4.2.1 (Linux 6.6 and
		// OpenSSL 3.0) states what it keeps: without it, no notice does.
		{"end of life ahead, no notice", func(p *content.Product) {
			p.Notices = slices.DeleteFunc(p.Notices, func(n content.Notice) bool { return n.Kind == "component_end_of_support" })
		},
			[]string{"| Current version and end of support | 4.2.1 | Supported until 2028-12-31; limited support from its end of life on 2026-06-30. [13.", lead + " What it gets from then is given in [13. End of support and end of life](#13-end-of-support-and-end-of-life).\n"},
			[]string{"limited support as notice"}},
		{"end of life ahead, a notice states what remains", func(p *content.Product) {
			n := *eol410(p)
			n.Versions, n.Issued, n.Stops = []string{"4.2.1"}, content.NewDate(2026, 1, 5), nil
			n.Document.ID, n.Maintenance = "MIS-LVP7-EOL-421", "Critical security fixes until the end of support."
			p.Notices = append(p.Notices, n)
		}, []string{"| Current version and end of support | 4.2.1 | Supported until 2028-12-31; from its end of life on 2026-06-30, limited support as notice MIS-LVP7-EOL-421 states. [13.",
			lead + " From then it gets what notice MIS-LVP7-EOL-421 states: Critical security fixes until the end of support.\n"},
			[]string{"limited support from its end of life"}},
		{"no end of life", func(p *content.Product) { p.Version("4.2.1").EndOfLife = content.Date{} },
			[]string{"| Current version and end of support | 4.2.1 | Supported until 2028-12-31. [13.", "**Update timelines.**\n"},
			[]string{"limited support from", "enters limited support"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := exampleCSDs(t, tc.edit)["csd"]
			kindtest.SaysAll(t, "the CSD of 4.2.1", md, tc.says...)
			kindtest.SaysNone(t, "the CSD of 4.2.1", md, tc.never...)
		})
	}
}
