package csaf

import (
	"cmp"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/kind"
)

// withRelated adds to a notice's product tree the versions of the
// related system the notice announces (related_versions): vendor →
// system name → version, under the system's maker (the manufacturer when
// it names none), beside the device versions of the same maker. A tool
// matching the tree against a customer's server finds the notice about
// it. A version is identified by the purl or CPE its SBOM states for
// itself, else by name and version alone: a made-up one would be matched
// as a real identifier.
func withRelated(env *kind.Env, p kind.Product, n content.Notice, branches []csaf.Branch) []csaf.Branch {
	s := p.RelatedSystem(n.RelatedSystem)
	rvs := p.NoticeRelatedVersions(n)
	if s == nil || len(rvs) == 0 {
		return branches
	}
	name := csaf.Branch{Category: "product_name", Name: s.Name}
	for _, rv := range rvs {
		fp := &csaf.FullProduct{Name: s.Name + " " + rv.Version, ProductID: relatedProductID(p, *s, rv.Version)}
		if purl, cpe := relatedIdentity(p, s.ID, rv.Version); purl != "" || cpe != "" {
			fp.Helper = &csaf.Helper{PURL: purl, CPE: cpe}
		}
		name.Branches = append(name.Branches, csaf.Branch{Category: "product_version", Name: rv.Version, Product: fp})
	}
	vendor := cmp.Or(strings.TrimSpace(s.Maker), env.Content.Site.Manufacturer.Name)
	if i := slices.IndexFunc(branches, func(b csaf.Branch) bool { return b.Category == "vendor" && b.Name == vendor }); i >= 0 {
		branches[i].Branches = append(slices.Clip(branches[i].Branches), name)
		return branches
	}
	return append(branches, csaf.Branch{Category: "vendor", Name: vendor, Branches: []csaf.Branch{name}})
}

// relatedProductID is the CSAF product ID of a related system's version,
// apart from the device versions' (product-version) and models'
// (product-model-version).
func relatedProductID(p kind.Product, s content.RelatedSystem, ver string) string {
	return p.ID + "-related-" + s.ID + "-" + ver
}

// relatedIdentity is the purl and CPE that the SBOM files of a related
// system's version state for what they describe, each only when the files
// agree on one.
func relatedIdentity(p kind.Product, system, ver string) (purl, cpe string) {
	if p.Inventory == nil {
		return "", ""
	}
	var purls, cpes []string
	for _, f := range p.Inventory.RelatedSBOMsOf(system, ver) {
		if f.Document == nil || f.Document.Subject == nil {
			continue
		}
		if u := strings.TrimSpace(f.Document.Subject.PURL); u != "" && !slices.Contains(purls, u) {
			purls = append(purls, u)
		}
		if c := strings.TrimSpace(f.Document.Subject.CPE); c != "" && !slices.Contains(cpes, c) {
			cpes = append(cpes, c)
		}
	}
	if len(purls) == 1 {
		purl = purls[0]
	}
	if len(cpes) == 1 {
		cpe = cpes[0]
	}
	return purl, cpe
}
