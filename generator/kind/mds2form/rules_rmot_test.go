package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Cases for RMOT from [remote_service] (rules_rmot.go):
// each stated value in both directions, not stated, and the stated fact
// before the answer of a device that connects to nothing.

func remote(r content.RemoteService) func(*world) {
	return func(w *world) { w.p.RemoteService = r }
}

// noSession is the answer to a session question where remote service is
// stated not offered.
var noSession = outcome{decided: true, answer: mds2.NA, path: "remote_service.offered", says: "so there is no remote-service session"}

var rmotRuleCases = []ruleCase{
	{"RMOT-1", "offered", remote(content.RemoteService{Offered: content.True}), yesBy("remote_service.offered", "can service the device remotely")},
	{"RMOT-1", "not offered", remote(content.RemoteService{Offered: content.False}), noBy("remote_service.offered", "has no remote service")},
	{"RMOT-1", "other facts, offered not written", remote(content.RemoteService{StartedBy: "customer", Connection: "outbound", EnabledAsShipped: content.False}), decidesNothing},
	{"RMOT-1", "offered, on a device that connects to nothing: the stated fact", func(w *world) {
		mediaOnly(w)
		w.p.RemoteService.Offered = content.True
	}, yesBy("remote_service.offered", "can service the device remotely")},

	{"RMOT-1.1", "the customer starts a session", remote(content.RemoteService{Offered: content.True, StartedBy: "customer"}), yesBy("remote_service.started_by", "a user at the customer's site can start")},
	{"RMOT-1.1", "either starts a session", remote(content.RemoteService{StartedBy: "either"}), yesBy("remote_service.started_by", "a user at the customer's site can start")},
	{"RMOT-1.1", "the manufacturer starts a session", remote(content.RemoteService{Offered: content.True, StartedBy: "manufacturer"}), noBy("remote_service.started_by", "only the manufacturer's staff start")},
	{"RMOT-1.1", "not stated who starts", remote(content.RemoteService{Offered: content.True, CustomerControls: content.True}), decidesNothing},
	{"RMOT-1.1", "not offered: no session", remote(content.RemoteService{Offered: content.False, StartedBy: "customer"}), noSession},
	{"RMOT-1.1", "connects to nothing, not offered: no session, by the stated fact", func(w *world) {
		mediaOnly(w)
		w.p.RemoteService = content.RemoteService{Offered: content.False, StartedBy: "manufacturer"}
	}, noSession},
	{"RMOT-1.1", "connects to nothing, nothing stated: no session", mediaOnly, outcome{decided: true, answer: mds2.NA, path: "interfaces", says: "there is no remote service session to start"}},

	{"RMOT-1.2", "a session is shown", remote(content.RemoteService{Offered: content.True, SessionIndicator: content.True}), yesBy("remote_service.session_indicator", "can see that a remote-service session is active")},
	{"RMOT-1.2", "a session is not shown", remote(content.RemoteService{SessionIndicator: content.False}), noBy("remote_service.session_indicator", "are not shown")},
	{"RMOT-1.2", "not stated", remote(content.RemoteService{Offered: content.True, StartedBy: "customer"}), decidesNothing},
	{"RMOT-1.2", "not offered: no session", remote(content.RemoteService{Offered: content.False, SessionIndicator: content.True}), noSession},
	{"RMOT-1.2", "connects to nothing, not stated: no session", mediaOnly, outcome{decided: true, answer: mds2.NA, path: "interfaces", says: "there is no remote session to show"}},

	{"RMOT-1.3", "patient data seen", remote(content.RemoteService{Offered: content.True, PatientDataVisible: content.True}), yesBy("remote_service.patient_data_visible", "can see patient data")},
	{"RMOT-1.3", "patient data not seen", remote(content.RemoteService{PatientDataVisible: content.False}), noBy("remote_service.patient_data_visible", "cannot see patient data")},
	{"RMOT-1.3", "not stated", remote(content.RemoteService{Offered: content.True, SessionIndicator: content.True}), decidesNothing},
	{"RMOT-1.3", "not offered: no session", remote(content.RemoteService{Offered: content.False, PatientDataVisible: content.False}), noSession},

	{"RMOT-2", "telemetry", remote(content.RemoteService{Telemetry: content.True}), yesBy("remote_service.telemetry", "sends the manufacturer data about its own working")},
	{"RMOT-2", "telemetry without remote service", remote(content.RemoteService{Offered: content.False, Telemetry: content.True}), yesBy("remote_service.telemetry", "sends the manufacturer data")},
	{"RMOT-2", "no telemetry", remote(content.RemoteService{Telemetry: content.False}), noBy("remote_service.telemetry", "sends the manufacturer no data")},
	{"RMOT-2", "not stated", remote(content.RemoteService{Offered: content.True, OtherFunctions: []string{"none"}}), decidesNothing},
	{"RMOT-2", "connects to nothing, not stated", mediaOnly, outcome{decided: true, answer: mds2.No, path: "interfaces", says: "it sends no data over a remote connection"}},
	{"RMOT-2", "telemetry, on a device that connects to nothing: the stated fact", func(w *world) {
		mediaOnly(w)
		w.p.RemoteService.Telemetry = content.True
	}, yesBy("remote_service.telemetry", "sends the manufacturer data")},

	{"RMOT-3", "updates and training", remote(content.RemoteService{OtherFunctions: []string{"software_updates", "training"}}), yesBy("remote_service.other_functions", "remotely: software updates and training")},
	{"RMOT-3", "configuration, without remote service", remote(content.RemoteService{Offered: content.False, OtherFunctions: []string{"configuration"}}), yesBy("remote_service.other_functions", "remotely: configuration changes")},
	{"RMOT-3", "none", remote(content.RemoteService{OtherFunctions: []string{"none"}}), noBy("remote_service.other_functions", "is \"none\": the manufacturer does not update the device's software, change its settings or train its users remotely")},
	// none decides updates, configuration and training only: the reason
	// claims no more, as images sent to a cloud backup the manufacturer
	// hosts are something else it does with the device.
	{"RMOT-3", "none, beside a flow to a cloud backup the manufacturer hosts", func(w *world) {
		w.p.RemoteService = content.RemoteService{OtherFunctions: []string{"none"}}
		w.p.Parts = []content.Part{{ID: "dev", Name: "Device", Runs: "device"}, {ID: "backup", Name: "Cloud backup", Runs: "manufacturer_hosted"}}
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
		b := flow("images", "eth", "phi")
		b.From, b.To = "dev", "backup"
		w.p.DataFlows = []content.DataFlow{b}
	}, noBy("remote_service.other_functions", "does not update the device's software, change its settings or train its users remotely")},
	{"RMOT-3", "not stated", remote(content.RemoteService{Offered: content.True, Telemetry: content.False}), decidesNothing},
	{"RMOT-3", "connects to nothing, not stated", mediaOnly, outcome{decided: true, answer: mds2.No, path: "interfaces", says: "it has no remote function"}},
}

// Cases for CONN-8 from [[remote_control]] (rules_conn.go): an entry
// answers Yes, before the No of a device that connects to nothing; an
// empty list, or none written, decides nothing on a device with links.
func remoteControl(w *world) {
	w.p.RemoteControl = []content.RemoteControl{{Name: "Remote pressure changes", By: "The prescribing physician", Settings: "The prescribed pressure", Part: "cloud"}}
}

var remoteControlRuleCases = []ruleCase{
	{"CONN-8", "a physician changes the pressure from the portal", remoteControl, yesBy("remote_control[0]", "changes the device's settings from another device over a network: Remote pressure changes")},
	{"CONN-8", "remote_control = []: a paired app at the bedside may still operate it", func(w *world) { w.states("remote_control") }, decidesNothing},
	{"CONN-8", "not written", nil, decidesNothing},
	{"CONN-8", "an entry, on a device that connects to nothing: the stated fact", func(w *world) {
		mediaOnly(w)
		remoteControl(w)
	}, yesBy("remote_control[0]", "from another device over a network")},
}
