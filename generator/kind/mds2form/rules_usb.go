package mds2form

import (
	"regexp"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// A USB port may take a USB drive, and the content model names removable
// media by a removable_media interface of its own. So a product that lists
// USB ports but no removable_media interface has not said whether its USB
// ports accept memory devices (a workstation's usually do, a pump's
// service port often refuses them): the removable-media questions are
// then left to the product's explicit answer rather than answered No. A
// USB port marked media_only takes memory devices and nothing else: it
// is removable media (content.Interface.RemovableMedia).

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
// interface or a USB port that takes only media; No only when the
// product lists no USB port either.
func (f *mds2Facts) acceptsRemovableMedia() (fact, bool) {
	r, ok := ifaceOfKind("a removable-media", content.Interface.RemovableMedia)(f)
	if ok && r.Answer == mds2.No && f.usbPort(nil) {
		return fact{}, false // a USB port that may or may not take USB drives
	}
	return r, ok
}

// removableMediaPII (MPII-3.3): Yes with a removable_media interface
// carrying PHI or PII; No only when every USB port the product lists
// states what it carries and none carries PHI or PII either (a USB port whose
// carries is not written may write PHI to a USB drive: not stated), and
// no part keeping PHI or PII states a backup to removable media
// (piiBackupToMedia: prose, so it leaves No undecided, never gives Yes).
func (f *mds2Facts) removableMediaPII() (fact, bool) {
	r, ok := ifaceCarriesPII("removable-media", content.Interface.RemovableMedia)(f)
	if ok && r.Answer == mds2.No && f.usbPort(func(i int) bool {
		return carriesPII(f.p.Interfaces[i].Carries) || !f.carriesStated(i)
	}) {
		return fact{}, false // PHI over USB, perhaps to a USB drive, or not stated
	}
	if _, backedUp := f.piiBackupToMedia(); ok && r.Answer == mds2.No && backedUp {
		return fact{}, false // its PII store backed up to a USB disk, say
	}
	return r, ok
}

// usbSocket reports a removable-media interface that is a USB socket: a
// USB port marked media_only, or a removable_media interface whose name
// or purpose says USB (a "USB-A port" for USB sticks, written as
// removable media).
func usbSocket(it content.Interface) bool {
	if it.MediaOnlyUSB() {
		return true
	}
	return it.Kind == "removable_media" && (usbWord.MatchString(it.Name) || usbWord.MatchString(it.Purpose))
}

var usbWord = regexp.MustCompile(`(?i)\busb\b`)

// usbPorts (CONN-1.2.2): Yes with a USB interface of the device, as
// ifaceOfKind gives it; its No is left undecided beside a removable_media
// interface of the device whose name or purpose says USB: the device has
// that socket, which the question may well count (No would deny it),
// while its kind says only that it takes media, so Yes is the
// manufacturer's to say (or, written as a USB port with media_only, the
// data's).
func usbPorts(f *mds2Facts) (fact, bool) {
	d, ok := ifaceOfKind("a USB", kinds("usb"))(f)
	if ok && d.Answer == mds2.No && slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool {
		return usbSocket(it) && f.p.PartOfInterface(it).Runs.IsDevice() // a host's socket is the host's
	}) {
		return fact{}, false
	}
	return d, ok
}
