package content

import (
	"net/url"
	"strings"
)

// ruleBaseURLPath: security.txt is looked for only at the domain's
// /.well-known/ (RFC 9116 section 3), and a CSAF provider's metadata at
// that same folder or through security.txt (CSAF 2.0 sections 7.1.8 and
// 7.1.9). A base_url with a path publishes both below it, where neither
// readers nor aggregators look, so the site says so.
func ruleBaseURLPath(src Source, s *Site) Diagnostics {
	u, err := url.Parse(s.BaseURL)
	if s.BaseURL == "" || err != nil || strings.Trim(u.Path, "/") == "" {
		return nil
	}
	const path = "base_url"
	root := u.Scheme + "://" + u.Host + "/.well-known/"
	return Diagnostics{{Severity: Warning, File: src.File, Line: src.Line(path), Path: path,
		Message: "has the path " + u.Path + ": the site's .well-known/ folder (security.txt, the CSAF provider metadata) is published under it, but readers and CSAF aggregators look for it only at " + root + " (RFC 9116, CSAF 2.0 7.1.8-7.1.9); publish that folder at the domain's root too"}}
}
