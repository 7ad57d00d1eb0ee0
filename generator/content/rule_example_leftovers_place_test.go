package content

import "testing"

// TestExampleLeftoversPlaces: "Meridian" as a street or a town in another
// manufacturer's own address is no text copied from the example; the
// example's name beside it, its domain, or the word as a maker's name in
// prose still is.
func TestExampleLeftoversPlaces(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Calloway Imaging Systems, Inc.\n2200 Meridian Parkway\nDurham, NC 27713", false},
		{"100 Meridian St, Suite 4", false},
		{"1 Main Street, Meridian, ID 83642", false},
		{"Meridian, Idaho", false},
		{"2200 Meridian Parkway; Meridian back-ports fixes to the LTS kernel", true},
		{"Meridian Infusion Systems, Inc.\n4200 Nicollet Technology Parkway", true},
		{"Meridian publishes a security advisory", true},
		{"Meridian's release key", true},
		{"security@meridian-infusion.example", true},
		{"Meridian, the manufacturer, patches it", true},
	} {
		if got := namesExample(tc.text); got != tc.want {
			t.Errorf("namesExample(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	s := &Site{}
	s.Manufacturer.Name = "Calloway Imaging Systems, Inc."
	s.Manufacturer.Address = "Calloway Imaging Systems, Inc.\n2200 Meridian Parkway\nDurham, NC 27713"
	if d := ruleExampleLeftovers(s, Source{}, nil); len(d) != 0 {
		t.Errorf("a street named Meridian in the site file's address: %v, want no warning", d)
	}
}
