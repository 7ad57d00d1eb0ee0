package content

// RemoteService is the manufacturer's remote service of the device
// (maintenance or support by the manufacturer's staff over a network:
// a VPN, remote desktop, a tunnel through the manufacturer's cloud), as
// facts the documents and the MDS2 form can rely on. Every key is
// optional and one not written is not stated: the documents say so, and
// no MDS2 answer is derived from it. deployment.remote_service keeps the
// manufacturer's own words.
type RemoteService struct {
	Offered          Tri    `toml:"offered" doc:"Whether the manufacturer can service the device remotely at all. true answers MDS2 RMOT-1 Yes, false No; not written decides nothing."`
	EnabledAsShipped Tri    `toml:"enabled_as_shipped" doc:"Whether remote service is on as the device is shipped, before the customer changes any setting."`
	CustomerControls Tri    `toml:"customer_controls" doc:"Whether the customer can turn remote service on and off itself (false: only the manufacturer can)."`
	StartedBy        string `toml:"started_by" jsp:"oneof=customer manufacturer either" doc:"Who starts a remote-service session: customer (a user at the customer's site starts each session), manufacturer (the manufacturer's staff start a session with no user at the site starting it; the customer turning remote service on beforehand, customer_controls, does not start one), or either. customer or either answers MDS2 RMOT-1.1 Yes, manufacturer No."`
	SessionApproval  Tri    `toml:"session_approval" doc:"Whether each session needs the approval of a user at the customer's site before the manufacturer's staff can work on the device."`
	Connection       string `toml:"connection" jsp:"oneof=outbound inbound both" doc:"Which way the remote-service connection is opened: outbound (the device or the customer's part opens it to the manufacturer; nothing listens for the manufacturer), inbound (the manufacturer connects in to a port the device listens on) or both. check warns where the ports say otherwise: an outbound-only service beside a port on which a part on the customer's side accepts connections from a part the manufacturer hosts."`
}

// Stated reports whether the product writes any fact of remote service.
func (r RemoteService) Stated() bool {
	return r.Offered.Known() || r.EnabledAsShipped.Known() || r.CustomerControls.Known() ||
		r.StartedBy != "" || r.SessionApproval.Known() || r.Connection != ""
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

// ManufacturerConnectsIn reports a remote-service connection the
// manufacturer opens in to the device (connection inbound or both).
func (r RemoteService) ManufacturerConnectsIn() bool {
	return r.Connection == "inbound" || r.Connection == "both"
}
