package content

import (
	"strings"
	"testing"
)

// TestRuleAccountsUnstated: an account without privileges or
// provisioning, a data store without protection and a [backup] without
// restore steps or their authentication are each named, with the
// documents that then say "Not stated"; written, or with no document
// printing them, nothing is said. Only the backup cites the FDA
// premarket guidance, and not for a product the FDA asks nothing of.
func TestRuleAccountsUnstated(t *testing.T) {
	const account = "[[accounts]]\nrole = \"Operator\"\nkind = \"user\"\nauthentication = \"PIN\"\n"
	const store = "[[data_stores]]\nid = \"db\"\nname = \"Records\"\ndata = [\"phi\"]\nlocation = \"Disk\"\n"
	const backup = "[backup]\nscope = \"The database.\"\nmethod = \"To USB.\"\n"
	tests := []struct {
		name, src string
		want      []string // the diagnostics' starts, in order; none for nil
	}{
		{"account written", account + "privileges = \"Runs tests.\"\nprovisioning = \"Created by the administrator; no default password.\"\n", nil},
		{"account without both", account,
			[]string{"p.toml:3: warning: accounts[0]: Operator: privileges and provisioning (how it is created and its credentials set, and any default credentials) not written: the CSD's accounts table says Not stated"}},
		{"account without provisioning", account + "privileges = \"Runs tests.\"\n",
			[]string{"p.toml:3: warning: accounts[0]: Operator: provisioning (how it is created and its credentials set, and any default credentials) not written"}},
		{"account without privileges, no CSD", "[documents]\nbuild = [\"security_plan\", \"mds2\"]\n" + account, nil},
		{"store written", store + "protection = \"Disk encryption.\"\n", nil},
		{"store without protection", store,
			[]string{"p.toml:3: warning: data_stores[0]: db: protection not written: the data-at-rest tables of the security plan and the CSD say Not stated"}},
		{"store without protection, CSD only", "[documents]\nbuild = [\"csd\"]\n" + store,
			[]string{"p.toml:5: warning: data_stores[0]: db: protection not written: the data-at-rest table of the CSD says Not stated"}},
		{"store without protection, plan and CSD", "[documents]\nbuild = [\"security_plan\", \"csd\"]\n" + store + "encrypted = true\n",
			[]string{"p.toml:5: warning: data_stores[0]: db: protection not written: the data-at-rest tables of the security plan and the CSD say Not stated beyond whether it is encrypted at rest"}},
		{"store without protection, no plan or CSD", "[documents]\nbuild = [\"mds2\"]\n" + store, nil},
		{"backup written", backup + "restore = [\"Plug in the stick.\"]\nauthenticity = \"Signed.\"\n", nil},
		{"backup without restore or authenticity", backup,
			[]string{"p.toml:3: warning: backup: restore (the restore steps) and authenticity (how a restored configuration is authenticated) not written: the CSD's backup and restore section says they are not stated; the FDA premarket guidance (VI.A) asks the labeling for backup and restore procedures"}},
		{"backup without authenticity, not a medical device", "medical_device = false\n" + backup + "restore = [\"Plug in the stick.\"]\n",
			[]string{"p.toml:4: warning: backup: authenticity (how a restored configuration is authenticated) not written: the CSD's backup and restore section says it is not stated"}},
		{"no backup", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := ruleProduct(t, "schema_version = 2\nid = \"p\"\n"+tc.src)
			got := ruleAccountsUnstated(p)
			if len(got) != len(tc.want) {
				t.Fatalf("got %v; want %d diagnostics %q", got, len(tc.want), tc.want)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i].String(), w) || got[i].Severity != Warning {
					t.Errorf("got %q; want a warning starting %q", got[i].String(), w)
				}
				if strings.Contains(w, "not a medical device") && strings.Contains(got[i].String(), "FDA") {
					t.Errorf("got %q; cites the FDA for a product it asks nothing of", got[i].String())
				}
			}
			if strings.HasPrefix(tc.name, "account") || strings.HasPrefix(tc.name, "store") {
				for _, d := range got {
					if strings.Contains(d.String(), "FDA") {
						t.Errorf("got %q; the FDA's labeling items ask nothing of accounts or stores", d.String())
					}
				}
			}
		})
	}
}
