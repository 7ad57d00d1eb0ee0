package mds2form

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// piiNotSentOrEncrypted (TXCF-2): N/A where no PHI or PII is sent
// (piiNotSent), else Yes where every flow of PHI or PII to or from the
// product, and every interface carrying them with no flow listed, goes
// only over ports that all state encrypted = true (everyPIIFlowEncrypted,
// the fact a hand No is weighed against), and each such flow has a port
// of its own among them (flowHasOwnPort). One encrypted port beside a
// flow of PHI whose ports are unencrypted or not stated (cathlab's HL7
// and DICOM beside its encrypted SQL Server port) decides nothing, nor
// does an encrypted port to another system on the flow's interface
// (pacsviewer's LDAPS port beside its DICOMweb flow, whose port is not
// listed); nothing here ever gives No.
func (f *mds2Facts) piiNotSentOrEncrypted() (fact, bool) {
	if d, ok := piiNotSent("there is no transmission of them, over a network or on removable media, to encrypt")(f); ok {
		return d, true
	}
	for _, d := range f.p.DataFlows {
		if f.piiTransfer(d) && !f.flowHasOwnPort(d) {
			return fact{}, false
		}
	}
	return f.everyPIIFlowEncrypted()
}

// flowHasOwnPort reports a port by which data flow d crosses its
// interface (flowPorts) that the data tie to the flow: a port of a part
// at one end that listens there (its endpoints are its own host names)
// or names no other end at all, or any port whose peer_part is a part at
// one end or one of whose endpoints names the outside system at one end.
// An outbound port whose endpoints name something else (another system,
// or host names the data tie to neither end) may be another
// connection's, and the flow's own port is then not listed.
func (f *mds2Facts) flowHasOwnPort(d content.DataFlow) bool {
	idx, ok := f.flowPorts(d)
	if !ok {
		return false
	}
	from, _ := f.p.ResolveFlowEnd(d.From)
	to, _ := f.p.ResolveFlowEnd(d.To)
	ends := []content.FlowEnd{from, to}
	for _, j := range idx {
		pt := f.p.Ports[j]
		atEnd := false
		for _, e := range ends {
			if e.Part != "" && f.p.PartOfPort(pt).ID == e.Part {
				atEnd = true
			}
			if e.Part != "" && pt.PeerPart == e.Part {
				return true
			}
			if e.Part == "" && e.Label != "" {
				for _, ep := range pt.Endpoints {
					if strings.Contains(strings.ToLower(ep), strings.ToLower(e.Label)) {
						return true
					}
				}
			}
		}
		if atEnd && (pt.Direction != "out" && pt.DirectionStated() || pt.PeerPart == "" && len(pt.Endpoints) == 0) {
			return true
		}
	}
	return false
}
