package generator

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOnPremSaMDFirewallAndConnectivity: MammoCAD, software the hospital
// installs on a server of its own, lists that server as its one part.
// The CSD's firewall rules then end at the MammoCAD server, not at a
// "Device", and leave the hospital's own traffic to that server out of
// the final deny; the MDS2 form answers the hardware connectivity
// questions N/A, as the product has no hardware of its own
// (REPORT-onpremsamd findings 1-3).
func TestOnPremSaMDFirewallAndConnectivity(t *testing.T) {
	read := buildFixture(t, "onpremsamd")
	csd := read("mammocad/csd.md")
	firewall := section(t, csd, "### 3.3 Firewall rules", "## 4. ")
	kindtest.SaysAll(t, "csd.md 3.3", firewall,
		"The hospital keeps the host that runs the MammoCAD server. These rules cover only the product's own connections: the hospital's own traffic to and from that host (backup, monitoring, administrators' sign-in, and operating-system updates where the hospital installs them) is for the hospital's own rules, not the final deny",
		"| 1 | Allow | Radiologists' reading workstations | MammoCAD server | 443/TCP |",
		"| 2 | Allow | Hospital PACS | MammoCAD server | 11112/TCP |")
	kindtest.SaysNoneBecause(t, "csd.md 3.3", firewall, "MammoCAD has no device of its own", "| Device |", "holds the device")

	mds2 := read("mammocad/mds2.md")
	for _, id := range []string{"CONN-1.1", "CONN-1.1.1", "CONN-1.1.2", "CONN-1.1.3", "CONN-1.1.4", "CONN-1.2", "CONN-1.2.1", "CONN-1.2.2", "CONN-1.2.3", "CONN-1.2.4"} {
		kindtest.SaysAll(t, "mds2.md", mds2, "| "+id+" | N/A | Derived from the product data: parts lists no part that runs on the device: the product has no hardware of its own, so the question does not apply;")
	}
}

// TestOnPremSaMDDeletionAnswer: the CSD quotes the MDS2 form's No to
// SGUD-2, which asks two things at once (a way to delete data
// permanently, and instructions for it), as denying only the pair; it
// said "data cannot be deleted permanently", beside its own data store
// that deletes studies after 30 days (REPORT-onpremsamd finding 7).
func TestOnPremSaMDDeletionAnswer(t *testing.T) {
	csd := buildFixture(t, "onpremsamd")("mammocad/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"Decommissioning and sanitisation steps are not stated. The MDS2 form answers No to permanent deletion of data with instructions: the manufacturer does not give both a way to delete data permanently and instructions for doing so (MDS2 form, SGUD-2).")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "a No to SGUD-2 denies only the pair", "cannot be deleted")
}

// TestOnPremSaMDWithoutPartsIsAnError: the same product without its
// [[parts]] entry does not build: the part assumed for it would be a
// device, so every document would describe hardware it does not have
// (REPORT-onpremsamd findings 1-5). The error names parts, the file and
// the line, and each runs value.
func TestOnPremSaMDWithoutPartsIsAnError(t *testing.T) {
	dir := filepath.Join("testdata", "onpremsamd")
	part := regexp.MustCompile(`(?s)\n\[\[parts\]\]\n.*?\n\n`)
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "mammocad.toml", func(s string) string {
		if !part.MatchString(s) {
			t.Fatal("the fixture's [[parts]] entry moved")
		}
		return part.ReplaceAllString(s, "\n")
	})
	_, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	if err == nil {
		t.Fatal("a SaMD that lists no [[parts]] built")
	}
	const want = `mammocad.toml:1: parts: missing: where the product runs; it is software as a medical device (samd = true) and lists no [[parts]], so every document would describe it as hardware of its own ("the device"): add a [[parts]] entry with runs = where it runs ("customer_hosted" for software on the customer's servers, "customer_device" for an app on the customer's own phones, tablets or computers, "manufacturer_hosted" for a service you host, "device" for hardware of its own) and patching = who installs its updates`
	if !strings.Contains(err.Error(), want) {
		t.Errorf("build error does not say where the product runs is missing:\n%v\nwant it to contain:\n%s", err, want)
	}
}
