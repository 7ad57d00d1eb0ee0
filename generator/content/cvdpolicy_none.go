package content

import "strings"

// CVDPolicyNone reports that the site file states the manufacturer
// publishes no coordinated vulnerability disclosure policy
// (manufacturer.cvd_policy = "none_published"): the documents print
// "None published" where they would print the policy's address, never
// "Not stated".
func (m Manufacturer) CVDPolicyNone() bool {
	return strings.TrimSpace(m.CVDPolicy) == "none_published" && strings.TrimSpace(m.CVDPolicyURL) == ""
}

// ruleCVDPolicyNoneWithURL: "publishes none" beside the address of a
// published policy contradicts itself.
func ruleCVDPolicyNoneWithURL(src Source, s *Site) Diagnostics {
	m := s.Manufacturer
	if strings.TrimSpace(m.CVDPolicy) == "" || strings.TrimSpace(m.CVDPolicyURL) == "" {
		return nil
	}
	const path = "manufacturer.cvd_policy"
	return Diagnostics{{Severity: Error, File: src.File, Line: src.Line(path), Path: path,
		Message: "says the manufacturer publishes no coordinated vulnerability disclosure policy, but manufacturer.cvd_policy_url gives its address: remove one of them"}}
}
