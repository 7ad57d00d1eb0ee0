package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// relay is a DICOM relay the hospital hosts, which cloudsamd's 3.1.0
// adds (parts_added) with the interface it listens on: 3.0.0 ran only in
// Northlight's cloud. (3.1.0's [versions.changes], its description, is
// the table these entries join.)
const relay = `
[[versions.changes.parts_added]]
id = "relay"
name = "LumenTriage DICOM relay"
runs = "customer_hosted"
hosting = "premises"
patching = "The hospital installs relay updates from Northlight's download portal."

[[versions.changes.interfaces_added]]
id = "relay-nic"
kind = "virtual_nic"
part = "relay"
name = "Relay network adapter"
purpose = "Receives studies from the PACS and forwards them to the study API."
default_enabled = true
carries = ["phi", "pii"]

[[interfaces]]`

// TestMDS2HostingOfEachVersionsParts: DOC-11.3 and DOC-11.4 are derived
// from where the parts of the version the form covers run. A relay the
// hospital hosts that 3.1.0 adds made, when parts were the same for every
// version, 3.0.0's form answer that the SaMD is hosted on the customer's
// own infrastructure ("parts[2].runs is customer_hosted for LumenTriage
// DICOM relay"), which nothing of 3.0.0 is; 3.1.0's answers Yes from the
// key that adds the relay.
func TestMDS2HostingOfEachVersionsParts(t *testing.T) {
	c := copyCase(t, "../../testdata/cloudsamd/jspgen.toml", "../../testdata/cloudsamd/content/lumentriage.toml", func(src string) string {
		return strings.Replace(src, "\n[[interfaces]]", relay, 1)
	})
	loaded, diags := content.Load(c.site, c.dir)
	for _, d := range diags {
		if d.Severity == content.Error {
			t.Fatalf("the relay's changes: %s", d)
		}
	}
	env := kindtest.Env(loaded, content.NewDate(2026, 2, 16))
	p := loaded.Products[0]
	for _, tc := range []struct {
		version   string
		want      mds2.Answer
		wantSays  string
		hostedBy  mds2.Answer
		hostedSay string
	}{
		{"3.0.0", mds2.No, "parts lists no part the customer hosts", mds2.Yes, "parts[0].runs is manufacturer_hosted for LumenTriage cloud service"},
		{"3.1.0", mds2.Yes, "versions[1].changes.parts_added[0].runs is customer_hosted for LumenTriage DICOM relay", mds2.Yes, "parts[0].runs is manufacturer_hosted for LumenTriage cloud service"},
	} {
		got := newMDS2Facts(env, kind.Product{Product: p.At(tc.version), Inventory: &inventory.Inventory{}, VersionOf: tc.version}).derive()
		if a := got["DOC-11.4"]; a.Answer != tc.want || a.Path+" "+a.Says != tc.wantSays || a.Line == 0 {
			t.Errorf("%s: DOC-11.4 = %q (%s %s, line %d); want %q (%s)", tc.version, a.Answer, a.Path, a.Says, a.Line, tc.want, tc.wantSays)
		}
		if a := got["DOC-11.3"]; a.Answer != tc.hostedBy || a.Path+" "+a.Says != tc.hostedSay {
			t.Errorf("%s: DOC-11.3 = %q (%s %s); want %q (%s)", tc.version, a.Answer, a.Path, a.Says, tc.hostedBy, tc.hostedSay)
		}
	}
}
