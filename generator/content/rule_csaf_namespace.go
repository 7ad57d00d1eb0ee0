package content

// CSAFNamespace is the namespace a CSAF document gives its publisher
// (CSAF 2.0 3.2.1.8.3: a URL the publisher controls, which identifies it):
// the manufacturer's website, else the site's base URL, its PSIRT's page
// or its disclosure policy; "" when the site file states none. Without
// one a CSAF document would be invalid, so the csaf kind publishes none
// (ruleCSAFNamespace says so).
func (s *Site) CSAFNamespace() string {
	m := s.Manufacturer
	for _, u := range []string{m.Website, s.BaseURL, m.PSIRT.URL, m.CVDPolicyURL} {
		if u != "" {
			return u
		}
	}
	return ""
}

// ruleCSAFNamespace warns at a product that would have CSAF documents
// (a VEX for its vulnerabilities, a twin of a notice it builds) when the
// site file states no URL to give as their publisher's namespace: the
// build leaves them out rather than publish invalid ones, and publishes
// the CycloneDX and OpenVEX files alone. Each such product is told, as
// with the disclosure policy (ruleCyberDeviceCVD), so that a product read
// alone or carried over from the build cache says it too.
func ruleCSAFNamespace(s *Site, p *Product) Diagnostics {
	if s == nil || s.CSAFNamespace() != "" {
		return nil
	}
	path := "vulnerabilities"
	switch {
	case len(p.Vulns) > 0:
	case len(p.Notices) > 0 && p.Builds("notices"):
		path = "notices"
	default:
		return nil
	}
	return Diagnostics{at(p, Warning, path,
		"no CSAF document is published for this product: a CSAF document must name its publisher's namespace, a URL the manufacturer controls (CSAF 2.0 3.2.1.8.3), and the site file states none (manufacturer.website, base_url, manufacturer.psirt.url or manufacturer.cvd_policy_url); the CycloneDX and OpenVEX files are published")}
}
