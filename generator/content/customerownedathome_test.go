package content

import (
	"slices"
	"strings"
	"testing"
)

// A clinic that provides hearing aids to its patients at home fits them
// with software on its own PCs (the hearingaid review): owned_by =
// "customer" on that part makes it the clinic's, on the clinic's network,
// while the app on the patients' phones stays theirs. Without owned_by
// every customer_device part of such a product is the patients'.
func TestCustomerOwnedPartAtHome(t *testing.T) {
	aids := Part{ID: "aids", Name: "Aids", Runs: "device"}
	app := Part{ID: "app", Name: "App", Runs: "customer_device", HostKinds: []string{"phone"}}
	for _, c := range []struct {
		name, owned                string
		label, where               string
		onCustomerSide, onPatients bool
		zone                       string
		owners                     string
		ownedAtHome, usedAtHome    []string
	}{
		{"the clinic's own PCs", "customer", "On the customer's own computer", "on a computer the customer owns", true, false,
			"On the customer's or patients' own devices", "the customer", []string{"fit"}, []string{"aids", "app"}},
		{"owner not written", "", "On a patient's or caregiver's own computer", "on a patient's or caregiver's own computer", false, true,
			"On a patient's or caregiver's own device", "the patients or caregivers", nil, []string{"aids", "fit", "app"}},
	} {
		fit := Part{ID: "fit", Name: "Fit", Runs: "customer_device", HostKinds: []string{"computer"}, OwnedBy: c.owned}
		p := &Product{HomeUse: True, Customer: kinds("organisation"), Parts: []Part{aids, fit, app}}
		if got := p.PartRunsLabel(fit); got != c.label {
			t.Errorf("%s: PartRunsLabel = %q, want %q", c.name, got, c.label)
		}
		if got := p.PartWhere(fit); got != c.where {
			t.Errorf("%s: PartWhere = %q, want %q", c.name, got, c.where)
		}
		if got := p.PartOnCustomerSide(fit); got != c.onCustomerSide {
			t.Errorf("%s: PartOnCustomerSide = %v, want %v", c.name, got, c.onCustomerSide)
		}
		if got := p.OnPatientsDevice(fit); got != c.onPatients {
			t.Errorf("%s: OnPatientsDevice = %v, want %v", c.name, got, c.onPatients)
		}
		if got := p.RunsLabel("customer_device"); got != c.zone {
			t.Errorf("%s: RunsLabel (the zone) = %q, want %q", c.name, got, c.zone)
		}
		if got := p.OwnersOf([]Part{fit}, "customer"); got != c.owners {
			t.Errorf("%s: OwnersOf = %q, want %q", c.name, got, c.owners)
		}
		ids := func(parts []Part) []string {
			var out []string
			for _, pt := range parts {
				out = append(out, pt.ID)
			}
			return out
		}
		if got := ids(p.CustomerOwnedAtHome()); !slices.Equal(got, c.ownedAtHome) {
			t.Errorf("%s: CustomerOwnedAtHome = %q, want %q", c.name, got, c.ownedAtHome)
		}
		if got := ids(p.UsedAtHome()); !slices.Equal(got, c.usedAtHome) {
			t.Errorf("%s: UsedAtHome = %q, want %q", c.name, got, c.usedAtHome)
		}
		// the app on the patients' phones is theirs either way
		if got := p.PartRunsLabel(app); got != "On a patient's or caregiver's own phone" {
			t.Errorf("%s: PartRunsLabel(app) = %q", c.name, got)
		}
		if p.PartOnCustomerSide(app) {
			t.Errorf("%s: the patients' app is on the customer's network", c.name)
		}
	}
	// With no customer written the patients are the customers: their own
	// computer is not a network the documents give firewall rules for.
	fit := Part{ID: "fit", Runs: "customer_device", OwnedBy: "customer"}
	if p := (&Product{HomeUse: True, Parts: []Part{aids, fit}}); p.PartOnCustomerSide(fit) || len(p.CustomerOwnedAtHome()) > 0 {
		t.Errorf("home use, no customer: the patient's computer is put on the customer's network")
	}
}

// TestOwnedByCustomerAtHomeValidation: owned_by = "customer" beside
// home_use = true with a customer written is legal (the customer's own
// computers at its site); another owner there is still an error.
func TestOwnedByCustomerAtHomeValidation(t *testing.T) {
	const home = "schema_version = 2\nid = \"p\"\nhome_use = true\ncustomer = \"organisation\"\n[[parts]]\nid = \"fit\"\nname = \"Fit\"\nruns = \"customer_device\"\nhost_kinds = [\"computer\"]\n"
	_, diags := loadParts(t, home+"owned_by = \"customer\"\n")
	for _, d := range diags {
		if strings.Contains(d.Path, "owned_by") {
			t.Errorf("reported for the customer's own computer: %v", d)
		}
	}
	_, diags = loadParts(t, home+"owned_by = \"users\"\n")
	if want := `parts[0].owned_by: "fit" runs on the patients' own devices (home_use = true with customer "organisation"), but owned_by ("users") names another owner: leave it out, or write "customer"`; !hasDiagIn(diags, want) {
		t.Errorf("not reported: %s\n  %s", want, diagText(diags))
	}
}
