package content

import "slices"

// RemoteServiceGroup is a run of the product's versions that state the
// same remote service, in the same words: what a document covering every
// version (the security plan) says once for all of them.
type RemoteServiceGroup struct {
	// Versions are the versions of the run, oldest first; empty for a
	// product that lists no versions.
	Versions []string
	RemoteService
	// Words are deployment.remote_service, the manufacturer's own words.
	Words string
	// NoNetwork: the versions join no network at all (Product.NoNetwork).
	NoNetwork bool
	// Reached names the parts remote service reaches
	// (Product.RemoteServicePartNames) and NotReached those on the
	// customer's side it leaves out (Product.RemoteServiceNotReached),
	// for a sentence; both "" when remote_service.parts is not written.
	Reached, NotReached string
}

// RemoteServiceByVersion groups the product's versions by the remote
// service each states ([remote_service] with its version patches, and
// deployment.remote_service), consecutive equal versions together. A
// product without versions gives one group without versions; versions
// that all state the same give one group naming them all.
func (p *Product) RemoteServiceByVersion() []RemoteServiceGroup {
	var out []RemoteServiceGroup
	for _, vv := range p.diagramVersions() {
		q := vv.q
		g := RemoteServiceGroup{RemoteService: q.RemoteService, Words: q.Deployment.RemoteService, NoNetwork: q.NoNetwork(),
			Reached: q.RemoteServicePartNames(), NotReached: q.PartTheNames(q.RemoteServiceNotReached())}
		if n := len(out); n > 0 && out[n-1].same(g) {
			out[n-1].Versions = append(out[n-1].Versions, vv.version)
			continue
		}
		if vv.version != "" {
			g.Versions = []string{vv.version}
		}
		out = append(out, g)
	}
	return out
}

func (g RemoteServiceGroup) same(o RemoteServiceGroup) bool {
	a, b := g.RemoteService, o.RemoteService
	return a.Offered == b.Offered && a.EnabledAsShipped == b.EnabledAsShipped && a.CustomerControls == b.CustomerControls &&
		a.StartedBy == b.StartedBy && a.SessionApproval == b.SessionApproval && a.SessionIndicator == b.SessionIndicator &&
		a.SessionsRecorded == b.SessionsRecorded &&
		a.PatientDataVisible == b.PatientDataVisible && a.Connection == b.Connection && a.Telemetry == b.Telemetry && a.TelemetryAsShipped == b.TelemetryAsShipped &&
		slices.Equal(a.TelemetryPurposes, b.TelemetryPurposes) && slices.Equal(a.OtherFunctions, b.OtherFunctions) && g.Words == o.Words && g.NoNetwork == o.NoNetwork &&
		g.Reached == o.Reached && g.NotReached == o.NotReached
}

// VersionsText names the group's versions for a lead-in: "Version 4.1.0",
// "Versions 3.8.2 and 4.1.0"; "" without versions.
func (g RemoteServiceGroup) VersionsText() string {
	switch len(g.Versions) {
	case 0:
		return ""
	case 1:
		return "Version " + g.Versions[0]
	}
	return "Versions " + AndList(g.Versions)
}

// SessionStated reports whether the group states any fact of a service
// session beyond whether one is offered.
func (g RemoteServiceGroup) SessionStated() bool {
	r := g.RemoteService
	return r.EnabledAsShipped.Known() || r.CustomerControls.Known() || r.StartedBy != "" || r.SessionApproval.Known() ||
		r.SessionIndicator.Known() || r.SessionsRecorded.Known() || r.PatientDataVisible.Known() || r.Connection != ""
}
