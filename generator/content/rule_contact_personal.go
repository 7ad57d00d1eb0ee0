package content

// ruleContactCarriesPersonal: a contact closure (interfaces.kind =
// "contact") carries an on/off signal, no data, so an entry saying it
// carries PHI or PII, or a data flow of PHI or PII over it, contradicts
// its kind: the documents would print personal data over a cable the
// plan says carries none, and the MDS2 answers that count such links
// would not know which to believe. Every entry is checked, a version's
// changes too.
func ruleContactCarriesPersonal(p *Product) Diagnostics {
	var out Diagnostics
	contact := map[string]bool{} // interface ID → of kind contact in some entry
	var ifaces []Interface
	var flows []DataFlow
	ifaces = append(ifaces, p.Interfaces...)
	flows = append(flows, p.DataFlows...)
	for _, v := range p.Versions {
		ifaces = append(append(ifaces, v.Changes.InterfacesAdded...), v.Changes.InterfacesChanged...)
		flows = append(append(flows, v.Changes.DataFlowsAdded...), v.Changes.DataFlowsChanged...)
	}
	for _, it := range ifaces {
		if !it.Kind.SignalOnly() {
			continue
		}
		contact[it.ID] = true
		if it.Carries.Personal() && it.At != "" {
			out = append(out, at(p, Error, it.At+".carries",
				"interface %q is of kind contact, a contact closure that carries an on/off signal only, so it cannot carry PHI or PII; use the kind of the link that carries them (serial, usb, other)", it.ID))
		}
	}
	for _, f := range flows {
		if contact[f.Interface] && f.Data.Personal() && f.At != "" {
			out = append(out, at(p, Error, f.At+".data",
				"%s: sends PHI or PII over interface %q, a contact closure (kind contact) that carries an on/off signal only; name the interface that carries them", f.ID, f.Interface))
		}
	}
	return out
}
