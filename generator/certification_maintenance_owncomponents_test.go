package generator

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// The example's faults found in review 62: the pump's 4.1.0 MDS2 form
// derived SAHD-2 Yes from an assessment of the maker's process, the
// 4.2.1 CSD sent its readers to section 13's generic text for what 4.2.1
// keeps in limited support while a component end-of-support notice
// about 4.2.1 states it, and DoseWise's plan sent its readers to the
// lifecycle page for the components of 2.2.1, of which that page says it
// has no list of its own.

// ex62Row is the first line of md that starts with prefix ("" if none).
func ex62Row(md, prefix string) string {
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, prefix) {
			return line
		}
	}
	return ""
}

// TestExampleSAHD2NotFromAProcessAssessment: the shipped example's 4.1.0
// form does not derive SAHD-2 Yes from the IEC 81001-5-1 process
// assessment (the manufacturer answers it); 4.2.1's still derives Yes
// from its UL 2900-2-1 certificate. The rule table
// (mds2form.otherRuleCases) and mds2form's
// TestVersionFormCountsOnlyItsCertifications test the other direction: a
// certification of the product derives Yes.
func TestExampleSAHD2NotFromAProcessAssessment(t *testing.T) {
	files := exampleFilesEdited(t, "", nil)
	const q = "| SAHD-2 | Does the device hold any cybersecurity certifications? |"
	old := ex62Row(files["halcyon-lvp7/4.1.0/mds2.md"], q)
	if old == "" {
		t.Fatal("the 4.1.0 form has no SAHD-2 row")
	}
	kindtest.SaysNoneBecause(t, "SAHD-2 of the 4.1.0 form", old, "IEC 81001-5-1 assesses Meridian's process, not the pump",
		"[Yes]", "IEC 81001-5-1", "Derived from the product data")
	kindtest.SaysAll(t, "SAHD-2 of the 4.2.1 form", ex62Row(files["halcyon-lvp7/mds2.md"], q),
		"[Yes]", "certifications[0] (UL 2900-2-1 (network-connectable medical devices)) is a security certification or assessment of the product held for version 4.2.1.")
}

// TestExampleLimitedSupportAheadFromComponentNotice: 4.2.1's end of life
// (30 June 2026) is ahead of its CSD; the component end-of-support
// notice about 4.2.1 (Linux 6.6, OpenSSL 3.0) states what it keeps from
// then, and the CSD now says so, where it pointed to section 13's generic
// text. Without that notice it points there again; an end-of-life notice
// of 4.2.1 wins over the component notice, as in the lifecycle page and
// the plan (content.Product.MaintenanceNotice).
func TestExampleLimitedSupportAheadFromComponentNotice(t *testing.T) {
	const (
		lead      = "Version `4.2.1` enters limited support at its end of life on 30 June 2026: the commitments below hold for it until then."
		fromCEOS  = lead + " From then it gets what notice MIS-LVP7-CEOS-001 states: "
		cellCEOS  = "from its end of life on 2026-06-30, limited support as notice MIS-LVP7-CEOS-001 states"
		section13 = lead + " What it gets from then is given in [13. End of support and end of life](#13-end-of-support-and-end-of-life)."
	)
	isCEOS := func(n content.Notice) bool {
		return n.Kind == "component_end_of_support" && slices.Contains(n.Versions, "4.2.1")
	}
	t.Run("the example", func(t *testing.T) {
		docs, _ := exampleDocs(t, nil)
		kindtest.SaysAll(t, "the 4.2.1 CSD", docs["csd"], fromCEOS, cellCEOS)
		kindtest.SaysNone(t, "the 4.2.1 CSD", docs["csd"], section13)
	})
	t.Run("without the component notice", func(t *testing.T) {
		docs, _ := exampleDocs(t, func(_ *content.Content, p *content.Product) {
			if !slices.ContainsFunc(p.Notices, isCEOS) {
				t.Fatal("the example has no component notice about 4.2.1")
			}
			p.Notices = slices.DeleteFunc(p.Notices, isCEOS)
		})
		kindtest.SaysAll(t, "the 4.2.1 CSD", docs["csd"], section13)
		kindtest.SaysNone(t, "the 4.2.1 CSD", docs["csd"], "MIS-LVP7-CEOS-001 states", "limited support as notice")
	})
	t.Run("an end-of-life notice of 4.2.1 beside it", func(t *testing.T) {
		docs, _ := exampleDocs(t, func(_ *content.Content, p *content.Product) {
			i := slices.IndexFunc(p.Notices, isCEOS)
			if i < 0 {
				t.Fatal("the example has no component notice about 4.2.1")
			}
			n := p.Notices[i]
			// Older than the component notice (2026-01-20), and stopping
			// nothing before the end of life.
			n.ID, n.Kind, n.Issued, n.Components, n.Stops, n.DateChanges = "eol-4.2.1", "end_of_life", content.NewDate(2026, 1, 5), nil, nil, nil
			n.Document.ID, n.Maintenance = "MIS-LVP7-EOL-421", "Critical security fixes until the end of support."
			p.Notices = append(p.Notices, n)
		})
		kindtest.SaysAll(t, "the 4.2.1 CSD", docs["csd"], lead+" From then it gets what notice MIS-LVP7-EOL-421 states: Critical security fixes until the end of support.")
		kindtest.SaysNone(t, "the 4.2.1 CSD", docs["csd"], "MIS-LVP7-CEOS-001 states", section13)
	})
}

// ex62Dosewise prepares the example's DoseWise with every default kind,
// after edit of its kind view, and renders its documents as the build
// does, by document path.
func ex62Dosewise(t *testing.T, edit func(*kind.Product)) map[string]string {
	t.Helper()
	c, diags := kindtest.Load(t, "../jspgen.toml", "../content")
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	kp, _ := kindtest.Product(t, c, "dosewise")
	if edit != nil {
		edit(&kp)
	}
	env := kindtest.Env(c, kp.Documents.SecurityPlan.ReleaseDate)
	kinds := DefaultKinds()
	prepared := make([]kind.Prepared, len(kinds))
	for i, k := range kinds {
		prepared[i], _ = kindtest.Prepare(t, k, env, kp)
	}
	built := kind.BuiltOf(kinds, prepared, kp)
	docs := map[string]string{}
	for _, prep := range prepared {
		for _, doc := range prep.Documents {
			docs[doc.Path] = kindtest.RenderBuilt(t, env, kp, doc, built)
		}
	}
	return docs
}

// TestPlanOtherVersionWithoutComponentList: DoseWise's only SBOM is
// 2.3.0's; the lifecycle page says 2.2.1 has no component list of its
// own, and the plan's section 5 said the page "takes every supported
// version's components in turn". It now says 2.2.1's components are not
// stated. With a list of 2.2.1's own, the page takes its components and
// the plan points there.
func TestPlanOtherVersionWithoutComponentList(t *testing.T) {
	const (
		other   = "Version `2.2.1`, also supported on "
		pointer = "the [lifecycle page](lifecycle.html) takes every supported version's components in turn"
		pageNo  = "Version `2.2.1` has no component list of its own"
	)
	t.Run("the example", func(t *testing.T) {
		docs := ex62Dosewise(t, nil)
		kindtest.SaysAll(t, "the lifecycle page", docs["lifecycle"], pageNo)
		sentence := ex62Row(docs["security-plan"], other)
		kindtest.SaysAll(t, "the plan", sentence, "is not covered by this section; its components are not stated: the product data gives it no component list of its own.")
		kindtest.SaysNoneBecause(t, "the plan", sentence, "the lifecycle page lists no components of 2.2.1", pointer, "lifecycle page")
	})
	t.Run("2.2.1 with a list of its own", func(t *testing.T) {
		docs := ex62Dosewise(t, func(kp *kind.Product) {
			q := kp.ByVersion["2.2.1"]
			if q.Inventory == nil || q.Inventory.ListedFor != "2.3.0" || len(q.Inventory.List) == 0 {
				t.Fatalf("2.2.1's inventory: want 2.3.0's list standing in, got %+v", q.Inventory)
			}
			inv := *q.Inventory
			inv.ListedFor, inv.List = "", slices.Clone(inv.List)
			q.Inventory = &inv
			kp.ByVersion["2.2.1"] = q
		})
		kindtest.SaysNone(t, "the lifecycle page", docs["lifecycle"], pageNo)
		sentence := ex62Row(docs["security-plan"], other)
		kindtest.SaysAll(t, "the plan", sentence, "is not covered by this section; "+pointer+".")
		kindtest.SaysNone(t, "the plan", sentence, "not stated")
	})
}
