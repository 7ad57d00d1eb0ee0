package csaf

import "strings"

// providerMetadataLabel names the provider metadata after the kinds of
// CSAF document the site publishes, so that a site with only
// informational advisories does not promise VEX or security advisories.
func providerMetadataLabel(advs []PartAdvisory) string {
	has := map[string]bool{}
	for _, a := range advs {
		has[a.Category] = true
	}
	var kinds []string
	switch security, informational := has["csaf_security_advisory"], has["csaf_informational_advisory"]; {
	case security && informational:
		kinds = append(kinds, "advisories")
	case security:
		kinds = append(kinds, "security advisories")
	case informational:
		kinds = append(kinds, "informational advisories")
	}
	if has["csaf_vex"] {
		kinds = append(kinds, "VEX")
	}
	if len(kinds) == 0 { // a category this list does not know: name none
		return "CSAF 2.0 provider metadata"
	}
	return "CSAF 2.0 provider metadata (" + strings.Join(kinds, " and ") + ")"
}
