package csd

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// osendCSD renders the osend fixture's CSD of version v (4.6's in its
// own folder; "" for the current version 5.0's), after edit changes the
// product, with the notices built or not.
func osendCSD(t *testing.T, v string, notices bool, edit func(*kind.Product)) string {
	t.Helper()
	return osendCSDEdited(t, v, notices, nil, edit)
}

// osendCSDEdited is osendCSD with the product file's text edited first
// (toml, nil for none).
func osendCSDEdited(t *testing.T, v string, notices bool, toml func(string) string, edit func(*kind.Product)) string {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "osend")
	site, contentDir := filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content")
	if toml != nil {
		site, contentDir = kindtest.CopyRepo(t, site, contentDir, "vireo.toml", toml)
	}
	c, _ := kindtest.Load(t, site, contentDir)
	p, _ := kindtest.Product(t, c, "vireo")
	if edit != nil {
		edit(&p)
	}
	env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	path := "csd"
	if v != "" {
		path = kind.VersionPath(v, "csd")
	}
	for _, d := range prep.Documents {
		if d.Path == path {
			built := kindtest.Built(p)
			built.Notices = notices
			return kindtest.RenderBuilt(t, env, p, d, built)
		}
	}
	t.Fatalf("no CSD of version %s (%s)", v, path)
	return ""
}

// TestCSDExtendedNoLevel: osend's Windows 10 IoT Enterprise 2016 LTSB
// entry states its supplier's end of support and extended security
// updates for every customer, but no level. The 4.6 CSD's count of
// support statements must not call it "stated as supported": it has an
// end of supplier support and no level, with fixes continuing under the
// extended updates until their end.
func TestCSDExtendedNoLevel(t *testing.T) {
	md := osendCSD(t, "4.6", true, nil)
	kindtest.SaysAll(t, "the 4.6 CSD", md,
		"0 abandoned by their makers, and 1 with an end of supplier support but no level, whose supplier support has ended, with security fixes continuing under extended security updates until 2027-10-12.")
	kindtest.SaysNone(t, "the 4.6 CSD", md, "stated as supported whose supplier support has ended")

	// With a level stated, it is stated as supported.
	md = osendCSDEdited(t, "4.6", true, kindtest.Replace("extended_for = \"every_customer\"\n", "extended_for = \"every_customer\"\nsupport = \"limited\"\n"), nil)
	kindtest.SaysAll(t, "the 4.6 CSD, level limited", md,
		"and 1 stated as supported whose supplier support has ended, with security fixes continuing under extended security updates.")
	kindtest.SaysNone(t, "the 4.6 CSD, level limited", md, "with an end of supplier support but no level")
}

// TestCSDComponentUpdatesEnd: osend's component notice CIS-VR-N-001,
// issued before the 4.6 CSD, stops the Windows security updates of 4.6 on
// 2027-10-12, before 4.6's end of support (2027-12-31). The key facts
// (its end of support, and the software updates) and section 13 say so,
// naming the component, not all of 4.6's security updates, and link the
// notice where the notices are built. A notice issued after the CSD's
// date is not read, and the current version's CSD, which it does not
// concern, says nothing of it.
func TestCSDComponentUpdatesEnd(t *testing.T) {
	const (
		link = "(notice [CIS-VR-N-001](../notices/ceos-win10-2016.html))"
		row  = "| Version and end of support | 4.6 | Supported until 2027-12-31. Security updates for Windows 10 IoT Enterprise 2016 LTSB 1607 end on 2027-10-12 " + link + ". [13."
		upd  = "| Software updates | Maintenance releases when needed; Microsoft security updates validated monthly. | Security updates for Windows 10 IoT Enterprise 2016 LTSB 1607 end on 2027-10-12 " + link + ". Fixes for"
		s13  = "The security updates of Windows 10 IoT Enterprise 2016 LTSB 1607 in version `4.6` end on **12 October 2027** " + link + ", before the version's end of support."
	)
	md := osendCSD(t, "4.6", true, nil)
	kindtest.SaysAll(t, "the 4.6 CSD", md, row, upd, s13)
	kindtest.SaysNone(t, "the 4.6 CSD", md, "Security updates end on", "Security updates for version `4.6` end on")

	md = osendCSD(t, "4.6", false, nil)
	kindtest.SaysAll(t, "the 4.6 CSD, notices not built", md,
		"Supported until 2027-12-31. Security updates for Windows 10 IoT Enterprise 2016 LTSB 1607 end on 2027-10-12. [13.",
		"The security updates of Windows 10 IoT Enterprise 2016 LTSB 1607 in version `4.6` end on **12 October 2027**, before the version's end of support.")
	kindtest.SaysNone(t, "the 4.6 CSD, notices not built", md, "CIS-VR-N-001](")

	md = osendCSD(t, "4.6", true, func(p *kind.Product) {
		p.Notices[0].Issued = content.NewDate(2026, 12, 2)
		p.Notices[0].Document.History = nil
	})
	kindtest.SaysNone(t, "the 4.6 CSD, notice issued after it", md, "Security updates for Windows", "The security updates of Windows")

	md = osendCSD(t, "", true, nil)
	kindtest.SaysNone(t, "the 5.0 CSD", md, "Security updates for Windows", "The security updates of Windows")
}

// TestCSDContingencyFromNotice: the 4.6 CSD's 5.2 row of Windows 10 IoT
// Enterprise 2016 LTSB, with no suppliers.contingency written, says that
// notice CIS-VR-N-001 (which names it) gives an upgrade path and a
// compensating control, not "Contingency not stated"; a notice that gives
// neither leaves it not stated.
func TestCSDContingencyFromNotice(t *testing.T) {
	md := osendCSD(t, "4.6", true, nil)
	sec := csdSection(t, md, "### 5.2 Components that need attention")
	kindtest.SaysAll(t, "5.2 of the 4.6 CSD", sec,
		"when the Extended Security Updates end. Contingency: an upgrade path and a compensating control, in notice [CIS-VR-N-001](../notices/ceos-win10-2016.html). |")
	kindtest.SaysNone(t, "5.2 of the 4.6 CSD", sec, "Contingency not stated")

	md = osendCSD(t, "4.6", false, nil)
	sec = csdSection(t, md, "### 5.2 Components that need attention")
	kindtest.SaysAll(t, "5.2 of the 4.6 CSD, notices not built", sec,
		"Contingency: an upgrade path and a compensating control, in a notice naming it. |")

	md = osendCSD(t, "4.6", true, func(p *kind.Product) {
		p.Notices[0].UpgradePaths, p.Notices[0].Compensating = nil, nil
	})
	sec = csdSection(t, md, "### 5.2 Components that need attention")
	kindtest.SaysAll(t, "5.2 of the 4.6 CSD, notice without either", sec, "when the Extended Security Updates end. Contingency not stated. |")
}
