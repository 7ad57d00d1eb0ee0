package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDSection1CitesTheFormsSGUD4: with no recommended controls and no
// compensating controls anywhere in the document, section 1 does not
// leave "not stated" beside an MDS2 form built with it that answers
// SGUD-4 Yes (the documentation recommends compensating controls): it
// cites the form, with its note, and says whom to ask. A No, no answer,
// or a form not built keeps the plain sentence.
func TestCSDSection1CitesTheFormsSGUD4(t *testing.T) {
	const plain = "Which security controls are recommended for the use environment is not stated."
	const cites = "This document names no security controls recommended for the use environment. The MDS2 form answers that the documentation of the device recommends compensating controls (MDS2 form, SGUD-4"
	section1 := func(md string) string {
		_, after, _ := strings.Cut(md, "## 1. ")
		before, _, _ := strings.Cut(after, "## 2. ")
		return before
	}
	for _, tc := range []struct {
		name  string
		form  bool
		sgud4 content.MDS2Answer
		want  string
		lack  string
	}{
		{"SGUD-4 Yes", true, content.MDS2Answer{Answer: "yes"}, cites + "); they are not part of this document, so ask ", plain},
		{"SGUD-4 Yes with a note", true, content.MDS2Answer{Answer: "yes", Note: 2}, cites + ", note 2); they are not part", plain},
		{"SGUD-4 No", true, content.MDS2Answer{Answer: "no"}, plain, "SGUD-4"},
		{"no answer", true, content.MDS2Answer{}, plain, "SGUD-4"},
		{"form not built", false, content.MDS2Answer{Answer: "yes"}, plain, "SGUD-4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := kindtest.Load(t, "../../testdata/transferred/jspgen.toml", "../../testdata/transferred/content")
			p, _ := kindtest.Product(t, c, "orvia-pm")
			if p.MDS2.Answers == nil {
				p.MDS2.Answers = map[string]content.MDS2Answer{}
			}
			p.MDS2.Answers["SGUD-4"] = tc.sgud4
			env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			built := kindtest.Built(p)
			built.Notices = false // no notice gives compensating controls (TestCSDSection1PointsToCompensatingControls)
			built.MDS2 = tc.form
			got := section1(kindtest.RenderBuilt(t, env, p, prep.Documents[0], built))
			kindtest.SaysAll(t, "section 1", got, tc.want)
			kindtest.SaysNone(t, "section 1", got, tc.lack)
		})
	}
}
