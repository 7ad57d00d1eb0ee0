package mds2form

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Derivations of section MPII from the data flows: a flow that states it
// carries PHI or PII and names the interface it goes over says which way
// the data take, whether or not that interface's carries is written (a
// cart's Wi-Fi whose flows send images to the PACS). The same flows give
// MPII-2.6 its Yes (exchangesPII), so the form's answers agree.

// flowPasses are the orders in which exchangesPII and piiFlowVia look
// at the flows: one with an end outside the product and one on the
// device first, then any with an end outside the product, then any.
func (f *mds2Facts) flowPasses() (outside func(content.DataFlow) bool, passes []func(content.DataFlow) bool) {
	// A flow with one end in the product and one outside it: one between
	// two outside systems (the hospital's EHR to a clinician's browser) is
	// not the product's exchange, even over a link the product also uses.
	outside = func(d content.DataFlow) bool { return (f.p.Part(d.From).ID == "") != (f.p.Part(d.To).ID == "") }
	onDevice := func(d content.DataFlow) bool {
		return f.p.Part(d.From).Runs.IsDevice() || f.p.Part(d.To).Runs.IsDevice()
	}
	return outside, []func(content.DataFlow) bool{
		func(d content.DataFlow) bool { return outside(d) && onDevice(d) },
		outside,
		func(content.DataFlow) bool { return true },
	}
}

// flowYes is the Yes of a flow i of PHI or PII over interface it, as
// MPII-2.6 states it; tail, if any, is added to what it says.
func (f *mds2Facts) flowYes(i int, it content.Interface, tail string) fact {
	d := f.p.DataFlows[i]
	if !it.KindStated() {
		return f.yes(f.flowPath(i), fmt.Sprintf("(%s) carries PHI or PII over the interface %s (its kind is not stated; ports are listed on it)%s", d.ID, it.ID, tail))
	}
	kind := it.Kind.Label() + " interface"
	if strings.HasSuffix(it.Kind.Label(), "interface") {
		kind = it.Kind.Label() // "Virtual network interface", not "… interface interface"
	}
	return f.yes(f.flowPath(i), fmt.Sprintf("(%s) carries PHI or PII over the %s %s%s", d.ID, kind, it.ID, tail))
}

// exchangeKinds are the kinds of link over which MPII-2.6 counts a flow:
// network links, USB, serial and removable media.
func exchangeKind(k content.InterfaceKind) bool {
	return k.Network() || slices.Contains([]content.InterfaceKind{"usb", "serial", "removable_media"}, k)
}

// flowMatch tells whether a flow of PHI or PII over interface it answers
// the question, and what to add to the Yes's words.
type flowMatch func(f *mds2Facts, d content.DataFlow, it content.Interface) (tail string, ok bool)

// piiFlowVia is Yes from the first data flow (one with an end outside the
// product and one on the device first, then one on the device, then one
// with an end outside, then any) that
// carries PHI or PII over an interface of the product, not internal to
// it (PII between the product's own parts does not enter or leave it),
// for which match holds; ok false when there is none. It never gives No.
func (f *mds2Facts) piiFlowVia(match flowMatch) (fact, bool) {
	// A flow with an end on the device comes first (the programmer's
	// upload over its Wi-Fi, not the portal's pages in the clinician's
	// browser): the form is about the device.
	outside, _ := f.flowPasses()
	onDevice := func(d content.DataFlow) bool {
		return f.p.Part(d.From).Runs.IsDevice() || f.p.Part(d.To).Runs.IsDevice()
	}
	passes := []func(content.DataFlow) bool{
		func(d content.DataFlow) bool { return outside(d) && onDevice(d) },
		onDevice,
		outside,
		func(content.DataFlow) bool { return true },
	}
	for _, want := range passes {
		for i, d := range f.p.DataFlows {
			if !want(d) || !carriesPII(d.Data) {
				continue
			}
			it, ok := f.iface(d.Interface)
			if !ok || it.Internal || !f.ownInterface(it) {
				continue
			}
			if tail, ok := match(f, d, it); ok {
				return f.flowYes(i, it, tail), true
			}
		}
	}
	return fact{}, false
}

// orFlowPII is rule with its answer, when not Yes, replaced by a Yes from
// piiFlowVia(match): a flow that states PHI or PII over the interface
// decides the question even where the interface's carries does not.
func orFlowPII(rule func(*mds2Facts) (fact, bool), match flowMatch) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		d, ok := rule(f)
		if ok && d.Answer == mds2.Yes {
			return d, ok
		}
		if yes, found := f.piiFlowVia(match); found {
			return yes, true
		}
		return d, ok
	}
}

// piiFlowExchange (MPII-3): a flow of PHI or PII over a link MPII-2.6
// counts (network, USB, serial, removable media).
func piiFlowExchange(f *mds2Facts, _ content.DataFlow, it content.Interface) (string, bool) {
	return "", f.exchangeLink(it)
}

// exchangeLink is exchangeKind for an interface: one whose kind is not
// stated counts where ports are listed on it, since a network port is
// reachable only over a network link; without ports only its kind would
// say.
func (f *mds2Facts) exchangeLink(it content.Interface) bool {
	return exchangeKind(it.Kind) || !it.KindStated() && len(f.p.PortsOn(it.ID)) > 0
}

// piiFlowWireless (MPII-3.6): a flow of PHI or PII over a radio link.
func piiFlowWireless(_ *mds2Facts, _ content.DataFlow, it content.Interface) (string, bool) {
	return "", it.IsWireless()
}

// mediaName is how a flow endpoint's name says it is a removable medium:
// a USB stick, drive or key, a memory card, a flash or thumb drive, an
// external disk, a disc or a tape. A physical-zone endpoint reached over
// USB may as well be a service laptop on a cable, which is no removable
// medium: its name must say.
var mediaName = regexp.MustCompile(`(?i)\b(usb[- ]?(stick|drive|key|disk|flash drive|memory)s?|memory sticks?|(flash|thumb|pen) drives?|external (hard )?(disk|drive)s?|(sd|memory) cards?|dvds?|cds?|optical discs?|tapes?)\b`)

// piiFlowMedia (MPII-3.3): a flow of PHI or PII over a removable_media
// interface or a USB port marked media_only, or over another USB port to
// or from an endpoint flow_endpoints places in the physical zone whose
// name says it is removable media (the clinic's USB stick).
func (f *mds2Facts) piiFlowMedia(d content.DataFlow, it content.Interface) (string, bool) {
	if it.RemovableMedia() {
		return "", true
	}
	if it.Kind != "usb" {
		return "", false
	}
	for _, name := range []string{d.To, d.From} {
		if e, ok := f.p.ResolveFlowEnd(name); ok && !e.IsPart() && e.Zone == "physical" && mediaName.MatchString(e.Label) {
			return " to " + e.Label + ", removable media reached only by physical access", true
		}
	}
	return "", false
}

// volatileOrMedia is how a data store's location says it is not the
// device's own storage media: working memory only, or removable media.
var volatileOrMedia = regexp.MustCompile(`(?i)\b(ram|working memory|volatile|in memory|memory only)\b`)

// devicePIIStore (MPII-2.2, PII written to the device's own storage
// media): Yes from a data store holding PHI or PII of a part that runs on
// the device's own hardware (the console's disk), unless its location
// names removable media or working memory. It never gives No: a device
// may write PII to its storage that no listed store holds (logs, a
// cache), as the form counts.
func (f *mds2Facts) devicePIIStore() (fact, bool) {
	for i, d := range f.p.DataStores {
		pt := f.p.PartOfStore(d)
		if !pt.Runs.IsDevice() || !carriesPII(d.Data) || removableMediaWords.MatchString(d.Location) || volatileOrMedia.MatchString(d.Location) {
			continue
		}
		return f.yes(f.storePath(i)+".data", fmt.Sprintf("lists PHI or PII (%s of %s, which runs on the device's own hardware)", d.ID, pt.TheName())), true
	}
	return fact{}, false
}

// cableWord is how an interface's name or purpose says it is a cable.
var cableWord = regexp.MustCompile(`(?i)\bcabled?s?\b`)

// internalOtherPII (MPII-3.4): an interface of kind other marked
// internal over which a data flow carries PHI or PII, or whose carries
// lists them: a link between the product's own parts whose kind does not
// say what it is. Where its name or purpose says it is a cable and a
// flow of PHI or PII over it joins its part to another of the product's
// parts, it is a cable dedicated to the product (Yes, yielding to an
// explicit answer, as internalCablePII); otherwise it leaves No
// undecided (open, with the zero fact), since it may be such a cable.
func (f *mds2Facts) internalOtherPII() (yes fact, open bool) {
	for _, it := range f.p.Interfaces {
		if it.Kind != "other" || !it.Internal {
			continue
		}
		own := f.p.PartOfInterface(it)
		if carriesPII(it.Carries) {
			open = true
		}
		for j, d := range f.p.DataFlows {
			if d.Interface != it.ID || !carriesPII(d.Data) {
				continue
			}
			open = true
			peer := f.flowPart(d.To)
			if peer.ID == own.ID {
				peer = f.flowPart(d.From)
			}
			if peer.ID == "" || peer.ID == own.ID || !(cableWord.MatchString(it.Name) || cableWord.MatchString(it.Purpose)) {
				continue
			}
			named := it.Name
			if !cableWord.MatchString(named) {
				named = it.Purpose
			}
			y := f.yes(f.flowPath(j), fmt.Sprintf("(%s) carries PHI or PII over interface %s of %s, marked internal and named a cable (%s), to %s, another of the product's own parts, joined to no network of the customer's",
				d.ID, it.ID, own.TheName(), named, peer.TheName()))
			y.Yields, y.Denies = true, mds2.Unanswered
			return y, true
		}
	}
	return fact{}, open
}
