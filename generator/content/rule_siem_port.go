package content

import (
	"regexp"
	"strconv"
	"strings"
)

// siemPortPattern finds the ports a SIEM transport names in words: "TCP
// 6514", "UDP port 514", "tcp/6514".
var siemPortPattern = regexp.MustCompile(`(?i)\b(tcp|udp)(?:\s*/\s*|\s+(?:port\s+)?)(\d{1,5})\b`)

// siemPortsListed warns where a version forwards events to a SIEM on a
// port its own port list lacks: the forwarding was written for a version
// that added the port, yet the version before it inherits it (the
// top-level facts are the first version's), so that version's CSD and
// MDS2 form would say it forwards events.
func (v *productValidator) siemPortsListed() {
	p := v.p
	for _, ver := range p.Versions {
		q := p.At(ver.Version)
		s := q.Logging.SIEM
		if !s.Supported.IsTrue() {
			continue
		}
		for _, m := range siemPortPattern.FindAllStringSubmatch(s.Transport, -1) {
			n, err := strconv.Atoi(m[2])
			if err != nil {
				continue
			}
			transport := strings.ToLower(m[1])
			listed := false
			for _, pt := range q.Ports {
				if pt.Number == n && strings.EqualFold(pt.Transport, transport) {
					listed = true
				}
			}
			if !listed {
				v.add(Warning, q.Logging.SIEMPath()+".transport",
					"in version %s, SIEM forwarding uses %s %d, which that version's ports do not list: list the port, or, if a later version added the forwarding, give this version its own [logging.siem] and the later one [versions.changes.siem]",
					ver.Version, strings.ToUpper(transport), n)
			}
		}
	}
}
