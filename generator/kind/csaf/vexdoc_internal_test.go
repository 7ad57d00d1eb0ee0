package csaf

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestVEXDocumentTruths: a version's CSAF VEX is first released no
// earlier than the version (not on a third party's earlier disclosure),
// and an entry about a component the version does not contain names the
// version, with no relationship claiming the component is part of it;
// the entries about components it contains keep theirs.
func TestVEXDocumentTruths(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, content.NewDate(2026, 3, 2))
	set := p.Vulnerabilities
	v := set.Version("4.2.1")
	gone := &vuln.Vulnerability{ID: "CVE-2025-44444", Title: "rauc", Version: "4.2.1", Status: "not_affected", Justification: "component_not_present",
		Components: []sbom.Component{{Name: "rauc", Version: "1.8", PURL: "pkg:github/rauc/rauc@v1.8"}}}
	set.List = append(set.List, gone)
	adv := vexAdvisory(env, p, set, *v)
	doc := adv.Doc
	if got, ga := doc.Document.Tracking.InitialReleaseDate, p.Version("4.2.1").GeneralAvailability.String(); got < ga {
		t.Errorf("initial release %s, before 4.2.1's general availability %s", got, ga)
	}
	for _, r := range doc.ProductTree.Relationships {
		for _, comp := range gone.Components {
			if strings.HasPrefix(r.FullProductName.Name, strings.TrimSpace(comp.Name+" "+comp.Version)+" as a component") {
				t.Errorf("relationship %q claims the absent component is part of 4.2.1", r.FullProductName.Name)
			}
		}
	}
	for _, cv := range doc.Vulnerabilities {
		if cv.CVE != gone.ID && (cv.IDs == nil || cv.IDs[0].Text != gone.ID) {
			if strings.Join(cv.ProductStatus.KnownAffected, "")+strings.Join(cv.ProductStatus.Fixed, "") == "" && len(cv.ProductStatus.KnownNotAffected) == 0 && len(cv.ProductStatus.UnderInvestigation) == 0 {
				t.Errorf("%s lost its products", cv.CVE)
			}
			continue
		}
		if na := cv.ProductStatus.KnownNotAffected; len(na) != 1 || strings.Contains(na[0], ":") {
			t.Errorf("%s: known_not_affected %v, want the version's product ID alone", gone.ID, na)
		}
	}
	if len(doc.ProductTree.Relationships) == 0 {
		t.Error("no relationship left for the components 4.2.1 contains")
	}
}

// TestVEXFirstReleasedWhenTheManufacturerKnew: 3.8.2's CSAF VEX is first
// released when Meridian learnt of CVE-2024-1086 (2024-05-30), not on its
// public disclosure (2024-01-31), when Meridian could state nothing.
func TestVEXFirstReleasedWhenTheManufacturerKnew(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, content.NewDate(2026, 3, 2))
	adv := vexAdvisory(env, p, p.Vulnerabilities, *p.Vulnerabilities.Version("3.8.2"))
	if got := adv.Doc.Document.Tracking.InitialReleaseDate; !strings.HasPrefix(got, "2024-05-30") {
		t.Errorf("3.8.2's VEX first released %s; want 2024-05-30, when the manufacturer learnt of CVE-2024-1086", got)
	}
}

// TestNoticeTwinNamesTheRelatedVersions: the CSAF twin of the end-of-support
// notice of 3.8.2 and Halcyon Connect 4.2 gives the milestones of both, as
// the notice does (it gave 3.8.2's only).
func TestNoticeTwinNamesTheRelatedVersions(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, content.NewDate(2026, 3, 2))
	for _, n := range p.Notices {
		if n.ID != "eos-3.8.2" {
			continue
		}
		adv := noticeAdvisory(env, p, n)
		var text string
		for _, note := range adv.Doc.Document.Notes {
			if note.Title == "Lifecycle milestones" {
				text = note.Text
			}
		}
		kindtest.SaysAll(t, "the twin's milestones", text, "Version 3.8.2 — ", "Halcyon Connect 4.2 — General availability: ")
		return
	}
	t.Fatal("the example has no notice eos-3.8.2")
}

// TestNoticeTwinStopsAsOfItsRelease: the twin of a notice says what stops
// as of the notice's release, as the notice does: revision C of 3.8.2's
// end-of-support notice, released the day after its end of support,
// says updates stopped then; released before, that they stop, each verb
// agreeing with what stops.
func TestNoticeTwinStopsAsOfItsRelease(t *testing.T) {
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, content.NewDate(2026, 3, 2))
	for _, tc := range []struct {
		released content.Date
		want     []string
		not      string
	}{
		{content.NewDate(2025, 7, 1), []string{"Regular releases for 3.8.2 stopped on 2025-06-30.", "Spare parts stop on 2027-06-30."}, "3.8.2 stop on"},
		{content.NewDate(2024, 1, 15), []string{"Regular releases for 3.8.2 stop on 2025-06-30.", "Technical support for 3.8.2 stops on 2025-06-30.", "Service agreement renewal for 3.8.2 stopped on 2023-06-30."}, "Regular releases for 3.8.2 stopped"},
	} {
		for _, n := range p.Notices {
			if n.ID != "eos-3.8.2" {
				continue
			}
			n.Document.ReleaseDate = tc.released
			var text string
			for _, note := range noticeAdvisory(env, p, n).Doc.Document.Notes {
				if note.Title == "What stops" {
					text = note.Text
				}
			}
			kindtest.SaysAll(t, "released "+tc.released.String()+": the twin's stops", text, tc.want...)
			// The verb agrees with what stops: "Regular releases … stop",
			// "Technical support … stops", never "stop(s)".
			kindtest.SaysNone(t, "released "+tc.released.String()+": the twin's stops", text, "stop(s)", "Regular releases for 3.8.2 stops", "support for 3.8.2 stop on")
			if strings.Contains(text, tc.not) {
				t.Errorf("released %s: the twin's stops say %q:\n%s", tc.released, tc.not, text)
			}
		}
	}
}
