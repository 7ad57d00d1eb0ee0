package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestDecidingHintPartKeys: a product with [[parts]] states
// interfaces_complete on each part (the product-level key is an error
// beside [[parts]]): the fact counts as stated when every part but the
// customer's own infrastructure states it, and the error names the
// part's key, not the product's. genomicscloud, pacsviewer, fhirapi:
// every part wrote interfaces_complete = true, and the MPII-3.10 warning
// asked for interfaces_complete.
func TestDecidingHintPartKeys(t *testing.T) {
	w := newWorld()
	w.p.Parts = []content.Part{
		{ID: "dev", Name: "Device", Runs: "device", InterfacesComplete: content.True},
		{ID: "srv", Name: "Server", Runs: "customer_hosted"},
		{ID: "db", Name: "Hospital database", Runs: "customer_infrastructure"},
	}
	k := decidingFact{key: "interfaces_complete", keyPath: keyPaths()["interfaces_complete"], onParts: true}
	if w.facts().statesFact(k) {
		t.Errorf("interfaces_complete counted as stated, though part srv does not state it")
	}
	if got := k.String(); got != "parts[].interfaces_complete" {
		t.Errorf("the fact is named %q, want parts[].interfaces_complete", got)
	}
	w.p.Parts[1].InterfacesComplete = content.False
	if !w.facts().statesFact(k) {
		t.Errorf("interfaces_complete not counted as stated, though every part but the customer's infrastructure states it")
	}
}

// TestNoAnswerMPII310HostLinks: MPII-3.10 of a product with no part on
// the device, whose MPII-3.5 or MPII-3.6 is N/A because it reaches the
// network over its host's connections, is decided by no fact the product
// could state (unlessHostLinksOther): its error asks for an answer by
// hand and names no key to state, though every part states
// interfaces_complete (REPORT-genomicscloud #3, REPORT-pacsviewer #10,
// REPORT-fhirapi #5).
func TestNoAnswerMPII310HostLinks(t *testing.T) {
	cat := shippedCatalog(t)
	w := newWorld()
	w.p.Models, w.p.Documents = nil, content.Documents{}
	w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted", Hosting: "premises", InterfacesComplete: content.True}}
	nic := partIface("app-net", "virtual_nic", "app")
	nic.Carries = content.DataKinds{"phi"}
	w.p.Interfaces = []content.Interface{nic}
	msg := noAnswerErrorOf(t, cat, "MPII-3.10", w)
	if strings.Contains(msg, "or state") || strings.Contains(msg, "interfaces_complete") || !strings.Contains(msg, "only an answer does") || !strings.Contains(msg, "host's connections") {
		t.Errorf("MPII-3.10: want only the remedy of an answer by hand, saying why no fact decides it: %s", msg)
	}
}
