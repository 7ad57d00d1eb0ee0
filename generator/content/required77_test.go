package content

import (
	"strings"
	"testing"
)

// TestOptionalTablesAndAccountKind: a table all of whose keys are
// optional for the documents built ([end_of_life]; [postmarket] and
// [postmarket.patching] outside the security plan) is optional itself, so
// a sparse product need not write it empty; an account's kind is
// optional; and a part may say it has no user accounts. Each case is
// checked both ways: what must still be reported is.
func TestOptionalTablesAndAccountKind(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\nname = \"P\"\n"
	csd := "[documents]\nbuild = [\"csd\", \"lifecycle\"]\n"
	plan := "[documents]\nbuild = [\"security_plan\"]\n"
	updates := "[updates]\nobtain = \"From the portal.\"\n"
	tests := []struct {
		name, src string
		path      string // diagnostics whose key path is exactly this
		want      string // "" for none; else a message prefix, after file, line and path
	}{
		{"end_of_life not written, CSD", head + updates + csd, "end_of_life", "not written: the CSD says that what the manufacturer provides"},
		{"end_of_life not written, plan", head + plan, "end_of_life", "not written: the security plan says"},
		{"end_of_life not written is not an error", head + updates + csd, "end_of_life", "!missing required key"},
		{"end_of_life key still typed", head + csd + "[end_of_life]\nnotice_months = 0\n", "end_of_life.notice_months", "want a value from 1 to 120"},
		{"postmarket not written, CSD with updates", head + updates + csd, "postmarket", "!missing required key"},
		{"postmarket.patching not written, CSD with updates", head + updates + csd + "[postmarket]\nincident_response = \"We respond.\"\n", "postmarket.patching", ""},
		{"postmarket not written, plan", head + plan, "postmarket", "missing required key for the security plan"},
		{"postmarket.patching not written, plan", head + plan + "[postmarket]\nincident_response = \"We respond.\"\n", "postmarket.patching", "missing required key for the security plan"},
		{"deployment optional for a CSD without [updates] (the CSD says it is not stated)", head + csd, "postmarket.patching.deployment", ""},
		{"account kind not written is not an error", head + csd + "[[accounts]]\nrole = \"Supervisor\"\nauthentication = \"PIN.\"\nprivileges = \"All.\"\nprovisioning = \"Set at install.\"\n", "accounts[0].kind", ""},
		{"account kind not written is warned about", head + csd + "[[accounts]]\nrole = \"Supervisor\"\nauthentication = \"PIN.\"\nprivileges = \"All.\"\nprovisioning = \"Set at install.\"\n", "accounts[0]", "Supervisor: kind (user, administrator, service or system) not written: the CSD's accounts table says Not stated"},
		{"account kind still checked", head + csd + "[[accounts]]\nrole = \"Supervisor\"\nkind = \"boss\"\n", "accounts[0].kind", "want one of user, administrator, service, system"},
		{"user account on a part without user accounts", head + csd + "[[parts]]\nid = \"hs\"\nname = \"Headset\"\nruns = \"device\"\nno_user_accounts = true\n[[accounts]]\nrole = \"Nurse\"\nkind = \"user\"\nsign_in = []\nparts = [\"hs\"]\n", "accounts[0].kind", `account "Nurse" is of kind user, but its parts name only Headset, which no_user_accounts says has no user accounts`},
		{"service account on a part without user accounts", head + csd + "[[parts]]\nid = \"hs\"\nname = \"Headset\"\nruns = \"device\"\nno_user_accounts = true\n[[accounts]]\nrole = \"Device management\"\nkind = \"service\"\nparts = [\"hs\"]\n", "accounts[0].kind", ""},
		{"user account also on another part", head + csd + "[[parts]]\nid = \"hs\"\nname = \"Headset\"\nruns = \"device\"\nno_user_accounts = true\n[[parts]]\nid = \"portal\"\nname = \"Portal\"\nruns = \"manufacturer_hosted\"\n[[accounts]]\nrole = \"Nurse\"\nkind = \"user\"\nparts = [\"hs\", \"portal\"]\n", "accounts[0].kind", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range decodeProduct(tc.src) {
				if d.Path == tc.path {
					_, rest, _ := strings.Cut(d.String(), d.Path+": ")
					got = append(got, rest)
				}
			}
			switch {
			case tc.want == "":
				if len(got) > 0 {
					t.Errorf("want no diagnostic at %s, got\n  %s", tc.path, strings.Join(got, "\n  "))
				}
			case strings.HasPrefix(tc.want, "!"):
				for _, g := range got {
					if strings.HasPrefix(g, tc.want[1:]) {
						t.Errorf("want no %q at %s, got %q", tc.want[1:], tc.path, g)
					}
				}
			default:
				found := false
				for _, g := range got {
					found = found || strings.HasPrefix(g, tc.want)
				}
				if !found {
					t.Errorf("want %q at %s among\n  %s", tc.want, tc.path, strings.Join(got, "\n  "))
				}
			}
		})
	}
}

// TestNoUserAccountsText: the CSD's sentence names the parts that state
// no_user_accounts, and is empty where none does.
func TestNoUserAccountsText(t *testing.T) {
	p := &Product{Parts: []Part{{ID: "hs", Name: "LumenVR Calm headset app", Article: "the", Runs: "device", NoUserAccounts: true}, {ID: "portal", Name: "Portal", Runs: "manufacturer_hosted"}}}
	if got, want := p.NoUserAccountsText(), "The LumenVR Calm headset app has no user accounts."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	p.Parts[0].NoUserAccounts = false
	if got := p.NoUserAccountsText(); got != "" {
		t.Errorf("no part states it: got %q", got)
	}
}

// TestNoCustomerUsersKindUnstated: an account whose kind is not written
// may be a person's, so a hosted product with one is not said to have no
// users at the customer.
func TestNoCustomerUsersKindUnstated(t *testing.T) {
	src := "schema_version = 2\nid = \"p\"\n[[parts]]\nid = \"svc\"\nname = \"Service\"\nruns = \"manufacturer_hosted\"\n" +
		"[[accounts]]\nrole = \"R\"\nauthentication = \"Key.\"\n"
	if ruleProduct(t, src).NoCustomerUsers() {
		t.Errorf("NoCustomerUsers() = true beside an account whose kind is not written")
	}
}
