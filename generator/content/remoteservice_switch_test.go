package content

import "testing"

func TestRemoteServiceSwitchSaysOnlyWhatIsStated(t *testing.T) {
	yes, no := TriOf(true), TriOf(false)
	for _, tc := range []struct {
		name        string
		r           RemoteService
		shipped, by string
	}{
		{"off, customer", RemoteService{EnabledAsShipped: no, CustomerControls: yes}, "off as shipped", "the hospital turns it on and off"},
		{"on, maker only", RemoteService{EnabledAsShipped: yes, CustomerControls: no}, "on as shipped", "only Acme turns it on and off"},
		{"nothing stated", RemoteService{Offered: yes}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.ShippedState(); got != tc.shipped {
				t.Errorf("ShippedState = %q, want %q", got, tc.shipped)
			}
			if got := tc.r.SwitchedBy("hospital", "Acme"); got != tc.by {
				t.Errorf("SwitchedBy = %q, want %q", got, tc.by)
			}
		})
	}
}

func TestCustomerMeans(t *testing.T) {
	for _, tc := range []struct{ conn, by, want string }{
		{"customer_access", "customer", "only through the hospital's own remote-access means, in sessions a user at the hospital starts"},
		{"customer_access", "", "only through the hospital's own remote-access means"},
		{"outbound", "customer", ""},
	} {
		if got := (RemoteService{Connection: tc.conn, StartedBy: tc.by}).CustomerMeans("hospital"); got != tc.want {
			t.Errorf("%s/%s: %q, want %q", tc.conn, tc.by, got, tc.want)
		}
	}
}
