package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDListsOnlyItsVersionsCertifications: the example's UL 2900-2-1
// certificate is of software 4.2.1 (certifications.versions), yet the CSD
// of 4.1.0 (documents.versions = "supported") listed it as 4.1.0's. A
// version's CSD lists only the certifications covering it; one that
// names no versions (the IEC 81001-5-1 process assessment) covers every
// version.
func TestCSDListsOnlyItsVersionsCertifications(t *testing.T) {
	c := kindtest.LoadExample(t)
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	if got := kp.Certifications[0].Versions; len(got) != 1 || got[0] != "4.2.1" {
		t.Fatalf("the example's first certification covers %v, want [4.2.1]", got)
	}
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	const ul = "| UL 2900-2-1 (network-connectable medical devices) | UL Solutions |"
	const iec = "| IEC 81001-5-1:2021 process assessment |"
	seen := map[string]bool{}
	for _, doc := range prep.Documents {
		md := kindtest.Render(t, env, kp, doc)
		seen[doc.About] = true
		switch doc.About {
		case "4.1.0":
			kindtest.SaysNoneBecause(t, "the CSD of 4.1.0", md, "the certificate is of 4.2.1 only", ul)
			kindtest.SaysAll(t, "the CSD of 4.1.0", md, iec)
		case "4.2.1":
			kindtest.SaysAll(t, "the CSD of 4.2.1", md, ul, iec)
		}
	}
	if !seen["4.1.0"] || !seen["4.2.1"] {
		t.Fatalf("want CSDs of 4.1.0 and 4.2.1, got %v", seen)
	}
}
