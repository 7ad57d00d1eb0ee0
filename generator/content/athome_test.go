package content

import (
	"slices"
	"strings"
	"testing"
)

// A home_use product a hospital provides to its patients may have device
// parts that stay in its clinic (the implant review: the clinician
// programmer): parts[].at_home says which go home, and the CSD's opening
// names only those; where the data do not say, it names none.
func TestHomeProvidesAtHome(t *testing.T) {
	implant := Part{ID: "implant", Name: "Aurora implant", Runs: "device"}
	prog := Part{ID: "programmer", Name: "Aurora clinician programmer", Runs: "device"}
	mon := Part{ID: "monitor", Name: "Aurora home monitor", Runs: "device"}
	app := Part{ID: "app", Name: "Aurora app", Runs: "customer_device", HostKinds: []string{"phone"}}
	cloud := Part{ID: "cloud", Name: "Aurora service", Runs: "manufacturer_hosted"}
	mark := func(pt Part, t Tri) Part { pt.AtHome = t; return pt }
	for _, c := range []struct {
		name  string
		parts []Part
		want  string
		used  []string
	}{
		{"one device part, not written", []Part{mon, cloud},
			"The hospital provides the Aurora to patients who use it at home.", []string{"monitor"}},
		{"one device part, true", []Part{mark(mon, True), cloud},
			"The hospital provides the Aurora to patients who use it at home.", []string{"monitor"}},
		{"every device part true", []Part{mark(implant, True), mark(mon, True), cloud},
			"The hospital provides the Aurora to patients who use it at home.", []string{"implant", "monitor"}},
		{"the programmer stays", []Part{mark(implant, True), mark(prog, False), mark(mon, True), cloud},
			"The hospital provides the Aurora implant and the Aurora home monitor to patients, who may use the Aurora at home; the Aurora clinician programmer stays with the hospital.", []string{"implant", "monitor"}},
		{"several device parts, none written", []Part{implant, prog, mon, cloud},
			"Patients of the hospital use the Aurora at home; which of the Aurora implant, the Aurora clinician programmer and the Aurora home monitor the hospital gives them is not stated.", nil},
		{"one written true, others open", []Part{implant, prog, mark(mon, True)},
			"The hospital provides the Aurora home monitor to patients, who may use the Aurora at home; whether the hospital also gives them the Aurora implant and the Aurora clinician programmer is not stated.", []string{"monitor"}},
		{"one kept, another open", []Part{mark(prog, False), mon},
			"Patients of the hospital use the Aurora at home; the Aurora clinician programmer stays with the hospital; whether the hospital gives them the Aurora home monitor is not stated.", nil},
		{"the only device part kept, the patients' app", []Part{mark(prog, False), app},
			"Patients of the hospital use the Aurora at home, on their own phones; the Aurora clinician programmer stays with the hospital.", []string{"app"}},
		{"monitor home, programmer kept, the patients' app", []Part{mark(prog, False), mark(mon, True), app},
			"The hospital provides the Aurora home monitor to patients, who may use the Aurora at home; the Aurora app runs on the patients' or caregivers' own phones; the Aurora clinician programmer stays with the hospital.", []string{"monitor", "app"}},
	} {
		p := &Product{Name: "Aurora", HomeUse: True, Customer: kinds("hospital"), Parts: c.parts}
		if got := p.HomeProvidesText("hospital"); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		var used []string
		for _, pt := range p.UsedAtHome() {
			used = append(used, pt.ID)
		}
		if !slices.Equal(used, c.used) {
			t.Errorf("%s: UsedAtHome = %q, want %q", c.name, used, c.used)
		}
	}
}

// at_home is written only on a device part of a product a customer
// provides to patients at home.
func TestAtHomeValidation(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const dev = "[[parts]]\nid = \"mon\"\nname = \"Monitor\"\nruns = \"device\"\nat_home = true\n"
	_, diags := loadParts(t, head+"home_use = true\ncustomer = \"hospital\"\n"+dev)
	for _, d := range diags {
		if strings.Contains(d.Path, "at_home") {
			t.Errorf("reported on a device part of a home product: %v", d)
		}
	}
	for _, c := range []struct{ name, toml, want string }{
		{"not a device part", head + "home_use = true\ncustomer = \"hospital\"\n[[parts]]\nid = \"svc\"\nname = \"Service\"\nruns = \"manufacturer_hosted\"\nat_home = false\n",
			`parts[0].at_home: "svc" is hosted by the manufacturer, but at_home says whether a part on the device goes home`},
		{"no home_use", head + "customer = \"hospital\"\n" + dev,
			`parts[0].at_home: "mon": at_home says whether the customer gives this part to its patients to take home, but the product is not one a customer provides to patients at home`},
		{"home_use without a customer", head + "home_use = true\n" + dev,
			`parts[0].at_home: "mon": at_home says whether the customer gives this part`},
	} {
		_, diags := loadParts(t, c.toml)
		if !hasDiagIn(diags, c.want) {
			t.Errorf("%s: not reported: %s\n  %s", c.name, c.want, diagText(diags))
		}
	}
}
