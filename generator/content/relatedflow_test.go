package content

import "testing"

// TestRelatedDirectLink: only another maker's system whose hosting is not
// stated, whose every linked flow runs over a point-to-point interface of
// a part on the device, reads "Directly to …"; any other keeps its Hosted
// row.
func TestRelatedDirectLink(t *testing.T) {
	base := func() *Product {
		return &Product{
			Parts:          []Part{{ID: "cart", Name: "Cart PC", Runs: "device"}, {ID: "srv", Name: "Server", Runs: "customer_hosted"}},
			Interfaces:     []Interface{{ID: "bt", Kind: "bluetooth", Part: "cart"}, {ID: "wifi", Kind: "wifi", Part: "cart"}, {ID: "srvusb", Kind: "usb", Part: "srv"}},
			FlowEndpoints:  []FlowEndpoint{{Name: "Stethoscope", Zone: "third_party", RelatedSystem: "st"}},
			RelatedSystems: []RelatedSystem{{ID: "st", Name: "S2", Kind: "other", Maker: "Sonara"}},
			DataFlows:      []DataFlow{{ID: "DF-1", From: "Stethoscope", To: "cart", Interface: "bt"}},
		}
	}
	for _, tc := range []struct {
		name string
		edit func(p *Product)
		want string
	}{
		{"bluetooth to the device", func(*Product) {}, "Directly to Cart PC, over Bluetooth"},
		{"over Wi-Fi", func(p *Product) { p.DataFlows[0].Interface = "wifi" }, ""},
		{"one flow of two over Wi-Fi", func(p *Product) {
			p.DataFlows = append(p.DataFlows, DataFlow{ID: "DF-2", From: "cart", To: "Stethoscope", Interface: "wifi"})
		}, ""},
		{"to a customer-hosted part", func(p *Product) { p.DataFlows[0].To, p.DataFlows[0].Interface = "srv", "srvusb" }, ""},
		{"no maker", func(p *Product) { p.RelatedSystems[0].Maker = "" }, ""},
		{"hosting stated", func(p *Product) { p.RelatedSystems[0].Runs = "customer_hosted" }, ""},
		{"not linked", func(p *Product) { p.FlowEndpoints[0].RelatedSystem = "" }, ""},
		{"interface unknown", func(p *Product) { p.DataFlows[0].Interface = "" }, ""},
	} {
		p := base()
		tc.edit(p)
		if got := p.RelatedDirectLink(p.RelatedSystems[0]); got != tc.want {
			t.Errorf("%s: RelatedDirectLink = %q, want %q", tc.name, got, tc.want)
		}
	}
	p := base()
	if got := p.FlowEndCell("Stethoscope"); got != "Stethoscope (S2, made by Sonara)" {
		t.Errorf("FlowEndCell = %q", got)
	}
	p.FlowEndpoints[0].RelatedSystem = ""
	if got := p.FlowEndCell("Stethoscope"); got != "Stethoscope" {
		t.Errorf("unlinked FlowEndCell = %q", got)
	}
}
