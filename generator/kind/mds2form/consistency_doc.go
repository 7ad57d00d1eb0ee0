package mds2form

import (
	"cmp"
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
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
// the manufacturer's statement.
func (r *mds2Resolver) checkISAO(givens map[string]given) {
	g, ok := givens["DOC-9"]
	site := r.env.Content.Site
	if !ok || g.answer != mds2.Yes && g.answer != mds2.No || site.Manufacturer.ISAO.Member.Known() || !r.p.Builds("security_plan") {
		return
	}
	r.warnf(g.path, "answer %s, but %s does not state manufacturer.isao.member, so the security plan can only repeat this answer as the MDS2 form's (DOC-9) about whether %s is a member of an information sharing and analysis organization, with no fact of its own behind it (and not which organization); write manufacturer.isao.member = %t (and its name) in the site file, which the plan and the form both read, and remove this answer",
		g.answer, r.env.Content.SiteFile.File, cmp.Or(site.Manufacturer.Name, "the manufacturer"), g.answer == mds2.Yes)
}

// checkSaMD warns of a hand DOC-11 Yes or No where the product file does
// not state samd and the product builds its security plan: the plan then
// says whether the product is SaMD is not stated while the form answers
// it (h139's ventilator: DOC-11 No beside "not stated"). The fact belongs
// in the product file, which both read (DOC-11 is then derived from it).
// Health IT that is not a medical device is no SaMD either way: its plan
// says it is not a medical device.
func (r *mds2Resolver) checkSaMD(givens map[string]given) {
	g, ok := givens["DOC-11"]
	if !ok || g.answer != mds2.Yes && g.answer != mds2.No || r.p.SaMD.Known() || r.p.MedicalDevice.IsFalse() || !r.p.Builds("security_plan") {
		return
	}
	r.warnf(g.path, "answer %s, but samd is not stated, so the security plan says that whether the product is software as a medical device (SaMD) is not stated; write samd = %t in the product file, which the plan and the form both read, and remove this answer",
		g.answer, g.answer == mds2.Yes)
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

// writtenCVD (against DOC-8 No) is the product's [postmarket.cvd], which
// a built CSD prints in 4.4 as the manufacturer's commitment to
// acknowledge and assess a vulnerability report within so many days: a
// coordinated vulnerability disclosure process. DOC-8 is derived Yes
// only from a published policy URL; a hand No beside the CSD's timelines
// makes the two documents disagree (versionparts), so it is warned
// about, and a note (the timelines are not a program that covers the
// device) keeps it.
func (f *mds2Facts) writtenCVD() (fact, bool) {
	c := f.p.Postmarket.CVD
	if c.AcknowledgeDays == 0 || c.AssessDays == 0 || !f.p.Produces("csd") {
		return fact{}, false
	}
	return f.yes("postmarket.cvd", fmt.Sprintf("commits to acknowledge a vulnerability report within %d %s and to share an initial assessment within %d %s, which the CSD prints (4.4 Suspected vulnerability or incident)",
		c.AcknowledgeDays, content.Plural(c.AcknowledgeDays, "calendar day", "calendar days"), c.AssessDays, content.Plural(c.AssessDays, "day", "days"))), true
}
