package content

import (
	"slices"
	"strings"
)

// An app on the customer's own device may run on phones only (an iOS and
// Android app), on computers only (a desktop viewer), on a smartwatch
// (a watch app), or on any of them. Part.HostKinds says which. Without
// it the documents do not say the kind of device: "a device the customer
// owns" is true whatever the app runs on, while "a phone, tablet or
// computer" is false of a watch app, a TV app or a kiosk, and "a phone"
// said of a desktop viewer would be too.

// hostKinds are the kinds of device a customer_device part may run on,
// in the order the documents name them.
var hostKinds = []struct {
	kind, one, many, owner string
}{
	{"phone", "phone", "phones", "phone's"},
	{"tablet", "tablet", "tablets", "tablet's"},
	{"computer", "computer", "computers", "computer's"},
	{"watch", "smartwatch", "smartwatches", "smartwatch's"},
}

// anyHost is the words for a device of a kind not stated (HostKinds not
// written). Its possessive is "host device's": "the device's operating
// system" could read as the medical device's.
var anyHost = struct{ one, many, owner string }{"device", "devices", "host device's"}

// hostNames lists, in hostKinds' order, pick's word for each kind in
// kinds as "a, b or c"; for no kinds, pick's word for a device of any
// kind (anyHost).
func hostNames(kinds []string, pick func(one, many, owner string) string) string {
	if len(kinds) == 0 {
		return pick(anyHost.one, anyHost.many, anyHost.owner)
	}
	var words []string
	for _, k := range hostKinds {
		if slices.Contains(kinds, k.kind) {
			words = append(words, pick(k.one, k.many, k.owner))
		}
	}
	return OrList(words)
}

// HostNoun names the kinds of device a customer_device part runs on, as
// a singular noun for "a …": "phone", "phone or tablet"; "device"
// (HostKinds not written: the kind is not stated).
func (pt Part) HostNoun() string {
	return hostNames(pt.HostKinds, func(one, _, _ string) string { return one })
}

// HostOwner is HostNoun as a possessive: "the phone's operating system",
// "the phone's or tablet's operating system"; "the host device's
// operating system" (HostKinds not written).
func (pt Part) HostOwner() string {
	return hostNames(pt.HostKinds, func(_, _, owner string) string { return owner })
}

// HostNouns names, in the plural, the kinds of device that any of the
// parts runs on: "phones", "phones or computers". A part that does not
// write HostKinds may run on a device of any kind: "devices".
func (p *Product) HostNouns(parts []Part) string {
	var kinds []string
	for _, pt := range parts {
		if len(pt.HostKinds) == 0 {
			kinds = nil
			break
		}
		kinds = append(kinds, pt.HostKinds...)
	}
	return hostNames(kinds, func(_, many, _ string) string { return many })
}

// hostKindWords puts the kinds of device a customer_device part runs on
// (HostKinds) where its runs label or default patching says "device":
// "On the customer's own computer", "The customer keeps the computer's
// operating system up to date". In documents about a medical device,
// "the device's operating system" can read as the medical device's. Not
// written, "device" stays: the kind is not stated.
func hostKindWords(pt Part, s string) string {
	if !pt.Runs.IsCustomerDevice() || len(pt.HostKinds) == 0 {
		return s
	}
	return strings.NewReplacer(
		"own device", "own "+pt.HostNoun(),
		"The device's", "The "+pt.HostOwner(),
		"the device's", "the "+pt.HostOwner(),
	).Replace(s)
}
