package mds2form

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// The answer the ports can contradict in section CONN: CONN-7, whether
// the device supports TLS. A port of the device whose service is a
// protocol over TLS by definition (content.Port.EncryptedService: HTTPS,
// LDAPS, WSS, DTLS, TLS and the like; not SSH or SFTP) is TLS the device
// speaks, so a No beside it is false. So is a port stating encrypted =
// true whose service or purpose names TLS ("HL7 over TLS", "TLS on by
// default": namedTLSPort), from which the form derives CONN-7 Yes
// (supportsTLS, which the check weighs a hand No against). TLS named
// without encrypted = true (TLS that may be off), and encrypted = true
// naming no protocol, say nothing of TLS.

// overTLS reports a port whose service EncryptedService names, other
// than SSH and SFTP (SSH's own encryption): TLS, or a protocol over it.
func overTLS(pt content.Port) bool {
	name := pt.EncryptedService()
	return name != "" && !strings.EqualFold(name, "ssh") && !strings.EqualFold(name, "sftp")
}

// tlsPort (with namedTLSPort, supportsTLS: against CONN-7 No) is the first port of the device (not on a
// link internal to the product, nor of the customer's own systems, nor of
// a part the manufacturer hosts beside the device) whose service is a
// protocol over TLS, not stating encrypted = false.
func (f *mds2Facts) tlsPort() (fact, bool) {
	for i := range f.p.Ports {
		if d, ok := f.tlsPortAt(i); ok {
			return d, true
		}
	}
	return fact{}, false
}

// tlsPortAt is tlsPort's fact of port i, if it is such a port.
func (f *mds2Facts) tlsPortAt(i int) (fact, bool) {
	pt := f.p.Ports[i]
	part := f.p.PartOfPort(pt)
	if f.p.InternalPort(pt) || part.Runs.IsCustomerInfrastructure() || f.hostedBeside(pt) || pt.Encrypted.IsFalse() || !overTLS(pt) {
		return fact{}, false
	}
	// no verb after the part's name, which may be plural ("the BleedAlert services")
	return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s), a protocol over TLS, %s %s",
		pt.Number, pt.Transport, pt.Service, map[string]string{"in": "inbound to", "out": "outbound from", "both": "inbound to and outbound from", "": "to or from (direction not stated)"}[pt.Direction], part.TheName())), true
}
