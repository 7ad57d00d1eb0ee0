package csd

import (
	"maps"
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// exampleProductCSD renders the main CSD of the example's product id after
// edit, with what the build publishes changed by editBuilt.
func exampleProductCSD(t *testing.T, id string, edit func(p *content.Product), editBuilt func(b *kind.Built)) string {
	t.Helper()
	c := kindtest.LoadExample(t)
	kp, _ := kindtest.Product(t, c, id)
	edit(kp.Product)
	env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	built := kindtest.Built(kp)
	editBuilt(&built)
	return kindtest.RenderBuilt(t, env, kp, prep.Documents[0], built)
}

func noMDS2(b *kind.Built) { b.MDS2 = false }

func keepBuilt(*kind.Built) {}

// antiMalwareControl is the example's recommended control of category
// anti_malware (RC-05).
func antiMalwareControl(p *content.Product) *content.RecommendedControl {
	i := slices.IndexFunc(p.RecommendedControls, func(rc content.RecommendedControl) bool { return rc.Category == "anti_malware" })
	return &p.RecommendedControls[i]
}

// TestCSDAntiMalwareKeyFact: where the MDS2 form does not answer MLDP-2,
// the key fact "Anti-malware" printed the title of the recommended
// control of that category as its answer ("Anti-malware | Anti-malware").
// The control says only that anti-malware is the customer's to provide,
// required or recommended, not whether the device supports it: the answer
// says that, naming the control; the form's answer, where built, still
// decides, and with neither the answer is not stated.
func TestCSDAntiMalwareKeyFact(t *testing.T) {
	const row = "| Anti-malware | "
	const title = "Do not install anti-malware on the pump; protect the Connect server."
	const s1 = "[1. Recommended security controls for the use environment](#1-recommended-security-controls-for-the-use-environment) |"
	for _, tc := range []struct {
		name      string
		edit      func(p *content.Product)
		built     func(b *kind.Built)
		says      string
		never     string
		neverWhy  string
		neverMore string
	}{
		{"the form answers MLDP-2", func(*content.Product) {}, keepBuilt,
			row + "Not supported; other controls compensate for it; application allow-listing supported | MDS2 form, MLDP-2, note 10; MLDP-3, note 10; MLDP-4, note 10. " + title + " " + s1, row + "A control", "the form decides", ""},
		{"no form, a recommended control", func(*content.Product) {}, noMDS2,
			row + "A control recommended to the hospital (RC-05) | " + title + " " + s1, "\n" + row + "Do not install", "a title is no answer", row + "Not stated"},
		{"no form, a required control", func(p *content.Product) { antiMalwareControl(p).Priority = "required" }, noMDS2,
			row + "A control required of the hospital (RC-05) | " + title + " " + s1, "\n" + row + "Do not install", "a title is no answer", "recommended to the hospital"},
		{"no form, no such control", func(p *content.Product) { antiMalwareControl(p).Category = "other" }, noMDS2,
			row + "Not stated | " + s1, row + "A control", "no control of that category", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := exampleProductCSD(t, kindtest.Example, tc.edit, tc.built)
			kindtest.SaysAll(t, "key facts", md, tc.says)
			kindtest.SaysNoneBecause(t, "key facts", md, tc.neverWhy, tc.never)
			if tc.neverMore != "" {
				kindtest.SaysNone(t, "key facts", md, tc.neverMore)
			}
		})
	}
}

// TestCSDCloudServiceNotRequired: cloud.services[].required = false says
// only that the intended use does not depend on the service, which may
// still bring the product's updates; the CSD printed "No, optional" in
// 15.1 and "No (optional services only)" in the key facts. Both now say
// what the field says, and the key fact names the parts the manufacturer
// hosts, as it does beside the MDS2 form's CONN-6 No; a required service
// still reads Yes, and an unstated one decides nothing.
func TestCSDCloudServiceNotRequired(t *testing.T) {
	const row = "| Needs the internet or a cloud service | "
	required := func(r content.Tri) func(p *content.Product) {
		return func(p *content.Product) {
			p.Cloud.Services = slices.Clone(p.Cloud.Services)
			for i := range p.Cloud.Services {
				p.Cloud.Services[i].Required = r
			}
		}
	}
	for _, tc := range []struct {
		name, product string
		edit          func(p *content.Product)
		says, never   []string
	}{
		{"not required, no hosted part", kindtest.Example, func(*content.Product) {},
			[]string{row + "Not for its intended use; optional cloud service: Fleet reporting | ", "| fleet.meridian-infusion.example (HTTPS, TCP 443, from Connect only) | Not for its intended use |"},
			[]string{"optional services only", "No, optional", "hosted by the manufacturer:"}},
		{"not required, a hosted part", "dosewise", required(content.False),
			[]string{row + "Not for its intended use; some of it is hosted by the manufacturer: Dosewise cloud service | ", "| Not for its intended use |"},
			[]string{"optional services only", "No, optional"}},
		{"required", "dosewise", func(*content.Product) {},
			[]string{row + "Yes | "}, []string{"Not for its intended use"}},
		{"not stated", "dosewise", required(content.Unstated),
			[]string{"| Not stated |\n"}, []string{"Not for its intended use", row + "Yes"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := exampleProductCSD(t, tc.product, tc.edit, keepBuilt)
			kindtest.SaysAll(t, "CSD", md, tc.says...)
			kindtest.SaysNone(t, "CSD", md, tc.never...)
		})
	}
}

// TestCSDTelemetryBesideLogFlows: where remote_service.telemetry is not
// written, the CSD's row "sends … data about its working, for
// maintenance (telemetry)" took the MDS2 form's RMOT-2 answer, which asks
// only about data for predictive maintenance: its No read as a No beside
// a data flow sending logs to a part the manufacturer hosts. The form's No
// is said as its own question, and the flows that carry logs there are
// named beside it or beside "Not stated"; a stated answer, or the form's
// Yes, stays as it was.
func TestCSDTelemetryBesideLogFlows(t *testing.T) {
	const row = "| The product sends Meridian Infusion Systems, Inc. data about its working, for maintenance (telemetry) | "
	const flow = "; data flow DF-02 sends logs to the Dosewise cloud service |"
	edit := func(telemetry content.Tri, rmot2 string, logs bool) func(p *content.Product) {
		return func(p *content.Product) {
			p.RemoteService.Telemetry = telemetry
			p.MDS2.Answers = maps.Clone(p.MDS2.Answers)
			if rmot2 != "" {
				p.MDS2.Answers["RMOT-2"] = content.MDS2Answer{Answer: rmot2}
			}
			if logs {
				p.DataFlows = slices.Clone(p.DataFlows)
				i := slices.IndexFunc(p.DataFlows, func(f content.DataFlow) bool { return f.ID == "DF-02" })
				p.DataFlows[i].Data = append(slices.Clone(p.DataFlows[i].Data), "logs")
			}
		}
	}
	for _, tc := range []struct {
		name  string
		edit  func(p *content.Product)
		says  string
		never []string
	}{
		{"form No, logs to the manufacturer", edit(content.Unstated, "no", true),
			row + "No data for predictive maintenance (MDS2 form, RMOT-2)" + flow, []string{row + "No (MDS2 form, RMOT-2) |"}},
		{"form No, no logs flow", edit(content.Unstated, "no", false),
			row + "No data for predictive maintenance (MDS2 form, RMOT-2) |", []string{row + "No (MDS2 form, RMOT-2) |", "sends logs to"}},
		{"no answer, logs to the manufacturer", edit(content.Unstated, "", true),
			row + "Not stated" + flow, []string{row + "No data", row + "No ("}},
		{"form Yes", edit(content.Unstated, "yes", true),
			row + "Yes (MDS2 form, RMOT-2) |", []string{"sends logs to"}},
		{"stated", edit(content.True, "no", true),
			row + "Yes |", []string{"sends logs to", "predictive maintenance (MDS2"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := exampleProductCSD(t, "dosewise", tc.edit, keepBuilt)
			kindtest.SaysAll(t, "CSD", md, tc.says)
			kindtest.SaysNone(t, "CSD", md, tc.never...)
		})
	}
}
