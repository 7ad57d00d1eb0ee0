package mds2form

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMDS2SoftwareOnlyParts: a software-only product (a gateway VM the
// customer hosts, a cloud service the manufacturer hosts) has no hardware
// of its own. Its virtual NIC is not an RJ45 port, so CONN-1 is No and
// its hardware sub-questions N/A, none Yes; DOC-11 says software only; the gateway's
// data flow to the cloud leaves the customer's network (CONN-4: the
// cloud's listener alone names no part that reaches it) and PHI sent
// between the parts is sent over the gateway's network adapter (TXCF-1
// No, MPII-2.6 Yes); whether the intended use needs the cloud is not
// stated (CONN-6: the gateway runs elsewhere, and no cloud service says).
// Whether that adapter's host is cabled is the host's: MPII-3.5 is N/A,
// as CONN-1.2 (unlessHostLinks), not a Yes for a wired network.
func TestMDS2SoftwareOnlyParts(t *testing.T) {
	c, _ := kindtest.Load(t, "testdata/jspgen.toml", "testdata/content")
	p := c.Products[0]
	p.SaMD = content.Unstated
	p.Parts = []content.Part{{ID: "gw", Name: "Gateway VM", Runs: "customer_hosted"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	p.Interfaces = []content.Interface{
		{ID: "vnic", Kind: "virtual_nic", Part: "gw", Name: "Gateway adapter", Carries: content.DataKinds{"phi"}},
		{ID: "api", Kind: "api", Part: "cloud", Name: "Cloud API", Carries: content.DataKinds{"phi"}},
	}
	p.Ports = []content.Port{
		{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "api", Part: "cloud"},
		{Number: 104, Transport: "tcp", Service: "DICOM", Direction: "in", Interface: "vnic", Part: "gw"},
	}
	p.DataStores = nil
	p.DataFlows = []content.DataFlow{{ID: "DF-1", From: "gw", To: "cloud", Data: content.DataKinds{"phi"}, Interface: "vnic"}}
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	got := newMDS2Facts(env, kind.Product{Product: p, Inventory: &inventory.Inventory{}}).derive()
	for id, want := range map[string]mds2.Answer{
		"DOC-11": mds2.Yes, "CONN-1": mds2.No, "CONN-1.2": mds2.NA, "CONN-1.2.1": mds2.NA, "CONN-1.1": mds2.NA,
		"CONN-3": mds2.Yes, "CONN-4": mds2.Yes, "CONN-6": mds2.Unanswered, "TXCF-1": mds2.No, "MPII-2.6": mds2.Yes, "MPII-3.5": mds2.NA,
	} {
		if got[id].Answer != want {
			t.Errorf("%s = %q (%s); want %q", id, got[id].Answer, got[id].Says, want)
		}
	}
}

// TestMDS2AnswersFromTheNewestCoveredVersion: the form answers from the
// facts of the newest version it covers, and warns when the versions it
// covers differ in what decides its printed answers (the example's 4.1.0
// lacks 4.2.1's NTS and syslog ports).
func TestMDS2AnswersFromTheNewestCoveredVersion(t *testing.T) {
	c := kindtest.LoadExample(t)
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, kp.Documents.MDS2.ReleaseDate)
	if q := factsFor(env, kp); q.VersionFacts() != "4.2.1" {
		t.Errorf("one covered version: facts of %q; want 4.2.1's", q.VersionFacts())
	}
	const warns = "the MDS2 form covers versions 4.1.0 and 4.2.1, and the product data of version 4.1.0 decide "
	for _, versions := range [][]string{{"4.2.1"}, {"4.1.0", "4.2.1"}} {
		kp.MDS2.Versions = versions
		if q := factsFor(env, kp); q.VersionFacts() != "4.2.1" {
			t.Errorf("mds2.versions %v: facts of %q; want the newest covered version's, 4.2.1", versions, q.VersionFacts())
		}
		_, diags := kindtest.Prepare(t, Kind, env, kp)
		var got []content.Diagnostic
		for _, d := range diags {
			if strings.HasPrefix(d.Message, "the MDS2 form covers versions") && strings.Contains(d.Message, "the product data of version") {
				got = append(got, d)
			}
		}
		want := len(versions) > 1
		if ok := len(got) == 1 && got[0].Severity == content.Warning && strings.HasPrefix(got[0].Message, warns); ok != want || len(got) > 1 {
			t.Errorf("mds2.versions %v: want a warning that the covered versions differ: %v; got %v", versions, want, got)
		}
	}
}

// TestVersionFormsGiveTheirOwnNumber: the form of each supported version
// gives, in its header, DOC-4, DOC-7 and JSON, the document number it is
// published under (the current form's number with the version), never
// the current form's: two documents never share a number.
func TestVersionFormsGiveTheirOwnNumber(t *testing.T) {
	c := kindtest.LoadExample(t)
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, kp.Documents.MDS2.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	if len(prep.Documents) < 2 {
		t.Fatalf("%d forms; want the current one and an older supported version's", len(prep.Documents))
	}
	numbers := map[string]bool{}
	for _, doc := range prep.Documents {
		f := doc.Data.(*mds2.Form)
		want := doc.Control.ID + ", revision " + doc.Control.Revision
		if numbers[doc.Control.ID] {
			t.Errorf("%s: number %s given to two forms", doc.Path, doc.Control.ID)
		}
		numbers[doc.Control.ID] = true
		if f.Document.ID != doc.Control.ID {
			t.Errorf("%s: the form's document ID is %s; published as %s", doc.Path, f.Document.ID, doc.Control.ID)
		}
		for _, sec := range f.Sections {
			for _, row := range sec.Rows {
				switch {
				case row.ID == "DOC-4" && row.Text != want:
					t.Errorf("%s: DOC-4 = %q; want %q", doc.Path, row.Text, want)
				case row.ID == "DOC-7" && row.Text != doc.Control.ReleaseDate.String():
					t.Errorf("%s: DOC-7 = %q; want %q", doc.Path, row.Text, doc.Control.ReleaseDate)
				}
			}
		}
	}
}

// TestVersionFormContradictionAdvisesItsOwnAnswer: an answer true of the
// current version that the data of an older supported version contradicts
// is reported for that version's form, with the way to give that version
// its own answer (a note would keep the current answer, false for it).
func TestVersionFormContradictionAdvisesItsOwnAnswer(t *testing.T) {
	bluetooth := "[[versions.changes.interfaces_added]]\nid = \"bt\"\nkind = \"bluetooth\"\nname = \"Bluetooth LE\"\npurpose = \"Service tablet pairing.\"\ndefault_enabled = false\ncarries = [\"configuration\"]\n\n[[versions.changes.ports_added]]\nnumber = 4460"
	c := exampleCase(t, func(src string) string {
		src = strings.Replace(src, "[[versions.changes.ports_added]]\nnumber = 4460", bluetooth, 1)
		return addAnswer(`"CONN-1.1.2" = "yes"`)(src)
	})
	loaded, _ := content.Load(c.site, c.dir)
	env := kindtest.Env(loaded, content.NewDate(2026, 2, 16))
	p, _ := kindtest.Product(t, loaded, loaded.Products[0].ID)
	_, diags := Kind.Prepare(env, []kind.Product{p})
	var found bool
	for _, d := range diags {
		if strings.Contains(d.Message, "CONN-1.1.2") || strings.Contains(d.Path, "CONN-1.1.2") {
			if strings.HasPrefix(d.Message, "MDS2 form of version 4.1.0: answer Yes contradicts the product data") &&
				strings.HasSuffix(d.Message, "give version 4.1.0 its own under versions[].changes.mds2_answers_changed") {
				found = true
			} else if d.Severity == content.Error {
				t.Errorf("unexpected error: %s", d)
			}
		}
	}
	if !found {
		t.Errorf("no error for 4.1.0's form advising its own answer:\n%v", diags)
	}
}

// TestVersionAnswerOverridingInheritedIsNoRepeat: with a form per
// supported version, a version whose SBOM files make SBOM-1 Yes gives its
// own "yes" over the "no" the earlier version's form needs (the Dosewise
// probe). Removing it would bring back the inherited No, a contradiction:
// check must not advise it. One that replaces no earlier answer is still a
// repeat. The fact a derived answer cites is where the version's SBOM
// files are written, not sbom.files.
func TestVersionAnswerOverridingInheritedIsNoRepeat(t *testing.T) {
	sboms := []string{"SBOM-1", "SBOM-2", "SBOM-2.1", "SBOM-2.2", "SBOM-2.3", "SBOM-2.4"}
	for _, inherited := range []bool{true, false} {
		c := copyCase(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content/dosewise.toml", func(src string) string {
			// 2.2.1 forwards no events to a SIEM: its audit-log export
			// (AUDT-5) is answered, and 2.3.0's, which forwards them,
			// replaces it.
			changed, earlier := "\"AUDT-5\" = \"yes\"\n", "\"AUDT-5\" = \"no\"\n"
			for i, id := range sboms {
				changed += fmt.Sprintf("%q = \"yes\"\n", id)
				earlier += fmt.Sprintf("%q = %q\n", id, map[bool]string{true: "no", false: "na"}[i == 0])
			}
			src = strings.Replace(src, "sbom_files = [\"sbom.cdx.json\"]\n", "sbom_files = [\"sbom.cdx.json\"]\n\n[versions.changes.mds2_answers_changed]\n"+changed, 1)
			src = strings.Replace(src, "[documents]\n", "[documents]\nversions = \"supported\"\n", 1)
			// 2.2.1, without a component list of its own, derives no CSUP-1.
			src = strings.Replace(src, "\"SBOM-3\" = \"yes\"\n", "\"SBOM-3\" = \"yes\"\n\"CSUP-1\" = \"yes\"\n", 1)
			if !inherited {
				return src
			}
			return strings.Replace(src, "\"SBOM-3\" = \"yes\"\n", "\"SBOM-3\" = \"yes\"\n"+earlier, 1)
		})
		loaded, _ := content.Load(c.site, c.dir)
		env := kindtest.Env(loaded, content.NewDate(2026, 2, 16))
		p, _ := kindtest.Product(t, loaded, loaded.Products[0].ID)
		prepared, diags := Kind.Prepare(env, []kind.Product{p})
		if !inherited {
			const want = "answer Yes repeats what the product data decides (versions[1].changes.sbom_files[0] (sbom.cdx.json) is published with the documents); remove it"
			if !slices.ContainsFunc(diags, func(d content.Diagnostic) bool {
				return d.Path == "versions[1].changes.mds2_answers_changed.SBOM-1" && d.Message == want
			}) {
				t.Errorf("no repeat warning for an answer replacing none:\n%v", diags)
			}
			continue
		}
		for _, d := range diags {
			if strings.Contains(d.Path, "mds2_answers_changed") || d.Severity == content.Error {
				t.Errorf("unexpected: %s", d)
			}
		}
		var f *mds2.Form
		for _, doc := range prepared[0].Documents {
			if doc.Path == "mds2" {
				f = doc.Data.(*mds2.Form)
			}
		}
		if f == nil {
			t.Fatal("no current form")
		}
		if row, _ := f.Row("SBOM-1"); row.Answer != mds2.Yes || row.Basis != mds2.BasisAnswered || !strings.HasPrefix(row.From, mds2.AgreesPrefix+"versions[1].changes.sbom_files[0] ") {
			t.Errorf("SBOM-1 = %s, %s from %q; want the manufacturer's Yes, agreeing with versions[1].changes.sbom_files[0]", row.Answer, row.Basis, row.From)
		}
	}
}

// TestAnswerAnOlderFormNeedsIsNoRepeat: with a form per supported
// version, an RDMP-3 answer that the current version's data decides (its
// end of support is published) but the older version's form needs (its
// end of support is not) drew "repeats what the product data decides;
// remove it", and once removed "MDS2 form of version 2.2.1: RDMP-3 has
// no answer": two messages that undo each other. The answer serves the
// older form, so it is no repeat; without it, the older form's warning
// (the form says "Not stated") is the one message. Where no other form needs it, it is still a repeat.
func TestAnswerAnOlderFormNeedsIsNoRepeat(t *testing.T) {
	for _, tc := range []struct {
		name              string
		olderDates, given bool
		want              string // what each RDMP-3 diagnostic says, "" for none
	}{
		{"the older form needs the answer", false, true, ""},
		{"no answer for the older form", false, false, "MDS2 form of version 2.2.1: RDMP-3 has no answer"},
		{"no form needs it", true, true, "answer Yes repeats what the product data decides"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := copyCase(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content/dosewise.toml", func(src string) string {
				if !tc.olderDates {
					src = strings.Replace(src, "end_of_guaranteed_support = 2026-09-30\nend_of_support = 2026-12-31\n", "", 1)
				}
				src = strings.Replace(src, "[documents]\n", "[documents]\nversions = \"supported\"\n", 1)
				// without the lifecycle page, whose promise of notice
				// derives RDMP-3 for the older version too, nor the CSD,
				// whose section 13 does the same
				src = strings.Replace(src, `"csd", "mds2", "lifecycle", "risk_report"`, `"mds2", "risk_report"`, 1)
				if tc.given {
					src = strings.Replace(src, "\"SBOM-3\" = \"yes\"\n", "\"SBOM-3\" = \"yes\"\n\"RDMP-3\" = \"yes\"\n", 1)
				}
				return src
			})
			loaded, _ := content.Load(c.site, c.dir)
			env := kindtest.Env(loaded, content.NewDate(2026, 2, 16))
			p, _ := kindtest.Product(t, loaded, loaded.Products[0].ID)
			_, diags := Kind.Prepare(env, []kind.Product{p})
			var got []string
			for _, d := range diags {
				if strings.HasSuffix(d.Path, "RDMP-3") || strings.Contains(d.Message, "RDMP-3") {
					got = append(got, d.Message)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("RDMP-3 diagnostics %q; want none", got)
			case tc.want != "" && (len(got) == 0 || slices.ContainsFunc(got, func(m string) bool { return !strings.Contains(m, tc.want) })):
				t.Errorf("RDMP-3 diagnostics %q; want each (one per form at most) saying %q", got, tc.want)
			}
		})
	}
}

// TestVersionFormCoversItsOwnVersion: with a form per supported version and
// mds2.versions naming an older version (a form answered by hand for it),
// the form at mds2.* covers that version and the current version gets a
// form of its own, in its folder, which covers the current version: its
// JSP-VER and JSON must not name the older version the product file's
// mds2.versions lists (the anaesthesia workstation probe, whose 3.1.0 form
// said it covered 3.0.0).
func TestVersionFormCoversItsOwnVersion(t *testing.T) {
	c := kindtest.LoadExample(t)
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	kp.MDS2.Versions = []string{"4.1.0"}
	env := kindtest.Env(c, kp.Documents.MDS2.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	covers := map[string][]string{}
	for _, doc := range prep.Documents {
		covers[doc.Path] = doc.Data.(*mds2.Form).Versions
	}
	for path, want := range map[string][]string{"mds2": {"4.1.0"}, "4.2.1/mds2": {"4.2.1"}} {
		got, ok := covers[path]
		if !ok {
			t.Errorf("no form at %s; forms: %v", path, covers)
			continue
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s covers %v; want %v", path, got, want)
		}
	}
}
