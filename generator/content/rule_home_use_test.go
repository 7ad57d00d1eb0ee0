package content

import (
	"fmt"
	"strings"
	"testing"
)

// TestRuleHomeUseUnstated: a product that builds a CSD without home_use
// or customer is told the CSD is written for a hospital; either written,
// or no CSD built, says nothing, and so does a customer beside home_use =
// true (the organisation that provides the product to its patients at
// home: a health system's remote monitoring kit).
func TestRuleHomeUseUnstated(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // the diagnostic's start; "" for none
	}{
		{"unstated, CSD built by default", "",
			"p.toml:1: warning: home_use: not stated; the CSD is written for a hospital's"},
		{"unstated, CSD named", "[documents]\nbuild = [\"csd\"]\n",
			"p.toml:1: warning: home_use: not stated; the CSD is written for a hospital's"},
		{"unstated, no CSD", "[documents]\nbuild = [\"security_plan\", \"mds2\"]\n", ""},
		{"false", "home_use = false\n", ""},
		{"true", "home_use = true\n", ""},
		{"customer hospital", "customer = \"hospital\"\n", ""},
		{"customer organisation", "customer = \"organisation\"\n", ""},
		{"organisation, not at home", "home_use = false\ncustomer = \"organisation\"\n", ""},
		{"organisation at home", "home_use = true\ncustomer = \"organisation\"\n", ""},
		{"hospital at home", "customer = \"hospital\"\nhome_use = true\n", ""},
		{"customer manufacturer", "customer = \"manufacturer\"\n", ""},
		{"manufacturer at home", "home_use = true\ncustomer = \"manufacturer\"\n", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := "schema_version = 2\nid = \"p\"\n" + tc.src
			p := ruleProduct(t, src)
			got := ruleHomeUseUnstated(p)
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("got %v; want nothing", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0].String(), tc.want) || got[0].Severity == Error {
				t.Errorf("got %v; want one starting %q", got, tc.want)
			}
		})
	}
}

// TestCustomerKinds: which reader each customer value (and home_use)
// makes the documents address. A manufacturer customer (an OEM module's
// integrators) is neither a hospital nor another organisation; a
// customer written beside home_use = true provides the product to the
// patients, who are then not the readers.
func TestCustomerKinds(t *testing.T) {
	tests := []struct {
		src                                           string
		hospital, organisation, manufacturer, patient bool
	}{
		{"", true, false, false, false},
		{"customer = \"hospital\"\n", true, false, false, false},
		{"customer = \"organisation\"\n", false, true, false, false},
		{"customer = \"manufacturer\"\n", false, false, true, false},
		{"home_use = true\n", false, false, false, true},
		{"home_use = true\ncustomer = \"hospital\"\n", true, false, false, false},
		{"home_use = true\ncustomer = \"organisation\"\n", false, true, false, false},
		{"home_use = true\ncustomer = \"manufacturer\"\n", false, false, true, false},
		// several kinds: no hospital's words, each kind's readers
		{"customer = [\"hospital\"]\n", true, false, false, false},
		{"customer = [\"hospital\", \"organisation\"]\n", false, true, false, false},
		{"customer = [\"hospital\", \"individual\"]\n", false, false, false, false},
		{"customer = \"individual\"\n", false, false, false, false},
		{"home_use = true\ncustomer = [\"hospital\", \"organisation\"]\n", false, true, false, false},
	}
	for _, tc := range tests {
		p := &Product{}
		if _, diags, ok := DecodeTOML("p.toml", []byte("schema_version = 2\nid = \"p\"\n"+tc.src), p); !ok {
			t.Fatal(diags)
		}
		got := [4]bool{p.HospitalCustomer(), p.OrganisationCustomer(), p.ManufacturerCustomer(), p.PatientAudience()}
		if want := [4]bool{tc.hospital, tc.organisation, tc.manufacturer, tc.patient}; got != want {
			t.Errorf("%q: hospital, organisation, manufacturer, patients = %v; want %v", tc.src, got, want)
		}
	}
	p := &Product{}
	_, diags, _ := DecodeTOML("p.toml", []byte("schema_version = 2\nid = \"p\"\ncustomer = \"integrator\"\n"), p)
	if want := `p.toml:3: customer: want one of hospital, organisation, individual, manufacturer; got "integrator"`; !strings.Contains(fmt.Sprint(diags), want) {
		t.Errorf("customer = \"integrator\": diagnostics lack %q", want)
	}
}
