package mds2form

import (
	"fmt"
	"regexp"
)

// tlsWord finds TLS (or DTLS) named as a word in a port's service or
// purpose: "Microsoft SQL Server (TDS), TLS on by default", "HL7 over
// TLS". Not "mTLS"-like words run together with others, and not SSL
// alone, which the data may use for a protocol no longer spoken.
var tlsWord = regexp.MustCompile(`(?i)(^|[^a-z0-9])d?tls([^a-z0-9]|$)`)

// namedTLSPort (CONN-7 Yes, after supportsTLS's ports) is the first port
// of the device, as tlsPortAt counts them (not on a link internal to the
// product, nor of the customer's own systems, nor of a part the
// manufacturer hosts beside the device), that states encrypted = true
// and whose service or purpose names TLS: the data say the traffic is
// encrypted, and by TLS. A service naming TLS without encrypted = true
// (TLS that may be off), or encrypted = true naming no protocol, decides
// nothing.
func (f *mds2Facts) namedTLSPort() (fact, bool) {
	for i, pt := range f.p.Ports {
		part := f.p.PartOfPort(pt)
		if !pt.Encrypted.IsTrue() || f.p.InternalPort(pt) || part.Runs.IsCustomerInfrastructure() || f.hostedBeside(pt) {
			continue
		}
		key := "service"
		if !tlsWord.MatchString(pt.Service) {
			if !tlsWord.MatchString(pt.Purpose) {
				continue
			}
			key = "purpose"
		}
		// no verb after the part's name, which may be plural
		return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s), which states encrypted = true and whose %s names TLS, %s %s",
			pt.Number, pt.Transport, pt.Service, key, map[string]string{"in": "inbound to", "out": "outbound from", "both": "inbound to and outbound from", "": "to or from (direction not stated)"}[pt.Direction], part.TheName())), true
	}
	return fact{}, false
}
