package content

import (
	"fmt"
	"strings"
)

// ruleAccountsUnstated: an account's kind, authentication, privileges and provisioning, a data
// store's protection and the backup's restore steps and their
// authentication are optional (a sparse specification may not give
// them), and the documents then say each is not stated rather than print
// words the manufacturer did not write. Hospitals need them to set up
// accounts, change default credentials and judge what protects stored
// data, so a product whose documents print them is told which it leaves
// out and where the documents say so. The FDA premarket guidance (VI.A)
// asks the labeling for backup and restore procedures; it is cited there
// only.
func ruleAccountsUnstated(p *Product) Diagnostics {
	var out Diagnostics
	if p.Builds("csd") {
		check := func(path string, list []Account) {
			for i, a := range list {
				var missing []string
				if a.Kind == "" {
					missing = append(missing, "kind (user, administrator, service or system)")
				}
				if strings.TrimSpace(a.Authentication) == "" && !a.WithoutSignIn() {
					missing = append(missing, "authentication (how it authenticates)")
				}
				if strings.TrimSpace(a.Privileges) == "" {
					missing = append(missing, "privileges")
				}
				if strings.TrimSpace(a.Provisioning) == "" {
					missing = append(missing, "provisioning (how it is created and its credentials set, and any default credentials)")
				}
				if len(missing) == 0 {
					continue
				}
				out = append(out, at(p, Warning, entryPath(a.At, path, i),
					"%s: %s not written: the CSD's accounts table says Not stated", a.Role, AndList(missing)))
			}
		}
		check("accounts", p.Accounts)
		for i, ver := range p.Versions {
			path := fmt.Sprintf("versions[%d].changes.", i)
			check(path+"accounts_added", ver.Changes.AccountsAdded)
			check(path+"accounts_changed", ver.Changes.AccountsChanged)
		}
		backup := func(path string, b Backup) {
			if strings.TrimSpace(b.Scope) == "" { // the section prints the parts' own backup, no restore
				return
			}
			var missing []string
			if len(b.Restore) == 0 {
				missing = append(missing, "restore (the restore steps)")
			}
			if strings.TrimSpace(b.Authenticity) == "" {
				missing = append(missing, "authenticity (how a restored configuration is authenticated)")
			}
			if len(missing) == 0 {
				return
			}
			out = append(out, at(p, Warning, path, "%s not written: the CSD's backup and restore section says %s not stated%s",
				AndList(missing), Plural(len(missing), "it is", "they are"),
				fdaPremarketCite(p, "; the FDA premarket guidance (VI.A) asks the labeling for backup and restore procedures")))
		}
		// A version's [backup] patches the previous one key by key: a
		// key it leaves out is kept, so only the first is asked.
		backup("backup", p.Backup)
	}
	docs := planAndCSDIn(p.Builds)
	if len(docs) == 0 {
		return out
	}
	stores := func(path string, list []DataStore) {
		for i, d := range list {
			if strings.TrimSpace(d.Protection) != "" {
				continue
			}
			out = append(out, at(p, Warning, entryPath(d.At, path, i),
				"%s: protection not written: the data-at-rest %s of %s %s Not stated%s", d.ID,
				Plural(len(docs), "table", "tables"), AndList(docs), Plural(len(docs), "says", "say"),
				d.Encrypted.SayOr(" beyond whether it is encrypted at rest", " beyond whether it is encrypted at rest", "")))
		}
	}
	stores("data_stores", p.DataStores)
	for i, ver := range p.Versions {
		path := fmt.Sprintf("versions[%d].changes.", i)
		stores(path+"data_stores_added", ver.Changes.DataStoresAdded)
		stores(path+"data_stores_changed", ver.Changes.DataStoresChanged)
	}
	return out
}

// entryPath is the key path of the i-th entry of list at path, or where
// the entry says it is written (its At).
func entryPath(at, path string, i int) string {
	if at != "" {
		return at
	}
	return fmt.Sprintf("%s[%d]", path, i)
}
