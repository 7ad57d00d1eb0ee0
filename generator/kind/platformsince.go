package kind

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
)

// listsPlatforms are the documents (documents.<key>) that list the
// platforms the customer supplies, each version with its vendor's end of
// support as of the document's release: the CSD (4.1 and its key facts),
// the security plan (5.4) and the lifecycle page (with lifecycle.json).
var listsPlatforms = map[string]bool{"csd": true, "security_plan": true, "lifecycle": true}

// platformsEndedSince lists, for StagesChanged, the platform versions a
// document released on released gives as still supported by their vendor
// whose vendor's support ended by asOf: the document, speaking as of its
// release, still says the support ends later ("within twelve months",
// say), which a reader on asOf would take as current. Only versions of the
// product documented on the release date count (those whose platforms it
// lists); each platform version is named once.
func platformsEndedSince(p Product, released, asOf content.Date) []string {
	var out []string
	seen := map[string]bool{}
	for _, v := range p.Versions {
		if !v.DocumentedOn(released) || v.WithdrawnOn(released) {
			continue
		}
		for _, pl := range p.Product.At(v.Version).Platforms {
			for _, pv := range pl.Versions {
				label := pl.Label(pv)
				if seen[label] || pv.Ended(released) || !pv.Ended(asOf) {
					continue
				}
				seen[label] = true
				out = append(out, fmt.Sprintf("%s is past its vendor's end of support (%s), which the document gives as still to come", label, pv.EndOfSupport))
			}
		}
	}
	return out
}
