package content

import (
	"regexp"
	"slices"
	"strings"
)

// What the data flows say of an interface whose own entry leaves carries
// or security unwritten. A flow names the interface it uses, the data it
// sends and how that is protected: the interface carries at least that
// data, and that flow over it is protected so. The plan's and the CSD's
// interface tables print these, naming the flows, where they printed "Not
// stated" beside a flow table showing PHI on the same link; what neither
// the interface nor a flow states stays not stated.

// FlowGroup is data flows over one interface that say the same: the data
// they carry between them (FlowsCarry), or one protection text
// (FlowProtections).
type FlowGroup struct {
	Flows      []string  // the flows' IDs, in the order of data_flows
	Kinds      DataKinds // FlowsCarry: every kind of data the flows send, first seen first
	OnlyWith   string    // FlowsCarry: the optional feature through which alone every flow that sends PHI or PII sends them (data_flows.personal_only_with), where all of them name the same one; "" otherwise
	Protection string    // FlowProtections: the flows' protection text
}

// Source names the flows: "data flow DF-01", "data flows DF-01 and DF-03".
func (g FlowGroup) Source() string {
	return Plural(len(g.Flows), "data flow ", "data flows ") + g.IDs()
}

// IDs names the flows by their IDs alone: "DF-01", "DF-01 and DF-03".
func (g FlowGroup) IDs() string { return AndList(g.Flows) }

// flowsOver lists the data flows that name interface id.
func (p *Product) flowsOver(id string) []DataFlow {
	var out []DataFlow
	for _, f := range p.DataFlows {
		if id != "" && f.Interface == id {
			out = append(out, f)
		}
	}
	return out
}

// FlowsCarry is what the data flows over interface id send, with the
// flows that send it; the zero FlowGroup when no flow over it names any
// data.
//
// Where every flow over it that sends PHI or PII sends them only when the
// same optional feature is used (personal_only_with), OnlyWith names that
// feature, for the table to give the condition as the flow table does;
// where one of them sends them unconditionally, or they name different
// features, OnlyWith is empty.
func (p *Product) FlowsCarry(id string) FlowGroup {
	var g FlowGroup
	var features []string // of the flows sending PHI or PII
	for _, f := range p.flowsOver(id) {
		if len(f.Data) == 0 {
			continue
		}
		if f.Data.Personal() {
			features = append(features, f.PersonalOnlyWith)
		}
		g.Flows = append(g.Flows, f.ID)
		for _, k := range f.Data {
			if !slices.Contains(g.Kinds, k) {
				g.Kinds = append(g.Kinds, k)
			}
		}
	}
	g.OnlyWith = SharedOnlyWith(features)
	return g
}

// FlowProtections are the protection texts of the data flows over
// interface id, each once with the flows that state it, in the order of
// their first flow; nil when no flow over it states one.
func (p *Product) FlowProtections(id string) []FlowGroup {
	var out []FlowGroup
	for _, f := range p.flowsOver(id) {
		text := strings.TrimSpace(f.Protection)
		if text == "" {
			continue
		}
		if i := slices.IndexFunc(out, func(g FlowGroup) bool { return g.Protection == text }); i >= 0 {
			out[i].Flows = append(out[i].Flows, f.ID)
			continue
		}
		out = append(out, FlowGroup{Flows: []string{f.ID}, Protection: text})
	}
	return out
}

// encryptedServices are protocols that encrypt by definition: HTTPS,
// LDAPS, FTPS, IMAPS, SMTPS, POP3S and WSS are their plain protocols over
// TLS, SFTP runs over SSH, and SSH, TLS and DTLS are encryption.
var encryptedServices = regexp.MustCompile(`^(?i:https|ldaps|ftps|sftp|ssh|imaps|smtps|pop3s|wss|dtls|tls)$`)

// plainRemark matches a remark after a service that may let its traffic
// go unencrypted ("HTTPS (or HTTP when TLS is off)").
var plainRemark = regexp.MustCompile(`(?i)\b(http|plain|plaintext|cleartext|unencrypted|or|without|optional|off|disabled)\b`)

// EncryptedService is the protocol a port's service names when that
// protocol is encryption by definition (HTTPS is HTTP over TLS; SSH
// encrypts its sessions): the service alone, or with a remark in brackets
// after it ("HTTPS (mutual TLS)"); "" for any other service, one that
// names two ("HTTP/HTTPS"), one whose remark may let it go unencrypted,
// or a protocol that may run over TLS or not ("Syslog", "DICOM"). It says nothing of whether the peer is
// authenticated.
func (pt Port) EncryptedService() string {
	name := strings.TrimSpace(pt.Service)
	if i := strings.IndexByte(name, '('); i > 0 && strings.HasSuffix(name, ")") {
		if plainRemark.MatchString(name[i:]) {
			return ""
		}
		name = strings.TrimSpace(name[:i])
	}
	if encryptedServices.MatchString(name) {
		return name
	}
	return ""
}
