package diagram

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// zoneOrder is the columns, left to right: third parties' systems, the
// manufacturer's side, the customer's network, the device, what reaches
// the device only physically, and last the endpoints whose zone the data
// does not state.
var zoneOrder = []string{"third_party", "manufacturer_hosted", "customer_infrastructure", "customer_hosted", "customer_device", "device", "physical", unstated}

// customerSwapped is zoneOrder with the customer's two zones the other
// way round.
var customerSwapped = []string{"third_party", "manufacturer_hosted", "customer_hosted", "customer_infrastructure", "customer_device", "device", "physical", unstated}

const unstated = "unstated"

func zoneLabel(p *content.Product, id string) string {
	switch id {
	case "physical":
		// "at the device" has no referent where no part runs on one (an
		// app whose phone reads a wristband).
		if slices.ContainsFunc(p.AllParts(), func(pt content.Part) bool { return pt.Runs.IsDevice() }) {
			return "Physical access at the device"
		}
		return "Physical access"
	case "customer_hosted":
		// Software in the customer's cloud tenancy is on no server the
		// customer hosts, which the bare label suggests (Part.Where).
		if tenancyOnly(p) {
			return p.InHouseWords("Hosted by the customer, in its own cloud tenancy")
		}
	case "third_party":
		return "Third parties"
	case unstated:
		return "Zone not stated in the data"
	}
	if isCustomerDevice(id) && ownersSplit(p) {
		return ownerZoneLabel(p, id)
	}
	if id == "customer_device" {
		return customerDevicesLabel(p.AllParts(), p.RunsLabel(content.PartRuns(id)))
	}
	return p.RunsLabel(content.PartRuns(id))
}

// endpoints resolves the names data flows use for their ends to nodes:
// a part ID; a [[flow_endpoints]] name or alias (a part, or a system in a
// zone); a part's name; else a system whose zone is not stated.
type endpoints struct {
	p      *content.Product
	diags  content.Diagnostics
	warned map[string]bool
}

func newEndpoints(p *content.Product) *endpoints {
	e := &endpoints{p: p, warned: map[string]bool{}}
	parts := map[string]bool{}
	for _, pt := range p.AllParts() {
		parts[pt.ID] = true
	}
	for i, fe := range p.FlowEndpoints {
		path := fmt.Sprintf("flow_endpoints[%d]", i)
		switch {
		case fe.Part != "" && fe.Zone != "":
			e.warn(path+".zone", "gives both part and zone; the part wins (a name that means a part is drawn as that part)")
		case fe.Part == "" && fe.Zone == "":
			e.warn(path, "missing: part or zone; the architecture views draw %q outside every trust zone", fe.Name)
		}
		if fe.Part != "" && !parts[fe.Part] {
			e.warn(path+".part", "unknown part %q; the architecture views draw %q outside every trust zone", fe.Part, fe.Name)
		}
	}
	return e
}

func (e *endpoints) warn(path, format string, args ...any) {
	e.diags = append(e.diags, content.Diagnostic{Severity: content.Warning, File: e.p.Source.File, Line: e.p.Source.Line(path), Path: path,
		Message: fmt.Sprintf(format, args...)})
}

// partNode is the node of a part; the implicit device part is labelled
// with the product's name.
func (e *endpoints) partNode(pt content.Part) Node {
	end, _ := e.p.ResolveFlowEnd(pt.ID)
	return e.endNode(end)
}

// endNode is the node of a resolved flow end; an end whose zone is not
// stated is drawn in no trust zone.
func (e *endpoints) endNode(end content.FlowEnd) Node {
	n := Node{ID: end.Key, Label: end.Label, Zone: end.Zone, Kind: System}
	if end.IsPart() {
		n.Kind = Part
		pt, ok := e.partByID(end.Part)
		if ok && pt.Runs.IsCustomerInfrastructure() {
			n.Kind = Infrastructure // the customer's own, whoever else names it
		} else if e.p.IsRelatedPart(end.Part) {
			n.Kind = Related
		}
		if ok {
			n.Zone = ownerZone(e.p, pt, n.Zone)
		}
	}
	if n.Zone == "" {
		n.Zone = unstated
	}
	return n
}

func (e *endpoints) partByID(id string) (content.Part, bool) {
	for _, pt := range e.p.AllParts() {
		if pt.ID == id {
			return pt, true
		}
	}
	return content.Part{}, false
}

// node resolves a flow's from or to (written at path) to its node, as
// content.FlowEnd does; a name it does not know is warned about once.
func (e *endpoints) node(name, path string) Node {
	name = strings.TrimSpace(name)
	end, ok := e.p.ResolveFlowEnd(name)
	if !ok && !e.warned[strings.ToLower(name)] {
		e.warned[strings.ToLower(name)] = true
		e.warn(path, "%q is neither a part nor a [[flow_endpoints]] name, so the architecture views draw it outside every trust zone; add a [[flow_endpoints]] entry with its zone (or the part it means)", name)
	}
	return e.endNode(end)
}

// tenancyOnly reports a product with parts the customer hosts, each in its
// own cloud tenancy (Part.InCloudTenancy).
func tenancyOnly(p *content.Product) bool {
	n := 0
	for _, pt := range p.AllParts() {
		if pt.Runs.IsCustomerHosted() {
			if !pt.InCloudTenancy() {
				return false
			}
			n++
		}
	}
	return n > 0
}
