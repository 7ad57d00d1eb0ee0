package mds2form

import (
	"fmt"
	"slices"
)

// The answer the ports can contradict in section TXIG: TXIG-1, whether
// the device protects data in transit against undetected change (by
// signatures or message authentication codes). A port whose service is a
// protocol that encrypts by definition (content.Port.EncryptedService:
// HTTPS, LDAPS, SSH, TLS, DTLS and the like) carries every record with a
// message authentication code, which is such protection: a device that
// exchanges data over such ports alone protects all it sends, so a No is
// false. encrypted = true alone says nothing of integrity (a cipher may
// run without one), and a service named otherwise ("HL7 over TLS", DICOM)
// is not read: neither decides anything.

// everyPortIntegrityProtected (against TXIG-1 No): the device exchanges
// data only on ports (portLinks: removable media, which may carry files
// nothing protects, leaves it open) whose services are each such a
// protocol, none stating encrypted = false.
func (f *mds2Facts) everyPortIntegrityProtected() (fact, bool) {
	idx, apart, ok := f.portLinks(false)
	if !ok || slices.ContainsFunc(idx, func(j int) bool {
		pt := f.p.Ports[j]
		return pt.EncryptedService() == "" || pt.Encrypted.IsFalse()
	}) {
		return fact{}, false
	}
	return f.yes("ports", fmt.Sprintf("names for every port on which the device exchanges data a protocol that protects each record with a message authentication code (TLS or SSH), %s, and interfaces lists no other link to another system%s",
		f.portNames(idx), apart)), true
}
