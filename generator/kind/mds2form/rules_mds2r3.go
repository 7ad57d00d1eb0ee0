package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// piiFlowWired (MPII-3.5): a flow of PHI or PII over a link whose
// carries, had it listed them, would give wiredNetworkPII its Yes: an
// Ethernet interface of a part the manufacturer does not host. A virtual
// network adapter is no wired port (unlessVirtualFlowPII). The same flow already
// gives MPII-2.6 and MPII-3 their Yes, so the form agrees with itself.
func (f *mds2Facts) piiFlowWired(_ content.DataFlow, it content.Interface) (string, bool) {
	part := f.p.PartOfInterface(it)
	switch {
	case it.Kind == "ethernet":
		return "", !part.Runs.IsManufacturerHosted()
	}
	return "", false
}

// unlessVirtualFlowPII (MPII-3.5) leaves rule's No undecided where a data
// flow of PHI or PII goes over a virtual adapter of the product, not
// internal to it: the adapter is no wired port of the device (a VM the
// hospital runs), and whether the flow crosses a cable is its host's,
// which the data do not describe, whatever the adapter's carries lists.
// Software on a host the customer supplies, in a product with no part on
// the device, is left to unlessHostLinks, whose N/A covers its host's
// links.
func unlessVirtualFlowPII(rule func(*mds2Facts) (fact, bool)) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		d, ok := rule(f)
		if !ok || d.Answer != mds2.No {
			return d, ok
		}
		for _, fl := range f.p.DataFlows {
			it, found := f.iface(fl.Interface)
			if !found || !carriesPII(fl.Data) || it.Internal || !it.Kind.Virtual() || !f.ownInterface(it) {
				continue
			}
			if !f.p.HasDevice() && suppliedHost(f.p.PartOfInterface(it)) {
				continue
			}
			return fact{}, false
		}
		return d, ok
	}
}

// userDeviceEnd (MPII-3.7) reports a data flow's end that is a part of
// the product running on a phone or computer the customer or its users
// supply (customer_device), used at home or not: its flow to or from a
// part the manufacturer hosts leaves whatever network the phone is on for
// the manufacturer's, which is never the customer's own (the eprotrial
// app's answers to its cloud; CONN-4 reads the same flow).
func (f *mds2Facts) userDeviceEnd(e content.FlowEnd) bool {
	return e.IsPart() && f.p.Part(e.Part).Runs.IsCustomerDevice()
}

// storeEncrypts (STCF-1, whether the device can encrypt the data it
// stores): Yes when a data store of the device that holds PHI or PII
// states encrypted = true (wmtstelemetry's SQL Server with TDE,
// eprotrial's cloud store): health data it keeps encrypted is data it
// can encrypt. The section is about health data: a store of software or
// logs only that is encrypted (ctscanner's gateway staging partition,
// beside a hand No) decides nothing. Beside a part on the device
// only a store of such a part counts (a cloud's store is not the
// device's, as MPII-2 holds); with none, a store of a part the
// manufacturer hosts counts (the service is the device). A store of
// software on a host the customer supplies (customer_hosted,
// customer_device) decides nothing: its encryption may be the host's
// disk encryption, which the customer runs. Never No: a store stating
// false, or none stating anything, says what is done, not what can be.
func (f *mds2Facts) storeEncrypts() (fact, bool) {
	device := f.p.HasDevice()
	for i, d := range f.p.DataStores {
		runs := f.p.PartOfStore(d).Runs
		if !d.Encrypted.IsTrue() || !carriesPII(d.Data) || !f.deviceStore(d, device) || runs.IsCustomerHosted() || runs.IsCustomerDevice() {
			continue
		}
		return f.yes(f.storePath(i)+".encrypted", fmt.Sprintf("is true for %s (%s): the data it holds are encrypted at rest", d.ID, d.Name)), true
	}
	return fact{}, false
}

// softwareOrUpdateFlow (CSUP-1): hasSoftware's Yes (components, an SBOM
// file), else Yes from a data flow that carries software to a part of the
// product (breastpump's firmware from the app to the pump): the part
// holds software that is delivered to it after it is made. A flow of
// software to an outside system, or to the customer's own
// infrastructure, decides nothing. Never No.
func (f *mds2Facts) softwareOrUpdateFlow() (fact, bool) {
	if d, ok := f.hasSoftware(); ok {
		return d, ok
	}
	for i, d := range f.p.DataFlows {
		if !d.Data.Has("software") {
			continue
		}
		to, _ := f.p.ResolveFlowEnd(d.To)
		if !to.IsPart() {
			continue
		}
		part := f.p.Part(to.Part)
		if part.ID == "" || part.Runs.IsCustomerInfrastructure() {
			continue
		}
		return f.yes(f.flowPath(i)+".data", fmt.Sprintf("(%s) carries software to %s, a part of the product, which therefore holds software", d.ID, part.TheName())), true
	}
	return fact{}, false
}

// txcf2 (TXCF-2, whether PII is encrypted before it is sent): N/A or Yes
// as piiNotSentOrEncrypted gives them; else No from a data flow of PHI or
// PII to or from the product whose own ports on its interface
// (ownFlowPorts: those the data tie to the flow) all state
// encrypted = false: the PII crosses the network unencrypted
// (wmtstelemetry's results to the EHR on 6661/tcp, maldi's HL7 to the LIS
// on 2575/tcp beside an encrypted port to the maker's portal). A flow
// whose own port the data do not list, or one of whose own ports is
// encrypted or does not say, decides nothing.
func (f *mds2Facts) txcf2() (fact, bool) {
	if d, ok := f.piiNotSentOrEncrypted(); ok {
		return d, ok
	}
	for i, d := range f.p.DataFlows {
		if !f.piiTransfer(d) {
			continue
		}
		own := f.ownFlowPorts(d)
		if len(own) > 0 && !slices.ContainsFunc(own, func(j int) bool { return !f.p.Ports[j].Encrypted.IsFalse() }) {
			verb := "states"
			if len(own) > 1 {
				verb = "all state"
			}
			return f.no(f.flowPath(i), fmt.Sprintf("(%s) carries PHI or PII over interface %s by %s, which %s encrypted = false",
				d.ID, d.Interface, f.portNames(own), verb)), true
		}
	}
	return fact{}, false
}

// ownFlowPorts are the ports among flowPorts(d) that the data tie to data
// flow d, as flowHasOwnPort reads them: one whose peer_part is a part at
// an end of the flow, one whose endpoints name the outside system at an
// end, or one of a part at an end that listens or names no other end at
// all. An outbound port naming something else is another connection's.
// A port that only listens (direction = "in") is not tied to a flow its
// part sends to an end that an outbound port of the same part names:
// the part opens that connection itself, over the outbound port
// (dexalegacy's studies to the PACS over 104/tcp out, not over the SMB
// share it listens on). Where no outbound port names the end, or the
// part receives the flow, a listening port stays tied: the data do not
// say which connection the flow takes.
func (f *mds2Facts) ownFlowPorts(d content.DataFlow) []int {
	idx, ok := f.flowPorts(d)
	if !ok {
		return nil
	}
	from, _ := f.p.ResolveFlowEnd(d.From)
	to, _ := f.p.ResolveFlowEnd(d.To)
	tiedTo := func(pt content.Port, e content.FlowEnd) bool {
		if e.Part != "" {
			return pt.PeerPart == e.Part
		}
		return e.Label != "" && slices.ContainsFunc(pt.Endpoints, func(ep string) bool {
			return strings.Contains(strings.ToLower(ep), strings.ToLower(e.Label))
		})
	}
	// sendsOut: the flow's sending part reaches its other end over an
	// outbound port of its own that names that end.
	sendsOut := from.Part != "" && slices.ContainsFunc(idx, func(j int) bool {
		pt := f.p.Ports[j]
		return f.p.PartOfPort(pt).ID == from.Part && pt.Direction == "out" && tiedTo(pt, to)
	})
	var own []int
	for _, j := range idx {
		pt := f.p.Ports[j]
		tied, atEnd := false, false
		for _, e := range []content.FlowEnd{from, to} {
			if e.Part != "" && f.p.PartOfPort(pt).ID == e.Part {
				atEnd = true
			}
			if tiedTo(pt, e) {
				tied = true
			}
		}
		if !tied && sendsOut && pt.Direction == "in" && f.p.PartOfPort(pt).ID == from.Part {
			continue // a listening port of the sender: not this flow's
		}
		if tied || atEnd && (pt.Direction != "out" && pt.DirectionStated() || pt.PeerPart == "" && len(pt.Endpoints) == 0) {
			own = append(own, j)
		}
	}
	return own
}
