package content

import (
	"fmt"
	"slices"
	"strings"
)

// ruleIsolationDirectorySignIn: a notice prints
// customer_actions.network_isolation, the manufacturer's own words, as
// the steps that isolate the product on the customer's network; where
// accounts of the versions it concerns sign in through the customer's
// directory and no port reaches one (DirectorySignInUnstated), isolation
// written as "allow only these systems" cuts that sign-in off (capsule:
// the reading workstation allowed to reach only the EHR's share and the
// PACS, while its physicians sign in through Active Directory). The text
// is not read: that the author check it is all the data can ask. Only
// where the notices are built.
func ruleIsolationDirectorySignIn(p *Product) Diagnostics {
	if !p.Builds("notices") {
		return nil
	}
	var out Diagnostics
	for i, n := range p.Notices {
		if strings.TrimSpace(n.Actions.NetworkIsolation) == "" {
			continue
		}
		var roles []string
		add := func(q *Product) {
			for _, r := range q.DirectorySignInUnstated() {
				if !slices.Contains(roles, r) {
					roles = append(roles, r)
				}
			}
		}
		if vs := p.NoticeVersions(n); len(vs) > 0 {
			for _, v := range vs {
				add(p.At(v.Version))
			}
		} else {
			add(p)
		}
		if len(roles) == 0 {
			continue
		}
		verb := "sign"
		if len(roles) == 1 {
			verb = "signs"
		}
		out = append(out, at(p, Warning, fmt.Sprintf("notices[%d].customer_actions.network_isolation", i),
			"notice %s prints this text as how to isolate the product on the customer's network, but %s %s in through the customer's directory (accounts.sign_in) and no port reaches one: check that the text allows the connections that sign-in needs (to the directory servers) before it blocks the rest, and state the directory's port in [[ports]]",
			n.ID, p.AccountsOfRoles(roles), verb))
	}
	return out
}
