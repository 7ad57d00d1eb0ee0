package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// A device that shows PHI and PII on its displays and sends them nowhere
// (a handheld scanner whose USB port carries only logs and software) has
// no transmission of them whose confidentiality TXCF-1 to TXCF-3 could
// ask about: they are N/A. Every fact that could send them out must say
// it does not: every interface says what it carries (a display may carry
// them: it shows, it does not transmit), every part runs on the device,
// no cloud service is listed, and no data flow carries them to or from
// anything but the device's own parts. Read from what the device lacks,
// these answers yield to the manufacturer's (fact.Yields); a Yes, which
// says PHI or PII is transmitted, is warned about (fact.Denies).

// piiStaysOnDevice reports such a device, with the interface that shows
// them (for the reason given) or "" when none does.
func (f *mds2Facts) piiStaysOnDevice() (string, bool) {
	p := f.p
	if len(p.Interfaces) == 0 || len(p.Cloud.Services) > 0 || !p.AllOnDevice() {
		return "", false
	}
	shown := ""
	for i, it := range p.Interfaces {
		if !f.carriesStated(i) {
			return "", false
		}
		if !carriesPII(it.Carries) {
			continue
		}
		if it.Kind != "display" {
			return "", false
		}
		if shown == "" {
			shown = it.ID
		}
	}
	part := func(name string) bool { e, _ := p.ResolveFlowEnd(name); return e.IsPart() }
	for _, fl := range p.DataFlows {
		if carriesPII(fl.Data) && (!part(fl.From) || !part(fl.To)) {
			return "", false
		}
	}
	return shown, true
}

// piiNotSent is a derive function: N/A for a device whose PHI and PII
// stay on it, because so; a Yes contradicts it.
func piiNotSent(so string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		shown, ok := f.piiStaysOnDevice()
		if !ok {
			if !f.noPIIAnywhere() {
				return fact{}, false
			}
			d := f.answer(mds2.NA, "interfaces", f.noPIILists()+" (MPII-1 No)"+f.noPIICloudWords()+"; no part of the product transmits them, so "+so)
			d.Yields, d.Denies = true, mds2.Yes
			return d, true
		}
		// Said after the key path: "interfaces lists no interface …".
		where := "lists no interface that carries PHI or PII"
		if shown != "" {
			where = "lists only the display " + shown + " as carrying PHI or PII"
		}
		d := f.answer(mds2.NA, "interfaces", where+", every part runs on the device, and no cloud service or data flow takes them elsewhere; the device transmits none, so "+so)
		d.Yields, d.Denies = true, mds2.Yes
		return d, true
	}
}

// cableOnlyOrNotSent (TXCF-1): the rule of cableOnly, else N/A for a
// device whose PHI and PII stay on it.
func (f *mds2Facts) cableOnlyOrNotSent() (fact, bool) {
	if d, ok := f.cableOnly(); ok {
		return d, true
	}
	return piiNotSent("there is no transmission of them to confine to a dedicated cable")(f)
}

// noPIIAnywhere reports a product with no PHI or PII at all, whatever its
// parts (a wheelchair controller and its app on the patient's phone):
// MPII-1 is derived No (every interface states what it carries, the data
// stores are written, and neither they, the interfaces nor the data flows
// list any), and no cloud service is sent any. TXCF-1 to TXCF-3 ask how
// PII is transmitted; with none, there is no transmission to ask about
// (the form's gating: MPII-1 No makes the PII rows elsewhere N/A). A
// cloud service whose data are not written (cloud.services[].data: not
// stated) is not read as sent none: it counts only where every part's
// interface list is whole (interfaces_complete = true, content.Product.
// InterfacesUnlisted), so that whatever reaches the service leaves over
// a listed interface, and every listed interface says all it carries
// and none carries PHI or PII. Otherwise what the service is sent is
// open, and so is the answer.
func (f *mds2Facts) noPIIAnywhere() bool {
	if d, ok := f.handlesPII(); !ok || d.Answer != mds2.No {
		return false
	}
	for _, s := range f.p.Cloud.Services {
		if carriesPII(s.Data) {
			return false
		}
	}
	return len(f.cloudDataUnstated()) == 0 || len(f.wholeProduct().PartsInterfacesUnlisted()) == 0
}

// cloudDataUnstated are the names of the cloud services whose data are
// not written (not stated; data = [] says none).
func (f *mds2Facts) cloudDataUnstated() []string {
	var out []string
	for _, s := range f.p.Cloud.Services {
		if !f.p.CloudDataStated(s) {
			out = append(out, s.Name)
		}
	}
	return out
}

// wholeProduct is the product on every model, on which the interface
// list is judged (as unlistedPIIPart does).
func (f *mds2Facts) wholeProduct() *content.Product {
	if f.whole != nil {
		return f.whole
	}
	return f.p.Product
}

// noPIICloudWords is what noPIIAnywhere's N/A says of the cloud
// services, after "… (MPII-1 No)": that none is sent any, and, where
// what one is sent is not stated, why none is all the same.
func (f *mds2Facts) noPIICloudWords() string {
	open := f.cloudDataUnstated()
	if len(open) == 0 {
		return ", and no cloud service is sent any"
	}
	what := "the cloud service " + open[0]
	if len(open) > 1 {
		what = "the cloud services " + content.AndList(open)
	}
	lists := "the interface list is stated to be complete (interfaces_complete = true)"
	if f.p.MultiPart() {
		lists = "each part's interface list is stated to be complete (interfaces_complete = true)"
	}
	return "; what the product sends to " + what + " is not stated, but " + lists + ", every interface in it says every kind of data it carries, and none carries PHI or PII, so no cloud service is sent any"
}
