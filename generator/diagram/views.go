package diagram

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/pdf"
)

// View is one architecture view drawn from the data, with what the
// document prints beside it.
type View struct {
	Kind  string // an [[architecture]] kind, or "data_flow" (the threat model's diagram)
	Title string
	File  string // where its SVG is published, relative to the product folder
	Alt   string // the image's text alternative
	Basis string // which data the drawing shows, in one sentence
	// Entry is the index in [[architecture]] of the view this diagram
	// illustrates; -1 when the product wrote no view of its kind.
	Entry int
	Flows []FlowRow // the data flows drawn, for the table beside the figure
	// Installers says who installs updates on each part that receives
	// software (updatability view).
	Installers []Installer
	// NeverUpdated lists, with what their patching says, the parts the
	// data give as never updated once made (field_updatable = false):
	// they receive no software, so Installers' heading is false of them.
	NeverUpdated []Installer
	Layout       *Layout
}

// FlowRow is one data flow as the text beside a figure lists it.
type FlowRow struct {
	ID, From, To, Data, Via, Protection string
}

// Installer is who installs updates on one part.
type Installer struct {
	Part, Who string
	// Deployment: the part's patching is not written and its default
	// leaves who installs the application's updates unsaid, while
	// postmarket.patching.deployment says how the product's updates come
	// (content.Product.UpdatesRefPrefix); Before is then the default's
	// words before that "not stated" ("" for a device part).
	Deployment bool
	Before     string
	// Section is the title of the document's section that prints the
	// deployment, to which the list points for a Deployment part
	// (View.WithDeploymentSection); "" in a document that prints none,
	// which keeps Who.
	Section string
}

// Drawings returns the views' PDF drawings by their image destination
// (pdf.Meta.Drawings).
func Drawings(views []View) map[string]pdf.Drawing {
	out := map[string]pdf.Drawing{}
	for _, v := range views {
		out[v.File] = v.Layout
	}
	return out
}

// SVG is the view's image file.
func (v *View) SVG() []byte { return v.Layout.SVG() }

// fleetData are the kinds of data that change what a device does to a
// patient: a system that sends them to many devices can harm many
// patients at once.
var fleetData = []content.DataKind{"therapy", "configuration", "software"}

// alarmData is what a system that gathers or passes on the alarms of
// many devices handles: one compromise of it can keep many patients'
// alarms from the clinicians who must answer them.
const alarmData content.DataKind = "alarms"

// hosted reports a zone whose systems serve many devices or installations:
// those the customer or the manufacturer runs on their own servers, the
// customer's own infrastructure included (a hospital's treatment
// planning system that sends plans to every linac of the department).
// A phone, tablet or computer the customer owns serves its user, and a
// third party's system or a person at the device is neither's.
func hosted(zone string) bool {
	return zone == "customer_hosted" || zone == "manufacturer_hosted" || zone == "customer_infrastructure"
}

// carriesFleetData reports a flow that carries therapy data,
// configuration or software.
func carriesFleetData(f content.DataFlow) bool {
	return slices.ContainsFunc(f.Data, func(d content.DataKind) bool { return slices.Contains(fleetData, d) })
}

// fleetTarget is where the multi-patient harm view's flows of therapy
// data, configuration or software go (fleet.towardPatients), as its
// caption and the warning for a view left out say it. It does not say
// "the device": check prints it of health IT that is not a medical
// device too (FlowsLacking), and the parts on the device are parts of
// the product.
const fleetTarget = "toward the product's own parts or the systems that run them, directly or through another system"

// customerSide reports a zone on the customer's side of the
// manufacturer's hosting: software the customer hosts, its own
// infrastructure, its own phones, tablets and computers.
func customerSide(zone string) bool {
	return zone == "customer_hosted" || zone == "customer_infrastructure" || isCustomerDevice(zone)
}

// fleet answers, for the multi-patient harm view, whether a hosted
// system's therapy data, configuration or software goes toward what acts
// on patients, from the ends of every data flow.
type fleet struct {
	p        *content.Product
	from, to []Node
}

// newFleet resolves every flow's ends in the data's order, as flowsWhere
// does, so that a name none knows is warned about at the same key.
func newFleet(p *content.Product, e *endpoints) *fleet {
	fl := &fleet{p: p}
	for i := range p.DataFlows {
		fl.from = append(fl.from, e.resolve(p, i, "from"))
		fl.to = append(fl.to, e.resolve(p, i, "to"))
	}
	return fl
}

// towardPatients reports whether flow f, in which from (a hosted system)
// sends therapy data, configuration or software to to, goes toward what
// acts on patients (fleetTarget). It does when to is in the device (its
// own parts, or a component inside it); a part of the product on the
// customer's side (an app on a patient's phone that commands therapy,
// an on-premise gateway that forwards to the pumps, the clinical
// workstations a dosing worklist runs on): together, the parts the
// manufacturer does not host and what is inside them; a part of the
// manufacturer hosts, sent it by another of the manufacturer's systems
// (a support workstation that configures the cloud service every
// hospital's scores come from); a system of the customer's sent
// software, which it installs (the hospital's cluster that runs the
// product's containers); or a system that passes therapy data,
// configuration or software on toward one of these, other than back to
// from (the manufacturer's cloud that passes a gateway's therapy data on
// to the clinicians as dosing proposals).
//
// It does not when a system on the customer's side uploads to a part or
// system the manufacturer hosts that passes none of it on (its support
// portal, its licence server: they reach no device), nor when to is a
// person's browser, which the data gives as an outside system, that
// only shows what the hosted system sends or sends configuration back
// to it. The zone alone cannot tell: a browser and a gateway both sit on
// the customer's side, and the manufacturer hosts both a dosing engine
// and a support portal.
func (fl *fleet) towardPatients(from, to Node, f content.DataFlow) bool {
	return fl.reaches(from, to, f, map[string]bool{from.ID: true}, map[string]bool{})
}

// reaches reports whether to, sent f by from, acts on patients or passes
// such data on toward what does. path holds the ends the data came
// through (the first sender first): passing it back to one of them does
// not count. explored holds the systems whose onward flows were already
// followed, so that each is followed once.
func (fl *fleet) reaches(from, to Node, f content.DataFlow, path, explored map[string]bool) bool {
	switch {
	case path[to.ID]:
		return false
	case to.Zone == "device":
		return true
	// A related system's part counts as before it was drawn dashed: which
	// flows the view selects does not change with how a box is drawn.
	case (to.Kind == Part || to.Kind == Related) && to.Zone == unstated: // the product's own software, its host not stated
		return true
	case to.listedPart() && customerSide(to.Zone): // the customer's own infrastructure too: the workstations a worklist runs on
		return true
	case (to.Kind == Part || to.Kind == Related) && to.Zone == "manufacturer_hosted" && from.Zone == "manufacturer_hosted":
		return true
	case f.Data.Has("software") && customerSide(to.Zone):
		return true
	case explored[to.ID]:
		return false
	}
	explored[to.ID], path[to.ID] = true, true
	defer delete(path, to.ID)
	for j, g := range fl.p.DataFlows {
		if fl.from[j].ID == to.ID && carriesFleetData(g) && fl.reaches(to, fl.to[j], g, path, explored) {
			return true
		}
	}
	return false
}

// Views returns the architecture views the product's data can draw, in the
// order of the premarket guidance (global system, multi-patient harm,
// updatability, then the security use cases), and a warning for each view
// left out for want of data. A view kind whose [[architecture]] entry
// gives a hand-drawn image or turns its diagram off is not drawn.
func Views(p *content.Product) ([]View, content.Diagnostics) {
	e := newEndpoints(p)
	var out []View
	add := func(v *View, err error) {
		if err != nil {
			e.warn("architecture", "%v", err)
			return
		}
		if v != nil {
			out = append(out, *v)
		}
	}
	for _, k := range []struct{ kind, title, file string }{
		{"global_system", "Global system view", "views/global-system.svg"},
		{"multi_patient_harm", "Multi-patient harm view", "views/multi-patient-harm.svg"},
		{"updatability", "Updatability and patchability view", "views/updatability.svg"},
	} {
		entry, skip := entryOf(p, k.kind)
		if skip {
			continue
		}
		v := View{Kind: k.kind, Title: k.title, File: k.file, Entry: entry}
		var flows []int
		flows, v.Basis = viewFlows(p, e, k.kind, entry)
		if len(flows) == 0 {
			if entry >= 0 {
				// The entry's text is shown: only the drawing is missing,
				// and a product none of whose flows fits (a device that
				// joins no network has no fleet to harm) says so.
				e.warn(viewPath(p, entry), "the %s's drawing is left out (its text is shown): %s; write no_diagram = true in the entry if no such flow exists", strings.ToLower(k.title), missing(p, k.kind))
				continue
			}
			why := missing(p, k.kind)
			if k.kind == "multi_patient_harm" && len(p.DataFlows) == 0 {
				// The view's text needs no flow: an entry of the kind is
				// shown without them (a multiplace chamber's sessions).
				why += ", and no [[architecture]] entry of kind multi_patient_harm is written (its text would be shown without data flows)"
			}
			if flows, _ := unassessedFleet(p); k.kind == "multi_patient_harm" && flows != "" {
				// Not "nothing to draw": a sender at the device may serve
				// every unit, which only the manufacturer can say.
				why += "; it does not assess the software flows " + flows + " (physical access): say in an [[architecture]] entry of kind multi_patient_harm whether such a sender serves many units"
			}
			customer, _ := customerFleet(p)
			if k.kind == "multi_patient_harm" && customer != "" {
				why += "; it does not assess the flows " + customer + ": say in an [[architecture]] entry of kind multi_patient_harm whether such a device serves many units"
			}
			if unassessed, _ := unassessedFleet(p); k.kind == "multi_patient_harm" && len(p.DataFlows) > 0 && customer == "" && unassessed == "" {
				// The flows are written and none fits: either one is
				// missing (a console's configuration written only as
				// flowing out of the product) or the product has none.
				why += "; if such a flow exists but is not written, add it to data_flows (the view is drawn from it); otherwise say how one failure or attack could harm many patients, or why it cannot, in an [[architecture]] entry of kind multi_patient_harm with no_diagram = true"
			}
			e.warn(viewPath(p, entry), "the %s is left out: %s", strings.ToLower(k.title), why)
			continue
		}
		add(build(p, e, v, flows, false))
	}
	for i, av := range p.Architecture {
		if av.Image != "" && strings.TrimSpace(av.Alt) == "" {
			e.warn(fmt.Sprintf("architecture[%d].alt", i), "missing: the hand-drawn image %q needs a text alternative", av.Image)
		}
	}
	n := 0
	for i, av := range p.Architecture {
		if av.Kind != "security_use_case" || !av.Generated() {
			continue
		}
		n++
		if len(av.Flows) == 0 {
			e.warn(fmt.Sprintf("architecture[%d]", i), "the security use case %q has no diagram: name the data flows of its path in flows", av.Title)
			continue
		}
		flows := e.flowsNamed(p, i)
		if len(flows) == 0 {
			continue
		}
		add(build(p, e, View{Kind: av.Kind, Title: "Security use case: " + av.Title, File: fmt.Sprintf("views/use-case-%d.svg", n), Entry: i,
			Basis: "The drawing shows the data flows of this use case's path."}, flows, false))
	}
	return out, e.diags
}

// viewFlows returns the data flows a view of kind (one of the three
// drawn from the data alone) draws, and the sentence that says which:
// those its [[architecture]] entry (the product's entry-th, -1 for none)
// names, else those the kind selects.
func viewFlows(p *content.Product, e *endpoints, kind string, entry int) ([]int, string) {
	if entry >= 0 && len(p.Architecture[entry].Flows) > 0 {
		return e.flowsNamed(p, entry), "The drawing shows the data flows this view names."
	}
	switch kind {
	case "global_system":
		// The customer's own infrastructure is drawn as an outside
		// system; a related system's part is a part of the product (the
		// CSD's related systems and the plan's scope call it so), named
		// here as the related system it is.
		shows := "every part of the product"
		if related := relatedPartLabels(p, e); len(related) == 1 {
			shows += " (among them " + related[0] + ", a related system of the manufacturer's)"
		} else if len(related) > 1 {
			shows += " (among them " + content.AndList(related) + ", related systems of the manufacturer's)"
		}
		if len(p.CustomerInfrastructureParts()) > 0 {
			shows += p.InHouseWords(", every system of the customer's own that the product relies on")
		}
		// InHouseWords above, not here: a part's name keeps its words.
		return allFlows(p), "The drawing shows " + shows + ", every outside system a data flow names, and every data flow, each in the trust zone the data gives for it."
	case "multi_patient_harm":
		alarms := false
		fleet := newFleet(p, e)
		flows := flowsWhere(p, e, func(from, to Node, f content.DataFlow) bool {
			if hosted(from.Zone) && carriesFleetData(f) && fleet.towardPatients(from, to, f) {
				return true
			}
			if f.Data.Has(alarmData) && (hosted(from.Zone) || hosted(to.Zone)) {
				alarms = true
				return true
			}
			return false
		})
		// fleetClaim: another maker's device may serve one unit alone;
		// thirdPartyNote: the third parties' systems the rule leaves out.
		if alarms {
			return flows, p.InHouseWords("The drawing shows the data flows in which a part or system hosted by the customer or by the manufacturer sends therapy data, configuration or software "+fleetTarget+", or receives or passes on alarms"+fleetClaim(p, flows, true)) + thirdPartyNote(p, e, flows)
		}
		return flows, p.InHouseWords("The drawing shows the data flows in which a part or system hosted by the customer or by the manufacturer sends therapy data, configuration or software "+fleetTarget+fleetClaim(p, flows, false)) + thirdPartyNote(p, e, flows)
	case "updatability":
		return flowsWhere(p, e, func(_, _ Node, f content.DataFlow) bool { return slices.Contains(f.Data, "software") }),
			"The drawing shows the data flows that carry software, from where updates come to where they are installed."
	}
	return nil, ""
}

// relatedPartLabels labels, in part order, the parts the global view
// draws as related systems' (Related nodes).
func relatedPartLabels(p *content.Product, e *endpoints) []string {
	var out []string
	for _, pt := range p.AllParts() {
		if n := e.partNode(pt); n.Kind == Related {
			out = append(out, pt.TheName()) // in a sentence: "the Halcyon Connect server"
		}
	}
	return out
}

// DrawsUnattached reports whether the security plan draws a view of kind
// (global system, multi-patient harm or updatability) from the data
// alone, with no [[architecture]] entry of that kind: Views then gives
// it, and the plan shows it under the kind's heading. It lays nothing
// out.
func DrawsUnattached(p *content.Product, kind string) bool {
	entry, _ := entryOf(p, kind)
	return entry < 0 && DrawsView(p, kind)
}

// DrawsView reports whether the security plan draws a view of kind
// (global system, multi-patient harm or updatability) from the product's
// data flows, whether or not an [[architecture]] entry describes it: a
// hand-drawn image or no_diagram in place of the drawing does not count.
// It lays nothing out.
func DrawsView(p *content.Product, kind string) bool {
	entry, skip := entryOf(p, kind)
	if skip {
		return false
	}
	flows, _ := viewFlows(p, newEndpoints(p), kind, entry)
	return len(flows) > 0
}

// DataFlowDiagram is the threat model's data-flow diagram: every part,
// outside system, data store and data flow, with the trust zones as
// boundaries. It is nil, with a warning, when the product has no flows.
func DataFlowDiagram(p *content.Product) (*View, content.Diagnostics) {
	e := newEndpoints(p)
	flows := allFlows(p)
	if len(flows) == 0 {
		e.warn("data_flows", "the threat model's data-flow diagram is left out: %s", missing(p, "global_system"))
		return nil, e.diags
	}
	basis := "The drawing shows every part, outside system, data store and data flow; each frame is a trust zone, and every arrow that leaves a frame crosses a trust boundary. A data store is drawn in the zone of the part that holds it."
	if len(p.DataStores) == 0 && !p.States("data_stores") {
		// "every data store" beside none drawn would say nothing is stored.
		basis = "The drawing shows every part, outside system and data flow; each frame is a trust zone, and every arrow that leaves a frame crosses a trust boundary. Data at rest is not stated, so no data store is drawn."
	}
	v, err := build(p, e, View{Kind: "data_flow", Title: "Data flows and trust boundaries", File: "views/data-flows.svg", Entry: -1,
		Basis: basis}, flows, true)
	if err != nil {
		e.warn("data_flows", "%v", err)
	}
	return v, e.diags
}

func missing(p *content.Product, kind string) string {
	if len(p.DataFlows) == 0 {
		// No flow at all: "no data flow carries software" would read as a
		// finding about the product where only the flows are not written.
		out := FlowsLacking("global_system")
		if kind == "updatability" {
			if names := softwareInterfaces(p); len(names) == 1 {
				out += fmt.Sprintf("; the interface %s carries software: write the data flows that use it", names[0])
			} else if len(names) > 1 {
				out += fmt.Sprintf("; the interfaces %s carry software: write the data flows that use them", content.AndList(names))
			}
		}
		return out
	}
	if kind == "multi_patient_harm" || kind == "updatability" {
		return FlowsLacking(kind) + ", and the view names no flows"
	}
	return FlowsLacking(kind)
}

// softwareInterfaces names the interfaces that carry software.
func softwareInterfaces(p *content.Product) []string {
	var out []string
	for _, i := range p.Interfaces {
		if i.Carries.Has("software") {
			out = append(out, strconv.Quote(i.Name))
		}
	}
	return out
}

// FlowsLacking says which data flows the product lacks for a view of
// kind (global system, multi-patient harm or updatability) to be drawn
// from the data alone, citing the keys that would state them.
func FlowsLacking(kind string) string {
	switch kind {
	case "multi_patient_harm":
		return "no data flow carries therapy data, configuration or software from a part or system hosted by the customer or by the manufacturer " + fleetTarget + ", or alarms to or from one (data_flows, parts.runs, flow_endpoints.zone)"
	case "updatability":
		return "no data flow carries software (data_flows.data)"
	}
	return "the product lists no data flows (data_flows)"
}

// entryOf returns the first [[architecture]] entry of a kind (-1: none),
// and whether that kind's diagram is not drawn because an entry gives a
// hand-drawn image or turns its diagram off.
func entryOf(p *content.Product, kind string) (int, bool) {
	first := -1
	for i, v := range p.Architecture {
		if v.Kind != kind {
			continue
		}
		if !v.Generated() {
			return i, true
		}
		if first < 0 {
			first = i
		}
	}
	return first, false
}

func viewPath(p *content.Product, entry int) string {
	if entry >= 0 {
		return fmt.Sprintf("architecture[%d]", entry)
	}
	if len(p.Architecture) > 0 {
		return "architecture"
	}
	return "data_flows"
}

func allFlows(p *content.Product) []int {
	out := make([]int, len(p.DataFlows))
	for i := range out {
		out[i] = i
	}
	return out
}

func flowsWhere(p *content.Product, e *endpoints, keep func(from, to Node, f content.DataFlow) bool) []int {
	var out []int
	for i, f := range p.DataFlows {
		if keep(e.resolve(p, i, "from"), e.resolve(p, i, "to"), f) {
			out = append(out, i)
		}
	}
	return out
}

// flowsNamed returns the flows an [[architecture]] entry names, warning of
// unknown IDs.
func (e *endpoints) flowsNamed(p *content.Product, entry int) []int {
	var out []int
	for j, id := range p.Architecture[entry].Flows {
		k := slices.IndexFunc(p.DataFlows, func(f content.DataFlow) bool { return f.ID == id })
		if k < 0 {
			e.warn(fmt.Sprintf("architecture[%d].flows[%d]", entry, j), "unknown data flow %q; the view's diagram leaves it out", id)
			continue
		}
		out = append(out, k)
	}
	return out
}

func flowPath(p *content.Product, i int) string {
	if at := p.DataFlows[i].At; at != "" {
		return at
	}
	return fmt.Sprintf("data_flows[%d]", i)
}

// resolve is the node of flow i's from or to.
func (e *endpoints) resolve(p *content.Product, i int, end string) Node {
	f := p.DataFlows[i]
	name := f.From
	if end == "to" {
		name = f.To
	}
	return e.node(name, flowPath(p, i)+"."+end)
}

// build makes the scene of a view from the flows it draws (every part
// too for the global views) and lays it out.
func build(p *content.Product, e *endpoints, v View, flows []int, stores bool) (*View, error) {
	var nodes []Node
	seen := map[string]bool{}
	addNode := func(n Node) {
		if !seen[n.ID] {
			seen[n.ID] = true
			nodes = append(nodes, n)
		}
	}
	global := v.Kind == "global_system" || v.Kind == "data_flow"
	if global {
		for _, pt := range p.AllParts() {
			addNode(e.partNode(pt))
		}
	}
	var edges []Edge
	for _, i := range flows {
		f := p.DataFlows[i]
		from, to := e.resolve(p, i, "from"), e.resolve(p, i, "to")
		addNode(from)
		addNode(to)
		label := f.ID
		via := ""
		if it := p.Interface(f.Interface); it != nil {
			label += " · " + it.Kind.Label()
			via = it.Name
			if only := p.FlowOnlyOn(f); only != "" {
				// as the data-flow and interface tables name it
				via += " (" + only + ")"
			}
		} else if f.Interface == "" && p.FlowOutsideProduct(f) {
			via = "Outside the product"
		}
		edges = append(edges, Edge{ID: f.ID, From: from.ID, To: to.ID, Label: label})
		v.Flows = append(v.Flows, FlowRow{ID: f.ID, From: from.Label, To: to.Label, Data: dataLabels(p, f), Via: via, Protection: f.Protection})
	}
	if stores {
		// One box per part lists the part's stores, in its zone and
		// without a line: a line to each store from its part tangles
		// with the flows, and a box per store stacks the zone far
		// taller than the flows need (the pump's six stores made its
		// diagram too tall to print legibly). A zone of several parts
		// names the part.
		var order []string
		items := map[string][]string{}
		zone := map[string]Node{}
		for _, d := range p.DataStores {
			pt := e.partNode(p.PartOfStore(d))
			if _, ok := items[pt.ID]; !ok {
				order = append(order, pt.ID)
				zone[pt.ID] = pt
			}
			items[pt.ID] = append(items[pt.ID], d.Name)
		}
		for _, id := range order {
			pt := zone[id]
			label := "Data stores"
			if len(items[id]) == 1 {
				label = "Data store"
			}
			if partsIn(p, e, pt.Zone) > 1 {
				label += " of " + pt.Label
			}
			addNode(Node{ID: "stores:" + strings.TrimPrefix(id, "part:"), Label: label, Items: items[id], Zone: pt.Zone, Kind: Store})
		}
	}
	if v.Kind == "updatability" {
		v.Installers, v.NeverUpdated = installers(p, e, nodes, edges)
	}
	// The two zones of the customer's network may stand in either order:
	// the one that draws better wins (the first on a tie).
	var best *Layout
	for _, order := range [][]string{withOwnerZones(zoneOrder), withOwnerZones(customerSwapped)} {
		var zones []Zone
		for _, z := range order {
			if slices.ContainsFunc(nodes, func(n Node) bool { return n.Zone == z }) {
				zones = append(zones, Zone{ID: z, Label: zoneLabel(p, z), Framed: z != unstated})
			}
		}
		v.Alt = alt(v, zones, nodes)
		l, err := Place(Scene{Title: v.Title, Desc: v.Alt, Zones: zones, Nodes: nodes, Edges: edges})
		if err != nil {
			return nil, err
		}
		if best == nil || l.Score() < best.Score() {
			best = l
		}
	}
	v.Layout = best
	v.Alt = best.Desc
	return &v, nil
}

// installers says who installs updates on each part that receives
// software: first the parts the drawn flows bring it to, in the order
// drawn, then every other part of the product that receives it by the
// data, though no flow draws how (a receiver whose software comes in over
// its network interface, a workstation updated from a USB stick): an
// interface of it carries software, unless the flows show it is where
// software comes from (softwareSource), or its patching says who updates
// it.
// A related system's part (its patching is its related system's) and the
// customer's own infrastructure are left out unless a drawn flow reaches
// them. A part never updated once made (field_updatable = false) goes
// to the second list instead: its patching says what replaces updates.
func installers(p *content.Product, e *endpoints, nodes []Node, edges []Edge) (out, never []Installer) {
	listed := map[string]bool{}
	deployment := strings.TrimSpace(p.Postmarket.Patching.Deployment) != ""
	add := func(pt content.Part, label string) {
		listed[pt.ID] = true
		// the default as the product's other documents word it
		who := p.PartPatchedBy(pt)
		if who == "" { // listed all the same: the list covers every part that receives software
			who = "Not stated"
		}
		in := Installer{Part: label, Who: who}
		if pt.FieldUpdatable.IsFalse() {
			never = append(never, in)
			return
		}
		if before, sent := p.UpdatesRefPrefix(pt, deployment); sent {
			in.Deployment, in.Before = true, before
		}
		out = append(out, in)
	}
	for _, n := range nodes {
		if !strings.HasPrefix(n.ID, "part:") || !slices.ContainsFunc(edges, func(ed Edge) bool { return ed.To == n.ID }) {
			continue
		}
		pt, _ := e.partByID(strings.TrimPrefix(n.ID, "part:"))
		add(pt, n.Label)
	}
	for _, pt := range p.AllParts() {
		if listed[pt.ID] || p.IsRelatedPart(pt.ID) || pt.Runs.IsCustomerInfrastructure() {
			continue
		}
		// An interface of the service the software comes from carries it
		// out, not in.
		carries := slices.ContainsFunc(p.Interfaces, func(i content.Interface) bool {
			return p.PartOfInterface(i).ID == pt.ID && i.Carries.Has("software")
		}) && !softwareSource(p, pt)
		if carries || strings.TrimSpace(pt.Patching) != "" {
			add(pt, e.partNode(pt).Label)
		}
	}
	return out, never
}

// dataLabels names a flow's data as the rest of the documents do
// (Product.FlowDataLabels): the table, the alt text and the SVG's
// description must not call one flow's data "PHI" where section 6.6 and
// the CSD say "Health data", nor leave a flow of none of the kinds blank.
// A flow that sends its PHI and PII only where an optional feature is
// used (personal_only_with) gives them last with that condition, as the
// data-flow table does (Product.FlowDataLabelsOnlyWith).
func dataLabels(p *content.Product, f content.DataFlow) string {
	return strings.Join(p.FlowDataLabelsOnlyWith(f.Data, f.PersonalOnlyWith), ", ")
}

// alt is the figure's text alternative: what is in each zone and what
// flows where (the table beside the figure gives the details).
func alt(v View, zones []Zone, nodes []Node) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s.", v.Title)
	for _, z := range zones {
		var names []string
		for _, n := range nodes {
			if n.Zone == z.ID && len(n.Items) > 0 {
				names = append(names, n.Label+" — "+strings.Join(n.Items, ", "))
			} else if n.Zone == z.ID {
				names = append(names, n.Label)
			}
		}
		fmt.Fprintf(&b, " %s: %s.", z.Label, strings.Join(names, "; "))
	}
	for _, f := range v.Flows {
		fmt.Fprintf(&b, " %s: %s to %s (%s).", f.ID, f.From, f.To, f.Data)
	}
	return b.String()
}

// partsIn counts the parts that run in a zone.
func partsIn(p *content.Product, e *endpoints, zone string) int {
	n := 0
	for _, pt := range p.AllParts() {
		if e.partNode(pt).Zone == zone {
			n++
		}
	}
	return n
}
