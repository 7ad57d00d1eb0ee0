package content

import "strings"

// ruleCVDPolicyCyberUnstated warns at a product the FDA regulates whose
// 524B determination is not stated (cyber_device.applies) but which has
// the connectivity 524B counts (ConnectivityFeatures, as the warning on
// applies = false does) when the site file states no coordinated
// vulnerability disclosure policy: it may be a cyber device, which needs
// one under 524B(b)(1), and ruleCyberDeviceCVD speaks only of a product
// stated to be one. The warning says "may": the data do not
// decide it. Stated not a cyber device, not marketed in the United
// States (ruleCVDPolicyOutsideUS) or health IT: no warning here.
func ruleCVDPolicyCyberUnstated(s *Site, p *Product) Diagnostics {
	if s == nil || p.CyberDevice.Applies.Known() || p.FDAAsksNothing() || strings.TrimSpace(s.Manufacturer.CVDPolicyURL) != "" {
		return nil
	}
	conn := p.ConnectivityFeatures()
	if len(conn) == 0 {
		return nil
	}
	kinds := InterfaceKindWords(conn)
	if s.Manufacturer.CVDPolicyNone() {
		return Diagnostics{at(p, Warning, "cyber_device.applies",
			"not stated, and the device has %s (%s): it may be a cyber device, whose plan must include coordinated vulnerability disclosure procedures (FD&C Act 524B(b)(1)), and the site file states that the manufacturer publishes no coordinated vulnerability disclosure policy (manufacturer.cvd_policy = \"none_published\"), so the documents say none is published; state applies = true or false",
			Count(len(conn), "connectivity interface", "connectivity interfaces"), AndList(kinds))}
	}
	return Diagnostics{at(p, Warning, "cyber_device.applies",
		"not stated, and the device has %s (%s): it may be a cyber device, whose plan must include coordinated vulnerability disclosure procedures (FD&C Act 524B(b)(1)), and the site file states no manufacturer.cvd_policy_url, so the documents say the policy is not stated; if one is published, write its address there, or if none is, state manufacturer.cvd_policy = \"none_published\"; and state applies = true or false",
		Count(len(conn), "connectivity interface", "connectivity interfaces"), AndList(kinds))}
}
