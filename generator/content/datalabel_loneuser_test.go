package content

import "testing"

// TestDataLabelLoneUser: measurements of a product a patient uses alone at
// home are named in the user's terms, not a hospital's ("patient", "record
// number"); a product with a customer organisation, or a clinic named,
// keeps the hospital's label, and other kinds are unchanged.
func TestDataLabelLoneUser(t *testing.T) {
	const hospital = "Patient measurements or recordings (no name or record number)"
	tests := []struct {
		name string
		p    *Product
		d    DataKind
		want string
	}{
		{"a hospital product", &Product{}, "measurements", hospital},
		{"a home product a hospital provides", &Product{HomeUse: True, Customer: kinds("hospital")}, "measurements", hospital},
		{"a home product whose data name a clinic", &Product{HomeUse: True, Accounts: []Account{{Role: "Clinician"}}}, "measurements", hospital},
		{"a home product of a lone user", &Product{HomeUse: True}, "measurements", "Measurements or recordings (no name or other direct identifier)"},
		{"a lone user's other kinds", &Product{HomeUse: True}, "statistics", "Counts or statistics about groups (no data of any one patient)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.DataLabel(tt.d); got != tt.want {
				t.Errorf("DataLabel(%s) = %q, want %q", tt.d, got, tt.want)
			}
		})
	}
}
