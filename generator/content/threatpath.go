package content

import (
	"fmt"
	"slices"
	"strings"
)

// A threat's attack path (threats[].path) is an ordered list of steps:
// data-flow IDs the attack goes through, and parts or outside systems
// (part IDs, [[flow_endpoints]] names) where it is. The attack reaches a
// flow at its source when the step before it is the flow's sender, or a
// flow that arrives at that sender: the sender is compromised, or the
// attacker's data passes through it. Protection in transit (TLS,
// signatures checked against the sender) does not stop what the sender
// itself sends, and a sender that serves many devices reaches many
// patients at once. The attack reaches a flow at its receiver when the
// step before it is the flow's receiver, named as a part or system (or a
// flow reached at that same receiver): the attacker is at the receiving
// end (a taken-over account, a compromised client) and gets what the
// flow delivers, which protection in transit does not stop either; the
// attacker is still there for the next step. A flow reached neither way
// is attacked on the way (spoofed or intercepted). A part or system that
// the flow before it does not arrive at starts another route.
//
// The threat model is one per product, not per version, so a path step
// must name a flow some version has (versions.go): the risk report prints
// each flow as the version it speaks about has it.

// PathStep is one resolved step of a threat's path.
type PathStep struct {
	Name string // as written
	Flow *DataFlow
	// From and To are a flow's ends; End is a part or system step.
	From, To, End FlowEnd
	// NewRoute is true for the first step of each route.
	NewRoute bool
	// AtSource is true for a flow the path reaches at its sender.
	AtSource bool
	// AtReceiver is true for a flow the path reaches at its receiver:
	// the attacker is where the flow arrives, not on its way.
	AtReceiver bool
	// Missing is true for a flow this version does not have.
	Missing bool
}

// ThreatPath resolves threat t's path in this version of the product.
func (p *Product) ThreatPath(t Threat) []PathStep {
	var out []PathStep
	at := "" // the FlowEnd key the attack is at; "" at the start of a route
	// held is the FlowEnd key the attacker is known to be at: a part or
	// system the path names, kept through the flows reached at their
	// receiver there. A flow only arriving somewhere does not put the
	// attacker there, so it clears held.
	held := ""
	afterFlow := false
	// reached is true while the attack is at a part or system a flow of
	// its route arrived at (the part step right after that flow).
	reached := false
	for i, name := range t.Path {
		afterFlow = i > 0 && out[i-1].Flow != nil
		step := PathStep{Name: name}
		if f, ok := p.flowByID(name); ok {
			step.Flow = &f
			step.From, _ = p.ResolveFlowEnd(f.From)
			step.To, _ = p.ResolveFlowEnd(f.To)
			step.AtSource = at != "" && at == step.From.Key
			step.AtReceiver = !step.AtSource && held != "" && held == step.To.Key
			step.NewRoute = at == "" || !(step.AtSource || step.AtReceiver)
			if !step.AtReceiver {
				held = ""
			}
			at, reached = step.To.Key, false
		} else if p.flowInSomeVersion(name) {
			step.Missing, step.NewRoute, at, held, reached = true, true, "", "", false
		} else {
			step.End, _ = p.ResolveFlowEnd(name)
			// A part or system the flow before it does not arrive at
			// starts another route: right after the flow, or right
			// after the part or system the flow arrived at. After a
			// part or system no flow of the route arrived at (where a
			// route starts), the attack moves on by a way the data
			// flows do not model.
			step.NewRoute = at == "" || ((afterFlow || reached) && at != step.End.Key)
			reached = !step.NewRoute && at == step.End.Key && (afterFlow || reached)
			at, held = step.End.Key, step.End.Key
		}
		out = append(out, step)
	}
	return out
}

// Routes splits a resolved path into its routes.
func Routes(steps []PathStep) [][]PathStep {
	var out [][]PathStep
	for _, s := range steps {
		if s.NewRoute || len(out) == 0 {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], s)
	}
	return out
}

func (p *Product) flowByID(id string) (DataFlow, bool) {
	for _, f := range p.DataFlows {
		if f.ID == id {
			return f, true
		}
	}
	return DataFlow{}, false
}

// versionViews is the product as each version is, oldest first; the
// product itself when it lists no versions.
func (p *Product) versionViews() []*Product {
	base := p.Base()
	if len(base.Versions) == 0 {
		return []*Product{base}
	}
	out := make([]*Product, 0, len(base.Versions))
	for _, v := range base.Versions {
		out = append(out, base.At(v.Version))
	}
	return out
}

func (p *Product) flowInSomeVersion(id string) bool {
	return slices.ContainsFunc(p.versionViews(), func(q *Product) bool { _, ok := q.flowByID(id); return ok })
}

// threatPaths checks that every step of every threat's path names a data
// flow some version has, a part, or a [[flow_endpoints]] name.
func (v *productValidator) threatPaths() {
	p := v.p
	for i, t := range p.Threats {
		for j, name := range t.Path {
			if p.flowInSomeVersion(name) {
				continue
			}
			if _, ok := p.ResolveFlowEnd(name); ok {
				continue
			}
			flows := map[string]bool{}
			for _, q := range p.versionViews() {
				for _, f := range q.DataFlows {
					flows[f.ID] = true
				}
			}
			parts := map[string]bool{}
			for _, pt := range p.AllParts() {
				parts[pt.ID] = true
			}
			v.errorf(fmt.Sprintf("threats[%d].path[%d]", i, j),
				"%s: unknown path step %q: want a data flow ID (%s), a part ID (%s) or a [[flow_endpoints]] name",
				t.ID, name, keysOf(flows), keysOf(parts))
		}
	}
}

// reachData are the kinds of data that change what a device does: its
// software, its configuration, drug libraries and dose data (therapy),
// and the credentials that open it.
var reachData = []DataKind{"software", "configuration", "therapy", "credentials"}

// devicePart reports an end where the medical device runs: a part or
// component on the device; for software as a medical device (no part
// runs on the device), a part of the product the customer or the
// manufacturer hosts or that runs on the customer's own device (an app),
// since there the medical software itself runs. The customer's own
// infrastructure is never the device.
func (p *Product) devicePart(e FlowEnd) bool {
	if e.Zone == "device" {
		return true
	}
	samd := !slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return pt.Runs.IsDevice() })
	return samd && e.IsPart() && (e.Zone == "customer_hosted" || e.Zone == "customer_device" || e.Zone == "manufacturer_hosted")
}

// ReachFlow reports whether flow f carries software, configuration,
// therapy data or credentials across a trust boundary into a device part
// from a sender that is not a person or item at the device: the flows by
// which one compromised system reaches many devices. A flow from the
// physical zone reaches one device at a time (the physical-access
// threats' concern), except software: a USB drive or service laptop
// carried from device to device installs the same software on each, so
// one compromised medium reaches them all. A flow whose sender's zone is
// not stated cannot be said to cross (the architecture views warn about
// it).
func (p *Product) ReachFlow(f DataFlow) (kinds []DataKind, from, to FlowEnd, ok bool) {
	from, _ = p.ResolveFlowEnd(f.From)
	to, _ = p.ResolveFlowEnd(f.To)
	if from.Zone == "" || from.Zone == to.Zone || !p.devicePart(to) {
		return nil, from, to, false
	}
	for _, k := range reachData {
		if f.Data.Has(k) && (from.Zone != "physical" || k == "software") {
			kinds = append(kinds, k)
		}
	}
	return kinds, from, to, len(kinds) > 0
}

// ruleReachFlowWithoutThreat: a flow by which one system reaches many
// devices (ReachFlow) must be on the path of a threat that reaches it at
// its sender, or the threat model never asks what happens when that
// sender is compromised or its operator acts in bad faith. A path that
// reaches the flow at its receiver asks about the receiving end, not
// the sender, so it does not count. Every version's flows are checked;
// a flow is reported once, at the newest entry that writes it. Only a
// product that builds a document printing the threat model is warned
// (threatModelBuilt): an MDS2 form alone prints no threat.
func ruleReachFlowWithoutThreat(p *Product) Diagnostics {
	if !threatModelBuilt(p) {
		return nil
	}
	covered := map[string]bool{} // version facts + "\x00" + flow ID
	views := p.versionViews()
	for _, q := range views {
		for _, t := range p.Threats {
			for _, s := range q.ThreatPath(t) {
				if s.Flow != nil && s.AtSource {
					covered[q.VersionFacts()+"\x00"+s.Flow.ID] = true
				}
			}
		}
	}
	var out Diagnostics
	reported := map[string]bool{}
	for i := len(views) - 1; i >= 0; i-- {
		q := views[i]
		for j, f := range q.DataFlows {
			kinds, from, to, ok := q.ReachFlow(f)
			if !ok || reported[f.ID] || covered[q.VersionFacts()+"\x00"+f.ID] {
				continue
			}
			reported[f.ID] = true
			labels := make([]string, len(kinds))
			for k, d := range kinds {
				labels[k] = strings.ToLower(d.Label())
			}
			ver := uncoveredIn(p, views, f.ID, covered)
			// Software as a medical device has no device: the flow goes
			// into a part where the medical software runs (its cloud, its
			// app), which "into the device" misnamed.
			// Health IT that is not a medical device has no medical
			// software either: its flow goes into the product's software.
			into := "the device"
			if to.Zone != "device" {
				into = "the medical software"
				if p.MedicalDevice.IsFalse() {
					into = "the product's software"
				}
			}
			out = append(out, at(p, Warning, AtOr(f.At, fmt.Sprintf("data_flows[%d]", j))+".id",
				"flow %s (%s → %s%s) carries %s across a trust boundary (%s → %s) into %s, but no threat's path reaches it at its sender: add a threat whose path has %q before %q (%s compromised, or its operator acting in bad faith), or put %q after that step in an existing threat's path",
				f.ID, from.Label, to.Label, ver, AndList(labels), zoneName(q, from.Zone), zoneName(q, to.Zone), into, sendStep(q, f.From), f.ID, from.Label, f.ID))
		}
	}
	return out
}

// uncoveredIn names, for the warning, the versions in which flow id
// reaches the device with no threat at its sender: ", version 5.1",
// ", versions 4.8 and 5.1", or ", every version" where each version has
// it so (a top-level flow no version changes), which naming one version
// would leave others' readers to think theirs fine; "" without versions.
func uncoveredIn(p *Product, views []*Product, id string, covered map[string]bool) string {
	base := p.Base()
	if len(base.Versions) != len(views) {
		return "" // no versions: one view, the product as written
	}
	var vers []string
	for i, q := range views {
		f, ok := q.flowByID(id)
		if !ok || covered[q.VersionFacts()+"\x00"+id] {
			continue
		}
		if _, _, _, reach := q.ReachFlow(f); reach {
			vers = append(vers, base.Versions[i].Version) // the view's own version, not the one whose facts it holds
		}
	}
	switch {
	case len(vers) == 0:
		return ""
	case len(vers) == len(views) && len(views) > 1:
		return ", every version"
	case len(vers) == 1:
		return ", version " + vers[0]
	}
	return ", versions " + AndList(vers)
}

// sendStep is how a path names a flow's sender: its part ID, else the
// name as written.
func sendStep(p *Product, name string) string {
	if e, _ := p.ResolveFlowEnd(name); e.IsPart() {
		return e.Part
	}
	return strings.TrimSpace(name)
}

func zoneName(p *Product, zone string) string {
	switch zone {
	case "physical":
		return "physical access"
	case "third_party":
		return "a third party"
	}
	return strings.ToLower(p.RunsLabel(PartRuns(zone)))
}

// threatModelBuilt reports whether the build writes a document that
// prints the threat model: the security plan or the risk report.
func threatModelBuilt(p *Product) bool {
	return p.Produces("security_plan") || p.Produces("risk_report")
}
