package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestVersionFormCountsOnlyItsCertifications: the MDS2 form of 4.1.0
// (documents.versions = "supported") answered SAHD-2 Yes because of the
// UL 2900-2-1 certificate of 4.2.1. It now takes only the certifications
// covering 4.1.0 (here the IEC 81001-5-1 process assessment, which names
// no versions); 4.2.1's form still gives the UL certificate.
func TestVersionFormCountsOnlyItsCertifications(t *testing.T) {
	c := kindtest.LoadExample(t)
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	if got := kp.Certifications[0].Versions; len(got) != 1 || got[0] != "4.2.1" {
		t.Fatalf("the example's first certification covers %v, want [4.2.1]", got)
	}
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	sahd2 := func(md string) string {
		for _, line := range strings.Split(md, "\n") {
			if strings.HasPrefix(line, "| SAHD-2 | Does") {
				return line
			}
		}
		return ""
	}
	seen := map[string]bool{}
	for _, doc := range prep.Documents {
		row := sahd2(kindtest.Render(t, env, kp, doc))
		seen[doc.About] = true
		switch doc.About {
		case "4.1.0":
			kindtest.SaysNoneBecause(t, "SAHD-2 of the 4.1.0 form", row, "the certificate is of 4.2.1 only", "UL 2900-2-1", "certifications[0]")
			kindtest.SaysAll(t, "SAHD-2 of the 4.1.0 form", row, "[Yes]", "certifications[1] (IEC 81001-5-1:2021 process assessment)")
		case "4.2.1":
			kindtest.SaysAll(t, "SAHD-2 of the 4.2.1 form", row, "[Yes]", "certifications[0] (UL 2900-2-1 (network-connectable medical devices)) is a security certification or assessment held for version 4.2.1")
		}
	}
	if !seen["4.1.0"] || !seen["4.2.1"] {
		t.Fatalf("want forms of 4.1.0 and 4.2.1, got %v", seen)
	}
}
