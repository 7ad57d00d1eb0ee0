package content

import "strings"

// VersionText is the part's own software version (parts[].version),
// trimmed; "" when the part is versioned with the product.
func (pt Part) VersionText() string { return strings.TrimSpace(pt.Version) }

// NameWithVersion is the part's name with its own version, if any, for a
// table cell: "Aquaclean Trace (version 3.1)".
func (pt Part) NameWithVersion() string {
	if v := pt.VersionText(); v != "" {
		return strings.TrimSpace(pt.Name) + " (version " + v + ")"
	}
	return strings.TrimSpace(pt.Name)
}

// PlatformsRunBy is the subject and verb of the sentence that introduces
// the platform table when some part on pls has a version of its own
// (parts[].version): "Aquaclean Trace (version 3.1) and the Trace SQL
// Server database run". That part is not the product's version, so the
// sentence must not say the product's version runs on the platforms
// (firmware 6.0 on Windows Server); nor when some part of the product
// runs on none of pls (the handle firmware of a stapler whose app alone
// runs on iPadOS). "" when no part on pls has its own version and every
// part runs on some of pls: the documents then say the product's version
// runs on them.
// start capitalises the first letter, for the head of a sentence.
func (p *Product) PlatformsRunBy(pls []Platform, start bool) string {
	parts := p.PlatformParts(pls)
	own := false
	names := make([]string, len(parts))
	for i, pt := range parts {
		names[i] = pt.TheName()
		if v := pt.VersionText(); v != "" {
			own = true
			names[i] += " (version " + v + ")"
		}
	}
	if !own && len(parts) == len(p.AllParts()) {
		// every part of the version runs on them: the version does
		return ""
	}
	s := AndList(names)
	if start {
		s = capitaliseFirst(s)
	}
	if len(parts) == 1 {
		return s + " runs"
	}
	return s + " run"
}
