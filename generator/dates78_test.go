package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestDates78NoticeSpeaksAsOfItsIssue: the DXA-9 end-of-support notice,
// issued 2016-12-01 without a release date of its own, spoke as of the
// build's date (7 December 2026) and listed the FDA premarket guidance of
// 2026 and IMDRF N70 of 2023 as followed. It now speaks as of its issue:
// its stages are those of that day, and it lists no edition published
// after it (none was in force then, so it lists none).
func TestDates78NoticeSpeaksAsOfItsIssue(t *testing.T) {
	const notice = "dxa-9/notices/eos-5-2.md"
	md := buildFixture(t, "dexalegacy")(notice)
	kindtest.SaysAll(t, notice, md, "stage on 1 December 2016: Support or Limited Support (end of life not stated).", "Stages are given as of 1 December 2016.")
	kindtest.SaysNone(t, notice, md, "7 December 2026", "3 February 2026", "N70FINAL:2023", "## Guidance editions covered")
}

// TestDates78ComponentSupportNotStated: the DXA-9 CSD said no component
// "has an announced end of support before the device's" while the data
// leave the support of its one component, Windows XP, unstated. Not
// stated is not none: the CSD now says that end is not stated.
func TestDates78ComponentSupportNotStated(t *testing.T) {
	const csd = "dxa-9/csd.md"
	md := buildFixture(t, "dexalegacy")(csd)
	kindtest.SaysAll(t, csd, md, "No component is stated to be no longer maintained or abandoned by its supplier; the end of supplier support of Windows XP Professional SP3 is not stated, so whether it comes before the device's (2018-12-31) is not stated either.")
	kindtest.SaysNone(t, csd, md, "none has an announced end of support before")
}

// TestDates78LifecycleUnsetAndNoSupportedVersion: the DXA-9 lifecycle page
// said a milestone "Not set" has no date "and none will be", which the
// data do not decide (the version's end of marketing may well have
// passed), and advised moving "to a supported version" when none is.
func TestDates78LifecycleUnsetAndNoSupportedVersion(t *testing.T) {
	const lc = "dxa-9/lifecycle.md"
	md := buildFixture(t, "dexalegacy")(lc)
	kindtest.SaysAll(t, lc, md,
		`A milestone marked "Not set" has no date in the product data and does not lie ahead: the version's support has ended, or it was withdrawn; whether it came before then, and when, is not stated.`,
		"the customer should replace or isolate the device, as no version of it is supported any more.")
	kindtest.SaysNone(t, lc, md, "and none will be", "move to a supported version")
}

// TestDates78GuidanceIsALayout: the documents said the manufacturer's
// document "follows" the guidance (JSP2, FDA guidance for an EU-only
// product), which no product data state; what is true of a document
// jspgen makes is that it is laid out to cover them.
func TestDates78GuidanceIsALayout(t *testing.T) {
	for _, f := range []struct{ fixture, doc string }{{"wmtstelemetry", "teletrack/csd.md"}, {"eprotrial", "eprotrial/csd.md"}} {
		md := buildFixture(t, f.fixture)(f.doc)
		kindtest.SaysAll(t, f.doc, md, "This document is laid out to cover the editions below.")
		kindtest.SaysNone(t, f.doc, md, "This document follows the editions below")
	}
	index := buildFixture(t, "wmtstelemetry")("index.html")
	kindtest.SaysAll(t, "index.html", index, "laid out after the Health Sector Coordinating Council's Joint Security Plan")
}
