package mds2form

import "github.com/jspgen/jspgen/generator/content"

// AUDT-1.2 where logs leave the device: a home device sends its event log
// to the manufacturer's cloud over its modem with the patient's records.
// The device's store of logs holds no PHI, but the cloud keeps what it
// receives in a store the data do not name: No stands only when a store
// of every part that logs reach together with PHI or PII lists logs, or
// holds a log of logging.logs (whose data then decide). Logs sent without
// PHI or PII (a robot's service logs to the remote-service centre) bring
// none, and a flow of logs to the customer's own SIEM is the customer's,
// not the product's: both leave No standing. The device's event log is
// stated (logging.logs), without which nothing decides No.
func audtOffDeviceRuleCases() []ruleCase {
	parts := func(w *world) {
		w.p.Parts = []content.Part{{ID: "cpap", Name: "CPAP", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"},
			{ID: "siem", Name: "Hospital SIEM", Runs: "customer_infrastructure"}}
		flash, db := store("flash", "therapy", "logs"), store("db", "phi", "pii")
		flash.Part, db.Part = "cpap", "cloud"
		w.p.DataStores = []content.DataStore{flash, db}
		w.p.Logging.Logs = []content.Log{{ID: "events", DataStore: "flash"}}
		w.p.Interfaces = []content.Interface{partIface("lte", "cellular", "cpap")}
	}
	logsTo := func(to string, data ...string) func(*world) {
		return func(w *world) {
			parts(w)
			w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "cpap", To: to, Interface: "lte", Data: dataKinds(data)}}
		}
	}
	cloudAPI := func(carries ...string) func(*world) {
		return func(w *world) {
			parts(w)
			api := partIface("device-api", "api", "cloud")
			api.Carries = dataKinds(carries)
			w.p.Interfaces = append(w.p.Interfaces, api)
		}
	}
	no := noBy("data_stores", "holds logs only in stores without PHI or PII")
	return []ruleCase{
		{"AUDT-1.2", "logs kept on the device only", parts, no},
		{"AUDT-1.2", "logs and PHI flow to a cloud with no store of logs", logsTo("cloud", "phi", "logs"), decidesNothing},
		{"AUDT-1.2", "logs and PHI flow to a cloud named by its part's name", logsTo("Cloud", "phi", "logs"), decidesNothing},
		{"AUDT-1.2", "logs without PHI or PII flow to a cloud with no store of logs", logsTo("cloud", "therapy", "logs"), no},
		{"AUDT-1.2", "an interface of the cloud carries logs and PHI", cloudAPI("phi", "logs"), decidesNothing},
		{"AUDT-1.2", "an interface of the cloud carries logs without PHI or PII", cloudAPI("therapy", "logs"), no},
		{"AUDT-1.2", "logs and PHI flow to a cloud store of logs without PHI or PII", func(w *world) {
			logsTo("cloud", "phi", "logs")(w)
			logs := store("cloud-logs", "logs")
			logs.Part = "cloud"
			w.p.DataStores = append(w.p.DataStores, logs)
		}, no},
		{"AUDT-1.2", "logs and PHI flow to a cloud store of logs and PHI", func(w *world) {
			logsTo("cloud", "phi", "logs")(w)
			w.p.DataStores[1].Data = content.DataKinds{"phi", "logs"}
		}, decidesNothing},
		{"AUDT-1.2", "logs and PHI flow to the customer's SIEM", logsTo("siem", "phi", "logs"), no},
	}
}
