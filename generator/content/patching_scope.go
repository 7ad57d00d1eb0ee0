package content

import (
	"fmt"
	"slices"
)

// The timeline by severity (postmarket.patching.critical_severity_days)
// may be stated for some parts only (a cloud service deployed within 7
// days, beside an app that goes through app-store review with no time
// stated: critical_severity_parts), and may promise a fix or a
// mitigation rather than a patch ("fix or mitigation within 60 days":
// critical_severity_remedy = "fix_or_mitigation"). The documents print
// the timeline for the parts named only, and as "fixed or mitigated";
// neither may become a promise of a patch for the whole product.

// SeverityRemedyFixOrMitigation is the critical_severity_remedy that
// promises a fix or a mitigation, whichever comes first.
const SeverityRemedyFixOrMitigation = "fix_or_mitigation"

// SeverityDone is what critical_severity_days promises is done within its
// days, for the middle of a sentence: "patched", or "fixed or mitigated".
func (pt Patching) SeverityDone() string {
	if pt.CriticalSeverityRemedy == SeverityRemedyFixOrMitigation {
		return "fixed or mitigated"
	}
	return "patched"
}

// SeverityDoneCap is SeverityDone for the start of a sentence or cell.
func (pt Patching) SeverityDoneCap() string { return capitaliseFirst(pt.SeverityDone()) }

// severityScope splits the product's parts into those
// critical_severity_parts names and the others; both nil where the key
// is not written or names every part (the timeline is the whole
// product's).
func (p *Product) severityScope() (in, out []Part) {
	ids := p.Postmarket.Patching.CriticalSeverityParts
	if len(ids) == 0 {
		return nil, nil
	}
	for _, pt := range p.AllParts() {
		if slices.Contains(ids, pt.ID) {
			in = append(in, pt)
		} else {
			out = append(out, pt)
		}
	}
	if len(in) == 0 || len(out) == 0 {
		return nil, nil
	}
	return in, out
}

// SeverityScoped reports a timeline by severity stated for some parts of
// the product only.
func (p *Product) SeverityScoped() bool {
	in, _ := p.severityScope()
	return in != nil
}

// SeverityScopeClause is what follows the timeline by severity where it
// is stated for some parts only: ", for the X only; no such time is
// stated for the Y"; "" where it is the whole product's.
func (p *Product) SeverityScopeClause() string {
	in, out := p.severityScope()
	if in == nil {
		return ""
	}
	return ", for " + p.PartTheNames(in) + " only; no such time is stated for " + p.PartTheNames(out)
}

// SeverityMeansUpdates reports whether the timeline by severity alone
// says that the versions in support get security updates: a patch
// promised for the whole product. A fix or mitigation may be a
// mitigation only, and a timeline for some parts says nothing of the
// others.
func (p *Product) SeverityMeansUpdates() bool {
	pt := p.Postmarket.Patching
	return p.States("postmarket.patching.critical_severity_days") &&
		pt.CriticalSeverityRemedy != SeverityRemedyFixOrMitigation && !p.SeverityScoped()
}

// PatchTimelineMeansUpdates reports whether the stated patch timelines
// say that the versions in support get security updates: a fix time for
// uncontrolled risks (critical_days) or for every other vulnerability
// (regular_days), or a patch by severity for the whole product
// (SeverityMeansUpdates). The lifecycle page's and the plan's Support
// stage ask it, so that they promise the same.
func (p *Product) PatchTimelineMeansUpdates() bool {
	return p.States("postmarket.patching.critical_days") || p.States("postmarket.patching.regular_days") || p.SeverityMeansUpdates()
}

// patchingScope checks critical_severity_parts and
// critical_severity_remedy: each only beside critical_severity_days; the
// parts known, each once, the list not empty.
func (v *productValidator) patchingScope() {
	pt := v.p.Postmarket.Patching
	at := patchingPath(v.p, ".critical_severity_parts")
	if pt.CriticalSeverityDays == 0 {
		if pt.CriticalSeverityParts != nil {
			v.errorf(at, "names the parts critical_severity_days is stated for, but critical_severity_days is not written: write it, or leave this out")
		}
		if pt.CriticalSeverityRemedy != "" {
			v.errorf(patchingPath(v.p, ".critical_severity_remedy"), "says what critical_severity_days promises, but critical_severity_days is not written: write it, or leave this out")
		}
	}
	if pt.CriticalSeverityParts != nil && len(pt.CriticalSeverityParts) == 0 {
		v.errorf(at, "an empty list names no part: name the parts the timeline is stated for, or leave the key out (the timeline is then the whole product's)")
		return
	}
	var known []string
	for _, p := range v.p.AllParts() {
		known = append(known, p.ID)
	}
	for k, id := range pt.CriticalSeverityParts {
		path := fmt.Sprintf("%s[%d]", at, k)
		switch {
		case id == "" || !slices.Contains(known, id):
			v.errorf(path, "unknown part %q (want one of %s)", id, AndList(known))
		case slices.Index(pt.CriticalSeverityParts, id) != k:
			v.errorf(path, "%q is listed twice", id)
		}
	}
}
