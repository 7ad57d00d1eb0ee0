package content

// RemoteService is the manufacturer's remote service of the device
// (maintenance or support by the manufacturer's staff over a network:
// a VPN, remote desktop, a tunnel through the manufacturer's cloud), as
// facts the documents and the MDS2 form can rely on, and the other things
// the manufacturer does with the device over a network (telemetry,
// updates, configuration, training), which MDS2 asks about beside remote
// service (RMOT-2, RMOT-3) whether or not remote service is offered.
// Every key is optional and one not written is not stated: the documents
// say so, and no MDS2 answer is derived from it. A version may restate
// any key ([versions.changes.remote_service]).
// deployment.remote_service keeps the manufacturer's own words.
type RemoteService struct {
	Offered            Tri      `toml:"offered" doc:"Whether the manufacturer can service the device remotely at all. true answers MDS2 RMOT-1 Yes, false No; not written decides nothing."`
	EnabledAsShipped   Tri      `toml:"enabled_as_shipped" doc:"Whether remote service is on as the device is shipped, before the customer changes any setting."`
	CustomerControls   Tri      `toml:"customer_controls" doc:"Whether the customer can turn remote service on and off itself (false: only the manufacturer can). Not written: Yes, with the reason, where connection = \"customer_access\" and started_by = \"customer\" (remote service runs only through the customer's own means, in sessions a user at the customer's site starts); else Not stated."`
	StartedBy          string   `toml:"started_by" jsp:"oneof=customer manufacturer either" doc:"Who starts a remote-service session: customer (a user at the customer's site starts each session), manufacturer (the manufacturer's staff start a session with no user at the site starting it; the customer turning remote service on beforehand, customer_controls, does not start one), or either. customer or either answers MDS2 RMOT-1.1 Yes, manufacturer No."`
	SessionApproval    Tri      `toml:"session_approval" doc:"Whether each session needs the approval of a user at the customer's site before the manufacturer's staff can work on the device. Not written: Yes where started_by = \"customer\" (a user at the customer's site starts each session); else Not stated."`
	SessionIndicator   Tri      `toml:"session_indicator" doc:"Whether users at the customer's site can see that a remote-service session is active (a banner or light on the device, a notice on its screen). true answers MDS2 RMOT-1.2 Yes, false No."`
	SessionsRecorded   Tri      `toml:"sessions_recorded" doc:"Whether each remote-service session is recorded. The CSD's remote-service table says Yes or No; not written: where the MDS2 form is built, the tables give its hand answer to AUDT-2.8.1 (whether local and remote service sessions are recorded), else Not stated."`
	PatientDataVisible Tri      `toml:"patient_data_visible" doc:"Whether the manufacturer's staff can see patient data during a remote-service session (on the device's screen, in its files or logs). true answers MDS2 RMOT-1.3 Yes, false No."`
	Connection         string   `toml:"connection" jsp:"oneof=outbound inbound both customer_access" doc:"Which way the remote-service connection is opened: outbound (the device or the customer's part opens it, to the manufacturer or to a relay service the manufacturer uses, such as a screen-sharing tool's; nothing listens for the manufacturer: the CSD says who opens it, not where it goes), inbound (the manufacturer connects in to a port the device listens on), both, or customer_access (the manufacturer's staff connect through a remote-access means the customer chooses, runs and controls: a VPN, or a remote-desktop or screen-share tool: no port of the product is expected for it, the documents say the manufacturer connects through the customer's own remote-access means and that the customer's own rules decide what that means may connect to, it does not count as a connection of the product's own outside the network, and no caveat or warning says its port is not stated). check warns where the ports say otherwise: an outbound-only service beside a port on which a part on the customer's side accepts connections from a part the manufacturer hosts."`
	Telemetry          Tri      `toml:"telemetry" doc:"Whether the device sends the manufacturer data about its own working over a network for maintenance (usage counts, faults, logs the manufacturer reads to service the device before it fails), or for the purposes telemetry_purposes names, whether or not remote service is offered. true answers MDS2 RMOT-2 Yes (No where telemetry_purposes leaves maintenance out), false No."`
	TelemetryAsShipped Tri      `toml:"telemetry_as_shipped" doc:"Whether the device sends that telemetry as shipped, before the customer changes any setting; false: it sends none until it is turned on (say by whom in a security setting). The documents say which; not written: not stated. Only with telemetry = true."`
	TelemetryPurposes  []string `toml:"telemetry_purposes" jsp:"oneof=maintenance product_improvement" doc:"What the telemetry is for: maintenance (faults, logs, usage the manufacturer reads to service the device), product_improvement (usage statistics the manufacturer uses to improve the product), or both. Only with telemetry = true. Not written: telemetry keeps its own meaning, maintenance. The documents say the purposes stated; maintenance among them answers MDS2 RMOT-2 (predictive-maintenance telemetry) Yes, product_improvement alone No. An empty list, or a purpose named twice, is an error."`
	OtherFunctions     []string `toml:"other_functions" jsp:"oneof=software_updates configuration training none" doc:"What else the manufacturer does with the device over a network besides remote-service sessions and telemetry: software_updates (updates reach the device over the network from the manufacturer), configuration (the manufacturer changes its settings remotely), training (the manufacturer trains users remotely on the device), or none, alone, for no other remote function. Any function answers MDS2 RMOT-3 Yes, none No; not written (or empty) is not stated, but where the MDS2 form does not answer RMOT-3 either, the security plan's 6.8 and the CSD's remote-service table name the software updates that data flows carry (data kind software) over a network interface to a part on the customer's side, and say only configuration and training are not stated."`
	Parts              []string `toml:"parts" doc:"IDs of the [[parts]] the manufacturer's staff reach in a remote-service session (a clinic server, not the machines beside it); a part on the customer's side that it leaves out is not reached, but for one that relays the service to them (a data flow goes from it to a part named, or to it from a part named that exchanges no flow with anything outside, and it exchanges one with an outside system or a part the manufacturer hosts), which is named as the way in. The CSD, the security plan and the key facts then name these parts where they would say the device, and the MDS2 form's derived RMOT-1 Yes gets a note naming the parts reached and those not reached. Only parts on the customer's side: a part the manufacturer hosts or the customer's own infrastructure is an error, as is an unknown ID. Not written: remote service is said to reach the device as a whole where the device's parts are all the product has on the customer's side; a product with other parts there too (the manufacturer's software on the customer's servers or computers), or with no device part and more than one part there, is said to be reached, and which of its parts is said to be not stated (check warns where it has a device part)."`
}

// Stated reports whether the product writes any fact of remote service.
func (r RemoteService) Stated() bool {
	return r.Offered.Known() || r.EnabledAsShipped.Known() || r.CustomerControls.Known() ||
		r.StartedBy != "" || r.SessionApproval.Known() || r.SessionIndicator.Known() || r.SessionsRecorded.Known() || r.PatientDataVisible.Known() ||
		r.Connection != "" || len(r.Parts) > 0 || r.OtherStated()
}

// OtherStated reports whether the product states any of the remote
// functions other than service sessions: telemetry or other_functions.
func (r RemoteService) OtherStated() bool {
	return r.Telemetry.Known() || r.TelemetryAsShipped.Known() || len(r.TelemetryPurposes) > 0 || len(r.OtherFunctions) > 0
}

// NoOtherFunction reports other_functions = ["none"].
func (r RemoteService) NoOtherFunction() bool {
	return len(r.OtherFunctions) == 1 && r.OtherFunctions[0] == "none"
}

// OtherFunctionsText names the other remote functions for a sentence
// ("software updates and training"); "" for none or not stated.
func (r RemoteService) OtherFunctionsText() string {
	var names []string
	for _, f := range r.OtherFunctions {
		switch f {
		case "software_updates":
			names = append(names, "software updates")
		case "configuration":
			names = append(names, "configuration changes")
		case "training":
			names = append(names, "training")
		}
	}
	return AndList(names)
}

// OtherFunctionsAnswer answers, for a table, whether the manufacturer
// does anything else with the device remotely: "Yes: software updates
// and training", "No" (none), or "" when not stated.
func (r RemoteService) OtherFunctionsAnswer() string {
	switch fn := r.OtherFunctionsText(); {
	case fn != "":
		return "Yes: " + fn
	case r.NoOtherFunction():
		return "No"
	}
	return ""
}

// CustomerStarts reports whether a user at the customer's site can start
// a session (started_by customer or either), stated true, false or not.
func (r RemoteService) CustomerStarts() Tri {
	switch r.StartedBy {
	case "customer", "either":
		return True
	case "manufacturer":
		return False
	}
	return Unstated
}

// ThroughCustomerAccess reports a remote service through the customer's
// own remote-access tool or VPN (connection customer_access): the
// customer runs it, so no port of the product is expected for it.
func (r RemoteService) ThroughCustomerAccess() bool {
	return r.Connection == "customer_access"
}

// ManufacturerConnectsIn reports a remote-service connection the
// manufacturer opens in to the device (connection inbound or both).
func (r RemoteService) ManufacturerConnectsIn() bool {
	return r.Connection == "inbound" || r.Connection == "both"
}
