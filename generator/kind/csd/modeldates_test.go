package csd

import (
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDCoveredModelOwnDates: a model the CSD covers with announced
// milestones of its own (no longer sold, its support ending before the
// version's) had none of them in the CSD until its support had ended:
// section 13 and its key fact spoke of the version only. They now state
// each covered model's own dates where they are not the version's; a
// model whose dates are the version's adds nothing, and one whose
// support has ended is named as no longer covered instead.
func TestCSDCoveredModelOwnDates(t *testing.T) {
	const (
		keyFact = "Model LVP-7D: supported until 2027-12-31. "
		lead    = "**Models with dates of their own.**"
		bullet  = "- Model LVP-7D, the LVP-7D (catalogue no. 70-2000): end of marketing 30 June 2025 (passed), end of support 31 December 2027; Meridian Infusion Systems, Inc. offers the LVP-7 in its place."
	)
	for _, tc := range []struct {
		name        string
		marketing   content.Date
		support     content.Date
		says, never []string
	}{
		{"dates of its own", content.NewDate(2025, time.June, 30), content.NewDate(2027, time.December, 31), []string{"Supported until 2028-12-31; ", keyFact, lead, bullet}, []string{"LVP-7D (catalogue no. 70-2000), reached its end of support"}},
		{"the version's end of support", content.Date{}, content.NewDate(2028, time.December, 31), nil, []string{"Model LVP-7D: supported", lead}},
		{"support ended", content.Date{}, content.NewDate(2026, time.January, 31), []string{"Model LVP-7D, the LVP-7D (catalogue no. 70-2000), reached its end of support on 31 January 2026"}, []string{"Model LVP-7D: support", lead}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			for i := range p.Models {
				if p.Models[i].ID == "LVP-7D" {
					p.Models[i].EndOfMarketing, p.Models[i].EndOfSupport, p.Models[i].ReplacedBy = tc.marketing, tc.support, "LVP-7"
				}
			}
			md := renderExample(t, c, p)
			kindtest.SaysAll(t, "csd", md, tc.says...)
			kindtest.SaysNone(t, "csd", md, tc.never...)
		})
	}
}
