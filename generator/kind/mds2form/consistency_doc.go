package mds2form

import (
	"cmp"
	"fmt"

	"github.com/jspgen/jspgen/generator/mds2"
)

// checkISAO warns of a hand DOC-9 Yes or No where the site file does not
// state manufacturer.isao.member and the product builds its security
// plan: the plan then can only repeat the form's answer, with no fact of
// its own behind it and no organization named (it said the membership was
// not stated until it learned to repeat the form). A note does not mend
// that (the plan prints no MDS2 note); the fact belongs in the site file,
// which both read (DOC-9 is then derived from it). A form built
// without the plan has no other document to disagree with: its answer is
// the manufacturer's statement. The remedy fits the answer: a Yes is
// written as member = true with the organization's name; a No as
// member = false only where the manufacturer is not a member, and where
// it does not know (holter: the site file leaves the membership unknown)
// as a note marked unstated = true beside a blank answer ({ note = n }),
// so that the plan and the form both say it is not stated.
func (r *mds2Resolver) checkISAO(givens map[string]given) {
	g, ok := givens["DOC-9"]
	site := r.env.Content.Site
	if !ok || g.answer != mds2.Yes && g.answer != mds2.No || site.Manufacturer.ISAO.Member.Known() || !r.p.Builds("security_plan") {
		return
	}
	name := cmp.Or(site.Manufacturer.Name, "the manufacturer")
	remedy := "write manufacturer.isao.member = true and the organization's name (manufacturer.isao.name) in the site file, which the plan and the form both read, and remove this answer"
	if g.answer == mds2.No {
		remedy = fmt.Sprintf("if %s is not a member, write manufacturer.isao.member = false in the site file, which the plan and the form both read, and remove this answer; if it is not known, leave the answer blank and give a note marked unstated = true instead ({ note = n }), so that both documents say the membership is not stated", name)
	}
	r.warnf(g.path, "answer %s, but %s does not state manufacturer.isao.member, so the security plan can only repeat this answer as the MDS2 form's (DOC-9) about whether %s is a member of an information sharing and analysis organization, with no fact of its own behind it (and not which organization); %s",
		g.answer, r.env.Content.SiteFile.File, name, remedy)
}

// checkSaMD warns of a hand DOC-11 Yes or No where the product file does
// not state samd and the product builds its security plan, which then
// says that whether the product is SaMD is not stated while the form
// answers it (h139's ventilator: DOC-11 No beside "not stated"). The fact
// belongs in the product file, which both read. Health IT that is not a
// medical device is no SaMD either way: its plan says it is not a
// medical device. A part that runs on the device (runs = "device") makes
// the plan say the product includes hardware of its own, not that SaMD
// is not stated, and the form derives DOC-11 No from it whatever the
// hand answer (wheelchair): no warning. The remedy is what aligns the two
// documents: where the form derives DOC-11 from the parts anyway (no
// part on the device: software only), removing the answer changes
// nothing, and only samd does; where the product runs on devices the
// manufacturer supplies, the form derives nothing even from samd, so the
// answer stays.
func (r *mds2Resolver) checkSaMD(givens map[string]given) {
	g, ok := givens["DOC-11"]
	p := r.p
	if !ok || g.answer != mds2.Yes && g.answer != mds2.No || p.SaMD.Known() || p.MedicalDevice.IsFalse() || !p.Builds("security_plan") {
		return
	}
	if len(p.Parts) > 0 && p.HasDevice() {
		return // the plan: hardware of its own, not "not stated"
	}
	samd := g.answer == mds2.Yes
	status := "SaMD"
	if !samd {
		status = "not SaMD"
	}
	var remedy string
	switch d, derived := r.facts.softwareOnly(); {
	case derived && d.Answer == g.answer:
		remedy = fmt.Sprintf("the form derives DOC-11 %s from %s whether or not this answer is given, so removing it leaves the plan as it is: write samd = %t in the product file, so that the plan states it too", d.Answer, d.Short(), samd)
	case derived:
		remedy = fmt.Sprintf("the form derives DOC-11 %s from %s, which this answer overrides; if the product is %s, write samd = %t in the product file, which the plan and the form both read (the form then derives DOC-11 from it), and remove this answer", d.Answer, d.Short(), status, samd)
	case p.SuppliesHosts():
		remedy = fmt.Sprintf("write samd = %t in the product file, so that the plan states it too, and keep this answer: where the product runs on devices the manufacturer supplies (parts.maker_supplied), the form does not derive DOC-11 from samd", samd)
	default:
		remedy = fmt.Sprintf("write samd = %t in the product file, which the plan and the form both read, and remove this answer", samd)
	}
	r.warnf(g.path, "answer %s, but samd is not stated, so the security plan says that whether the product is software as a medical device (SaMD) is not stated; %s", g.answer, remedy)
}

// publishedDataFlowView (against DOC-10 No) is a drawing of the
// product's data flows the site publishes: the threat model's data-flow
// diagram beside the risk report (views/data-flows.svg: every part,
// outside system and flow, with the trust boundaries), or the security
// plan's global system view (views/global-system.svg: the flows in their
// trust zones; cloudsamd). DOC-10 is derived from [[diagrams]] alone; a
// hand No beside such a drawing makes the form deny a diagram the site
// links from the product's page (smartapp), so it is warned about, and a
// note (the report or plan is not given to customers) keeps it. Only a
// drawing of the version whose facts the form answers from counts
// (drawnVersion); the path is from the form's folder (up).
func (f *mds2Facts) publishedDataFlowView() (fact, bool) {
	d, ok := f.publishedDrawing()
	if !ok || f.ofAnotherVersion(d) {
		return fact{}, false
	}
	return f.yes("data_flows", "is drawn as "+d.what+", which the site publishes as "+f.up+d.file), true
}

// publishedLifecyclePage (against RDMP-3 No) is the lifecycle page the
// site publishes for the product: each version's support stage and
// milestones, kept at one address. RDMP-3 is derived Yes from it where
// it gives each covered version's end of support or the promise of
// notice (supportDatesPublished); a hand No beside the page otherwise
// (handmds2) makes the form deny what the same site publishes, so it is
// warned about, and a note keeps it. A page that announces no support
// date (lifecycleDated: only general availability, stages and a promise
// of notice) publishes no support dates, and a No beside it stands.
func (f *mds2Facts) publishedLifecyclePage() (fact, bool) {
	if !f.p.HasControl("lifecycle", f.p.Documents.Lifecycle) || !f.p.Builds("lifecycle") {
		return fact{}, false
	}
	dated, ok := f.lifecycleDated()
	if !ok {
		return fact{}, false
	}
	return f.yes("documents.lifecycle", "is the document control of the lifecycle page the site publishes (lifecycle.html), which gives each version's support stage and milestones and announces "+dated), true
}

// checkCVDNotStated warns of a DOC-8 entry that gives only a note marked
// unstated = true ({ note = n }: the note says only that the answer is
// not stated) while the data answer DOC-8 Yes: the product's
// [postmarket.cvd] commits the manufacturer to acknowledge and assess a
// vulnerability report within so many days, which the CSD and the plan
// print, or the site publishes a disclosure policy (cvdProgram). The form
// prints the derived Yes beside a note saying the answer is not stated
// (exoskeleton, fertilityapp before the rule). A hand No beside such a
// commitment needs no check here: the derived Yes makes resolve refuse it
// without a note and report the override with one. Where the same note
// also stands alone beside a blank answer, warnNoteBesideDerived warns
// of the entry already.
func (r *mds2Resolver) checkCVDNotStated(final map[string]mds2.Answer, givens map[string]given) {
	g, ok := givens["DOC-8"]
	if !ok || g.answer != mds2.Unanswered || g.entry.Note == 0 {
		return
	}
	n, ok := r.p.MDS2.Note(g.entry.Note)
	if !ok || !n.Unstated {
		return
	}
	d, ok := r.facts.cvdProgram()
	if !ok {
		return
	}
	for id, o := range givens {
		if a, yesNo := final[id]; id != "DOC-8" && yesNo && a == mds2.Unanswered && o.entry.Note == n.Number {
			return // warnNoteBesideDerived warns: the note stands alone beside id
		}
	}
	r.warnf(g.path, "DOC-8 gives only note %d, which is marked unstated = true (it says the answer is not stated), but the data answer DOC-8 Yes: %s; the form prints Yes beside that note: remove the DOC-8 entry (and note %d, if no other answer cites it), or give a note that explains the Yes",
		n.Number, d, n.Number)
}
