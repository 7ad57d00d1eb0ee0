package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// portListNote gives CONN-2's derived Yes (portList: the ports the
// customer security documentation publishes) a note naming the
// connections the product needs that no port of the list reaches, the
// facts of the CSD's caveats after its final deny: the customer's own
// infrastructure holding the product's data stores
// (InfrastructureStoresUnreached), the sign-in through the customer's
// directory (DirectorySignInUnstated) and, where the sign-in may need
// one, a connection to its identity provider (FederatedSignInUnstated),
// and the data flows no listed port could carry (FlowPortsUnstated).
// Bare, the Yes reads as a complete list while the CSD says it is not.
func (r *mds2Resolver) portListNote(form *mds2.Form, derived map[string]fact) {
	row := findRow(form, "CONN-2")
	if row == nil || row.Answer != mds2.Yes || row.Note != 0 || !fromData(row) {
		return
	}
	if d, ok := derived["CONN-2"]; !ok || d.Answer != mds2.Yes || d.Path != "ports" {
		return
	}
	text := portListGaps(r.facts.p.Product)
	if text == "" {
		return
	}
	row.Note, row.NoteText = r.noteNumbers(form)(text), text
}

// portListGaps words the note: "The port list that the answer Yes to
// CONN-2 points to lists no port for the connections the product needs to
// the Hospital SQL Server database, where the product keeps its data
// store "SomnoScore database"." "" where nothing is missing.
func portListGaps(p *content.Product) string {
	who := "customer"
	if p.HospitalCustomer() {
		who = "hospital"
	}
	var gaps []string
	for _, part := range p.InfrastructureStoresUnreached() {
		var stores []string
		for _, d := range p.DataStores {
			if p.PartOfStore(d).ID == part.ID {
				stores = append(stores, `"`+d.Name+`"`)
			}
		}
		gaps = append(gaps, fmt.Sprintf("the connections the product needs to %s, where it keeps its %s %s",
			part.TheName(), content.Plural(len(stores), "data store", "data stores"), content.AndList(stores)))
	}
	if roles := p.DirectorySignInUnstated(); len(roles) > 0 {
		gaps = append(gaps, fmt.Sprintf("the sign-in through the %s's directory that %s %s",
			who, p.AccountsOfRoles(roles), content.Plural(len(roles), "uses", "use")))
	}
	if roles := p.FederatedSignInUnstated(); len(roles) > 0 {
		gaps = append(gaps, fmt.Sprintf("a connection to the %s's identity provider, which the sign-in of %s may need",
			who, p.AccountsOfRoles(roles)))
	}
	if flows := flowsWithoutPortBeside(p, p.InfrastructureStoresUnreached()); flows != "" {
		gaps = append(gaps, flows)
	}
	if len(gaps) == 0 {
		return ""
	}
	list := gaps[0]
	if n := len(gaps); n > 1 {
		list = strings.Join(gaps[:n-1], "; for ") + "; or for " + gaps[n-1]
	}
	return "The port list that the answer Yes to CONN-2 points to lists no port for " + list + "."
}
