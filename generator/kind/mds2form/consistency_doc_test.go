package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestCheckISAO: a hand DOC-9 Yes or No while the site file does not
// state the membership, beside a security plan that then prints "not
// stated", warns (a note does not mend the plan); a form without the
// plan, a stated membership, See Note and no answer do not. The remedy
// fits the answer (holter, review 89): a Yes is written as member = true
// with the organization's name; a No as member = false (no name) only
// where the manufacturer is not a member, else as a note marked unstated
// = true beside a blank answer.
func TestCheckISAO(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer content.MDS2Answer
		setup  func(*world)
		want   string // "" for no warning
	}{
		{"Yes beside the plan's not stated", content.MDS2Answer{Answer: "yes"}, nil,
			"answer Yes, but jspgen.toml does not state manufacturer.isao.member, so the security plan can only repeat this answer as the MDS2 form's (DOC-9) about whether Acme Medical is a member of an information sharing and analysis organization, with no fact of its own behind it (and not which organization); write manufacturer.isao.member = true and the organization's name (manufacturer.isao.name) in the site file, which the plan and the form both read, and remove this answer"},
		{"No beside the plan's not stated", content.MDS2Answer{Answer: "no"}, nil,
			"(and not which organization); if Acme Medical is not a member, write manufacturer.isao.member = false in the site file, which the plan and the form both read, and remove this answer; if it is not known, leave the answer blank and give a note marked unstated = true instead ({ note = n }), so that both documents say the membership is not stated"},
		{"Yes with a note", content.MDS2Answer{Answer: "yes", Note: 1}, nil, "answer Yes, but jspgen.toml does not state manufacturer.isao.member"},
		{"no plan built", content.MDS2Answer{Answer: "yes"}, func(w *world) { w.p.Documents.Build = []string{"mds2", "csd"} }, ""},
		{"membership stated", content.MDS2Answer{Answer: "yes"}, func(w *world) { w.site.Manufacturer.ISAO.Member = content.True }, ""},
		{"See Note", content.MDS2Answer{Answer: "see_note", Note: 1}, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			w.site.Manufacturer.Name = "Acme Medical"
			if tc.setup != nil {
				tc.setup(w)
			}
			a, _ := mds2.ParseAnswer(tc.answer.Answer)
			env := w.env()
			env.Content.SiteFile = content.Source{File: "jspgen.toml"}
			r := &mds2Resolver{env: env, p: kind.Product{Product: w.p}, facts: w.facts()}
			r.checkISAO(map[string]given{"DOC-9": {entry: tc.answer, answer: a, path: "mds2.answers.DOC-9"}})
			wantWarning(t, r.diags, tc.want)
			if a == mds2.No && len(r.diags) > 0 && strings.Contains(r.diags[0].Message, "name") {
				t.Errorf("a No is told to write a name: %s", r.diags[0].Message)
			}
		})
	}
}

// TestResolveWarnsOfISAONotStated: the warning comes with the resolved
// form (the cloud SaMD fixture's DOC-9 Yes beside a plan saying the
// membership is not stated passed check silently).
func TestResolveWarnsOfISAONotStated(t *testing.T) {
	w := newWorld()
	w.p.MDS2.Answers = map[string]content.MDS2Answer{"DOC-9": {Answer: "yes"}}
	_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	if msgs := strings.Join(diagLines(t, diags), "\n"); !strings.Contains(msgs, "mds2.answers.DOC-9: answer Yes, but jspgen.toml does not state manufacturer.isao.member, so the security plan can only repeat this answer as the MDS2 form's (DOC-9) about whether the manufacturer is") {
		t.Errorf("no DOC-9 warning among\n%s", msgs)
	}
}

// TestCheckSaMD: a hand DOC-11 Yes or No while the product does not
// state samd, beside a security plan that then prints "not stated",
// warns; a stated samd, a form without the plan, health IT (not a
// medical device), See Note and no answer do not. A part that runs on
// the device makes the plan say the product has hardware of its own
// (not "not stated") and the form derive DOC-11 No anyway (wheelchair,
// review 89): no warning. Where the form derives DOC-11 from the parts
// anyway, the remedy is samd, not removing the answer; where the
// manufacturer supplies the phones the product runs on, the answer stays.
func TestCheckSaMD(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer content.MDS2Answer
		setup  func(*world)
		want   string // "" for no warning
	}{
		{"No beside the plan's not stated", content.MDS2Answer{Answer: "no"}, nil,
			"answer No, but samd is not stated, so the security plan says that whether the product is software as a medical device (SaMD) is not stated; write samd = false"},
		{"Yes beside the plan's not stated", content.MDS2Answer{Answer: "yes"}, nil, "write samd = true in the product file, which the plan and the form both read, and remove this answer"},
		{"No beside a part on the device", content.MDS2Answer{Answer: "no"}, func(w *world) {
			w.p.Parts = []content.Part{{ID: "ctl", Name: "Controller", Runs: "device"}, {ID: "app", Name: "App", Runs: "customer_device"}}
		}, ""},
		{"Yes beside a part on the device", content.MDS2Answer{Answer: "yes"}, func(w *world) {
			w.p.Parts = []content.Part{{ID: "ctl", Name: "Controller", Runs: "device"}}
		}, ""},
		{"Yes beside parts none on the device: derived anyway", content.MDS2Answer{Answer: "yes"}, func(w *world) {
			w.p.Parts = []content.Part{{ID: "srv", Name: "Server", Runs: "customer_hosted"}}
		}, "the form derives DOC-11 Yes from parts lists no part that runs on the device: the product is software only whether or not this answer is given, so removing it leaves the plan as it is: write samd = true in the product file, so that the plan states it too"},
		{"No beside parts none on the device: overrides the derived Yes", content.MDS2Answer{Answer: "no", Note: 1}, func(w *world) {
			w.p.Parts = []content.Part{{ID: "srv", Name: "Server", Runs: "customer_hosted"}}
		}, "the form derives DOC-11 Yes from parts lists no part that runs on the device: the product is software only, which this answer overrides; if the product is not SaMD, write samd = false in the product file"},
		{"samd stated", content.MDS2Answer{Answer: "no"}, func(w *world) { w.p.SaMD = content.False }, ""},
		{"no plan built", content.MDS2Answer{Answer: "no"}, func(w *world) { w.p.Documents.Build = []string{"mds2", "csd"} }, ""},
		{"not a medical device", content.MDS2Answer{Answer: "yes"}, func(w *world) { w.p.MedicalDevice = content.False }, ""},
		{"See Note", content.MDS2Answer{Answer: "see_note", Note: 1}, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			if tc.setup != nil {
				tc.setup(w)
			}
			a, _ := mds2.ParseAnswer(tc.answer.Answer)
			r := &mds2Resolver{env: w.env(), p: kind.Product{Product: w.p}, facts: w.facts()}
			r.checkSaMD(map[string]given{"DOC-11": {entry: tc.answer, answer: a, path: "mds2.answers.DOC-11"}})
			wantWarning(t, r.diags, tc.want)
			if len(r.diags) > 0 && r.p.HasDevice() && len(r.p.Parts) > 0 {
				t.Errorf("warned beside a part on the device: %s", r.diags[0].Message)
			}
		})
	}
}

// TestCheckDOC10AgainstPublishedDataFlows: a hand DOC-10 No (no diagram
// provided) beside a risk report that draws the product's data flows,
// which the site publishes as views/data-flows.svg, or beside a security
// plan that draws them in its global system view, warns; a note, a Yes,
// a product without flows, one that builds neither document, and a plan
// whose view is a hand-drawn image do not.
func TestCheckDOC10AgainstPublishedDataFlows(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	withReport := func(w *world) {
		w.p.Documents.RiskReport.ID = "RR-1"
		w.p.DataFlows = []content.DataFlow{flow("DF-1", "", "phi")}
	}
	runAgainstData(t, []againstDataCase{
		{"No beside the published drawing", "DOC-10", no, withReport,
			"answer No, but data_flows (content/p.toml:1) is drawn as the risk report's data-flow diagram, which the site publishes as views/data-flows.svg: that is a diagram of the device's data flows published with the product's documents"},
		{"No with its note", "DOC-10", content.MDS2Answer{Answer: "no", Note: 1}, withReport, ""},
		{"Yes beside the published drawing", "DOC-10", yes, withReport, ""},
		{"No, no data flows", "DOC-10", no, func(w *world) {
			withReport(w)
			w.p.DataFlows = nil
		}, ""},
		{"No, the risk report not built", "DOC-10", no, func(w *world) {
			withReport(w)
			w.p.Documents.Build = []string{"mds2", "csd"}
		}, ""},
		{"No, no risk report document control", "DOC-10", no, func(w *world) {
			withReport(w)
			w.p.Documents.RiskReport.ID = ""
			w.p.Documents.Build = []string{"mds2", "csd", "risk_report"} // nor a plan (its view below)
		}, ""},
		// cloudsamd: the plan's global system view draws the flows in
		// their trust zones, and the site publishes it.
		{"No beside the plan's global system view", "DOC-10", no, withPlan,
			"answer No, but data_flows (content/p.toml:1) is drawn as the security plan's global system view, which the site publishes as views/global-system.svg: that is a diagram of the device's data flows published with the product's documents"},
		{"No, the plan not built", "DOC-10", no, func(w *world) {
			withPlan(w)
			w.p.Documents.Build = []string{"mds2", "csd"}
		}, ""},
		{"No, the plan's global system view a hand-drawn image", "DOC-10", no, func(w *world) {
			withPlan(w)
			w.p.Architecture = []content.View{{Kind: "global_system", Title: "System", Image: "system.png", Alt: "The system"}}
		}, ""},
		{"No, the plan's global system view drawn as an entry names it", "DOC-10", no, func(w *world) {
			withPlan(w)
			w.p.Architecture = []content.View{{Kind: "global_system", Title: "System", Flows: []string{"DF-1"}}}
		}, "answer No, but data_flows (content/p.toml:1) is drawn as the security plan's global system view"},
	})
}

// withPlan gives the product a data flow, and no risk report; it builds
// every document, the security plan among them.
func withPlan(w *world) {
	w.p.Documents.RiskReport.ID = ""
	w.p.DataFlows = []content.DataFlow{flow("DF-1", "", "phi")}
}

// TestCheckRDMP3AgainstThePublishedLifecyclePage: a hand RDMP-3 No (the
// manufacturer publishes no software support dates) beside the lifecycle
// page the site publishes for the product warns (handmds2); a note, a
// Yes, and a product that does not build the page, or has no document
// control for it, do not.
func TestCheckRDMP3AgainstThePublishedLifecyclePage(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	withPage := func(w *world) {
		w.p.Documents.Lifecycle.ID = "LC-1"
		w.p.Documents.Build = []string{"mds2", "lifecycle"}
		w.p.Components = []content.Component{{Name: "OpenSSL", Version: "3.0.13", EndOfSupport: date(2026, 9, 7)}}
	}
	runAgainstData(t, []againstDataCase{
		{"No beside the lifecycle page", "RDMP-3", no, withPage,
			"answer No, but documents.lifecycle (content/p.toml:1) is the document control of the lifecycle page the site publishes (lifecycle.html), which gives each version's support stage and milestones and announces the end of supplier support of the component OpenSSL, 2026-09-07: that is a source of the device's software support dates the manufacturer publishes"},
		// handmds2: a page announcing no date publishes none
		{"No beside a page announcing no support date", "RDMP-3", no, func(w *world) {
			withPage(w)
			w.p.Components = nil
		}, ""},
		{"No with its note", "RDMP-3", content.MDS2Answer{Answer: "no", Note: 1}, withPage, ""},
		{"Yes beside the lifecycle page", "RDMP-3", yes, withPage, ""},
		{"No, the page not built", "RDMP-3", no, func(w *world) {
			withPage(w)
			w.p.Documents.Build = []string{"mds2"}
		}, ""},
		{"No, no document control for the page", "RDMP-3", no, func(w *world) {
			withPage(w)
			// every document built by default, and no lifecycle control written
			w.p.Documents.Lifecycle, w.p.Documents.Build = content.DocumentControl{}, nil
		}, ""},
	})
}

// TestCheckDOC8AgainstTheCSDsCVDTimelines: with DOC-8 derived Yes from
// the [postmarket.cvd] times a built CSD prints in 4.4 (exoskeleton,
// fertilityapp: "Not stated" beside the CSD's timelines), an entry that
// gives only a note marked unstated = true warns (the form would print
// Yes beside "not stated"); a note that explains the answer, and the
// same unstated note without both times, do not. A hand No is refused
// without a note, and a hand Yes repeats the data.
func TestCheckDOC8AgainstTheCSDsCVDTimelines(t *testing.T) {
	const noteWarning = "mds2.answers.DOC-8: DOC-8 gives only note 1, which is marked unstated = true (it says the answer is not stated), but the data answer DOC-8 Yes: postmarket.cvd (content/p.toml:1) commits the manufacturer to acknowledge a vulnerability report within 5 calendar days and to share an initial assessment with the reporter within 30 calendar days: a coordinated vulnerability disclosure process for the product, which the CSD (4.4 Suspected vulnerability or incident) prints; the form prints Yes beside that note: remove the DOC-8 entry"
	withCVD := func(w *world) {
		w.p.Postmarket.CVD = content.CVD{AcknowledgeDays: 5, AssessDays: 30}
		w.p.Documents.Build = []string{"csd", "mds2"}
	}
	for _, tc := range []struct {
		name     string
		answer   content.MDS2Answer
		unstated bool
		setup    func(*world)
		want     string // "" for none of the DOC-8 diagnostics below
	}{
		{"an unstated note beside the CSD's timelines", content.MDS2Answer{Note: 1}, true, withCVD, noteWarning},
		{"an unstated note, the CSD not built", content.MDS2Answer{Note: 1}, true, func(w *world) {
			withCVD(w)
			w.p.Documents.Build = []string{"mds2"}
		}, "DOC-8 gives only note 1, which is marked unstated = true (it says the answer is not stated), but the data answer DOC-8 Yes: postmarket.cvd (content/p.toml:1) commits the manufacturer to acknowledge a vulnerability report within 5 calendar days and to share an initial assessment with the reporter within 30 calendar days: a coordinated vulnerability disclosure process for the product; the form prints"},
		{"a note that explains the Yes", content.MDS2Answer{Note: 1}, false, withCVD, ""},
		{"an unstated note, an acknowledgement time only", content.MDS2Answer{Note: 1}, true, func(w *world) {
			withCVD(w)
			w.p.Postmarket.CVD.AssessDays = 0
		}, ""},
		{"No beside the CSD's timelines", content.MDS2Answer{Answer: "no"}, false, withCVD, "mds2.answers.DOC-8: answer No contradicts the product data: postmarket.cvd"},
		{"No with its note", content.MDS2Answer{Answer: "no", Note: 1}, false, withCVD, "mds2.answers.DOC-8: answer No (explained in note 1) overrides the answer Yes the product data gives: postmarket.cvd"},
		{"Yes beside the CSD's timelines", content.MDS2Answer{Answer: "yes"}, false, withCVD, "mds2.answers.DOC-8: answer Yes repeats what the product data decides"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			w.p.MDS2.Answers = map[string]content.MDS2Answer{"DOC-8": tc.answer}
			w.p.MDS2.Notes = []content.MDS2Note{{Number: 1, Text: "The manufacturer's note.", Unstated: tc.unstated}}
			_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
			var doc8 []string
			for _, l := range diagLines(t, diags) {
				if strings.Contains(l, "DOC-8") {
					doc8 = append(doc8, l)
				}
			}
			got := strings.Join(doc8, "\n")
			switch {
			case tc.want == "" && got != "":
				t.Errorf("DOC-8 diagnostics, want none:\n%s", got)
			case tc.want != "" && !strings.Contains(got, tc.want):
				t.Errorf("no %q among the DOC-8 diagnostics:\n%s", tc.want, got)
			}
		})
	}
}
