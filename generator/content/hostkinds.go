package content

import (
	"slices"
	"strings"
)

// An app on the customer's own device may run on phones only (an iOS and
// Android app), on computers only (a desktop viewer), or on any of them.
// Part.HostKinds says which; without it the documents name all three
// ("a phone, tablet or computer"), which is true whatever the app runs
// on, while "a phone" said of a desktop viewer, or "a computer" of a
// phone app, would not be. A watch app is none of the three: host_kinds
// = ["watch"] names its smartwatch, which the unwritten default leaves
// out, as it is not what an app of unstated host is taken to run on.

// hostKinds are the kinds of device a customer_device part may run on,
// in the order the documents name them.
var hostKinds = []struct {
	kind, one, many, owner string
	// named only where written, never in the unwritten default
	written bool
}{
	{"phone", "phone", "phones", "phone's", false},
	{"tablet", "tablet", "tablets", "tablet's", false},
	{"computer", "computer", "computers", "computer's", false},
	{"watch", "smartwatch", "smartwatches", "smartwatch's", true},
}

// hostNames lists, in hostKinds' order, pick's word for each kind in
// kinds (phone, tablet and computer when kinds is empty) as "a, b or c".
func hostNames(kinds []string, pick func(one, many, owner string) string) string {
	var words []string
	for _, k := range hostKinds {
		if (len(kinds) == 0 && !k.written) || slices.Contains(kinds, k.kind) {
			words = append(words, pick(k.one, k.many, k.owner))
		}
	}
	return OrList(words)
}

// HostNoun names the kinds of device a customer_device part runs on, as
// a singular noun for "a …": "phone", "phone or tablet", "phone, tablet
// or computer" (HostKinds not written).
func (pt Part) HostNoun() string {
	return hostNames(pt.HostKinds, func(one, _, _ string) string { return one })
}

// HostOwner is HostNoun as a possessive: "the phone's operating system",
// "the phone's, tablet's or computer's operating system".
func (pt Part) HostOwner() string {
	return hostNames(pt.HostKinds, func(_, _, owner string) string { return owner })
}

// HostNouns names, in the plural, the kinds of device that any of the
// parts runs on: "phones", "phones, tablets or computers". A part that
// does not write HostKinds may run on any of them.
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
// written, "device" stays: "the phone's, tablet's or computer's" would
// crowd a table cell and say no more.
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
