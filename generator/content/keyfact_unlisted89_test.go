package content

import "testing"

// TestEndpointAddress: an endpoint written as an address (whose owner the
// data do not state) is not named as the customer's system in the CSD's
// 4.1; one written as a system's name is.
func TestEndpointAddress(t *testing.T) {
	for _, c := range []struct {
		e    string
		want bool
	}{
		{"api.x.example", true},
		{"*.relay.example", true},
		{"10.0.0.0/8", true},
		{"192.168.1.20", true},
		{"https://fleet.x.example:443/path", true},
		{"*", true},
		{"Hospital NTP server", false},
		{"Hospital directory (LDAPS)", false},
		{"PACS", false},
	} {
		if got := endpointAddress(c.e); got != c.want {
			t.Errorf("endpointAddress(%q) = %v, want %v", c.e, got, c.want)
		}
	}
}
