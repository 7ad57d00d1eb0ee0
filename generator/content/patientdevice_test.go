package content

import (
	"strings"
	"testing"
)

// An app on a customer_device part is on the patient's own phone when an
// organisation written as the customer provides the product for use at
// home; where the patients themselves are the customers, the user's own;
// otherwise (no home use) the runs' own words hold.
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
		{"DME supplier provides it at home", True, "organisation", "On a patient's or caregiver's own device", "on a patient's or caregiver's own device", "The patient or caregiver keeps"},
		{"health system provides it at home", True, "hospital", "On a patient's or caregiver's own device", "on a patient's or caregiver's own device", "The patient or caregiver keeps"},
		// the user at home is the only customer: the words name the user (userWords)
		{"patients are the customers", True, "", "On the user's own device", "on a device the user owns", "The user keeps"},
		{"hospital use", False, "hospital", "On the customer's own device", "on a device the customer owns", "The customer keeps"},
		{"home use not stated", Unstated, "organisation", "On the customer's own device", "on a device the customer owns", "The customer keeps"},
	} {
		p := &Product{HomeUse: c.home, Customer: kinds(c.customer), Parts: []Part{app, cloud}}
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
	p := &Product{HomeUse: True, Customer: CustomerKinds{"organisation"}, Parts: []Part{written}}
	if got := p.PartPatchedBy(written); got != "Through the app store." {
		t.Errorf("written patching: PartPatchedBy = %q", got)
	}
}

// A hospital may let clinicians run the app on their own phones (bring
// your own device): owned_by then says whose the device is, and the
// documents stop calling it the customer's. Not written, or customer,
// the runs' own words hold; at home with a customer written the
// patients' devices win (check rejects owned_by there).
func TestOwnedByWording(t *testing.T) {
	for _, c := range []struct {
		name, owned         string
		home                Tri
		customer            string
		label, where, patch string
		usersOwn            bool
	}{
		{"not written", "", False, "hospital", "On the customer's own device", "on a device the customer owns", "The customer keeps", false},
		{"the customer's", "customer", False, "hospital", "On the customer's own device", "on a device the customer owns", "The customer keeps", false},
		{"clinicians' own phones", "users", False, "hospital", "On its user's own device", "on a device its user owns, not the customer", "The device's owner, its user, keeps", true},
		{"some of each", "customer_or_users", False, "hospital", "On the customer's or its user's own device", "on a device that the customer or its user owns", "The device's owner, the customer or its user, keeps", true},
		{"patients' phones at home", "users", True, "organisation", "On a patient's or caregiver's own device", "on a patient's or caregiver's own device", "The patient or caregiver keeps", false},
	} {
		app := Part{ID: "app", Name: "App", Runs: "customer_device", OwnedBy: c.owned}
		p := &Product{HomeUse: c.home, Customer: kinds(c.customer), Parts: []Part{{ID: "probe", Name: "Probe", Runs: "device"}, app}}
		if got := p.PartRunsLabel(app); got != c.label {
			t.Errorf("%s: PartRunsLabel = %q, want %q", c.name, got, c.label)
		}
		if got := p.RunsLabel(app.Runs); got != c.label {
			t.Errorf("%s: RunsLabel (the zone) = %q, want %q", c.name, got, c.label)
		}
		if got := p.PartLabel("app"); got != "App ("+strings.ToLower(c.label)+")" {
			t.Errorf("%s: PartLabel = %q", c.name, got)
		}
		if got := p.PartWhere(app); got != c.where {
			t.Errorf("%s: PartWhere = %q, want %q", c.name, got, c.where)
		}
		if got := p.PartPatchedBy(app); !strings.HasPrefix(got, c.patch) {
			t.Errorf("%s: PartPatchedBy = %q, want it to begin %q", c.name, got, c.patch)
		}
		if got := p.UsersOwn([]Part{app}); got != c.usersOwn {
			t.Errorf("%s: UsersOwn = %v, want %v", c.name, got, c.usersOwn)
		}
		if len(p.Parts) != 2 || p.Parts[0].ID != "probe" {
			t.Errorf("%s: the product's parts were changed: %v", c.name, p.Parts)
		}
	}
	// Two apps whose owners differ: the zone names both.
	p := &Product{HomeUse: False, Parts: []Part{{ID: "a", Runs: "customer_device", OwnedBy: "users"}, {ID: "b", Runs: "customer_device"}}}
	if got := p.RunsLabel("customer_device"); got != "On the customer's or its users' own devices" {
		t.Errorf("mixed owners: RunsLabel = %q", got)
	}
}

// TestOwnedByValidation: owned_by means something only for a part on a
// phone, tablet or computer, and not beside the patients' own devices
// at home.
func TestOwnedByValidation(t *testing.T) {
	const base = "schema_version = 2\nid = \"p\"\n"
	for _, c := range []struct{ name, src, want string }{
		{"on the device", base + "[[parts]]\nid = \"probe\"\nname = \"Probe\"\nruns = \"device\"\nowned_by = \"users\"\n",
			`parts[0].owned_by: "probe" runs on the device, but owned_by ("users") says whose phone, tablet or computer a part runs on`},
		{"patients at home", base + "home_use = true\ncustomer = \"hospital\"\n[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\nowned_by = \"users\"\n",
			`parts[0].owned_by: "app" runs on the patients' own devices`},
		{"an owner not in the list", base + "[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\nowned_by = \"clinicians\"\n",
			"parts[0].owned_by"},
	} {
		_, diags := loadParts(t, c.src)
		if !hasDiagIn(diags, c.want) {
			t.Errorf("%s: not reported: %s\n  %s", c.name, c.want, diagText(diags))
		}
	}
	_, diags := loadParts(t, base+"home_use = false\n[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\nowned_by = \"customer_or_users\"\n")
	for _, d := range diags {
		if strings.Contains(d.Path, "owned_by") {
			t.Errorf("reported for a clinician's or the hospital's phone: %v", d)
		}
	}
}
