package content

import "strings"

// RelatedPartSystem is a related system that is one of the product's
// parts ([[related_systems]] part), with that part.
type RelatedPartSystem struct {
	System RelatedSystem
	Part   Part
}

// RelatedPartSystems returns, in [[related_systems]] order, each related
// system that names a part, with the part. SoftwareParts leaves these
// parts out (their software is the related system's, with its own
// versions and SBOM files), yet the CSD's related systems call each "a
// part of the product" and the plan draws and tables it as one: the plan's
// scope and the CSD's SBOM section name them beside the SoftwareParts, so
// that neither reads as if the product's software were all there is.
func (p *Product) RelatedPartSystems() []RelatedPartSystem {
	var out []RelatedPartSystem
	for _, s := range p.RelatedSystems {
		if s.Part == "" {
			continue
		}
		if pt := p.RelatedPart(s); pt.ID != "" {
			out = append(out, RelatedPartSystem{System: s, Part: pt})
		}
	}
	return out
}

// PlanRelatedPartSystems returns the RelatedPartSystems the plan's
// processes cover (covered_by_plan = true): the plan's scope names them,
// as 9.11 says it covers them. One not stated to be covered is left out:
// the plan claims no scope the data do not give it.
func (p *Product) PlanRelatedPartSystems() []RelatedPartSystem {
	return filter(p.RelatedPartSystems(), func(r RelatedPartSystem) bool { return r.System.CoveredByPlan.IsTrue() })
}

// HasSBOMFiles reports whether any version of the system names an SBOM
// file: the CSD's related systems then list the system's own files.
func (s RelatedSystem) HasSBOMFiles() bool {
	for _, v := range s.Versions {
		if len(v.SBOM) > 0 {
			return true
		}
	}
	return false
}

// VersionsStated reports whether the data give the system's versions or a
// support policy, the rule by which the CSD's related systems say it "has
// its own versions and support dates" rather than that they are not
// stated.
func (s RelatedSystem) VersionsStated() bool {
	return len(s.Versions) > 0 || strings.TrimSpace(s.SupportPolicy) != ""
}
