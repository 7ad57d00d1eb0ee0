package content

import "testing"

// nonDeviceCase is a diagnostic that cites a source written for medical
// devices: device is the warning a medical device gets (medical_device
// not written, or true), health the one health IT gets (medical_device =
// false); "" for none.
type nonDeviceCase struct {
	name, src      string
	device, health string
}

// checkNonDevice runs each case as a device and as health IT: each gets
// its own warning and not the other's.
func checkNonDevice(t *testing.T, cases []nonDeviceCase, load func(t *testing.T, src string) Diagnostics) {
	t.Helper()
	const head = "schema_version = 2\nid = \"p\"\n"
	for _, tc := range cases {
		for _, md := range []struct {
			name, line string
			device     bool
		}{{"medical_device unset", "", true}, {"medical_device = true", "medical_device = true\n", true}, {"medical_device = false", "medical_device = false\n", false}} {
			t.Run(tc.name+"/"+md.name, func(t *testing.T) {
				diags := load(t, head+md.line+tc.src)
				want, not := tc.device, tc.health
				if !md.device {
					want, not = not, want
				}
				if want != "" && !hasDiagIn(diags, want) {
					t.Errorf("want %q\n  %s", want, diagText(diags))
				}
				if not != "" && hasDiagIn(diags, not) {
					t.Errorf("want no %q\n  %s", not, diagText(diags))
				}
			})
		}
	}
}

func validated(t *testing.T, src string) Diagnostics {
	t.Helper()
	_, diags := loadParts(t, src)
	return diags
}

// TestNonDeviceCompleteness: the plan's completeness warnings cite FDA or
// N70 as asking something of a device only; for health IT they name the
// empty section of the plan, or N70 as written for medical devices.
func TestNonDeviceCompleteness(t *testing.T) {
	checkNonDevice(t, []nonDeviceCase{
		{"notice months", "[end_of_life]\nnotice_months = 18\n",
			"warning: end_of_life.notice_months: 18 months of notice is less than the 24 months IMDRF N70 asks for",
			"warning: end_of_life.notice_months: 18 months of notice is less than the 24 months IMDRF N70, written for medical devices, recommends"},
		{"control category", "",
			`warning: controls: no control in the FDA category "Authentication"`,
			`warning: controls: no control in the category "Authentication": the security plan says "None recorded" there`},
		{"security use case view", "",
			`warning: architecture: no "Security use case views" architecture view (FDA premarket guidance expects one)`,
			`warning: architecture: no "Security use case views" architecture view: the security plan says "None recorded" there`},
	}, validated)
}
