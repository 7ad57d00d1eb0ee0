package mds2form

import (
	"fmt"
)

// Derivation rules of section AUDT (audit controls).

func (f *mds2Facts) piiInLogs() (fact, bool) {
	found := false
	for i, d := range f.p.DataStores {
		if !f.ownStore(d) || !d.Data.Has("logs") {
			continue
		}
		found = true
		if carriesPII(d.Data) {
			return f.yes(f.storePath(i)+".data", fmt.Sprintf("lists logs together with PHI or PII (%s)", d.ID)), true
		}
	}
	return f.no("data_stores", "holds logs only in stores without PHI or PII"), found
}

func (f *mds2Facts) timeSync() (fact, bool) {
	for i, pt := range f.p.Ports {
		if (pt.Number == 123 && pt.Transport == "udp" || pt.Number == 4460 && pt.Transport == "tcp") && pt.Direction != "in" {
			return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s) to a time server", pt.Number, pt.Transport, pt.Service)), true
		}
	}
	return fact{}, false
}

func (f *mds2Facts) siem() (fact, bool) {
	return f.yes(f.p.Logging.SIEMPath()+".supported", "is true: events are forwarded to a SIEM or log collector"), f.p.Logging.SIEM.Supported.IsTrue()
}
