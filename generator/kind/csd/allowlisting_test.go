package csd

import (
	"maps"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDAntiMalwareSaysAllowListing: the key fact "Anti-malware" read
// only MLDP-2, so the navcart's CSD said "See the MDS2 form" and nothing
// of the application allow-listing its form answers Yes (MLDP-4). It now
// adds the form's Yes or No to MLDP-4, and to MLDP-3 (other controls
// compensate) where MLDP-2 is No, the only answer MLDP-3 applies to,
// citing them; without those answers, or without the form, it says no
// more.
func TestCSDAntiMalwareSaysAllowListing(t *testing.T) {
	const row = "| Anti-malware | "
	answers := func(set map[string]content.MDS2Answer) func(p *content.Product) {
		return func(p *content.Product) {
			p.MDS2.Answers = maps.Clone(p.MDS2.Answers)
			for id, a := range set {
				if a == (content.MDS2Answer{}) {
					delete(p.MDS2.Answers, id)
				} else {
					p.MDS2.Answers[id] = a
				}
			}
		}
	}
	for _, tc := range []struct {
		name        string
		edit        func(p *content.Product)
		built       func(b *kind.Built)
		says, never []string
	}{
		{"the example: MLDP-2 No, MLDP-3 and MLDP-4 Yes", func(*content.Product) {}, nil,
			[]string{row + "Not supported; other controls compensate for it; application allow-listing supported | MDS2 form, MLDP-2, note 10; MLDP-3, note 10; MLDP-4, note 10. "}, []string{row + "Not supported |"}},
		{"MLDP-3 No, MLDP-4 No", answers(map[string]content.MDS2Answer{"MLDP-3": {Answer: "no"}, "MLDP-4": {Answer: "no"}}), nil,
			[]string{row + "Not supported; no other controls compensate for it; application allow-listing not supported | MDS2 form, MLDP-2, note 10; MLDP-3; MLDP-4. "}, []string{row + "Not supported |"}},
		{"MLDP-2 See Note: MLDP-3 does not apply", answers(map[string]content.MDS2Answer{"MLDP-2": {Answer: "see_note", Note: 10}}), nil,
			[]string{row + "See the MDS2 form; application allow-listing supported | MDS2 form, MLDP-2, note 10; MLDP-4, note 10. "}, []string{"compensate for it"}},
		{"no MLDP-3 or MLDP-4", answers(map[string]content.MDS2Answer{"MLDP-3": {}, "MLDP-4": {}}), nil,
			[]string{row + "Not supported | MDS2 form, MLDP-2, note 10. Do not install"}, []string{"allow-listing supported", "compensate for it"}},
		{"no form", func(*content.Product) {}, noMDS2,
			[]string{row + "A control recommended to the hospital (RC-05) | "}, []string{"allow-listing supported", "compensate for it", "MLDP-4"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			built := keepBuilt
			if tc.built != nil {
				built = tc.built
			}
			md := exampleProductCSD(t, kindtest.Example, tc.edit, built)
			kindtest.SaysAll(t, "key facts", md, tc.says...)
			kindtest.SaysNone(t, "key facts", md, tc.never...)
		})
	}
}

// TestCSDSaysTheDisclosureTarget: 4.4 gave the acknowledgement and
// assessment times of [postmarket.cvd] but not disclosure_days, which
// the plan prints (9.3); it now gives it, and without it says as before.
func TestCSDSaysTheDisclosureTarget(t *testing.T) {
	md := exampleProductCSD(t, kindtest.Example, func(*content.Product) {}, keepBuilt)
	kindtest.SaysAll(t, "4.4", md, "acknowledges a report within 3 calendar days, shares an initial assessment within 14 calendar days and targets coordinated public disclosure 90 calendar days after the report, under its coordinated vulnerability disclosure policy.")
	md = exampleProductCSD(t, kindtest.Example, func(p *content.Product) { p.Postmarket.CVD.DisclosureDays = 0 }, keepBuilt)
	kindtest.SaysAll(t, "4.4", md, "acknowledges a report within 3 calendar days and shares an initial assessment within 14 calendar days, under its coordinated vulnerability disclosure policy.")
	kindtest.SaysNone(t, "4.4", md, "coordinated public disclosure")
}
