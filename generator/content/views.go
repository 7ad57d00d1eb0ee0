package content

import (
	"fmt"
	"strings"
)

// The architecture views (FDA premarket guidance V.B.2) are drawn from the
// parts and data flows (generator/diagram). A data flow names its ends by
// part ID or by the name of an outside system; [[flow_endpoints]] says
// where each such name sits, so the drawing places it in the right trust
// zone instead of guessing from its wording.

// FlowEndpoint is a name that data flows use for their from or to besides
// a part ID.
type FlowEndpoint struct {
	Name          string   `toml:"name" jsp:"required" doc:"The name as data flows write it in from or to, e.g. Halcyon Connect; also the label drawn."`
	Aliases       []string `toml:"aliases" doc:"Other spellings of the same endpoint in data flows, e.g. Pump (docked)."`
	Part          string   `toml:"part" doc:"ID of the part this name means (the flows then meet that part's box); give part or zone."`
	Zone          string   `toml:"zone" jsp:"oneof=device customer_hosted customer_device manufacturer_hosted customer_infrastructure third_party physical" doc:"Where an outside system or a component inside the device sits, as a part's runs; third_party: a system neither the customer nor the manufacturer runs (an app store, another maker's meter or cloud service); or physical: a person or item that reaches the device only by physical access (a badge, a printed label, a service laptop on a cable); a port whose endpoints are all of this zone, and that names no peer_part, is on no network of the customer's: it gets no firewall rule, is not counted among the ports that listen or connect on the customer's network (CSD key facts, security plan, notices and their CSAF twins), and is named apart as reached only by physical access."`
	RelatedSystem string   `toml:"related_system" doc:"ID of the [[related_systems]] entry this name means (another maker's stethoscope that streams to the device, written in the flows as Digital stethoscope). The data-in-transit table then names that system and its maker beside the flow's end, and the related-systems section lists the flows it takes part in; where every such flow runs over a Bluetooth, USB, serial, NFC, infrared or radio interface of a part on the device and the system's hosting is not stated, its facts say how it connects directly instead of \"Hosted: Not stated\". Not with part."`
	OperatedBy    string   `toml:"operated_by" doc:"Only with zone = \"third_party\", for a system run by an organisation other than the customer and the manufacturer: who runs it, a short phrase that fits after \"run by\", e.g. the receiving hospital. The CSD then says which flows hand data to that organisation, and that a flow does so only once the customer enables it where every port by which its part reaches the system (listing it among its endpoints) is off (default_enabled = false); without it, the CSD says that who runs the system is not stated."`
}

// Matches reports whether a data flow's from or to names this endpoint.
func (e FlowEndpoint) Matches(name string) bool {
	name = strings.TrimSpace(name)
	if strings.EqualFold(name, strings.TrimSpace(e.Name)) {
		return true
	}
	for _, a := range e.Aliases {
		if strings.EqualFold(name, strings.TrimSpace(a)) {
			return true
		}
	}
	return false
}

// Generated reports whether the view's diagram is drawn from the data: not
// when the product gives a hand-drawn image or turns the diagram off.
func (v View) Generated() bool { return v.Image == "" && !v.NoDiagram }

// architectureImages checks the hand-drawn images of the architecture
// views as the [[diagrams]] images are checked: a PNG or JPEG inside
// content/<product-id>/.
func (v *productValidator) architectureImages() {
	for i, av := range v.p.Architecture {
		if av.Image != "" {
			v.diagramImage(fmt.Sprintf("architecture[%d].image", i), Diagram{File: av.Image})
		}
	}
}
