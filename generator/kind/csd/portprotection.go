package csd

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// transitFacts are the form's questions on protecting data in transit
// (NAUT-1, TXCF-2, TXCF-4, TXIG-1), in form order, with what each says
// about: "auth" for the peer's authentication, "enc" for encryption,
// "" for both (integrity, which the ports table has no column for).
var transitFacts = []struct {
	kind.FormFact
	about string
}{
	{kind.FormFact{ID: "NAUT-1", Yes: "it and the systems it exchanges data with authenticate each other", No: "it and the systems it exchanges data with do not authenticate each other"}, "auth"},
	{kind.FormFact{ID: "TXCF-2", Yes: "it encrypts PII before sending it over a network or writing it to removable media", No: "it does not encrypt PII before sending it over a network or writing it to removable media"}, "enc"},
	{kind.FormFact{ID: "TXCF-4", Yes: "it exchanges data only with systems it has authenticated", No: "it does not exchange data only with systems it has authenticated"}, "auth"},
	{kind.FormFact{ID: "TXIG-1", Yes: "it protects data in transit against undetected change", No: "it does not protect data in transit against undetected change"}, ""},
}

// MDS2PortProtection is what the manufacturer's own MDS2 answers on
// protecting data in transit say, for section 3.2 where a row of the
// ports table (PortRows), other than one of a part the manufacturer
// hosts beside the device, does not state whether its traffic is encrypted
// or its peer authenticated: the questions on what is not stated
// (NAUT-1 and TXCF-4 for authentication, TXCF-2 for encryption) and
// TXIG-1 on integrity, clauses joined by "; " with their question IDs
// (and notes), as MDS2Backup. "" where every row states both, or the
// form answers none of them (a note that says only "Not stated" gives
// nothing). The cells themselves are never changed: derived answers are
// not repeated (MDS2Answered), and a derived one follows from the ports
// that state their protection.
func (CSDData) MDS2PortProtection(p *content.Product) string {
	if p == nil {
		return ""
	}
	var encUnstated, authUnstated bool
	hostedOnly := p.HostedOnly()
	for _, r := range p.PortRows() {
		if !hostedOnly && p.PartOfPort(r.Port).Runs.IsManufacturerHosted() {
			// a service the manufacturer hosts beside the device: the
			// form's answers are the device's, not that service's
			continue
		}
		if !r.Encrypted.Known() && r.EncryptedService() == "" {
			encUnstated = true
		}
		if !r.Authenticated.Known() {
			authUnstated = true
		}
	}
	if !encUnstated && !authUnstated {
		return ""
	}
	var facts []kind.FormFact
	for _, f := range transitFacts {
		if f.about == "" || (f.about == "enc" && encUnstated) || (f.about == "auth" && authUnstated) {
			facts = append(facts, f.FormFact)
		}
	}
	clauses, notes := kind.FormClauses(p, facts)
	if len(clauses) == 0 && kind.NotesSayNothing(notes) {
		return ""
	}
	return kind.JoinFormClauses(clauses, notes)
}

// NeededUnstatedWhat is what section 3.3 says the product data leave
// open where a firewall rule's "Needed" cell says "Not stated"
// (content.Product.RulesNeededUnstated), by the direction of those rules:
// for a rule into the customer's side, whether the port is open by
// default; for one out of it, a connection the product opens, whether
// that connection is used by default; both, each named by its rules'
// direction, where rules of both kinds are so. "" where no rule is.
func (CSDData) NeededUnstatedWhat(p *content.Product, rules []content.FirewallRule) string {
	var in, out bool
	for _, r := range rules {
		if !p.RulesNeededUnstated([]content.FirewallRule{r}) {
			continue
		}
		if r.Direction == "out" {
			out = true
		} else {
			in = true
		}
	}
	const open, used = "whether the port is open by default", "whether the connection is used by default"
	switch {
	case in && out:
		return open + " (for an inbound rule) or " + used + " (for an outbound rule)"
	case in:
		return open
	case out:
		return used
	}
	return ""
}
