package content

import (
	"slices"
	"strings"
	"testing"
)

// contactBase is a device with a nurse-call contact closure (line 8) and
// a Wi-Fi interface, and a flow over the contact (its data at line 24).
const contactBase = `schema_version = 2
[[models]]
id = "M1"
name = "Model one"
[[versions]]
version = "1.0"
general_availability = 2020-01-01
[[interfaces]]
id = "nursecall"
kind = "contact"
name = "Nurse-call connector"
purpose = "Signals an alarm to the nurse-call system."
carries = ["alarms"]
[[interfaces]]
id = "wifi"
kind = "wifi"
name = "Wi-Fi"
purpose = "Alarms."
carries = ["alarms"]
[[data_flows]]
id = "DF-01"
from = "device"
to = "Nurse-call system"
data = ["alarms"]
interface = "nursecall"
protection = "Not stated."
`

// TestContactClosure: a contact closure (kind contact) is a wired cable
// that joins no network; it is no connectivity feature for 524B (the
// plan lists it apart, SignalOnlyLinks), and it cannot carry PHI or PII,
// nor can a flow over it. Serial, for contrast, stays a connectivity
// feature.
func TestContactClosure(t *testing.T) {
	k := InterfaceKind("contact")
	if !slices.Contains(k.Values(), "contact") || k.Label() != "Contact closure (signal only)" {
		t.Fatalf("kind contact: values %v, label %q", k.Values(), k.Label())
	}
	if !k.Wired() || k.Wireless() || k.CarriesIP() || k.Network() || k.JoinsHospitalNetwork() || !k.Hardware() || !k.SignalOnly() {
		t.Errorf("kind contact: want wired hardware, signal only, no IP, no network")
	}
	if InterfaceKind("serial").SignalOnly() {
		t.Errorf("kind serial: want no signal-only link")
	}

	p := &Product{}
	if _, diags, ok := DecodeTOML("p.toml", []byte(contactBase), p); !ok || slices.ContainsFunc(diags, func(d Diagnostic) bool { return strings.Contains(d.Message, "want one of") }) {
		t.Fatalf("decoding: %v", diags)
	}
	ids := func(its []Interface) (out []string) {
		for _, it := range its {
			out = append(out, it.ID)
		}
		return out
	}
	if got := ids(p.ConnectivityFeatures()); !slices.Equal(got, []string{"wifi"}) {
		t.Errorf("ConnectivityFeatures = %v; want [wifi]", got)
	}
	if got := ids(p.SignalOnlyLinks()); !slices.Equal(got, []string{"nursecall"}) {
		t.Errorf("SignalOnlyLinks = %v; want [nursecall]", got)
	}
	serial := &Product{}
	if _, _, ok := DecodeTOML("p.toml", []byte(strings.Replace(contactBase, `kind = "contact"`, `kind = "serial"`, 1)), serial); !ok {
		t.Fatal("decoding the serial variant")
	}
	if got := ids(serial.ConnectivityFeatures()); !slices.Equal(got, []string{"nursecall", "wifi"}) {
		t.Errorf("serial: ConnectivityFeatures = %v; want [nursecall wifi]", got)
	}
	if got := serial.SignalOnlyLinks(); len(got) != 0 {
		t.Errorf("serial: SignalOnlyLinks = %v; want none", ids(got))
	}

	tests := []struct {
		name, src string
		want      string // a diagnostic starting with this; "" = none about contact
	}{
		{"alarms over a contact", contactBase, ""},
		{"PHI carried by a contact", strings.Replace(contactBase, `carries = ["alarms"]`, `carries = ["alarms", "phi"]`, 1),
			`p.toml:13: interfaces[0].carries: interface "nursecall" is of kind contact`},
		{"PII sent over a contact", strings.Replace(contactBase, `data = ["alarms"]`, `data = ["pii"]`, 1),
			`p.toml:24: data_flows[0].data: DF-01: sends PHI or PII over interface "nursecall"`},
		{"PHI over a serial link", strings.Replace(strings.Replace(contactBase, `carries = ["alarms"]`, `carries = ["phi"]`, 1), `kind = "contact"`, `kind = "serial"`, 1), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(tc.src))
			joined := strings.Join(got, "\n  ")
			if tc.want == "" {
				if strings.Contains(joined, "kind contact") || strings.Contains(joined, "contact closure") || strings.Contains(joined, "want one of") {
					t.Errorf("unexpected diagnostic:\n  %s", joined)
				}
				return
			}
			if !strings.Contains("\n"+strings.Join(got, "\n"), "\n"+tc.want) {
				t.Errorf("no diagnostic starting with\n  %s\ngot:\n  %s", tc.want, joined)
			}
		})
	}
}

// TestMeasurementsDataKind: a patient's measurements kept without
// identifiers are a data kind of their own, neither PHI nor PII, and a
// store may hold them alone.
func TestMeasurementsDataKind(t *testing.T) {
	d := DataKind("measurements")
	if !slices.Contains(d.Values(), "measurements") || d.Label() != "Patient measurements or recordings (no name or record number)" || d.Personal() {
		t.Fatalf("kind measurements: values %v, label %q, personal %v", d.Values(), d.Label(), d.Personal())
	}
	if (DataKinds{"alarms", "measurements"}).Personal() {
		t.Errorf("alarms and measurements: want no personal data")
	}
	src := strings.Replace(contactBase, "[[data_flows]]", `[[data_stores]]
id = "history"
name = "Bed history"
data = ["measurements"]
location = "Controller"
protection = "Not stated."
[[data_flows]]`, 1)
	if got := diagStrings(decodeProduct(src)); slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "data_stores") }) {
		t.Errorf("unexpected diagnostic:\n  %s", strings.Join(got, "\n  "))
	}
}
