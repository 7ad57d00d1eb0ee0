package content

import "testing"

// TestRelatedDirectLinkContact: a contact closure (kind contact, a
// nurse-call cable) joins the device to one system beside it, as a
// serial cable does: the related system reached over it is hardware
// beside the device, not one whose hosting is "Not stated".
func TestRelatedDirectLinkContact(t *testing.T) {
	p := &Product{
		Parts:          []Part{{ID: "bed", Name: "Bed", Runs: "device"}},
		Interfaces:     []Interface{{ID: "nc", Kind: "contact", Part: "bed", Name: "Nurse-call connector"}},
		FlowEndpoints:  []FlowEndpoint{{Name: "Nurse call", Zone: "customer_infrastructure", RelatedSystem: "ncs"}},
		RelatedSystems: []RelatedSystem{{ID: "ncs", Name: "Nurse-call system", Kind: "other", Maker: "Callmark"}},
		DataFlows:      []DataFlow{{ID: "DF-1", From: "bed", To: "Nurse call", Interface: "nc"}},
	}
	if got, want := p.RelatedDirectLink(p.RelatedSystems[0]), "Directly to Bed, over "; len(got) < len(want) || got[:len(want)] != want {
		t.Errorf("RelatedDirectLink = %q, want it to start %q", got, want)
	}
}
