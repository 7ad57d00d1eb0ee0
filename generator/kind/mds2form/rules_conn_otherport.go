package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// otherPhysicalKinds are the wired kinds CONN-1.2.4 ("other physical
// connection ports") counts: a serial port, and a contact closure (a
// bed's nurse-call connector), a port that signals and carries no data.
var otherPhysicalKinds = kinds("serial", "contact")

// otherPhysicalPort (CONN-1.2.4) is ifaceOfKind over serial ports and
// contact closures, whose Yes names the kind of the interface it cites
// ("is a contact-closure interface", not "a serial or contact-closure
// one") and whose No names both.
func otherPhysicalPort(f *mds2Facts) (fact, bool) {
	d, ok := ifaceOfKind("a serial or contact-closure", otherPhysicalKinds)(f)
	if !ok || d.Answer != mds2.Yes {
		return d, ok
	}
	for _, k := range []struct {
		what string
		kind content.InterfaceKind
	}{{"a serial", "serial"}, {"a contact-closure", "contact"}} {
		if e, ok := ifaceOfKind(k.what, kinds(k.kind))(f); ok && e.Answer == mds2.Yes && e.Path == d.Path {
			return e, true
		}
	}
	return d, ok
}
