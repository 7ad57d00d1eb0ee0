package mds2form

import "github.com/jspgen/jspgen/generator/mds2"

// A USB port may take a USB drive, and the content model names removable
// media by a removable_media interface of its own. So a product that lists
// USB ports but no removable_media interface has not said whether its USB
// ports accept memory devices (a workstation's usually do, a pump's
// service port often refuses them): the removable-media questions are
// then left to the product's explicit answer rather than answered No.

// usbPort reports a USB interface for which want (given its index)
// holds; want nil: any. A USB port of a host another part runs on (a
// workstation's, for the product's software) may take USB drives as the
// device's own may.
func (f *mds2Facts) usbPort(want func(i int) bool) bool {
	for i, it := range f.p.Interfaces {
		if it.Kind == "usb" && (want == nil || want(i)) {
			return true
		}
	}
	return false
}

// acceptsRemovableMedia (CONN-1.2.3): Yes with a removable_media
// interface; No only when the product lists no USB port either.
func (f *mds2Facts) acceptsRemovableMedia() (fact, bool) {
	r, ok := ifaceOfKind("a removable-media", kinds("removable_media"))(f)
	if ok && r.Answer == mds2.No && f.usbPort(nil) {
		return fact{}, false // a USB port that may or may not take USB drives
	}
	return r, ok
}

// removableMediaPII (MPII-3.3): Yes with a removable_media interface
// carrying PHI or PII; No only when every USB port the product lists
// states what it carries and none carries PHI or PII either (a USB port whose
// carries is not written may write PHI to a USB drive: not stated).
func (f *mds2Facts) removableMediaPII() (fact, bool) {
	r, ok := ifaceCarriesPII("removable-media", kinds("removable_media"))(f)
	if ok && r.Answer == mds2.No && f.usbPort(func(i int) bool {
		return carriesPII(f.p.Interfaces[i].Carries) || !f.carriesStated(i)
	}) {
		return fact{}, false // PHI over USB, perhaps to a USB drive, or not stated
	}
	return r, ok
}
