package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// Cases from the sparse-fixture reviews (holter, fixedfw, serialonly,
// fhirapi): CONN-3 from a port of the product's software on the
// hospital's own PCs, CONN-2 where the CSD says the device uses no port
// although it has a link that could carry one, CONN-5 from an interface
// of kind api, MPII-3.7 for a product that runs only at the manufacturer,
// and the wording of CONN-6's basis.

// pcApp is a recorder (no network) with an analysis application on the
// hospital's own PCs that sends HL7 to the hospital's interface engine
// (the holter fixture).
func pcApp(w *world) {
	w.p.Customer = content.CustomerKinds{"hospital"}
	w.p.Parts = []content.Part{
		{ID: "recorder", Name: "RT-7 recorder", Runs: "device"},
		{ID: "analyst", Name: "RhythmTrace Analyst", Runs: "customer_device", HostKinds: []string{"computer"}},
		{ID: "engine", Name: "Hospital EHR interface engine", Runs: "customer_infrastructure"},
	}
	w.p.Interfaces = []content.Interface{partIface("card", "removable_media", "recorder"), partIface("pc-lan", "ethernet", "analyst")}
	hl7 := partPort(port(2575, "tcp", "out", "pc-lan"), "analyst")
	hl7.PeerPart = "engine"
	w.p.Ports = []content.Port{hl7}
}

// fhirService is a product that runs only at the manufacturer: one part
// and its FHIR API, carrying PHI, with the port it listens on.
func fhirService(w *world) {
	w.p.Parts = []content.Part{{ID: "service", Name: "SepsiScore cloud service", Runs: "manufacturer_hosted"}}
	fhir := partIface("fhir", "api", "service")
	fhir.Carries = dataKinds([]string{"phi", "pii"})
	w.p.Interfaces = []content.Interface{fhir}
	w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "fhir"), "service", "fhir.example")}
}

// ehrFlow adds a flow of PHI between the hospital's EHR, placed in zone,
// and the service, over no interface that states it carries PHI.
func ehrFlow(zone string) func(w *world) {
	return func(w *world) {
		fhirService(w)
		w.p.Interfaces[0].Carries = nil
		w.p.Ports = nil
		if zone != "" {
			w.p.FlowEndpoints = []content.FlowEndpoint{{Name: "Hospital EHR", Zone: zone}}
		}
		w.p.DataFlows = []content.DataFlow{{ID: "DF-01", From: "Hospital EHR", To: "service", Data: dataKinds([]string{"phi"})}}
	}
}

func connCustomerSideCases() []ruleCase {
	apiWith := func(ports ...content.Port) func(w *world) {
		return func(w *world) {
			w.p.Interfaces = []content.Interface{iface("lcd", "display", "phi"), iface("rest", "api", "phi")}
			w.p.Ports = ports
		}
	}
	return []ruleCase{
		// The CSD puts the application on the hospital network (a
		// firewall rule for its HL7 port): so does CONN-3.
		{"CONN-3", "an application on the hospital's PCs sending HL7 to its interface engine", pcApp,
			yesBy("ports[0]", "is 2575/tcp (svc2575), by which RhythmTrace Analyst, which runs on a computer the customer owns, exchanges data with the Hospital EHR interface engine (peer_part) on the customer's network")},
		// The PC reaches the internet too: an update check to a host
		// the data do not place may leave the customer's network.
		{"CONN-3", "the same application checking for updates at a host the data do not place", func(w *world) {
			pcApp(w)
			w.p.Ports[0] = partPort(port(443, "tcp", "out", "pc-lan"), "analyst", "updates.example")
		}, decidesNothing},
		// Used at home the PC is the patient's, on no network of the
		// customer's: the CSD gives it no rule there, and the port says
		// nothing here.
		{"CONN-3", "the same application on patients' computers at home", func(w *world) {
			pcApp(w)
			w.p.HomeUse = content.True
		}, decidesNothing},

		// serialonly: ports = [] beside a barcode scanner of kind other;
		// the CSD says the analyzer opens no network port.
		{"CONN-2", "ports = [] beside an interface of kind other, the CSD built", func(w *world) {
			w.states("ports", "interfaces")
			w.p.Interfaces = []content.Interface{iface("lis", "serial", "phi"), iface("scanner", "other", "pii")}
		}, naBy("ports", "is written empty: it uses no network port, so there is no port list to provide (the customer security documentation says it uses none)")},
		{"CONN-2", "ports = [] beside an interface of kind other, no CSD built", func(w *world) {
			w.states("ports", "interfaces")
			w.p.Interfaces = []content.Interface{iface("lis", "serial", "phi"), iface("scanner", "other", "pii")}
			w.p.Documents.Build = []string{"mds2"}
		}, noBy("ports", "lists no network port, so the documents publish no port list")},

		{"CONN-5", "an API the device listens on", apiWith(port(443, "tcp", "in", "rest")),
			yesBy("interfaces[1]", "is the rest interface, of kind api: the device provides an application programming interface over it")},
		{"CONN-5", "an API the device only connects out on", apiWith(port(443, "tcp", "out", "rest")),
			yesBy("interfaces[1]", "is the rest interface, of kind api: the device calls an application programming interface over it")},
		{"CONN-5", "an API interface without ports", apiWith(),
			yesBy("interfaces[1]", "is the rest interface, of kind api: the device calls or provides an application programming interface over it")},
		{"CONN-5", "a product that runs only at the manufacturer, with its FHIR API", fhirService,
			yesBy("interfaces[0]", "is the fhir interface, of kind api: the device provides an application programming interface over it")},
		// The API of a cloud beside the device is the cloud's: whether
		// the device calls it is not stated.
		{"CONN-5", "the API of a service the manufacturer hosts beside the device", func(w *world) {
			serviceCentre(w)
			w.p.Interfaces = append(w.p.Interfaces, partIface("cloud-api", "api", "rsc"))
		}, decidesNothing},
		{"CONN-5", "an API internal to the product, beside an Ethernet port", func(w *world) {
			w.p.Interfaces = []content.Interface{iface("eth", "ethernet"), internal(iface("bus", "api"))}
		}, decidesNothing},

		// fhirapi: the product is a hosted API, and its own interface
		// carries PHI to and from the hospital (CONN-4 reads the same
		// port).
		{"MPII-3.7", "a product only the manufacturer hosts, its PHI API listening", fhirService,
			yesBy("interfaces[0].carries", "lists PHI or PII (interface fhir), on which 443/tcp (svc443) of the SepsiScore cloud service listens; the product runs only where the manufacturer hosts it, outside the customer's network")},
		{"MPII-3.7", "the same API with no port listening", func(w *world) {
			fhirService(w)
			w.p.Ports[0].Direction = "out"
		}, decidesNothing},
		{"MPII-3.7", "the same API beside a device", func(w *world) {
			fhirService(w)
			w.p.Parts = append(w.p.Parts, content.Part{ID: "dev", Name: "Monitor", Runs: "device"})
		}, decidesNothing},
		{"MPII-3.7", "PHI between the service and an EHR placed in the customer's infrastructure", ehrFlow("customer_infrastructure"),
			yesBy("data_flows[0].data", "(DF-01) carries PHI or PII between Hospital EHR, which the data place on the customer's network, and the SepsiScore cloud service, which the manufacturer hosts outside it")},
		{"MPII-3.7", "PHI between the service and an EHR placed nowhere", ehrFlow(""), decidesNothing},
		{"MPII-3.7", "PHI between the service and a third party", ehrFlow("third_party"), decidesNothing},
		{"MPII-3.7", "PHI between the service and a patient's phone at home", func(w *world) {
			ehrFlow("customer_device")(w)
			w.p.HomeUse = content.True
		}, decidesNothing},

		{"CONN-6", "a product only the manufacturer hosts, its part named with a common noun", fhirService,
			yesBy("ports[0]", "belongs to the SepsiScore cloud service, a part of the product that is hosted by the manufacturer and reached over the internet; no part of the product runs on the device or at the customer")},
		{"CONN-6", "a product only the manufacturer hosts, beside the customer's identity provider", func(w *world) {
			hostedOnly(w)
			w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "web"), "cloud", "app.example")}
		}, yesBy("ports[0]", "no part of the product runs on the device or at the customer (IdP, the customer's own infrastructure, is not part of it)")},
	}
}

// TestHostedOnlyBasisNamesNoIdentityProvider: CONN-6's basis named "its
// identity provider" for a product that lists none (fhirapi).
func TestHostedOnlyBasisNamesNoIdentityProvider(t *testing.T) {
	w := newWorld()
	fhirService(w)
	rule, _ := derivationFor("CONN-6")
	d, ok := rule.derive(w.facts())
	if !ok {
		t.Fatal("CONN-6 not derived")
	}
	kindtest.SaysNone(t, "CONN-6's basis", d.Says, "identity provider", "customer's own infrastructure")
}

// TestPatchModelsHaveNoPortList: the fixedfw form covers a gateway with a
// port and patches with only Bluetooth to it. CONN-2 is Yes for the
// gateway; the note said the data "give No" for the patches, which reads
// as a port list withheld. The patches use no port: N/A.
func TestPatchModelsHaveNoPortList(t *testing.T) {
	w := newWorld()
	w.states("ports", "interfaces") // written, as a product file writes them
	w.p.Models = []content.Model{{ID: "G1", Name: "Gateway"}, {ID: "P1", Name: "Patch"}}
	wifi, ble := iface("wifi", "wifi", "phi"), iface("ble", "bluetooth", "phi")
	wifi.Models, ble.Models = []string{"G1"}, []string{"P1"}
	w.p.Interfaces = []content.Interface{wifi, ble}
	w.p.Ports = []content.Port{port(443, "tcp", "out", "wifi")}
	form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	row := formRow(form, "CONN-2")
	if row.Answer != mds2.Yes || row.Note == 0 {
		t.Fatalf("CONN-2 = %v note %d, want Yes with a note", row.Answer, row.Note)
	}
	const want = "The answer Yes to the questions that refer to this note holds for model G1 only: for the other model this form covers (P1), the product data give N/A to each of those questions."
	if row.NoteText != want {
		t.Errorf("CONN-2's note:\n %q\nwant\n %q", row.NoteText, want)
	}
}

// TestHandNoBesideCustomerSidePort: holter's hand "CONN-3" = "no" beside
// the HL7 port of its application on the hospital's PCs was accepted
// silently. The data now give Yes, so the hand No contradicts them; and
// the check of hand answers sees the port too where the interface
// decides nothing itself (a USB network link), unless the PCs are
// patients' at home.
func TestHandNoBesideCustomerSidePort(t *testing.T) {
	w := newWorld()
	pcApp(w)
	w.p.MDS2.Answers = map[string]content.MDS2Answer{"CONN-3": {Answer: "no"}}
	_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	kindtest.SaysAll(t, "the diagnostics", strings.Join(diagLines(t, diags), "\n"),
		"mds2.answers.CONN-3: answer No contradicts the product data: ports[0] (content/p.toml:1) is 2575/tcp (svc2575), by which RhythmTrace Analyst, which runs on a computer the customer owns, exchanges data with the Hospital EHR interface engine (peer_part) on the customer's network")

	for _, tc := range []struct {
		name string
		home bool
		want string
	}{
		{"the hospital's PCs", false, "answer No, but ports[0] (content/p.toml:1) is 2575/tcp (svc2575), by which RhythmTrace Analyst exchanges data with the Hospital EHR interface engine (peer_part), the customer's own infrastructure on its network: that is communication with a system inside the customer's network"},
		{"patients' computers at home", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			pcApp(w)
			w.p.Interfaces[1].Kind = "usb"
			if tc.home {
				w.p.HomeUse = content.True
			}
			no := content.MDS2Answer{Answer: "no"}
			r := &mds2Resolver{p: kind.Product{Product: w.p}, facts: w.facts()}
			r.checkAgainstData(map[string]mds2.Answer{"CONN-3": mds2.No}, map[string]given{"CONN-3": {entry: no, answer: mds2.No, path: "mds2.answers.CONN-3"}})
			wantWarning(t, r.diags, tc.want)
		})
	}
}

// TestHandNoToPIIOutsideForHostedAPI: fhirapi's hand "MPII-3.7" = "no"
// passed check silently; the data now give Yes.
func TestHandNoToPIIOutsideForHostedAPI(t *testing.T) {
	w := newWorld()
	fhirService(w)
	w.p.MDS2.Answers = map[string]content.MDS2Answer{"MPII-3.7": {Answer: "no"}}
	_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	kindtest.SaysAll(t, "the diagnostics", strings.Join(diagLines(t, diags), "\n"),
		"mds2.answers.MPII-3.7: answer No contradicts the product data: interfaces[0].carries (content/p.toml:1) lists PHI or PII (interface fhir)")
}

// TestCONN3HintNamesNoExceptions: with ports, interfaces and parts stated
// and CONN-3 undecided, the error for a missing answer named
// cloud.services and ports[].internal as facts that would decide it;
// they only take a Yes away.
func TestCONN3HintNamesNoExceptions(t *testing.T) {
	d, _ := derivationFor("CONN-3")
	for _, f := range decidingFacts(d) {
		if f.key == "cloud.services" || f.key == "ports[].internal" {
			t.Errorf("CONN-3's deciding facts name %s, which decides nothing alone", f.key)
		}
	}
}
