package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDKeyFactPortOfEveryModel: the TV-300B opens 7400/TCP on its
// Ethernet and the TV-300W on its Wi-Fi, each written as its own port.
// The key facts of the CSD covering both read "TCP 7400 (model TV-300B
// only), TCP 7400 (model TV-300W only)", as if neither model opened it
// on the other; a port every covered model opens on some interface is
// now listed once with no model. Ports in another state as shipped are
// not merged: each state's list names its own models.
func TestCSDKeyFactPortOfEveryModel(t *testing.T) {
	c, _ := kindtest.Load(t, "../../testdata/modelfamily/jspgen.toml", "../../testdata/modelfamily/content")
	for _, tc := range []struct {
		name        string
		wifiOff     bool
		says, never []string
	}{
		{"both on as shipped", false, []string{"| Connections the device opens as shipped | TCP 7400 | "}, []string{"TCP 7400 (model"}},
		{"the Wi-Fi one off as shipped", true, []string{"| Connections the device opens as shipped | TCP 7400 (model TV-300B only) | ", "TCP 7400 (model TV-300W only)"}, []string{"| TCP 7400 | "}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := kindtest.Product(t, c, "tv300")
			p.Ports = slices.Clone(p.Ports)
			n := 0
			for i, pt := range p.Ports {
				if pt.Number == 7400 && pt.Interface == "wifi" {
					n++
					if tc.wifiOff {
						p.Ports[i].DefaultEnabled = content.False
					}
				}
			}
			if n != 1 {
				t.Fatalf("the modelfamily fixture has %d ports 7400 on the Wi-Fi, want 1", n)
			}
			md := renderCSD(t, kindtest.Env(c, p.Documents.CSD.ReleaseDate), p)
			kindtest.SaysAll(t, "csd", md, tc.says...)
			kindtest.SaysNone(t, "csd", md, tc.never...)
		})
	}
}
