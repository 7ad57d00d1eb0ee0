package csaf

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// reportsTo is where the CSAF documents say vulnerabilities are reported:
// the security contact, as the CSD's "Report a suspected vulnerability"
// row, the notices and the MDS2 form name it (the site file's
// manufacturer.security_contact takes such reports; the PSIRT responds to
// them): its e-mail, phone or web page, and the key for confidential
// reports. "" when it states no way to reach it.
func reportsTo(c content.Contact) string {
	var ways []string
	for _, s := range []string{c.Email, c.Phone, c.URL} {
		if s = strings.TrimSpace(s); s != "" {
			ways = append(ways, s)
		}
	}
	if len(ways) == 0 {
		return ""
	}
	to := content.OrList(ways)
	if k := strings.TrimSpace(c.PGPKeyURL); k != "" {
		to += " (encryption key: " + k + ")"
	}
	return to
}
