package content

import "testing"

// TestFlowEndImplicitPart: a flow end naming the implicit part of a
// product that lists no [[parts]] (by its ID "device" or its name) reads
// as the views read it, the product's name; a listed part's ID reads as
// that part's name, and any other end as written (nophi's DF-01 printed
// "device").
func TestFlowEndImplicitPart(t *testing.T) {
	noParts := &Product{Name: "PowerSet PS-40"}
	withParts := &Product{Name: "Cart", Parts: []Part{{ID: "device", Name: "Cart PC", Runs: "device"}, {ID: "srv", Name: "Server", Runs: "customer_hosted"}}}
	for _, tc := range []struct {
		name string
		p    *Product
		end  string
		want string
	}{
		{"implicit part by ID", noParts, "device", "PowerSet PS-40"},
		{"implicit part by name", noParts, "Device", "PowerSet PS-40"},
		{"outside system, no parts", noParts, "Field service laptop", "Field service laptop"},
		{"listed part by ID", withParts, "srv", "Server"},
		{"listed part named device", withParts, "device", "Cart PC"},
		{"outside system, parts", withParts, "Field service laptop", "Field service laptop"},
	} {
		if got := tc.p.FlowEnd(tc.end); got != tc.want {
			t.Errorf("%s: FlowEnd(%q) = %q, want %q", tc.name, tc.end, got, tc.want)
		}
		if got := tc.p.FlowEndCell(tc.end); got != tc.want {
			t.Errorf("%s: FlowEndCell(%q) = %q, want %q", tc.name, tc.end, got, tc.want)
		}
	}
}
