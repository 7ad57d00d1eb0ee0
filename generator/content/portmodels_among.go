package content

import "slices"

// A port number may be written once per interface: 2575/TCP on the
// Ethernet port of every model and on the Wi-Fi of one model. A list of
// port numbers (the CSD's key facts) that qualified each by its own
// models would read "TCP 2575, TCP 2575 (model VS-40 only)", as if only
// that model opened it; the number is every model's when some model's
// interface or other carries it on each of them.

// PortOnlyOnAmong words the models that use port pt, or another port of
// ports with its number, transport and state as shipped, when not every
// model does ("model B only"); "" when every model uses one of them.
// Ports in another state are left out: a list by state names the models
// of each state's ports.
func (p *Product) PortOnlyOnAmong(ports []Port, pt Port) string {
	var ids []string
	for _, q := range ports {
		if q.Number != pt.Number || q.Transport != pt.Transport || q.DefaultEnabled != pt.DefaultEnabled {
			continue
		}
		on := p.PortModelIDs(q)
		if len(on) == 0 {
			return ""
		}
		for _, id := range on {
			if !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return p.PortOnlyOn(pt)
	}
	return OnlyOn(p.OnlyModels(ids))
}
