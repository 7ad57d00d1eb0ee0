package content

import (
	"slices"
	"testing"
)

// TestRemoteServiceDerivedRows: where customer_controls or
// session_approval is not written, a service reached only through the
// customer's own means in sessions a user there starts decides them;
// a key written, another connection or another starter decides nothing.
func TestRemoteServiceDerivedRows(t *testing.T) {
	yes, no := TriOf(true), TriOf(false)
	const sw, ap = "remote service runs only through the hospital's own remote-access means, in sessions a user at the hospital starts", "a user at the hospital starts each session"
	for _, tc := range []struct {
		name           string
		r              RemoteService
		switchReason   string
		approvalReason string
	}{
		{"customer access, customer starts", RemoteService{Offered: yes, Connection: "customer_access", StartedBy: "customer"}, sw, ap},
		{"customer access, who starts not written", RemoteService{Offered: yes, Connection: "customer_access"}, "", ""},
		{"customer access, either starts", RemoteService{Offered: yes, Connection: "customer_access", StartedBy: "either"}, "", ""},
		{"outbound, customer starts", RemoteService{Offered: yes, Connection: "outbound", StartedBy: "customer"}, "", ap},
		{"keys written", RemoteService{Offered: yes, Connection: "customer_access", StartedBy: "customer", CustomerControls: no, SessionApproval: no}, "", ""},
		{"not offered", RemoteService{Offered: no, Connection: "customer_access", StartedBy: "customer"}, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.r.CustomerSwitchReason("hospital"); got != tc.switchReason {
				t.Errorf("CustomerSwitchReason = %q, want %q", got, tc.switchReason)
			}
			if got := tc.r.SessionApprovalReason("hospital"); got != tc.approvalReason {
				t.Errorf("SessionApprovalReason = %q, want %q", got, tc.approvalReason)
			}
		})
	}
}

// TestOutsideReachCustomerAccess: a remote service through the
// customer's own remote-access means (pacsviewer's screen share) was
// said to be the product's reach outside the network ("the manufacturer
// services it remotely"); the customer's means makes that connection,
// not the product.
func TestOutsideReachCustomerAccess(t *testing.T) {
	p, _ := loadParts(t, remoteReachBase+"connection = \"customer_access\"\n")
	if got := p.OutsideReach(Manufacturer{}); len(got) != 0 {
		t.Errorf("OutsideReach = %q; want none", got)
	}
	p, _ = loadParts(t, remoteReachBase)
	if got := p.OutsideReach(Manufacturer{}); !slices.Contains(got, "the manufacturer services it remotely") {
		t.Errorf("connection not written: OutsideReach = %q; want the remote service", got)
	}
}
