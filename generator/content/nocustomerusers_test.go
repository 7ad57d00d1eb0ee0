package content

import "testing"

// TestNoCustomerUsers: only a product the manufacturer alone hosts whose
// written accounts hold no user or administrator (an API the EHR calls)
// has no user at the customer; accounts not written decide nothing, and
// a part at the customer, or a user account, keeps the users.
func TestNoCustomerUsers(t *testing.T) {
	const head, part = "schema_version = 2\nid = \"p\"\n", "[[parts]]\nid = \"svc\"\nname = \"Service\"\nruns = \"manufacturer_hosted\"\n"
	const hosted = head + part
	account := func(kind string) string {
		return "[[accounts]]\nrole = \"R\"\nkind = \"" + kind + "\"\nauthentication = \"Key.\"\nprivileges = \"Call.\"\nprovisioning = \"At onboarding.\"\n"
	}
	for _, tc := range []struct {
		name string
		src  string
		want bool
	}{
		{"hosted, service account only", hosted + account("service"), true},
		{"hosted, no account", head + "accounts = []\n" + part, true},
		{"hosted, accounts not written", hosted, false},
		{"hosted, a user account", hosted + account("service") + account("user"), false},
		{"hosted, an administrator account", hosted + account("administrator"), false},
		{"a part at the customer", hosted + "[[parts]]\nid = \"gw\"\nname = \"Gateway\"\nruns = \"customer_hosted\"\n" + account("service"), false},
	} {
		p := ruleProduct(t, tc.src)
		if got := p.NoCustomerUsers(); got != tc.want {
			t.Errorf("%s: NoCustomerUsers() = %v, want %v", tc.name, got, tc.want)
		}
	}
}
