package content

import "testing"

// parts[].maker_supplied: a part on the patients' own phones that the
// manufacturer also runs on phones it supplies and manages says both;
// unwritten, or beside a part not on the patients' devices, nothing
// changes (check rejects the latter).
func TestPhones78MakerSuppliedWords(t *testing.T) {
	for _, c := range []struct {
		name                        string
		supplied                    Tri
		homeUse                     Tri
		label, where, patch, supply string
	}{
		{"supplied", True, True, "On a patient's or caregiver's own phone or one the manufacturer supplies",
			"on a patient's or caregiver's own phone or on a phone the manufacturer supplies",
			"On a patient's or caregiver's own phone, the patient or caregiver keeps its operating system up to date; who does so on a phone the manufacturer supplies is not stated; " + appUpdatesUnsaid,
			"phones"},
		{"not written", 0, True, "On a patient's or caregiver's own phone", "on a patient's or caregiver's own phone",
			"The patient or caregiver keeps the phone's operating system up to date; " + appUpdatesUnsaid, ""},
		{"not at home", True, False, "On the customer's own phone", "on a phone the customer owns", "", ""},
	} {
		app := Part{ID: "app", Name: "App", Runs: "customer_device", HostKinds: []string{"phone"}, MakerSupplied: c.supplied}
		p := &Product{HomeUse: c.homeUse, Customer: kinds("organisation"), Parts: []Part{app}}
		if got := p.PartRunsLabel(app); got != c.label {
			t.Errorf("%s: PartRunsLabel = %q, want %q", c.name, got, c.label)
		}
		if got := p.PartWhere(app); got != c.where {
			t.Errorf("%s: PartWhere = %q, want %q", c.name, got, c.where)
		}
		if got := p.PartPatchedBy(app); c.patch != "" && got != c.patch {
			t.Errorf("%s: PartPatchedBy = %q, want %q", c.name, got, c.patch)
		}
		if got := p.MakerSuppliedHosts(p.Parts); got != c.supply {
			t.Errorf("%s: MakerSuppliedHosts = %q, want %q", c.name, got, c.supply)
		}
		if got := p.SuppliesHosts(); got != (c.supply != "") {
			t.Errorf("%s: SuppliesHosts = %v", c.name, got)
		}
	}
}
