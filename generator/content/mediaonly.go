package content

import "fmt"

// A USB port that takes only removable storage (USB drives, a signed
// service key) and is never cabled to a computer links the device to no
// other system, as a memory-card slot does not: interfaces.media_only
// says so, and the MDS2 form then counts the port as removable media. A
// port on it, or the mark on another kind, contradicts that.

// RemovableMedia reports an interface that takes only removable media: a
// removable_media interface, or a USB port marked media_only.
func (i Interface) RemovableMedia() bool {
	return i.Kind == "removable_media" || i.Kind == "usb" && i.MediaOnly
}

// MediaOnlyUSB reports a USB port marked media_only.
func (i Interface) MediaOnlyUSB() bool { return i.Kind == "usb" && i.MediaOnly }

// KindLabel names the interface's kind for a reader: its kind's label,
// "USB (media only)" for a USB port marked media_only.
func (i Interface) KindLabel() string {
	if i.MediaOnlyUSB() {
		return i.Kind.Label() + " (media only)"
	}
	return i.Kind.Label()
}

func init() { claimRules = append(claimRules, ruleMediaOnlyUSB) }

// ruleMediaOnlyUSB: media_only only on a USB port (a removable_media
// interface is media already; another kind's link is not a USB socket),
// and no port on one (a port is a network link, which the mark denies).
// Every entry is checked, a version's changes too.
func ruleMediaOnlyUSB(p *Product) Diagnostics {
	var out Diagnostics
	ifaces := append([]Interface(nil), p.Interfaces...)
	for _, v := range p.Versions {
		ifaces = append(append(ifaces, v.Changes.InterfacesAdded...), v.Changes.InterfacesChanged...)
	}
	for i, it := range ifaces {
		if it.MediaOnly && it.Kind != "usb" {
			out = append(out, at(p, Error, AtOr(it.At, fmt.Sprintf("interfaces[%d]", i))+".media_only",
				"interface %q is of kind %s, but media_only is for a USB port (kind usb) that takes only removable storage; remove it", it.ID, it.Kind))
		}
	}
	seen := map[string]bool{}
	for _, q := range p.versionViews() {
		for i, pt := range q.Ports {
			it := q.Interface(pt.Interface)
			if it == nil || !it.MediaOnlyUSB() {
				continue
			}
			path := AtOr(pt.At, fmt.Sprintf("ports[%d]", i))
			if seen[path] {
				continue
			}
			seen[path] = true
			out = append(out, at(p, Error, path+".interface",
				"port %d/%s is on interface %q, marked media_only: a USB port that takes only removable storage carries no network traffic; remove media_only if the port also links the device to another system (USB networking), or the port", pt.Number, pt.Transport, pt.Interface))
		}
	}
	return out
}
