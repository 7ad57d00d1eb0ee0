package content

import "testing"

// The customer provides the device parts, not an app on the patients'
// own phones (the prosthetichand and dtxinsomnia reviews).
func TestHomeProvidesText(t *testing.T) {
	aids := Part{ID: "aids", Name: "hearing aids", Runs: "device"}
	app := Part{ID: "app", Name: "Aurelle app", Runs: "customer_device", HostKinds: []string{"phone"}}
	fit := Part{ID: "fit", Name: "Aurelle Fit", Runs: "customer_device", HostKinds: []string{"computer"}, OwnedBy: "customer"}
	cloud := Part{ID: "cloud", Name: "Aurelle Cloud", Runs: "manufacturer_hosted"}
	for _, c := range []struct {
		name  string
		parts []Part
		want  string
	}{
		{"device only", []Part{aids, cloud},
			"The customer provides the Aurelle to patients who use it at home."},
		{"device and the patients' app", []Part{aids, app},
			"The customer provides the hearing aids to patients, who may use the Aurelle at home; the Aurelle app runs on the patients' or caregivers' own phones."},
		{"app and cloud only", []Part{app, cloud},
			"Patients of the customer use the Aurelle at home, on their own phones."},
		{"the customer's own fitting software", []Part{aids, fit},
			"Patients use the hearing aids at home; the customer provides it to them and uses Aurelle Fit on its own computers."},
		{"fitting software and the patients' app", []Part{aids, fit, app},
			"Patients use the hearing aids and the Aurelle app at home; the customer provides the hearing aids to them and uses Aurelle Fit on its own computers; the Aurelle app runs on the patients' or caregivers' own phones."},
	} {
		p := &Product{Name: "Aurelle", HomeUse: True, Customer: kinds("organisation"), Parts: c.parts}
		if got := p.HomeProvidesText("customer"); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
	}
}
