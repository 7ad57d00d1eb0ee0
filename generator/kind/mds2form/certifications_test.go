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
// covering 4.1.0: the IEC 81001-5-1 process assessment, which names no
// versions, and which does not answer whether the device holds a
// certification (review 62 found the form's Yes derived from it), so
// the form gives the manufacturer's answer, if any; 4.2.1's form still
// gives the UL certificate. With the assessment said to be of the
// product (subject), the 4.1.0 form derives Yes from it.
func TestVersionFormCountsOnlyItsCertifications(t *testing.T) {
	sahd2 := func(md string) string {
		for _, line := range strings.Split(md, "\n") {
			if strings.HasPrefix(line, "| SAHD-2 | Does") {
				return line
			}
		}
		return ""
	}
	for _, ofProduct := range []bool{false, true} {
		c := kindtest.LoadExample(t)
		for _, p := range c.Products {
			if p.ID == kindtest.Example && ofProduct {
				p.Certifications[1].Subject = content.SubjectProduct
				delete(p.MDS2.Answers, "SAHD-2") // the manufacturer's answer for the forms before 4.2.1
			}
		}
		kp, _ := kindtest.Product(t, c, kindtest.Example)
		if got := kp.Certifications[0].Versions; len(got) != 1 || got[0] != "4.2.1" {
			t.Fatalf("the example's first certification covers %v, want [4.2.1]", got)
		}
		if got := kp.Certifications[1]; len(got.Versions) != 0 || !strings.Contains(got.Name, "81001-5-1") {
			t.Fatalf("the example's second certification is %q of %v, want the IEC 81001-5-1 assessment of every version", got.Name, got.Versions)
		}
		env := kindtest.Env(c, content.NewDate(2026, 2, 16))
		prep, _ := kindtest.Prepare(t, Kind, env, kp)
		seen := map[string]bool{}
		for _, doc := range prep.Documents {
			row := sahd2(kindtest.Render(t, env, kp, doc))
			seen[doc.About] = true
			switch doc.About {
			case "4.1.0":
				kindtest.SaysNoneBecause(t, "SAHD-2 of the 4.1.0 form", row, "the certificate is of 4.2.1 only", "UL 2900-2-1", "certifications[0]")
				if ofProduct {
					kindtest.SaysAll(t, "SAHD-2 of the 4.1.0 form", row, "[Yes]", "certifications[1] (IEC 81001-5-1:2021 process assessment) is a security certification or assessment of the product held")
				} else {
					kindtest.SaysNoneBecause(t, "SAHD-2 of the 4.1.0 form", row, "an assessment of the maker's process is not the device's certification", "[Yes]", "certifications[1]")
				}
			case "4.2.1":
				kindtest.SaysAll(t, "SAHD-2 of the 4.2.1 form", row, "[Yes]", "certifications[0] (UL 2900-2-1 (network-connectable medical devices)) is a security certification or assessment of the product held for version 4.2.1")
			}
		}
		if !seen["4.1.0"] || !seen["4.2.1"] {
			t.Fatalf("want forms of 4.1.0 and 4.2.1, got %v", seen)
		}
	}
}
