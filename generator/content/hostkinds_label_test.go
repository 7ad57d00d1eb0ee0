package content

import (
	"strings"
	"testing"
)

// host_kinds names the kinds of device in the runs label and the default
// patching too ("On the customer's own computer", "the computer's
// operating system"): "the device's operating system" in a document about
// a medical device reads as the medical device's. Unwritten, "device"
// stays; a zone of parts of one owner on different kinds says "device",
// and one of different owners names both.
func TestHostKindsLabelAndPatching(t *testing.T) {
	for _, c := range []struct {
		name, owned string
		kinds       []string
		home        Tri
		customer    string
		label       string
		patch       string
	}{
		{"a desktop viewer on the hospital's computers", "", []string{"computer"}, False, "hospital",
			"On the customer's own computer", "The customer keeps the computer's operating system up to date; who installs the application's updates is not stated"},
		{"kinds not written", "", nil, False, "hospital",
			"On the customer's own device", "The customer keeps the device's operating system up to date; who installs the application's updates is not stated"},
		{"phones or tablets", "", []string{"tablet", "phone"}, False, "hospital",
			"On the customer's own phone or tablet", "The customer keeps the phone's or tablet's operating system up to date; who installs the application's updates is not stated"},
		{"clinicians' own phones", "users", []string{"phone"}, False, "hospital",
			"On its user's own phone", "The phone's owner, its user, keeps its operating system up to date; who installs the application's updates is not stated"},
		{"a patient's phone at home", "", []string{"phone"}, True, "organisation",
			"On a patient's or caregiver's own phone", "The patient or caregiver keeps the phone's operating system up to date; who installs the application's updates is not stated"},
	} {
		app := Part{ID: "app", Name: "App", Runs: "customer_device", OwnedBy: c.owned, HostKinds: c.kinds}
		p := &Product{HomeUse: c.home, Customer: kinds(c.customer), Parts: []Part{app}}
		if got := p.PartRunsLabel(app); got != c.label {
			t.Errorf("%s: PartRunsLabel = %q, want %q", c.name, got, c.label)
		}
		if got := p.PartPatchedBy(app); got != c.patch {
			t.Errorf("%s: PartPatchedBy = %q, want %q", c.name, got, c.patch)
		}
	}
	// A device part is "the device" itself: nothing to name.
	if got := (&Product{}).PartRunsLabel(Part{ID: "d", Runs: "device", HostKinds: []string{"computer"}}); got != "On the device" {
		t.Errorf("device part: PartRunsLabel = %q, want On the device", got)
	}
	// In-house, the hospital keeps it.
	inHouse := &Product{HomeUse: False, InHouse: true, Customer: kinds("hospital"), Parts: []Part{{ID: "app", Runs: "customer_device", HostKinds: []string{"computer"}}}}
	if got, want := inHouse.PartPatchedBy(inHouse.Parts[0]), "The hospital keeps the computer's operating system up to date; who installs the application's updates is not stated"; got != want {
		t.Errorf("in-house: PartPatchedBy = %q, want %q", got, want)
	}

	viewer := Part{ID: "viewer", Runs: "customer_device", HostKinds: []string{"computer"}}
	app := Part{ID: "app", Runs: "customer_device", HostKinds: []string{"phone"}}
	byod := Part{ID: "byod", Runs: "customer_device", HostKinds: []string{"phone"}, OwnedBy: "users"}
	for _, c := range []struct {
		name  string
		parts []Part
		want  string
	}{
		{"one kind", []Part{viewer}, "On the customer's own computer"},
		{"one kind twice", []Part{viewer, viewer}, "On the customer's own computer"},
		{"one owner, two kinds", []Part{viewer, app}, "On the customer's own device"},
		{"two owners", []Part{viewer, byod}, "On the customer's or its users' own devices"},
		{"patients' phones", []Part{app}, "On a patient's or caregiver's own phone"},
		{"patients' phones and computers", []Part{viewer, app}, "On a patient's or caregiver's own device"},
		{"patients', no such part", nil, "On a patient's or caregiver's own device"},
	} {
		p := &Product{HomeUse: False, Customer: kinds("hospital"), Parts: c.parts}
		if strings.HasPrefix(c.name, "patients'") {
			p.HomeUse, p.Customer = True, kinds("organisation")
		}
		if got := p.RunsLabel("customer_device"); got != c.want {
			t.Errorf("%s: RunsLabel = %q, want %q", c.name, got, c.want)
		}
	}
}
