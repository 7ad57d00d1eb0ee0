package content

import "testing"

// TestListenNoneUnlistedReason: the key facts' hedge gives each part's
// reason as the data put it, and leaves out a part on phones its users own.
func TestListenNoneUnlistedReason(t *testing.T) {
	base := func() *Product {
		return &Product{
			Parts: []Part{
				{ID: "cart", Name: "Cart", Runs: "device", InterfacesComplete: True},
				{ID: "app", Name: "App", Runs: "customer_device", InterfacesComplete: True},
			},
			Interfaces: []Interface{{ID: "eth", Name: "Ethernet", Kind: "ethernet", Part: "cart"}},
			Ports:      []Port{{Number: 443, Transport: "tcp", Direction: "out", Interface: "eth", Part: "cart"}},
			DataFlows:  []DataFlow{{ID: "F", From: "cart", To: "app"}},
		}
	}
	for _, tc := range []struct {
		name string
		edit func(p *Product)
		want string
	}{
		{"complete but reached by a flow", func(p *Product) {}, "None listed; no interface of App is listed, though a data flow reaches it"},
		{"not written", func(p *Product) { p.Parts[1].InterfacesComplete = Unstated }, "None listed; the interface list of App is not stated to be complete"},
		{"written false", func(p *Product) { p.Parts[1].InterfacesComplete = False }, "None listed; the interface list of App is stated not to be complete"},
		{"on its users' own phones", func(p *Product) { p.Parts[1].OwnedBy = "users" }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			tc.edit(p)
			if got := p.ListenNoneUnlistedText("device"); got != tc.want {
				t.Errorf("ListenNoneUnlistedText = %q, want %q", got, tc.want)
			}
		})
	}
}
