package content

import "strings"

// ruleCVDPolicyOutsideUS warns at a product not marketed in the United
// States, whose security plan or CSD is built, when the site file states
// no coordinated vulnerability disclosure policy: those documents then
// print the policy as not stated, and ruleCyberDeviceCVD, which rests on
// section 524B, never speaks for such a product. [postmarket.cvd] gives
// timelines only, never where a policy is published, so it does not count.
// The security contact, which the site file must state, is where reports
// go either way: the warning asks for the policy, not for a way to report.
// A site file that states none is published (cvd_policy) has said it.
func ruleCVDPolicyOutsideUS(s *Site, p *Product) Diagnostics {
	if s == nil || !p.NotForUS() || p.CyberDevice.Applies.IsTrue() || strings.TrimSpace(s.Manufacturer.CVDPolicyURL) != "" || s.Manufacturer.CVDPolicyNone() {
		return nil
	}
	docs := planAndCSDIn(p.Builds)
	if len(docs) == 0 {
		return nil
	}
	path := "postmarket.cvd"
	if !p.Source.Has(path) {
		path = "markets"
	}
	maker := s.Manufacturer.Name
	if maker == "" {
		maker = "the manufacturer"
	}
	say := "says"
	if len(docs) > 1 {
		say = "say"
	}
	return Diagnostics{at(p, Warning, path,
		"%s %s it is not stated whether %s publishes a coordinated vulnerability disclosure policy: the site file states no manufacturer.cvd_policy_url ([postmarket.cvd] gives timelines only); if a policy is published, write its address there, or if none is, state manufacturer.cvd_policy = \"none_published\"",
		AndList(docs), say, maker)}
}
