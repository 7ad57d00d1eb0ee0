package mds2form

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
)

// remoteLinksOpen says, for RMOT-1 left open, why the form does not take a
// No from a product with no network connection of its own
// (content.Product.RemoteLinks): beside CONN-4 and CONN-6 answered No,
// a bare "the facts would be remote_service.offered" reads as if the form
// had missed them. "" for any other question or product.
func (f *mds2Facts) remoteLinksOpen(id string) string {
	if id != "RMOT-1" {
		return ""
	}
	links := f.p.RemoteLinks()
	if len(links) == 0 {
		return ""
	}
	names := make([]string, len(links))
	for i, it := range links {
		names[i] = fmt.Sprintf("%s (%s)", it.ID, it.KindWords())
	}
	which := "its interface " + names[0] + " still links it to another system"
	if len(names) > 1 {
		which = "its interfaces " + content.AndList(names) + " still link it to other systems"
	}
	through := ""
	if infra := f.p.CustomerInfrastructureParts(); len(infra) > 0 {
		through = " (its data reach the customer's network through " + f.p.PartTheNames(infra) + ")"
	}
	return fmt.Sprintf("the %s has no network port or network interface of its own, but %s%s, over which a remote service session may come: the data does not say, so jspgen leaves the answer to you, or write remote_service.offered (true or false)", f.p.Noun(), which, through)
}
