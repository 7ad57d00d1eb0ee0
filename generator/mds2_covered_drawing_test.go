package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestFormOfSeveralVersionsDrawingOfNewestOnly: the security plan draws
// version 8.1's data flows (edited so that 8.1 draws DF-01 otherwise than
// 7.4: versions whose drawings are the same share it). dialysisfleet edited so that 7.4 gets a CSD
// and a form of its own (documents.versions = "supported"), which answer
// DOC-10 No and say the CSD includes no diagram, while the product's form
// covers 7.4 and 8.1 (mds2.versions) and derives DOC-10 Yes from 8.1's
// drawing: it had claimed that drawing for 7.4 too, saying nothing of
// whose it is. A drawing is of one version, as a form of 7.4 alone reads
// it, so the form says its derived answers describe 8.1 and check warns;
// the two versions' data agree on every other answer, so the drawing alone
// makes the form follow 8.1.
func TestFormOfSeveralVersionsDrawingOfNewestOnly(t *testing.T) {
	files, res := buildFixtureEdited(t, "dialysisfleet", "dx5.toml", func(s string) string {
		for _, r := range [][2]string{
			{"build = [\"csd\", \"mds2\", \"lifecycle\", \"security_plan\"]\n", "build = [\"csd\", \"mds2\", \"lifecycle\", \"security_plan\"]\nversions = \"supported\"\n"},
			{"general_availability = 2026-02-09\n", "general_availability = 2026-02-09\nchanges = { mds2_answers_removed = [\"DOC-10\"], data_flows_changed = [{ id = \"DF-01\", from = \"machine\", to = \"server\", data = [\"phi\"], interface = \"machine-lan\", protection = \"TLS with mutual certificates on TCP 7401.\" }] }\n"},
			{"[mds2]\nother = \"None.\"\n", "[mds2]\nother = \"None.\"\nversions = [\"7.4\", \"8.1\"]\n"},
			{"[mds2.answers]\n", "[mds2.answers]\n\"DOC-10\" = \"no\"\n"},
		} {
			if !strings.Contains(s, r[0]) {
				t.Fatalf("dx5.toml has no %q", r[0])
			}
			s = strings.Replace(s, r[0], r[1], 1)
		}
		return s
	})
	old := files["dx5/7.4/csd.md"]
	kindtest.SaysAll(t, "7.4 CSD", old, "This document includes no diagram.\n")
	kindtest.SaysAll(t, "7.4 form", files["dx5/7.4/mds2.md"], "| DOC-10 | Does the manufacturer provide a diagram of the device's network connections and data flows? | No |")
	form := files["dx5/mds2.md"]
	kindtest.SaysAll(t, "product form", form,
		"Which software versions of the device does this form cover? | 7.4 (",
		"data_flows is drawn as the security plan's global system view",
		"The versions it covers differ in product data that decides some of its answers: the answers derived from the product data describe version `8.1`.")
	warned := false
	for _, w := range res.Warnings {
		warned = warned || strings.Contains(w.Message, "the product data of version 7.4 decide MPII-2.6 as 8.1's do but from other facts, and do not decide DOC-10, which 8.1's decide")
	}
	if !warned {
		t.Errorf("no warning that the form's DOC-10 follows 8.1; warnings: %v", res.Warnings)
	}
}
