package content

import "testing"

// TestOwnersOf: the platforms of a part are supplied by whoever owns the
// hardware it runs on. A host the customer keeps and a customer_device
// part with no owned_by (or owned_by = customer) are the customer's; a
// clinician's own phone is its user's; at home with a customer written,
// the patients'. Mixed parts name every owner, and only "the customer"
// alone takes a singular verb.
func TestOwnersOf(t *testing.T) {
	host := Part{ID: "srv", Name: "Server", Runs: "customer_hosted"}
	app := func(owned string) Part { return Part{ID: "app", Name: "App", Runs: "customer_device", OwnedBy: owned} }
	for _, c := range []struct {
		name     string
		home     Tri
		customer string
		parts    []Part
		who, sup string
	}{
		{"a host the customer keeps", False, "hospital", []Part{host}, "the hospital", "the hospital supplies"},
		{"the customer's own phones (not written)", False, "hospital", []Part{app("")}, "the hospital", "the hospital supplies"},
		{"the customer's own phones", False, "hospital", []Part{app("customer")}, "the hospital", "the hospital supplies"},
		{"clinicians' own phones", False, "hospital", []Part{app("users")}, "the users", "the users supply"},
		{"the hospital's or the clinicians' phones", False, "hospital", []Part{app("customer_or_users")}, "the hospital or its users", "the hospital or its users supply"},
		{"a server and clinicians' own phones", False, "hospital", []Part{host, app("users")}, "the hospital or its users", "the hospital or its users supply"},
		{"patients' own phones at home", True, "organisation", []Part{app("")}, "the patients or caregivers", "the patients or caregivers supply"},
		{"no part found", False, "customer", nil, "the customer", "the customer supplies"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Product{HomeUse: c.home, Customer: kinds(c.customer), Parts: c.parts}
			for _, pt := range c.parts {
				p.Platforms = append(p.Platforms, Platform{Name: "OS " + pt.ID, Parts: []string{pt.ID}})
			}
			if got := p.OwnersOf(c.parts, c.customer); got != c.who {
				t.Errorf("OwnersOf = %q, want %q", got, c.who)
			}
			if got := p.PlatformsSuppliedBy(p.Platforms, c.customer); got != c.sup {
				t.Errorf("PlatformsSuppliedBy = %q, want %q", got, c.sup)
			}
		})
	}
}

// TestOwnersOfLoneUser: a product patients use at home with no customer
// organisation written has one owner for every part's hardware, the
// user ("the customer supplies" would name an organisation that does not
// exist), beside another maker's device.
func TestOwnersOfLoneUser(t *testing.T) {
	app := Part{ID: "app", Name: "App", Runs: "customer_device"}
	reader := Part{ID: "rdr", Name: "Reader", Runs: "customer_device", HostMaker: "Acme"}
	for _, c := range []struct {
		name     string
		parts    []Part
		who, sup string
	}{
		{"the user's own computer", []Part{app}, "the user", "the user supplies"},
		{"the user's computer and another maker's reader", []Part{app, reader}, "the user or Acme", "the user or Acme supply"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := &Product{HomeUse: True, Parts: c.parts}
			for _, pt := range c.parts {
				p.Platforms = append(p.Platforms, Platform{Name: "OS " + pt.ID, Parts: []string{pt.ID}})
			}
			if got := p.OwnersOf(c.parts, "customer"); got != c.who {
				t.Errorf("OwnersOf = %q, want %q", got, c.who)
			}
			if got := p.PlatformsSuppliedBy(p.Platforms, "customer"); got != c.sup {
				t.Errorf("PlatformsSuppliedBy = %q, want %q", got, c.sup)
			}
		})
	}
}
