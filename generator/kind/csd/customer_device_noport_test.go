package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDSoftwareOnCustomersDeviceWithoutAPort: the firewall section of a
// product whose rules only reach the manufacturer's services says that
// its software on a customer's own device connects from whatever
// network that device is on only when that software opens a connection.
// A program with no port of its own (an AED's rescue-data program on the
// customer's PC, which talks to the AED over USB only) connects nowhere:
// the section says no port of its own is listed instead.
func TestCSDSoftwareOnCustomersDeviceWithoutAPort(t *testing.T) {
	c, _ := kindtest.Load(t, "../../testdata/wearable/jspgen.toml", "../../testdata/wearable/content")
	const connects = "GlucoWear app runs on a phone the customer owns and connects from whatever network that device is on."
	const noPort = "GlucoWear app runs on a phone the customer owns, and no port of its own is listed."

	p, _ := kindtest.Product(t, c, "glucowear")
	md := renderCSD(t, kindtest.Env(c, p.Documents.CSD.ReleaseDate), p)
	sec := csdSection(t, md, "### 3.3 Firewall rules for reaching the manufacturer's services")
	kindtest.SaysAll(t, "3.3 as shipped", sec, connects)
	kindtest.SaysNone(t, "3.3 as shipped", sec, noPort)

	p, _ = kindtest.Product(t, c, "glucowear")
	n := len(p.Ports)
	p.Ports = slices.DeleteFunc(slices.Clone(p.Ports), func(pt content.Port) bool { return p.PartOfPort(pt).ID == "app" })
	if len(p.Ports) == n {
		t.Fatal("the wearable fixture's app has no port to remove")
	}
	md = renderCSD(t, kindtest.Env(c, p.Documents.CSD.ReleaseDate), p)
	sec = csdSection(t, md, "### 3.3 Firewall rules for reaching the manufacturer's services")
	kindtest.SaysAll(t, "3.3 without the app's port", sec, noPort)
	kindtest.SaysNone(t, "3.3 without the app's port", sec, "connects from whatever network")
}
