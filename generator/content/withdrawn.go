package content

import (
	"fmt"
	"slices"
)

// A version withdrawn from the field (a recall or field safety corrective
// action) must no longer be installed, whatever its support milestones
// say: from its withdrawal date it is neither supported nor current, no
// document may send a customer to it, and the documents name the version
// that replaces it.

// WithdrawnOn reports whether the version has been withdrawn on date d.
func (v Version) WithdrawnOn(d Date) bool {
	return !v.Withdrawn.IsZero() && !d.Before(v.Withdrawn)
}

// WithdrawnVersions returns the versions withdrawn on d, in file order.
func (p *Product) WithdrawnVersions(d Date) []Version {
	return filter(p.Versions, func(v Version) bool { return v.WithdrawnOn(d) })
}

// validateWithdrawn checks each withdrawal: its date, reason and
// replacement, and warns where a notice or a vulnerability still sends
// customers to a withdrawn version.
func (v *productValidator) validateWithdrawn() {
	p := v.p
	for i, ver := range p.Versions {
		path := fmt.Sprintf("versions[%d]", i)
		if ver.Withdrawn.IsZero() {
			if ver.WithdrawalReason != "" {
				v.errorf(path+".withdrawal_reason", "only with withdrawn: version %s is not withdrawn", ver.Version)
			}
			if ver.ReplacedBy != "" {
				v.errorf(path+".replaced_by", "only with withdrawn: version %s is not withdrawn", ver.Version)
			}
			continue
		}
		if problem := WithdrawalProblem(p, ver); problem[0] != "" {
			v.errorf(path+"."+problem[0], "%s", problem[1])
		}
		if ver.WithdrawalReason == "" {
			v.errorf(path+".withdrawal_reason", "missing: say why version %s was withdrawn", ver.Version)
		}
	}
	for i, n := range p.Notices {
		for j, u := range n.UpgradePaths {
			if w := p.Version(u.ToVersion); w != nil && !w.Withdrawn.IsZero() {
				v.warnf(fmt.Sprintf("notices[%d].upgrade_paths[%d].to_version", i, j), "version %s was withdrawn on %s: the notice sends customers to a version they must not install; revise the notice to offer %s", w.Version, w.Withdrawn, orNotStated(w.ReplacedBy))
			}
		}
	}
	// fixed_in naming a withdrawn version stays true (it is the first
	// with the fix): the documents, as of dates from the withdrawal, send
	// customers to its replacement instead (vuln.Vulnerability
	// .InstallVersion). Only a remediation text of the user's own that
	// names it still sends them there.
	for i, vu := range p.Vulns {
		if w := p.Version(vu.FixedIn); w != nil && !w.Withdrawn.IsZero() && namesVersion(vu.Remediation, w.Version) {
			v.warnf(fmt.Sprintf("vulnerabilities[%d].remediation", i), "names version %s, which was withdrawn on %s: from then the documents and VEX add that it was withdrawn and to install %s, but this text still sends customers to it; write a remediation that names no withdrawn version", w.Version, w.Withdrawn, orNotStated(w.ReplacedBy))
		}
	}
}

func orNotStated(s string) string {
	if s == "" {
		return "no replacement stated"
	}
	return s
}

// WithdrawalProblem is what is wrong with a withdrawn version's date or
// replacement, as the key at fault and the message, or zero when nothing is.
func WithdrawalProblem(p *Product, ver Version) [2]string {
	if !ver.GeneralAvailability.IsZero() && ver.Withdrawn.Before(ver.GeneralAvailability) {
		return [2]string{"withdrawn", fmt.Sprintf("withdrawn %s is before version %s's general availability %s: a version is withdrawn after it was released", ver.Withdrawn, ver.Version, ver.GeneralAvailability)}
	}
	if ver.ReplacedBy == "" {
		return [2]string{"replaced_by", fmt.Sprintf("missing: name the version to install in place of withdrawn version %s", ver.Version)}
	}
	r := p.Version(ver.ReplacedBy)
	switch {
	case r == nil:
		return [2]string{"replaced_by", fmt.Sprintf("unknown version %q", ver.ReplacedBy)}
	case r.Version == ver.Version:
		return [2]string{"replaced_by", fmt.Sprintf("version %s cannot replace itself", ver.Version)}
	case !r.Withdrawn.IsZero():
		return [2]string{"replaced_by", fmt.Sprintf("version %s was withdrawn too (on %s): name a version customers may install", r.Version, r.Withdrawn)}
	case r.GeneralAvailability.IsZero() || !ver.GeneralAvailability.IsZero() && !ver.GeneralAvailability.Before(r.GeneralAvailability):
		return [2]string{"replaced_by", fmt.Sprintf("version %s is not released after version %s: the replacement is a later version", r.Version, ver.Version)}
	}
	for _, m := range p.ModelIDs(&ver) {
		if !slices.Contains(p.ModelIDs(r), m) {
			return [2]string{"replaced_by", fmt.Sprintf("version %s does not run on model %s, which runs withdrawn version %s", r.Version, m, ver.Version)}
		}
	}
	return [2]string{}
}
