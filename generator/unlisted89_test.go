package generator

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestEuonlyUnlistedInterfacesAndInfrastructure: the plan's port section
// called its table every port the parts listen on or connect to, though
// the pump's Wi-Fi and the rack's Ethernet port list no port or data
// flow (the CSD's firewall section says so); it now says the table does
// not cover them. The CSD's 4.1 named only the directory sign-in of the
// hospital's infrastructure; it now names the virtual machine the server
// is hosted on and the hospital systems the outbound ports name.
func TestEuonlyUnlistedInterfacesAndInfrastructure(t *testing.T) {
	dir := filepath.Join("testdata", "euonly")
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: out}); err != nil {
		t.Fatal(err)
	}
	tree := readTree(t, out)
	plan, csd := string(tree["infuvia/security-plan.md"]), string(tree["infuvia/csd.md"])
	kindtest.SaysAll(t, "euonly security-plan.md", plan,
		"The table does not cover any traffic over the interface Wi-Fi (IEEE 802.11ac) of the Infuvia volumetric pump and the interface Rack Ethernet port of the Infuvia docking rack, which no data flow describes either: the product data state no port for it.")
	kindtest.SaysNone(t, "euonly security-plan.md", plan, "Every network port each part of the product listens on")
	kindtest.SaysAll(t, "euonly csd.md", csd,
		"The product data name what the product uses of the customer's infrastructure: a server or virtual machine to host the Infuvia drug-library server; the Hospital HL7 interface engine and the Hospital NTP server, which the product connects to; and for signing in, the customer's directory service, Hospital directory (LDAPS), through which the \"Biomedical technician\" account signs in.")
}
