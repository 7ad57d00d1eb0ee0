package csaf

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/kind"
)

// madeByOther is what a publisher's issuing authority says of versions of
// product that another company, maker, made: their labeling names it, and
// site supports them in its place.
func madeByOther(site, product, maker string, versions []string) string {
	them := "it"
	if len(versions) > 1 {
		them = "them"
	}
	return fmt.Sprintf("%s made %s %s, whose labeling names %s as the manufacturer; %s supports %s in its place.", maker, product, content.AndList(versions), maker, site, them)
}

// providerPublisher is the provider metadata's publisher: the documents'
// publisher, whose issuing authority says its manufacturer made the
// products, except, as each document about them says (madeBy), the
// versions of the parts' products another company made.
func providerPublisher(env *kind.Env, parts []Part) csaf.Publisher {
	pub := publisher(env)
	site := env.Content.Site.Manufacturer.Name
	var says []string
	for _, part := range parts {
		for _, o := range part.MadeByOthers {
			says = append(says, madeByOther(site, part.Product, o.Name, o.Versions))
		}
	}
	if len(says) == 0 {
		return pub
	}
	lead := site + " is the manufacturer of the products."
	rest := strings.TrimPrefix(pub.IssuingAuthority, lead)
	pub.IssuingAuthority = site + " is the manufacturer of the products, except the versions another company made. " + strings.Join(says, " ") + rest
	return pub
}
