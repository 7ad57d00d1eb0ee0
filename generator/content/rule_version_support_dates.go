package content

import "fmt"

// RuleVersionSupportDates holds the versions' support dates against
// what the documents print about them on asOf: an older version left in
// Limited Support, for want of an end of support, after a newer one's
// support ended (ruleOlderOutlivesNewer). Run with RuleRelatedSupport, by
// the first of the CSD, the plan and the lifecycle page a product builds.
//
// Whether an end of support was announced as long ahead as
// end_of_life.notice_months promises is not checked beyond the notices'
// own lead (noticeLead): the data do not record what earlier documents,
// outside this site, told customers, so a warning would accuse the
// manufacturer of what the data do not decide.
func RuleVersionSupportDates(p *Product, asOf Date) Diagnostics {
	return ruleOlderOutlivesNewer(p, asOf)
}

// ruleOlderOutlivesNewer: a version whose end of life has passed and
// whose end of support is not stated is, for every document, in Limited
// Support or End of Support, the data do not decide which
// (Version.SupportUndecided), and is not counted as supported (the
// lifecycle page's supported versions, the versions an MDS2 form covers);
// beside a later version whose support has already ended, that is most
// often an end of support left unwritten, which nothing else asks for.
func ruleOlderOutlivesNewer(p *Product, asOf Date) Diagnostics {
	if asOf.IsZero() {
		return nil
	}
	var out Diagnostics
	for i, v := range p.Versions {
		if !v.EndOfSupport.IsZero() || v.EndOfSupport.NotApplicable() || v.Stage(asOf) != "Limited Support" {
			continue
		}
		for j, w := range p.Versions {
			// a version that leaves its general availability out is older
			// than those listed after it (GAUnstated), and no other is known
			// to be later than it
			later := w.GeneralAvailability.After(v.GeneralAvailability) && !v.GAUnstated() || v.GAUnstated() && j > i
			if later && w.Stage(asOf) == "End of Support" {
				passed := fmt.Sprintf("its end of life passed on %s", v.EndOfLife)
				if v.EndOfLife.IsZero() {
					passed = fmt.Sprintf("its guaranteed support ended on %s", v.EndOfGuaranteedSupport)
				}
				out = append(out, at(p, Warning, fmt.Sprintf("versions[%d].end_of_support", i),
					"not stated: version %s is past its end of life on %s (%s and no end of support is stated), so the documents say it is in Limited Support or End of Support, the data do not decide which, and do not count it as supported, while the later version %s reached its end of support on %s; if %s's support has ended, state its end_of_support",
					v.Version, asOf, passed, w.Version, w.EndOfSupport, v.Version))
				break
			}
		}
	}
	return out
}
