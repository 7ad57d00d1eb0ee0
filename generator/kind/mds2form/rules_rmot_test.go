package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// Cases for RMOT-1 and RMOT-1.1 from [remote_service] (rules_rmot.go):
// each stated value in both directions, not stated, and the stated fact
// before the answer of a device that connects to nothing.

func remote(r content.RemoteService) func(*world) {
	return func(w *world) { w.p.RemoteService = r }
}

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
	{"RMOT-1.1", "not offered: the form rules it out", remote(content.RemoteService{Offered: content.False, StartedBy: "customer"}), decidesNothing},
	{"RMOT-1.1", "connects to nothing, not offered: no session", func(w *world) {
		mediaOnly(w)
		w.p.RemoteService = content.RemoteService{Offered: content.False, StartedBy: "manufacturer"}
	}, outcome{decided: true, answer: mds2.NA, path: "interfaces", says: "there is no remote service session to start"}},
}
