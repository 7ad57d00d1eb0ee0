package vuln

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// openVEXProductID is the OpenVEX @id of version v, an IRI that must
// identify that one version: its purl or CPE where its SBOM states one
// (Version.Ref). Otherwise OpenVEX's product has no field for a name
// and version, and a name-based UUID URN told a consumer nothing of the
// product; a tag URI (RFC 4151) of the host of a URL the manufacturer
// controls, the year the version became generally available, and the
// product's ID and version names them
// ("tag:fenwick-clinical.example,2025:paedidose/3.3"), the same in every
// build. A tag URI identifies without pointing anywhere, so it claims no
// page on the manufacturer's site, and it is no package URL a scanner
// would match against other software. Without such a URL or release
// year the UUID URN stays.
func openVEXProductID(p *content.Product, v *Version, namespace string) string {
	if v.PURL != "" || v.CPE != "" {
		return v.Ref
	}
	u, err := url.Parse(strings.TrimSpace(namespace))
	host := ""
	if err == nil {
		host = strings.ToLower(u.Hostname())
	}
	// The authority of a tag URI is a DNS name: an IP address or a
	// single label is not one.
	if host == "" || !strings.Contains(host, ".") || strings.Trim(host, "0123456789.") == "" || strings.ContainsAny(host, ":[]") {
		return v.Ref
	}
	var ga content.Date
	if pv := p.Version(v.Version); pv != nil {
		ga = pv.GeneralAvailability
	}
	if ga.IsZero() || ga.NotApplicable() {
		return v.Ref
	}
	return "tag:" + host + "," + strconv.Itoa(ga.Time().Year()) + ":" + url.PathEscape(p.ID) + "/" + url.PathEscape(v.Version)
}
