package mds2form

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// authoredSBOM is a CycloneDX SBOM whose first component names its
// supplier only when withSupplier is set; every component names authors
// and a publisher, which are not suppliers.
func authoredSBOM(withSupplier bool) string {
	supplier := ""
	if withSupplier {
		supplier = `"supplier": {"name": "Zlib Supplier Ltd"}, `
	}
	return `{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
	  "metadata": {"component": {"type": "firmware", "name": "pump", "version": "1"}},
	  "components": [
	    {"type": "library", "name": "zlib", "version": "1.3.1", ` + supplier + `"authors": [{"name": "Jean-loup Gailly"}, {"name": "Mark Adler"}],
	     "purl": "pkg:generic/zlib@1.3.1"},
	    {"type": "library", "name": "carbon", "version": "2.63.0", "author": "Brian Nesbitt", "publisher": "Carbon Publishing",
	     "purl": "pkg:composer/nesbot/carbon@2.63.0"}]}`
}

// TestMDS2SBOMSupplierIsStrict: SBOM-2.2 asks whether the SBOM names each
// component's supplier. Authors and publishers are not suppliers: an SBOM
// of authored components without suppliers answers No, and so does one
// where only some components name a supplier (the rule's Yes needs all).
func TestMDS2SBOMSupplierIsStrict(t *testing.T) {
	for _, tc := range []struct {
		name         string
		withSupplier bool
		derived      bool
		want         mds2.Answer
	}{
		{"authors, no supplier", false, true, mds2.No},
		{"one of two with a supplier", true, true, mds2.No},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := exampleCase(t, nil)
			sbom := filepath.Join(c.dir, "halcyon-lvp7", "sbom.cdx.json")
			if err := os.WriteFile(sbom, []byte(authoredSBOM(tc.withSupplier)), 0o644); err != nil {
				t.Fatal(err)
			}
			f, _, _, _ := resolveCase(t, c)
			row, ok := f.Row("SBOM-2.2")
			if !ok {
				t.Fatal("no row SBOM-2.2")
			}
			if derived := row.Basis == mds2.BasisDerived; derived != tc.derived {
				t.Fatalf("SBOM-2.2 basis %q (from %q), want derived = %v", row.Basis, row.From, tc.derived)
			}
			if tc.derived && row.Answer != tc.want {
				t.Errorf("SBOM-2.2 = %s (%s), want %s", row.Answer, row.From, tc.want)
			}
			// SBOM-2.1 (names) is still derived Yes: the SBOM was read.
			if r, _ := f.Row("SBOM-2.1"); r.Basis != mds2.BasisDerived || r.Answer != mds2.Yes {
				t.Errorf("SBOM-2.1 = %s (%s), want derived Yes", r.Answer, r.Basis)
			}
		})
	}
}

// TestMDS2SBOMOnRequest: SBOM-1 asks whether an SBOM is available, and one
// given to customers on request is: sbom.on_request answers Yes where
// [sbom] files = [] gave No, with a note saying how to request it unless
// the manufacturer's own note is beside the answer. A published file
// still decides (Yes from the file), and then no note is added.
func TestMDS2SBOMOnRequest(t *testing.T) {
	const how = "Ask your Thermo account manager; supplied under NDA."
	onRequest := func(src string) string {
		return strings.Replace(src, "[sbom]\n", "[sbom]\non_request = \""+how+"\"\n", 1)
	}
	for _, tc := range []struct {
		name     string
		c        func(t *testing.T) mds2Case
		want     mds2.Answer
		from     string // the derived fact, in row.From
		noteText string // the note beside SBOM-1, "" for none
	}{
		{"no file, not on request", func(t *testing.T) mds2Case { return fixtureCase(t, nil) }, mds2.No, "sbom lists no SBOM file", ""},
		{"no file, on request", func(t *testing.T) mds2Case { return fixtureCase(t, onRequest) }, mds2.Yes, "sbom.on_request", "The SBOM is not published; it is available to customers on request. " + how},
		{"on request, the manufacturer's note", func(t *testing.T) mds2Case {
			return fixtureCase(t, func(s string) string { return addAnswer(`"SBOM-1" = { note = 1 }`)(onRequest(s)) })
		}, mds2.Yes, "sbom.on_request", "manufacturer's"},
		{"a file and on request", func(t *testing.T) mds2Case { return exampleCase(t, onRequest) }, mds2.Yes, "is published with the documents", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, tc.c(t))
			row, ok := f.Row("SBOM-1")
			if !ok {
				t.Fatal("no row SBOM-1")
			}
			if row.Answer != tc.want || row.Basis != mds2.BasisDerived || !strings.Contains(row.From, tc.from) {
				t.Errorf("SBOM-1 = %s (%s, %s), want derived %s from %s", row.Answer, row.Basis, row.From, tc.want, tc.from)
			}
			var generated []mds2.Note
			for _, n := range f.Notes {
				if n.Generated && strings.Contains(n.Text, "on request") {
					generated = append(generated, n)
				}
			}
			switch tc.noteText {
			case "":
				if row.Note != 0 || len(generated) > 0 {
					t.Errorf("SBOM-1 note %d (%q), generated %v: want none", row.Note, row.NoteText, generated)
				}
			case "manufacturer's":
				if row.Note != 1 || len(generated) > 0 {
					t.Errorf("SBOM-1 note %d, generated %v: want the manufacturer's note 1 only", row.Note, generated)
				}
			default:
				if len(generated) != 1 || row.Note != generated[0].Number || row.NoteText != tc.noteText || generated[0].Text != tc.noteText {
					t.Errorf("SBOM-1 note %d (%q), generated %v: want one generated note %q", row.Note, row.NoteText, generated, tc.noteText)
				}
			}
		})
	}
}

// TestSBOMAvailableSaysOnlyWhatTheListsHold: the aed and surgicalrobot
// shape. The form is about 2.1, which lists no SBOM file ([sbom] files =
// [] written), while 3.0 lists its own and a vulnerability record names a
// component of 2.1: SBOM-1 stays No, but the reason says only that 2.1's
// own file list and [[components]] hold nothing, never that there are no
// components. With [[components]] listed, or an SBOM on request, it is
// not No.
func TestSBOMAvailableSaysOnlyWhatTheListsHold(t *testing.T) {
	aed := func(w *world) {
		w.states("sbom.files")
		w.p.Versions = []content.Version{{Version: "2.1", GeneralAvailability: date(2022, 3, 1)}, {Version: "3.0", GeneralAvailability: date(2027, 4, 1)}}
		w.p.Vulns = []content.Vulnerability{{ID: "CVE-2026-50123", Versions: []string{"2.1"},
			Components: []content.VulnerableComponent{{Name: "LM-200 modem firmware", Version: "4.1.0"}}}}
	}
	tests := []struct {
		name      string
		versionOf string
		setup     func(*world)
		want      outcome
	}{
		{"2.1 beside 3.0, a vulnerability naming a component", "2.1", aed,
			noBy("sbom", "lists no SBOM file of version 2.1, and [[components]] lists none")},
		{"one version", "1.0", func(w *world) { w.states("sbom.files") },
			noBy("sbom", "lists no SBOM file, and [[components]] lists none")},
		{"components listed", "2.1", func(w *world) {
			aed(w)
			w.p.Components = []content.Component{{Name: "LM-200 modem firmware", Version: "4.1.0"}}
		}, decidesNothing},
		{"on request", "2.1", func(w *world) {
			aed(w)
			w.p.SBOM.OnRequest = "Ask your Brightwell representative."
		}, yesBy("sbom.on_request", "says the SBOM is available to customers on request")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			f := newMDS2Facts(w.env(), kind.Product{Product: w.p, Inventory: w.inv, VersionOf: tc.versionOf})
			got, decided := f.sbomAvailable()
			if decided != tc.want.decided {
				t.Fatalf("decided = %v, want %v (got %s: %s)", decided, tc.want.decided, got.Answer, got)
			}
			if !decided {
				return
			}
			if got.Answer != tc.want.answer || got.Path != tc.want.path {
				t.Errorf("got %s by %s, want %s", got.Answer, got.Path, tc.want)
			}
			kindtest.SaysAll(t, "the basis", got.Says, tc.want.says)
			kindtest.SaysNone(t, "the basis", got.Says, "there are no components")
		})
	}
}
