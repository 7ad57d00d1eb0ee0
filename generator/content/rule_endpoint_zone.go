package content

import (
	"fmt"
	"strings"
)

// flowEndpointZones warns where a flow endpoint's zone contradicts the
// related system it is: the one it names (related_system), or the one
// of the same name it does not name. The documents then said both things
// of one system: the data-in-transit table that the Practice-management
// software "belongs to another party" whose runner "is not stated"
// (zone third_party), and the related-systems section that it runs on
// the practice's own computer (runs customer_device); the drawing put it
// under "Third parties" (dentalxray, marketsplit). The zone is kept as
// written: which of the two is true is the manufacturer's to say.
func (v *productValidator) flowEndpointZones() {
	for i, fe := range v.p.FlowEndpoints {
		if fe.Part != "" || fe.Zone == "" || fe.Zone == "physical" {
			continue
		}
		for _, s := range v.p.RelatedSystems {
			named := fe.RelatedSystem == s.ID
			if !named && (fe.RelatedSystem != "" || !strings.EqualFold(strings.TrimSpace(fe.Name), strings.TrimSpace(s.Name))) {
				continue
			}
			runs := s.Runs
			if runs == "" && s.Part != "" {
				runs = v.p.Part(s.Part).Runs
			}
			if runs == "" || string(runs) == fe.Zone {
				continue
			}
			how := fmt.Sprintf("names the related system %q", s.ID)
			if !named {
				how = fmt.Sprintf("has the name of the related system %q", s.ID)
			}
			v.warnf(fmt.Sprintf("flow_endpoints[%d].zone", i), "is %q, but %q %s, which runs = %q: the documents say both of one system (the data flows and the drawing place it by the zone, the related-systems section by runs); make them agree%s",
				fe.Zone, fe.Name, how, runs, map[bool]string{true: "", false: fmt.Sprintf(", and write related_system = %q", s.ID)}[named])
			break
		}
	}
}
