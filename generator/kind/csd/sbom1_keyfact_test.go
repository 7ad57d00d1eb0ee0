package csd

import (
	"maps"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDSummarySBOMFollowsMDS2: a product that lists no component and
// writes neither [sbom] nor [[components]] (the cloud SaMD, with a
// hand-filled MDS2 form answering SBOM-1 No) said "Software bill of
// materials: Not stated" beside the form built with it. The key fact says
// what SBOM-1 answers and cites it, as the anti-malware and remote access
// rows cite MLDP-2 and RMOT-1; without the form, or with no answer, it
// stays not stated; listed components decide where there are any.
func TestCSDSummarySBOMFollowsMDS2(t *testing.T) {
	c, _ := kindtest.Load(t, "../../testdata/cloudsamd/jspgen.toml", "../../testdata/cloudsamd/content")
	kp, _ := kindtest.Product(t, c, "lumentriage")
	p := kp.Product
	env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	withForm := kindtest.Built(kp)
	withoutForm := withForm
	withoutForm.MDS2 = false
	answers := p.MDS2.Answers
	const sec5 = "[5. Software bill of materials](#5-software-bill-of-materials) |"
	for _, tc := range []struct {
		name   string
		answer *content.MDS2Answer // nil: SBOM-1 not answered
		form   bool
		want   string
	}{
		{"No", &content.MDS2Answer{Answer: "no"}, true, "| Software bill of materials | Not available | MDS2 form, SBOM-1. " + sec5},
		{"No with its note", &content.MDS2Answer{Answer: "No", Note: 4}, true, "| Software bill of materials | Not available | MDS2 form, SBOM-1, note 4. " + sec5},
		// No SBOM file, published_at or on_request: how to obtain it is not
		// stated (REPORT-workstation 11), unless a note may say it.
		{"Yes", &content.MDS2Answer{Answer: "yes"}, true, "| Software bill of materials | Available; how to obtain it is not stated | MDS2 form, SBOM-1. " + sec5},
		{"Yes with its note", &content.MDS2Answer{Answer: "yes", Note: 4}, true, "| Software bill of materials | Available | MDS2 form, SBOM-1, note 4. " + sec5},
		{"See Note", &content.MDS2Answer{Answer: "See Note", Note: 2}, true, "| Software bill of materials | See the MDS2 form | MDS2 form, SBOM-1, note 2. " + sec5},
		{"a note beside a blank answer", &content.MDS2Answer{Note: 2}, true, "| Software bill of materials | Not stated | MDS2 form, SBOM-1: no answer, only note 2. " + sec5},
		{"N/A", &content.MDS2Answer{Answer: "na"}, true, "| Software bill of materials | Not applicable | MDS2 form, SBOM-1. " + sec5},
		{"N/A with its reason", &content.MDS2Answer{Answer: "NA", Reason: "no software of its own"}, true, "| Software bill of materials | Not applicable | MDS2 form, SBOM-1: no software of its own. " + sec5},
		{"N/A but no form", &content.MDS2Answer{Answer: "na", Reason: "no software of its own"}, false, "| Software bill of materials | Not stated | " + sec5},
		{"not answered", nil, true, "| Software bill of materials | Not stated | " + sec5},
		{"an answer but no form", &content.MDS2Answer{Answer: "no"}, false, "| Software bill of materials | Not stated | " + sec5},
	} {
		p.MDS2.Answers = maps.Clone(answers)
		delete(p.MDS2.Answers, "SBOM-1")
		if tc.answer != nil {
			p.MDS2.Answers["SBOM-1"] = *tc.answer
		}
		built := withForm
		if !tc.form {
			built = withoutForm
		}
		md := kindtest.RenderBuilt(t, env, kp, prep.Documents[0], built)
		got, ok := lineStarting(md, "| Software bill of materials |")
		if !ok || got != strings.TrimSpace(tc.want) {
			t.Errorf("%s:\n got %s\nwant %s", tc.name, got, tc.want)
		}
	}
	p.MDS2.Answers = answers

	// Components listed: the count, whatever SBOM-1 says.
	md := renderCSDSummaryExample(t)
	if got, _ := lineStarting(md, "| Software bill of materials |"); strings.Contains(got, "SBOM-1") || !strings.Contains(got, " components") {
		t.Errorf("example: %s", got)
	}
}

// renderCSDSummaryExample is the example's CSD with SBOM-1 answered No by
// hand beside its listed components.
func renderCSDSummaryExample(t *testing.T) string {
	t.Helper()
	c, p := csdLoadExample(t)
	p.MDS2.Answers = maps.Clone(p.MDS2.Answers)
	if p.MDS2.Answers == nil {
		p.MDS2.Answers = map[string]content.MDS2Answer{}
	}
	p.MDS2.Answers["SBOM-1"] = content.MDS2Answer{Answer: "no"}
	return renderExample(t, c, p)
}
