package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestR3CSDLegacyDXA: the DXA-9 CSD said whether its Ethernet interface is
// on is "not stated" while SMB listens on it as shipped (a port with
// default_enabled = true is open as shipped, so its interface is on);
// said "nor does any other version" of a product with one version; its
// lifecycle page said the manufacturer "annotates" a component whose entry
// states nothing, in a list that ran on into "and the notices"; and the
// release-date warning called the as-of date the CSD's release date.
func TestR3CSDLegacyDXA(t *testing.T) {
	site := buildFixture(t, "dexalegacy")
	const csd, lc = "dxa-9/csd.md", "dxa-9/lifecycle.md"
	md := site(csd)
	kindtest.SaysAll(t, csd, md, "As shipped: acquisition PC: Ethernet (on).",
		"and receives no further updates; it is the only version of the Osteon DXA-9, so no version receives updates: these were the commitments while it was supported.")
	kindtest.SaysNone(t, csd, md, "Ethernet (whether it is on is not stated)", "nor does any other version")
	if !strings.Contains(md, "file share for report export. | Yes |") {
		t.Errorf("%s: the interfaces table does not say the Ethernet port is enabled as shipped", csd)
	}
	l := site(lc)
	kindtest.SaysAll(t, lc, l, "the name and version of the one component of version `5.2` that Osteon Imaging Corp. lists (its supplier support is not stated) and the notices")
	kindtest.SaysNone(t, lc, l, "annotates, whose supplier support")
	// no version supported: the page said it "singles out no component as
	// needing attention", which read as if none did (review 81,
	// dexalegacy 9); every component of an unsupported version goes
	// without updates
	kindtest.SaysAll(t, lc, l, "No version is supported on 7 December 2026 (released, not withdrawn and before its end of support): every version is past its end of support and none receives security updates, for its components or otherwise, so this page does not weigh any component's supplier support against a version's.")
	kindtest.SaysNone(t, lc, l, "needing attention")
	w := fixtureCheck(t, "dexalegacy", "", nil)
	kindtest.SaysAll(t, "check", w, "the CSD (no document number or revision, no release date, so as of the build's as-of date")
	kindtest.SaysNone(t, "check", w, "released 2026-12-07) describes")
}

// TestR3CSDKeyFactsUnstatedNotes: key facts said "See the MDS2 form" where
// the form's answer is See Note and its note says only "Not stated"
// (content.Product.MDS2NoteUnstated); they now fall back to the product
// data, else say Not stated, and section 7 no longer says the form refers
// to its notes when every note it cites says only that.
func TestR3CSDKeyFactsUnstatedNotes(t *testing.T) {
	const aid = "aurelle/csd.md"
	md := buildFixture(t, "hearingaid")(aid)
	kindtest.SaysAll(t, aid, md, "| Anti-malware | Not stated |", "| Needs the internet or a cloud service | See details |")
	kindtest.SaysNone(t, aid, md, "| Anti-malware | See the MDS2 form", "| Needs the internet or a cloud service | See the MDS2 form")
	const pen = "dosetrace/csd.md"
	md = buildFixture(t, "insulinpen")(pen)
	kindtest.SaysAll(t, pen, md, "| Security logging to a SIEM | No: no part of the product opens a network port or connects to one |", "| Software bill of materials | Not stated |",
		"Which security events the device records is not stated.")
	kindtest.SaysNone(t, pen, md, "See the MDS2 form", "the form refers to its notes", "(see its notes)")
}

// TestR3CSDInternalOnPartlessProduct: the HemaView workstation, a product
// with no [[parts]], marks its cable to a separate analyzer internal; no
// part of the product is at its other end, and check now warns.
func TestR3CSDInternalOnPartlessProduct(t *testing.T) {
	w := fixtureCheck(t, "manyversions", "", nil)
	kindtest.SaysAll(t, "check", w, `interfaces[1].internal: interface "analyzer-link" is marked internal, but the product lists no part besides the device`)
}
