package plan

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanConnectivityOfKindOtherListedApart: 1.6 listed the GlucoDock
// meter's barcode scanner (kind other) among "the connectivity features
// that bear on the determination", on a meter that joins no network. Kind
// other does not say what an interface connects to, so such interfaces
// are listed apart, with whether they bear on it not stated; the dock's
// Ethernet and the GX-7's RS-232 port (serial, which reaches the LIS
// through the terminal server) stay among those that bear on it. With no
// feature of a stated kind left, the plan says so rather than that the
// device has none.
func TestPlanConnectivityOfKindOtherListedApart(t *testing.T) {
	const apart = "The product data give the kind of this interface only as Other, so whether it bears on the determination is not stated:\n\n| Interface | Kind | Enabled as shipped | Purpose |\n| --- | --- | --- | --- |\n"
	for _, tc := range []struct {
		name, fixture, id string
		edit              func(p *kind.Product)
		bears, never      []string // in the table of features that bear on it
		says              []string // anywhere in 1.6
	}{
		{"glucodock", "glucosedock", "glucodock", func(*kind.Product) {},
			// on as shipped: its HL7 port is (content.Product.InterfaceEnabled)
			[]string{"| Ethernet port (model DB-20 only) | Ethernet | Yes |"},
			[]string{"Built-in barcode scanner"},
			[]string{apart + "| Built-in barcode scanner (model GM-30 only) | Other | Not stated |"}},
		{"gx7", "serialonly", "gx7", func(*kind.Product) {},
			[]string{"| RS-232 port (LIS) | Serial | Not stated |", "| USB service port | USB | Not stated |"},
			[]string{"Built-in barcode scanner"},
			[]string{apart + "| Built-in barcode scanner | Other | Not stated |"}},
		{"glucodock without its Ethernet", "glucosedock", "glucodock", func(p *kind.Product) {
			for i := range p.Interfaces {
				if p.Interfaces[i].ID == "lan" {
					p.Interfaces[i].Internal = true
				}
			}
		}, nil, nil,
			[]string{"None of the device's interfaces other than the links between its own parts has a kind, as the product data give it, that makes it a connectivity feature; its display is not a connectivity feature.\n\n" + apart + "| Built-in barcode scanner (model GM-30 only) | Other |"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := renderFixturePlanEdited(t, tc.fixture, tc.id, tc.edit)
			i, j := strings.Index(md, "### 1.6 "), strings.Index(md, "### 1.7 ")
			if i < 0 || j < i {
				t.Fatal("the plan has no section 1.6 before 1.7")
			}
			sec := md[i:j]
			kindtest.SaysAll(t, tc.name+" 1.6", sec, tc.says...)
			kindtest.SaysNoneBecause(t, tc.name+" 1.6", sec, "a device with no connectivity features said to have none", "has no connectivity features besides")
			if tc.bears == nil {
				kindtest.SaysNone(t, tc.name+" 1.6", sec, "The connectivity features that bear on the determination:")
				return
			}
			k := strings.Index(sec, "The connectivity features that bear on the determination:")
			if k < 0 {
				t.Fatal("1.6 lists no connectivity features that bear on the determination")
			}
			bears := sec[k:]
			if e := strings.Index(bears, "\n\n"+apart[:20]); e >= 0 {
				bears = bears[:e]
			}
			kindtest.SaysAll(t, tc.name+" 1.6 features", bears, tc.bears...)
			kindtest.SaysNoneBecause(t, tc.name+" 1.6 features", bears, "an interface of kind other said to bear on the determination", tc.never...)
		})
	}
}
