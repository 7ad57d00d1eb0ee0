package mds2form

import "github.com/jspgen/jspgen/generator/content"

// publishedDocsRuleCases: SGUD-1 Yes from the CSD the build publishes
// about the versions the form covers, RDMP-3 Yes from the lifecycle page
// the build publishes (teleicu: the form printed "Not stated" for both
// beside the CSD and the lifecycle page of the same build).
func publishedDocsRuleCases() []ruleCase {
	withPage := func(w *world) {
		w.p.Documents.Lifecycle = content.DocumentControl{ID: "P-LC", Revision: "A", ReleaseDate: date(2026, 1, 15)}
		w.p.EndOfLife.NoticeMonths = 12
	}
	return []ruleCase{
		{"SGUD-1", "a CSD about the form's version", func(w *world) { w.p.Documents.Build = []string{"csd", "mds2"} },
			yesBy("documents.csd", "is the customer security documentation the build publishes about the form's version")},
		{"SGUD-1", "no CSD built", func(w *world) { w.p.Documents.Build = []string{"mds2"} }, decidesNothing},
		{"SGUD-1", "the CSD first issued after the form", func(w *world) {
			w.p.Documents.Build = []string{"csd", "mds2"}
			w.p.Documents.CSD.ReleaseDate = date(2026, 2, 1)
		}, decidesNothing},
		{"SGUD-1", "two versions covered, one CSD (documents.versions = current)", func(w *world) {
			w.p.Documents.Build = []string{"csd", "mds2"}
			w.p.Versions = append(w.p.Versions, content.Version{Version: "1.1", GeneralAvailability: date(2025, 6, 1)})
			w.p.MDS2.Versions = []string{"1.0", "1.1"}
		}, yesBy("documents.csd", "is the customer security documentation the build publishes about version 1.1; of 1.0, which the form also covers, the build publishes none")},
		{"SGUD-1", "two versions covered, a CSD about each (documents.versions = supported)", func(w *world) {
			w.p.Documents.Build = []string{"csd", "mds2"}
			w.p.Documents.Versions = "supported"
			w.p.Versions = append(w.p.Versions, content.Version{Version: "1.1", GeneralAvailability: date(2025, 6, 1)})
			w.p.MDS2.Versions = []string{"1.0", "1.1"}
		}, yesBy("documents.csd", "is the customer security documentation the build publishes about each version the form covers")},

		// handmds2: a page of general availability, stages and the
		// promise of notice alone publishes no support date
		{"RDMP-3", "the lifecycle page, no support date announced", withPage, decidesNothing},
		{"RDMP-3", "the lifecycle page, an earlier version's end of support announced", func(w *world) {
			withPage(w)
			w.p.Versions = append([]content.Version{{Version: "0.9", GeneralAvailability: date(2024, 1, 1), EndOfSupport: date(2027, 6, 30)}}, w.p.Versions...)
			w.p.MDS2.Versions = []string{"1.0"}
		}, yesBy("documents.lifecycle", "is the document control of the lifecycle page the site publishes (lifecycle.html), which gives the support stage and milestones of 1.0, and its end of support or, until it is announced, the promise that it is announced at least 12 months before it; it announces the end of support of version 0.9, 2027-06-30")},
		{"RDMP-3", "the lifecycle page, a component's end of support", func(w *world) {
			withPage(w)
			w.p.Components = []content.Component{{Name: "OpenSSL", Version: "3.0.13", EndOfSupport: date(2026, 9, 7)}}
		}, yesBy("documents.lifecycle", "the promise that it is announced at least 12 months before it; it announces the end of supplier support of the component OpenSSL, 2026-09-07")},
		{"RDMP-3", "the lifecycle page not built", func(w *world) {
			withPage(w)
			w.p.Documents.Build = []string{"csd", "mds2"}
		}, decidesNothing},
		{"RDMP-3", "no document control for the page", func(w *world) {
			withPage(w)
			// every document built by default, and no lifecycle control written
			w.p.Documents.Lifecycle, w.p.Documents.Build = content.DocumentControl{}, nil
		}, decidesNothing},
		{"RDMP-3", "the page first issued after the form", func(w *world) {
			withPage(w)
			w.p.Documents.Lifecycle.ReleaseDate = date(2026, 2, 1)
		}, decidesNothing},
		{"RDMP-3", "the page, no notice promised", func(w *world) {
			withPage(w)
			w.p.EndOfLife.NoticeMonths = 0
		}, decidesNothing},
		{"RDMP-3", "the page, two versions, one with an end of support", func(w *world) {
			withPage(w)
			w.p.Versions = append(w.p.Versions, content.Version{Version: "1.1", GeneralAvailability: date(2025, 6, 1), EndOfSupport: date(2028, 1, 1)})
			w.p.MDS2.Versions = []string{"1.0", "1.1"}
		}, yesBy("documents.lifecycle", "gives the support stage and milestones of 1.0 and 1.1, and each one's end of support or, until it is announced, the promise that it is announced at least 12 months before it")},
		// smartbed: the CSD's section 13 gives the table the page would
		{"RDMP-3", "no page, the CSD gives an earlier version's end of support", func(w *world) {
			w.p.Documents.Build = []string{"csd", "mds2"}
			w.p.EndOfLife.NoticeMonths = 12
			w.p.Versions = append([]content.Version{{Version: "0.9", GeneralAvailability: date(2024, 1, 1), EndOfSupport: date(2027, 6, 30)}}, w.p.Versions...)
			w.p.MDS2.Versions = []string{"0.9", "1.0"}
		}, yesBy("documents.csd", "is the customer security documentation the build publishes about the form's version, whose section on end of support and end of life gives the support stage and milestones of 0.9 and 1.0, and each one's end of support or, until it is announced, the promise that it is announced at least 12 months before it; it gives the end of support of version 0.9, 2027-06-30")},
		{"RDMP-3", "no page, the CSD gives no support date", func(w *world) {
			w.p.Documents.Build = []string{"csd", "mds2"}
			w.p.EndOfLife.NoticeMonths = 12
		}, decidesNothing},
		{"RDMP-3", "no page, the CSD first issued after the form", func(w *world) {
			w.p.Documents.Build = []string{"csd", "mds2"}
			w.p.Documents.CSD.ReleaseDate = date(2026, 2, 1)
			w.p.EndOfLife.NoticeMonths = 12
			w.p.Versions = append([]content.Version{{Version: "0.9", GeneralAvailability: date(2024, 1, 1), EndOfSupport: date(2027, 6, 30)}}, w.p.Versions...)
		}, decidesNothing},
	}
}
