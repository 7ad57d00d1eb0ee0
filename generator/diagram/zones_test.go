package diagram

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestThirdPartyZone: an outside system neither the customer nor the
// manufacturer runs (the app stores that deliver a wearable's app) has a
// zone of its own; the views drew it as "Customer infrastructure" (the
// mobile app probe), the only zone a user could give it.
func TestThirdPartyZone(t *testing.T) {
	const dir = "../testdata/wearable"
	site, contentDir := kindtest.CopyRepo(t, dir+"/jspgen.toml", dir+"/content", "glucowear.toml",
		kindtest.Replace("[[flow_endpoints]]\n", `[[data_flows]]
id = "DF-04"
from = "App stores"
to = "app"
data = ["software"]
interface = "app-net"
protection = "Signed by Meridian and by the store."

[[flow_endpoints]]
name = "App stores"
zone = "third_party"

[[flow_endpoints]]
`))
	c, diags := content.Load(site, contentDir)
	if c == nil || diags.Err() != nil {
		t.Fatalf("loading: %v", diags)
	}
	vs, diags := Views(c.Products[0])
	for _, d := range diags {
		if strings.Contains(d.Message, "App stores") {
			t.Errorf("unexpected: %s", d)
		}
	}
	found := false
	for _, v := range vs {
		if !strings.Contains(v.Alt, "App stores") {
			continue
		}
		found = true
		if !strings.Contains(v.Alt, "Third parties: App stores.") || strings.Contains(v.Alt, "Customer infrastructure: App stores") {
			t.Errorf("%s: the app stores are not drawn as a third party's: %s", v.File, v.Alt)
		}
		if !strings.Contains(string(v.SVG()), "Third parties") {
			t.Errorf("%s: no zone named Third parties in the SVG", v.File)
		}
	}
	if !found {
		t.Error("no view draws the app stores")
	}
}
