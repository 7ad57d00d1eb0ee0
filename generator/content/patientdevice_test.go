package content

import "testing"

// An app on a customer_device part is on the patient's own phone when an
// organisation written as the customer provides the product for use at
// home; otherwise (no home use, or the patients themselves the customers)
// the runs' own words hold.
func TestPatientsDevicesWording(t *testing.T) {
	app := Part{ID: "app", Name: "App", Runs: "customer_device"}
	cloud := Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}
	for _, c := range []struct {
		name     string
		home     Tri
		customer string
		label    string
		where    string
		patch    string
	}{
		{"DME supplier provides it at home", True, "organisation", "On a patient's own device", "on a patient's or caregiver's own phone, tablet or computer", "The patient or caregiver keeps"},
		{"health system provides it at home", True, "hospital", "On a patient's own device", "on a patient's or caregiver's own phone, tablet or computer", "The patient or caregiver keeps"},
		{"patients are the customers", True, "", "On the customer's own device", "on a phone, tablet or computer the customer owns", "The customer keeps"},
		{"hospital use", False, "hospital", "On the customer's own device", "on a phone, tablet or computer the customer owns", "The customer keeps"},
		{"home use not stated", Unstated, "organisation", "On the customer's own device", "on a phone, tablet or computer the customer owns", "The customer keeps"},
	} {
		p := &Product{HomeUse: c.home, Customer: c.customer, Parts: []Part{app, cloud}}
		if got := p.RunsLabel(app.Runs); got != c.label {
			t.Errorf("%s: RunsLabel = %q, want %q", c.name, got, c.label)
		}
		if got := p.PartWhere(app); got != c.where {
			t.Errorf("%s: PartWhere = %q, want %q", c.name, got, c.where)
		}
		if got := p.Where("app"); got != c.where {
			t.Errorf("%s: Where = %q, want %q", c.name, got, c.where)
		}
		if got := p.PartPatchedBy(app); len(got) < len(c.patch) || got[:len(c.patch)] != c.patch {
			t.Errorf("%s: PartPatchedBy = %q, want it to begin %q", c.name, got, c.patch)
		}
		if got := p.PartWhere(cloud); got != cloud.Where() {
			t.Errorf("%s: PartWhere(cloud) = %q, want the runs' own %q", c.name, got, cloud.Where())
		}
		if got := p.RunsLabel(cloud.Runs); got != "Hosted by the manufacturer" {
			t.Errorf("%s: RunsLabel(cloud) = %q", c.name, got)
		}
	}
	written := Part{ID: "app", Runs: "customer_device", Patching: "Through the app store."}
	p := &Product{HomeUse: True, Customer: "organisation", Parts: []Part{written}}
	if got := p.PartPatchedBy(written); got != "Through the app store." {
		t.Errorf("written patching: PartPatchedBy = %q", got)
	}
}
