package content

import (
	"fmt"
	"strings"
)

// Credential lifetimes as structured facts: an account lists the
// credentials it signs in with and how long the product accepts each; a
// requirement that limits a lifetime names the credential and its maximum.
// The CSD prints the lifetimes and the plan prints the limits beside them,
// from the same values, and check reports a credential that outlives the
// requirement governing it (once a service credential was "valid for 12
// months" in the CSD and "at most 8 hours" in SR-03).

// Credential is one secret, token or certificate an account signs in with.
type Credential struct {
	ID       string   `toml:"id" jsp:"required" doc:"Identifier, unique among the product's credentials; a later version that adds or changes the same account (its role) gives the credential again under the same ID, and no other account may take it. Requirements name it in credential_limits."`
	Name     string   `toml:"name" jsp:"required" doc:"What it is, e.g. Service session certificate, Cached PIN hash, Console password."`
	ValidFor Duration `toml:"valid_for" doc:"The longest the product accepts it once issued or set (a certificate's validity, a password's expiry, a token's lifetime), or after its last use for a cached credential, whatever the customer configures: a whole number and a unit (\"8 hours\", \"30 days\", \"12 months\"), or \"unlimited\" when it never expires. Leave out when not known: documents then say \"Not stated\"."`
	IdleLock Duration `toml:"idle_lock" doc:"The longest a session opened with it stays open without input before it locks or ends, at the largest value a customer can configure (\"10 minutes\")."`
	Renewal  string   `toml:"renewal" doc:"How it is renewed or replaced when it runs out."`
}

// CredentialLimit is the longest a requirement lets a credential last.
type CredentialLimit struct {
	Credential  string   `toml:"credential" jsp:"required" doc:"ID of the credential ([[accounts.credentials]]) the requirement limits."`
	MaxValidFor Duration `toml:"max_valid_for" doc:"The longest the requirement lets the credential be accepted (compared with its valid_for)."`
	MaxIdleLock Duration `toml:"max_idle_lock" doc:"The longest the requirement lets a session opened with it stay open without input (compared with its idle_lock)."`
}

// everyAccount lists the accounts of every version: the first version's,
// then each one a later version adds or changes, in file order.
func (p *Product) everyAccount() []written[Account] {
	return everyWritten(p, "accounts", p.Accounts,
		func(c VersionChanges) []Account { return c.AccountsAdded }, func(c VersionChanges) []Account { return c.AccountsChanged })
}

// CredentialOf returns the credential with the ID among the accounts given
// (a version's), with its account, or false.
func CredentialOf(accounts []Account, id string) (Account, Credential, bool) {
	for _, a := range accounts {
		for _, c := range a.Credentials {
			if c.ID == id {
				return a, c, true
			}
		}
	}
	return Account{}, Credential{}, false
}

// LimitsOn lists the requirements' limits on the credential with the ID,
// each with the requirement that sets it.
func (p *Product) LimitsOn(id string) []RequirementLimit {
	var out []RequirementLimit
	for _, r := range p.Requirements {
		for _, l := range r.CredentialLimits {
			if l.Credential == id {
				out = append(out, RequirementLimit{Requirement: r.ID, CredentialLimit: l})
			}
		}
	}
	return out
}

// RequirementLimit is one credential limit with the requirement that sets
// it.
type RequirementLimit struct {
	Requirement string
	CredentialLimit
}

// credentials checks the credential IDs and the requirements' references
// to them. A credential may appear again, with the same ID, in the same
// account (its role) as a later version adds or changes it; within one
// list of accounts an ID is unique, and across lists it stays with one
// role, so a requirement's limit never lands on another account's
// credential in a later version.
func (v *productValidator) credentials() {
	p := v.p
	known := map[string]bool{}
	seen := map[string]string{} // ID → key path of its first use, per accounts list
	type owner struct{ role, path string }
	owners := map[string]owner{} // ID → the account of its first use in any list
	list := ""
	for _, ka := range p.everyAccount() {
		if l := ka.path[:strings.LastIndex(ka.path, "[")]; l != list {
			list, seen = l, map[string]string{}
		}
		for j, c := range ka.entry.Credentials {
			path := fmt.Sprintf("%s.credentials[%d].id", ka.path, j)
			if c.ID == "" {
				continue
			}
			if first, dup := seen[c.ID]; dup {
				v.errorf(path, "duplicate credential ID %q (first at %s, line %d)", c.ID, first, p.Source.Line(first))
				continue
			}
			if o, ok := owners[c.ID]; ok && o.role != ka.entry.Role {
				v.errorf(path, "credential ID %q already belongs to account %q (%s, line %d): a later version reuses an ID only for the same account's credential; give this one its own ID",
					c.ID, o.role, o.path, p.Source.Line(o.path))
				continue
			}
			if _, ok := owners[c.ID]; !ok {
				owners[c.ID] = owner{ka.entry.Role, path}
			}
			seen[c.ID], known[c.ID] = path, true
		}
	}
	for i, r := range p.Requirements {
		for j, l := range r.CredentialLimits {
			path := fmt.Sprintf("requirements[%d].credential_limits[%d]", i, j)
			if l.Credential != "" {
				v.ref(path+".credential", l.Credential, known, "credential")
			}
			if !l.MaxValidFor.Stated() && !l.MaxIdleLock.Stated() {
				v.errorf(path, "a credential limit states max_valid_for, max_idle_lock or both")
			}
			for _, k := range []struct {
				key string
				d   Duration
			}{{"max_valid_for", l.MaxValidFor}, {"max_idle_lock", l.MaxIdleLock}} {
				if k.d.Unlimited() {
					v.errorf(path+"."+k.key, "a limit is a length of time; %q sets none (leave the key out)", UnlimitedWord)
				}
			}
		}
	}
}

// ruleCredentialOutlivesLimit: a credential the product accepts for longer
// than a requirement allows (or a session that stays open longer without
// input) contradicts the requirement; the diagnostic points at the
// credential's lifetime, which the CSD prints.
func ruleCredentialOutlivesLimit(p *Product) Diagnostics {
	var out Diagnostics
	for _, ka := range p.everyAccount() {
		for j, c := range ka.entry.Credentials {
			path := fmt.Sprintf("%s.credentials[%d]", ka.path, j)
			for _, l := range p.LimitsOn(c.ID) {
				if c.ValidFor.Longer(l.MaxValidFor) {
					lasts := c.ValidFor.Say("never expires", "")
					if !c.ValidFor.Unlimited() {
						lasts = "is accepted for " + lasts
					}
					out = append(out, at(p, Warning, path+".valid_for",
						"credential %s (%s) %s, but requirement %s allows at most %s: shorten the credential's lifetime or change the requirement",
						c.ID, ka.entry.Role, lasts, l.Requirement, l.MaxValidFor))
				}
				if c.IdleLock.Longer(l.MaxIdleLock) {
					out = append(out, at(p, Warning, path+".idle_lock",
						"credential %s (%s) keeps a session open for %s without input, but requirement %s allows at most %s: shorten the idle lock or change the requirement",
						c.ID, ka.entry.Role, c.IdleLock.Say("ever", ""), l.Requirement, l.MaxIdleLock))
				}
			}
		}
	}
	return out
}

// LimitedCredential is one requirement's limit on a credential, with the
// account and credential it limits as this version has them (Found false
// when this version has no such credential).
type LimitedCredential struct {
	Requirement string
	Limit       CredentialLimit
	Role        string
	Credential  Credential
	Found       bool
}

// LimitedCredentials lists every credential limit of the requirements, in
// their order, with the credential it limits: the plan prints the limit
// beside the lifetime the CSD states.
func (p *Product) LimitedCredentials() []LimitedCredential {
	var out []LimitedCredential
	for _, r := range p.Requirements {
		for _, l := range r.CredentialLimits {
			a, c, ok := CredentialOf(p.Accounts, l.Credential)
			out = append(out, LimitedCredential{Requirement: r.ID, Limit: l, Role: a.Role, Credential: c, Found: ok})
		}
	}
	return out
}

// LimitText is the limit in words: "Accepted for at most 8 hours."
func (l LimitedCredential) LimitText() string {
	var s []string
	if l.Limit.MaxValidFor.Stated() {
		s = append(s, fmt.Sprintf("Accepted for at most %s.", l.Limit.MaxValidFor))
	}
	if l.Limit.MaxIdleLock.Stated() {
		s = append(s, fmt.Sprintf("Locks after at most %s without input.", l.Limit.MaxIdleLock))
	}
	return strings.Join(s, " ")
}

// LifetimeText is what the credential does, in the terms of the limit:
// "Accepted for at most 8 hours.", "Never expires.", "Not stated."
// valid_for and idle_lock are maxima (the longest, at the largest value a
// customer can configure), so the text keeps "at most": "Locks after 10
// minutes" was printed for a lock whose default was 3 minutes.
func (l LimitedCredential) LifetimeText() string {
	if !l.Found {
		return "Not stated."
	}
	var s []string
	if l.Limit.MaxValidFor.Stated() {
		s = append(s, l.Credential.ValidFor.Say("Never expires.", "Validity not stated."))
		if d := l.Credential.ValidFor; d.Stated() && !d.Unlimited() {
			s[len(s)-1] = fmt.Sprintf("Accepted for at most %s.", d)
		}
	}
	if l.Limit.MaxIdleLock.Stated() {
		s = append(s, l.Credential.IdleLock.Say("Can be set never to lock.", "Idle lock not stated."))
		if d := l.Credential.IdleLock; d.Stated() && !d.Unlimited() {
			s[len(s)-1] = fmt.Sprintf("Locks after at most %s without input (the largest setting a customer can choose).", d)
		}
	}
	return strings.Join(s, " ")
}
