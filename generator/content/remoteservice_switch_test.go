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
