package diagram

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// customerFleet names the flows that carry therapy data, configuration or
// software toward the product's parts from a part the customer runs on
// its own phone, tablet or computer beside devices it provides to
// patients at home (content.Product.CustomerOwnedAtHome: a clinic's
// fitting app on its own iPad), grouped by sender ("DF-01 and DF-02 from
// Kestrel Fit, on a tablet the customer owns"), and counts them. The
// view drawn from the data alone takes only hosted senders, yet one such
// device may serve every unit the customer provides: whether it does the
// data do not say, so a view left out must not read as nothing to assess.
func customerFleet(p *content.Product) (string, int) {
	owned := p.CustomerOwnedAtHome()
	if len(owned) == 0 {
		return "", 0
	}
	e := newEndpoints(p)
	fl := newFleet(p, e)
	type sender struct {
		id    string
		pt    content.Part
		flows []string
	}
	var senders []sender
	n := 0
	for i, f := range p.DataFlows {
		from, to := fl.from[i], fl.to[i]
		k := slices.IndexFunc(owned, func(pt content.Part) bool { return "part:"+pt.ID == from.ID })
		if k < 0 || !carriesFleetData(f) || !fl.towardPatients(from, to, f) {
			continue
		}
		n++
		j := slices.IndexFunc(senders, func(s sender) bool { return s.id == from.ID })
		if j < 0 {
			senders = append(senders, sender{id: from.ID, pt: owned[k]})
			j = len(senders) - 1
		}
		senders[j].flows = append(senders[j].flows, f.ID)
	}
	var each []string
	for _, s := range senders {
		each = append(each, content.AndList(s.flows)+" from "+s.pt.TheName()+", "+p.PartWhere(s.pt))
	}
	return content.AndList(each), n
}

// customerFleetNote is unassessedFleetNote's sentence for customerFleet;
// "" when there is none.
func customerFleetNote(p *content.Product) string {
	flows, n := customerFleet(p)
	if n == 0 {
		return ""
	}
	kind := "flows"
	if n == 1 {
		kind = "flow"
	}
	return "The view does not assess the " + kind + " " + flows + ": where such a device serves every unit the customer provides, one compromise of it could reach many patients."
}
