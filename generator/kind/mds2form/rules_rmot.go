package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// RMOT from [remote_service], the manufacturer's statement of its remote
// service and other remote functions: offered decides RMOT-1, started_by
// RMOT-1.1, session_indicator RMOT-1.2, patient_data_visible RMOT-1.3,
// telemetry RMOT-2 (by telemetry_purposes where stated) and
// other_functions RMOT-3, each only where written;
// offered false makes the session questions (RMOT-1.1 to 1.3) N/A.
// Where nothing is written, the rules
// of a device that connects to nothing (rules_nolinks.go) still answer;
// the stated fact comes first, and check warns where it contradicts the
// device's lack of a network (content.remoteServiceFacts).

// remoteOffered (RMOT-1): remote_service.offered, else noLinks.
func (f *mds2Facts) remoteOffered() (fact, bool) {
	switch r := f.p.RemoteService; {
	case r.Offered.IsTrue():
		return f.yes(f.p.PatchKey("remote_service", "offered"), "says the manufacturer can service the "+f.p.Noun()+" remotely"), true
	case r.Offered.IsFalse():
		return f.no(f.p.PatchKey("remote_service", "offered"), "says the manufacturer has no remote service of the device"), true
	}
	return noLinks(mds2.No, mds2.Yes, "no remote service connection can reach it")(f)
}

// remoteCustomerStarts (RMOT-1.1): remote_service.started_by (customer or
// either Yes, manufacturer No).
func (f *mds2Facts) remoteCustomerStarts() (fact, bool) {
	r := f.p.RemoteService
	return f.sessionFact(r.CustomerStarts(), "started_by",
		"is \""+r.StartedBy+"\": a user at the customer's site can start a remote-service session",
		"is \"manufacturer\": only the manufacturer's staff start a remote-service session",
		"there is no remote service session to start")
}

// noSession answers a question about a remote-service session N/A where
// the manufacturer states it has no remote service (offered false): the
// form's RMOT-1 No leaves them nothing to ask about. The answer yields to
// the manufacturer's, as forms often answer No under a No (a hand No
// stands silently); a hand Yes contradicts it and check warns.
func (f *mds2Facts) noSession() fact {
	d := f.answer(mds2.NA, f.p.PatchKey("remote_service", "offered"), "says the manufacturer has no remote service of the device, so there is no remote-service session")
	d.Yields, d.Denies = true, mds2.Yes
	return d
}

// remoteIndicator (RMOT-1.2): remote_service.session_indicator.
func (f *mds2Facts) remoteIndicator() (fact, bool) {
	return f.sessionFact(f.p.RemoteService.SessionIndicator, "session_indicator",
		"says users at the customer's site can see that a remote-service session is active",
		"says users at the customer's site are not shown that a remote-service session is active",
		"there is no remote session to show")
}

// remotePatientData (RMOT-1.3): remote_service.patient_data_visible.
func (f *mds2Facts) remotePatientData() (fact, bool) {
	return f.sessionFact(f.p.RemoteService.PatientDataVisible, "patient_data_visible",
		"says the manufacturer's staff can see patient data during a remote-service session",
		"says the manufacturer's staff cannot see patient data during a remote-service session",
		"there is no remote session in which patient data could be seen")
}

// sessionFact answers a question about a remote-service session from
// t, remote_service's key, Yes or No, unless offered is false
// (noSession); else N/A for a device that connects to nothing (noLinks),
// because so.
func (f *mds2Facts) sessionFact(t content.Tri, key, yes, no, so string) (fact, bool) {
	if f.p.RemoteService.Offered.IsFalse() {
		return f.noSession(), true
	}
	switch t {
	case content.True:
		return f.yes(f.p.PatchKey("remote_service", key), yes), true
	case content.False:
		return f.no(f.p.PatchKey("remote_service", key), no), true
	}
	return noLinks(mds2.NA, mds2.Yes, so)(f)
}

// remoteTelemetry (RMOT-2): remote_service.telemetry, whatever offered
// says (telemetry is no service session); else noLinks. Telemetry whose
// purposes are stated (telemetry_purposes) answers by them: RMOT-2 asks
// about telemetry for predictive maintenance, so telemetry the
// manufacturer uses only to improve the product is a No, said as such.
func (f *mds2Facts) remoteTelemetry() (fact, bool) {
	r := f.p.RemoteService
	if r.TelemetryPurposesStated() {
		at, sends := f.p.PatchKey("remote_service", "telemetry_purposes"), "says the "+f.p.Noun()+" sends the manufacturer data about its own working "
		if r.TelemetryForMaintenance().IsTrue() {
			return f.yes(at, sends+r.TelemetryPurposeText()), true
		}
		return f.no(at, sends+"only "+r.TelemetryPurposeText()+", not for maintenance: none of its telemetry is for predictive maintenance"), true
	}
	switch r.Telemetry {
	case content.True:
		return f.yes(f.p.PatchKey("remote_service", "telemetry"), "says the "+f.p.Noun()+" sends the manufacturer data about its own working for maintenance"), true
	case content.False:
		return f.no(f.p.PatchKey("remote_service", "telemetry"), "says the "+f.p.Noun()+" sends the manufacturer no data about its own working for maintenance"), true
	}
	return noLinks(mds2.No, mds2.Yes, "it sends no data over a remote connection")(f)
}

// remoteOther (RMOT-3): remote_service.other_functions (a function Yes,
// none No), whatever offered says; else noLinks.
// none decides only the functions the field lists (software updates,
// configuration, training), those RMOT-3 asks about: the reason says
// that, not that the manufacturer does nothing else with the device,
// which a data flow to a part it hosts (a cloud backup) would contradict.
func (f *mds2Facts) remoteOther() (fact, bool) {
	r := f.p.RemoteService
	if fn := r.OtherFunctionsText(); fn != "" {
		return f.yes(f.p.PatchKey("remote_service", "other_functions"), "names what else the manufacturer does with the "+f.p.Noun()+" remotely: "+fn), true
	}
	if r.NoOtherFunction() {
		return f.no(f.p.PatchKey("remote_service", "other_functions"), "is \"none\": the manufacturer does not update the "+f.p.Noun()+"'s software, change its settings or train its users remotely"), true
	}
	if ft, ok := f.remoteUpdatesFlow(); ok {
		return ft, true
	}
	return noLinks(mds2.No, mds2.Yes, "it has no remote function")(f)
}
