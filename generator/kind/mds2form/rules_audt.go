package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// Derivation rules of section AUDT (audit controls).

// loggedEvents (AUDT-2: does the device write security events to an
// audit log?) is Yes when an event of logging.events names a log that
// records it. An event detected but recorded in no log (logs = []), say
// one a module reports to its host as an error code, is no audit
// logging; one whose logs are not written has not said. Neither gives
// No: events not listed may be logged.
func (f *mds2Facts) loggedEvents() (fact, bool) {
	for _, e := range f.p.Logging.Events {
		if len(e.Logs) > 0 {
			return f.yes("logging.events", fmt.Sprintf("lists an event recorded in %s: %s", logNames(e.Logs), e.Event)), true
		}
	}
	return fact{}, false
}

// logNames is "log audit" or "logs audit, system" by their IDs, for a
// derivation's reason.
func logNames(ids []string) string {
	if len(ids) == 1 {
		return "log " + ids[0]
	}
	return "logs " + strings.Join(ids, ", ")
}

// piiInLogs (AUDT-1.2: does the audit log hold PII other than user
// identities?) is No only where the data says what rests with the logs:
// every store holding logs, and every store a log lives in, lists no PHI
// or PII, and no log lives outside a data store (a log kept where a
// location describes has no stated kinds of data). It never says Yes: a
// store that lists logs and PII may hold no more than the user
// identities the question leaves out, and one that lists logs and PHI
// may be a database whose patient tables are no part of the log; a log's
// content is prose, and decides nothing. Logs that reach a part off the
// device together with PHI or PII (logsWithPIIOffDevice: a home device's
// event log sent to the manufacturer's cloud with the patient's records)
// rest where the data say only when a store of that part lists logs or
// holds a log of logging.logs: otherwise what the cloud keeps of them,
// beside the PHI, is in no store, and No would rest on what is left out,
// as it would for a store listing logs and PHI. Logs sent without PHI or
// PII (a robot's service logs to the remote-service centre) bring none.
// Only logging.logs says which logs hold security records: a store's
// logs kind alone may be a usage log, and beside no stated log whether
// there is an audit log at all (AUDT-1) is open, so No, rather than
// N/A, would rest on what the data do not say.
func (f *mds2Facts) piiInLogs() (fact, bool) {
	if len(f.p.Logging.Logs) == 0 {
		return fact{}, false
	}
	for _, pt := range f.logsWithPIIOffDevice() {
		if !f.keepsLogsInStore(pt) {
			return fact{}, false
		}
	}
	found := false
	for _, d := range f.p.DataStores {
		if !f.ownStore(d) || !d.Data.Has("logs") {
			continue
		}
		found = true
		if carriesPII(d.Data) {
			return fact{}, false
		}
	}
	for _, l := range f.p.Logging.Logs {
		if l.DataStore == "" {
			return fact{}, false // kept elsewhere: what it holds is not stated
		}
		i := slices.IndexFunc(f.p.DataStores, func(d content.DataStore) bool { return d.ID == l.DataStore })
		if i < 0 || carriesPII(f.p.DataStores[i].Data) {
			return fact{}, false
		}
	}
	return f.no("data_stores", "holds logs only in stores without PHI or PII"), found
}

// logsWithPIIOffDevice are the parts of the product off the device
// (content.Product.LogPartsOffDevice) that logs reach together with PHI
// or PII: a data flow listing logs and PHI or PII starts or ends at the
// part, or an interface of the part carries both.
func (f *mds2Facts) logsWithPIIOffDevice() []content.Part {
	mixed := func(data content.DataKinds) bool { return data.Has("logs") && carriesPII(data) }
	var out []content.Part
	for _, pt := range f.p.LogPartsOffDevice() {
		if slices.ContainsFunc(f.p.Interfaces, func(it content.Interface) bool {
			return f.p.PartOfInterface(it).ID == pt.ID && mixed(it.Carries)
		}) || slices.ContainsFunc(f.p.DataFlows, func(d content.DataFlow) bool {
			return mixed(d.Data) && (f.flowPart(d.From).ID == pt.ID || f.flowPart(d.To).ID == pt.ID)
		}) {
			out = append(out, pt)
		}
	}
	return out
}

// keepsLogsInStore reports a part with a data store that lists logs, or
// that a log of logging.logs is kept in.
func (f *mds2Facts) keepsLogsInStore(pt content.Part) bool {
	for _, d := range f.p.DataStores {
		if f.p.PartOfStore(d).ID != pt.ID {
			continue
		}
		if d.Data.Has("logs") || slices.ContainsFunc(f.p.Logging.Logs, func(l content.Log) bool { return l.DataStore == d.ID }) {
			return true
		}
	}
	return false
}

// timeSync (AUDT-4.1.1: can the device's clock be synchronized with a
// time source?) is Yes for a port by which a part of the product
// connects out over NTP or NTS-KE. A part the manufacturer hosts beside
// the device (a remote-service centre, a cloud service) sets its own
// servers' clocks, not the device's (hostedBeside), and the customer's
// own infrastructure (its domain controller) is not the product: their
// ports decide nothing. A product that runs only at the manufacturer
// keeps its ports as its own.
func (f *mds2Facts) timeSync() (fact, bool) {
	for i, pt := range f.p.Ports {
		if f.hostedBeside(pt) || f.p.PartOfPort(pt).Runs.IsCustomerInfrastructure() {
			continue
		}
		if (pt.Number == 123 && pt.Transport == "udp" || pt.Number == 4460 && pt.Transport == "tcp") && pt.Direction != "in" && pt.DirectionStated() {
			return f.yes(f.portPath(i), fmt.Sprintf("is %d/%s (%s) to a time server", pt.Number, pt.Transport, pt.Service)), true
		}
	}
	return fact{}, false
}

func (f *mds2Facts) siem() (fact, bool) {
	return f.yes(f.p.Logging.SIEMPath()+".supported", "is true: events are forwarded to a SIEM or log collector"), f.p.Logging.SIEM.Supported.IsTrue()
}
