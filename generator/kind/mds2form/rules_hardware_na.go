package mds2form

import (
	"github.com/jspgen/jspgen/generator/mds2"
)

// Hardware and physical-media questions outside CONN-1 and SAHD-11/12/15
// for a product none of whose parts runs on the device: MPII-2.8 (can
// service staff remove the device's internal storage media?) and TXIG-2
// (is the device made of parts joined by external cables?) ask about
// hardware the product does not have, so they are N/A as SAHD-11 is
// (noHardwareNA). DTBK-3 (a built-in backup to removable media), AUDT-2.7
// (are imports and exports on removable media recorded?) and AUDT-5.1
// (can audit logs be exported to physical media?) are N/A only where
// CONN-1.2.3 is too: software on a customer's server may well burn discs
// or write to its host's USB drives, so a removable_media interface or a
// USB port of any part leaves them to the manufacturer. The N/A yields
// to a hand answer (a No stands silently); a Yes stands with a warning.
//
// Not derived, because the question is about more than hardware: SAHD-4
// (the owner may verify the integrity of installed software), DTBK-2
// (a service can be reset to its defaults), MPII-2.1 and MPII-2.7 (a
// host's loss of power), MPII-3.2 and MPII-3.8 (printing and scanning
// through the host), AUTH-5 (a kiosk-style mode of an app).

// noMediaNA is noHardwareNA where CONN-1.2.3 is N/A as well: the product
// lists no removable_media interface and no USB port (acceptsRemovableMedia
// No, with no part on the device).
func noMediaNA(whose func(hosts, controller string) string) func(*mds2Facts) (fact, bool) {
	na := noHardwareNA(whose)
	return func(f *mds2Facts) (fact, bool) {
		if r, ok := f.acceptsRemovableMedia(); !ok || r.Answer != mds2.No {
			return fact{}, false
		}
		return na(f)
	}
}

// customerOS (DOC-11.2, does the SaMD run on an operating system the
// customer supplies?) is No where the same facts make DOC-11.4 (hosted
// by the customer) No: no part runs on the device, none is hosted by
// the customer or runs on the customer's own device, so no part of the
// SaMD runs on a computer, and an operating system, of the customer's.
func (f *mds2Facts) customerOS() (fact, bool) {
	d, ok := samdHosted(false)(f)
	if !ok || d.Answer != mds2.No {
		return fact{}, false
	}
	return f.no(d.Path, d.Says+", and none runs on the customer's own device: the customer supplies no operating system for it"), true
}
