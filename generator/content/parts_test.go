package content

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// samdParts is a software-only product of three parts: a gateway VM the
// hospital hosts, a cloud service the manufacturer hosts and the
// hospital's identity provider.
const samdParts = `schema_version = 2
id = "p"

[[parts]]
id = "gateway"
name = "Gateway VM"
runs = "customer_hosted"

[[parts]]
id = "cloud"
name = "Analysis cloud"
runs = "manufacturer_hosted"

[[parts]]
id = "idp"
name = "Hospital identity provider"
runs = "customer_infrastructure"

[[interfaces]]
id = "vnic"
kind = "virtual_nic"
part = "gateway"
name = "Gateway network adapter"
purpose = "DICOM and HTTPS"

[[interfaces]]
id = "api"
kind = "api"
part = "cloud"
name = "Cloud API"
purpose = "Studies in, results out"

[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "Cloud API"
direction = "in"
interface = "api"
endpoints = ["api.example.com"]

[[ports]]
number = 104
transport = "tcp"
service = "DICOM"
purpose = "Studies from PACS"
direction = "in"
interface = "vnic"
endpoints = ["Hospital PACS"]

[[ports]]
number = 443
transport = "tcp"
service = "HTTPS"
purpose = "Upload to the cloud"
direction = "out"
interface = "vnic"
endpoints = ["upload.example.com"]

[[ports]]
number = 5432
transport = "tcp"
service = "PostgreSQL"
purpose = "Cloud database (inside the cloud)"
direction = "out"
interface = "api"
endpoints = ["db.internal"]

[[data_stores]]
id = "results"
name = "Results"
part = "cloud"
data = ["phi"]
location = "Cloud database"
protection = "AES-256"

[[data_flows]]
id = "DF-1"
from = "gateway"
to = "cloud"
data = ["phi"]
protection = "TLS 1.3"
`

func loadParts(t *testing.T, src string) (*Product, Diagnostics) {
	t.Helper()
	p := &Product{}
	_, diags, ok := DecodeTOML("p.toml", []byte(src), p)
	if !ok {
		t.Fatalf("decode: %v", diags)
	}
	p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
	diags = append(diags, (&Content{Products: []*Product{p}}).validate()...)
	return p, diags
}

// TestFirewallRulesFromTheCustomersSide: a port on which a
// manufacturer-hosted service listens becomes an outbound rule from the
// hospital part that uses it, never an inbound one; the cloud's own
// outbound connections give no rule; "ports listening on the hospital
// network" are only those of parts on it.
func TestFirewallRulesFromTheCustomersSide(t *testing.T) {
	p, _ := loadParts(t, samdParts)
	var got []string
	for _, r := range p.FirewallRules() {
		got = append(got, fmt.Sprintf("%s %s %d %v manufacturer=%v", r.Direction, r.Side, r.Port, r.Peers, r.Manufacturer))
	}
	want := []string{
		"in Gateway VM 104 [Hospital PACS] manufacturer=false",
		"out Gateway VM 443 [api.example.com] manufacturer=true",
		"out Gateway VM 443 [upload.example.com] manufacturer=false",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("FirewallRules:\n got %q\nwant %q", got, want)
	}
	// The gateway's own outbound port to the cloud's listener is one rule.
	p.Ports[2].Endpoints = []string{"api.example.com"}
	if n := len(p.FirewallRules()); n != 2 {
		t.Errorf("a gateway port to the cloud listener's endpoint gives %d rules; want 2 (one for the connection)", n)
	}
	var listen []string
	for _, pt := range p.ListeningPorts() {
		listen = append(listen, fmt.Sprintf("%d %s", pt.Number, pt.Part))
	}
	if strings.Join(listen, ",") != "104 gateway" {
		t.Errorf("ListeningPorts = %v; want only the gateway's 104 (the cloud's 443 listens at the manufacturer)", listen)
	}
	if !p.SoftwareOnly() || p.HasDevice() || !p.MultiPart() {
		t.Errorf("SoftwareOnly=%v HasDevice=%v MultiPart=%v; want true, false, true", p.SoftwareOnly(), p.HasDevice(), p.MultiPart())
	}
	if got := p.Part("cloud").PatchedBy(); got != "" {
		t.Errorf("cloud patched by %q; want not stated", got)
	}
	// Whether and how the manufacturer patches, backs up or watches its
	// service is not said by where it runs (custinfra).
	if b, m := p.Part("cloud").BackedUpBy(), p.Part("cloud").MonitoredBy(); b != "" || m != "" {
		t.Errorf("cloud backed up by %q, monitored by %q; want both not stated", b, m)
	}
}

// TestPartsValidation: unknown parts, a port whose part is not its
// interface's, a flow without interface between non-parts, an ambiguous
// default part; a flow between two parts needs no interface.
func TestPartsValidation(t *testing.T) {
	_, diags := loadParts(t, samdParts)
	for _, d := range diags {
		// interfaces_complete not written is warned at parts (ruleInterfacesCompleteUnstated), no mistake in the parts
		if (strings.Contains(d.Path, "part") || strings.Contains(d.Path, "data_flows")) && !strings.HasSuffix(d.Path, ".patching") && !strings.HasSuffix(d.Path, ".monitoring") && !strings.HasPrefix(d.Message, "interfaces_complete not written") {
			t.Errorf("valid parts reported: %v", d)
		}
	}
	bad := strings.Replace(samdParts, `part = "cloud"
data = ["phi"]`, `part = "clod"
data = ["phi"]`, 1)
	_, diags = loadParts(t, bad)
	if !hasDiagIn(diags, `data_stores[0].part: unknown part "clod" (want one of cloud, gateway, idp)`) {
		t.Errorf("unknown part not reported:\n  %s", diagText(diags))
	}
	bad = strings.Replace(samdParts, `from = "gateway"`, `from = "Radiologist"`, 1)
	_, diags = loadParts(t, bad)
	if !hasDiagIn(diags, "data_flows[0].interface: missing: a flow names the interface it uses, unless from and to both name [[parts]]") {
		t.Errorf("flow without interface not reported:\n  %s", diagText(diags))
	}
	bad = strings.Replace(samdParts, "kind = \"virtual_nic\"\npart = \"gateway\"", "kind = \"virtual_nic\"", 1)
	_, diags = loadParts(t, bad)
	if !hasDiagIn(diags, "interfaces[0].part: missing: the product has several parts and not exactly one device part") {
		t.Errorf("ambiguous default part not reported:\n  %s", diagText(diags))
	}
	bad = strings.Replace(samdParts, "interface = \"vnic\"\nendpoints = [\"Hospital PACS\"]", "interface = \"vnic\"\npart = \"cloud\"\nendpoints = [\"Hospital PACS\"]", 1)
	_, diags = loadParts(t, bad)
	if !hasDiagIn(diags, `ports[1].part: port 104/tcp names part "cloud", but its interface "vnic" belongs to part "gateway"`) {
		t.Errorf("port on another part's interface not reported:\n  %s", diagText(diags))
	}
}

// TestVirtualInterfacesAreNoHardware: the one definition of interface
// kinds says a virtual NIC, web UI or API is neither wired nor wireless
// hardware, but a network.
func TestVirtualInterfacesAreNoHardware(t *testing.T) {
	for _, k := range []InterfaceKind{"virtual_nic", "web_ui", "api"} {
		if k.Wired() || k.Wireless() || k.Hardware() || !k.Virtual() || !k.Network() || !k.CarriesIP() {
			t.Errorf("%s: wired=%v wireless=%v hardware=%v virtual=%v network=%v", k, k.Wired(), k.Wireless(), k.Hardware(), k.Virtual(), k.Network())
		}
	}
	if !InterfaceKind("ethernet").Hardware() || InterfaceKind("ethernet").Virtual() {
		t.Error("ethernet is hardware")
	}
}

// hasDiagIn reports whether some diagnostic's message, after its file and
// line, starts with want.
func hasDiagIn(diags Diagnostics, want string) bool {
	for _, d := range diags {
		if _, rest, ok := strings.Cut(d.String(), ": "); ok && strings.HasPrefix(rest, want) {
			return true
		}
	}
	return false
}

// TestRequiredFollowsDocumentsChosen: a key tagged required=<documents> is
// required only when the product builds one of them; the message names
// the documents that need it.
func TestRequiredFollowsDocumentsChosen(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\nname = \"P\"\n"
	decode := func(src string) Diagnostics {
		_, diags, _ := DecodeTOML("p.toml", []byte(src), &Product{})
		return diags
	}
	all := decode(head)
	if !hasDiagIn(all, "threats: missing required key for the security plan or the risk report (documents.build)") {
		t.Errorf("with every document built, threats are required:\n  %s", diagText(all))
	}
	mds2 := decode(head + "[documents]\nbuild = [\"mds2\"]\n")
	for _, d := range mds2 {
		for _, key := range []string{"threats", "governance", "intended_use", "cyber_device", "documents.csd", "documents.security_plan"} {
			if d.Path == key {
				t.Errorf("an MDS2-only product need not write %s: %v", key, d)
			}
		}
	}
	if !hasDiagIn(mds2, "interfaces: missing required key for the security plan, the CSD or the MDS2 form (documents.build)") {
		t.Errorf("the MDS2 form reads the interfaces:\n  %s", diagText(mds2))
	}
	// The form's document control is optional (every key of it is): a
	// form without it says its number is not assigned.
	for _, d := range mds2 {
		if d.Path == "documents.mds2" {
			t.Errorf("an MDS2-only product need not write the form's document control: %v", d)
		}
	}
	// The risk report is its threat model, risk method and controls.
	report := decode(head + "[documents]\nbuild = [\"risk_report\"]\n")
	for _, key := range []string{"threats", "risk", "controls"} {
		if !hasDiagIn(report, key+": missing required key for the security plan or the risk report (documents.build)") {
			t.Errorf("the risk report needs %s:\n  %s", key, diagText(report))
		}
	}
	for _, d := range report {
		if d.Path == "governance" || d.Path == "architecture" {
			t.Errorf("a product building only the risk report need not write %s: %v", d.Path, d)
		}
	}
	bad := decode(head + "[documents]\nbuild = [\"risk\"]\n")
	if !hasDiagIn(bad, `documents.build[0]: want one of security_plan, csd, mds2, lifecycle, notices, risk_report, estar; got "risk"`) {
		t.Errorf("unknown document not reported:\n  %s", diagText(bad))
	}
}

// TestVersionChanges: a version inherits the previous version's facts and
// applies its changes; every change that names something the previous
// version lacks (or already has) is reported with its key path.
func TestVersionChanges(t *testing.T) {
	src := samdParts + `
[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
ports_removed = [104]
data_stores_removed = ["results"]
sbom_files = ["sbom-2.0.cdx.json"]
[[versions.changes.ports_added]]
number = 11112
transport = "tcp"
service = "DICOM TLS"
purpose = "Studies from PACS over TLS"
direction = "in"
interface = "vnic"
endpoints = ["Hospital PACS"]
[versions.changes.decommissioning]
steps = ["Delete the 2.0 gateway VM."]

[[versions]]
version = "3.0"
general_availability = 2026-01-01
`
	p, diags := loadParts(t, src)
	for _, d := range diags {
		if strings.HasPrefix(d.Path, "versions") {
			t.Errorf("valid changes reported: %v", d)
		}
	}
	ports := func(v string) (out []string) {
		for _, pt := range p.At(v).Ports {
			out = append(out, fmt.Sprintf("%d@%s", pt.Number, pt.Part))
		}
		return out
	}
	if got := strings.Join(ports("1.0"), " "); got != "443@cloud 104@gateway 443@gateway 5432@cloud" {
		t.Errorf("1.0 ports: %s", got)
	}
	if got := strings.Join(ports("2.0"), " "); got != "443@cloud 443@gateway 5432@cloud 11112@gateway" {
		t.Errorf("2.0 ports: %s (the added port's part comes from its interface)", got)
	}
	if p.At("3.0") != p.At("2.0") || len(p.At("3.0").DataStores) != 0 || p.At("3.0").SBOM.Files[0] != "sbom-2.0.cdx.json" {
		t.Errorf("3.0 inherits 2.0's facts")
	}
	if d := p.At("3.0").Decommissioning.Steps; len(d) != 1 || len(p.At("1.0").Decommissioning.Steps) != 0 {
		t.Errorf("decommissioning: 3.0 inherits 2.0's restated steps, 1.0 has none; got %q", d)
	}
	if got := p.At("2.0").Ports[3].At; got != "versions[1].changes.ports_added[0]" {
		t.Errorf("an added port's key path = %q", got)
	}
	if p.Current(NewDate(2025, 6, 1)).VersionFacts() != "2.0" {
		t.Errorf("current facts on 2025-06-01: want 2.0's")
	}

	bad := strings.Replace(src, "ports_removed = [104]", "ports_removed = [104, 8080]", 1)
	bad = strings.Replace(bad, `data_stores_removed = ["results"]`, `data_stores_removed = ["results", "cache"]`, 1)
	bad += "[versions.changes]\ndata_flows_changed = [{ id = \"DF-9\", from = \"gateway\", to = \"cloud\", data = [\"phi\"], protection = \"TLS\" }]\ninterfaces_added = [{ id = \"vnic\", kind = \"virtual_nic\", name = \"Again\", purpose = \"x\", part = \"gateway\" }]\n"
	bad = strings.Replace(bad, "version = \"1.0\"\ngeneral_availability = 2024-01-01\n", "version = \"1.0\"\ngeneral_availability = 2024-01-01\n[versions.changes]\nports_removed = [443]\n", 1)
	_, diags = loadParts(t, bad)
	for _, want := range []string{
		"versions[0].changes: the first version has no version before it to change",
		"versions[1].changes.ports_removed[1]: version 2.0 removes port 8080, which version 1.0 does not have",
		`versions[1].changes.data_stores_removed[1]: removes "cache", which the previous version does not have`,
		`versions[2].changes.data_flows_changed[0].id: changes "DF-9", which the previous version does not have (add it with data_flows_added)`,
		`versions[2].changes.interfaces_added[0].id: adds "vnic", which the previous version already has (change it with interfaces_changed)`,
	} {
		if !hasDiagIn(diags, want) {
			t.Errorf("not reported: %s\n  %s", want, diagText(diags))
		}
	}
}

// TestFirewallRulesBetweenParts: a connection between two parts on the
// hospital network, listed as the client's outbound port and as the
// server's listener, is one rule when each names the other's part, and
// stays two when either does not (the listener may serve other clients),
// or when the listener names other clients too among its endpoints (the
// pumps and the staff's workstations): the client's rule does not let the
// workstations in.
func TestFirewallRulesBetweenParts(t *testing.T) {
	product := func(outPeer, inPeer string, inEndpoints ...string) *Product {
		if inEndpoints == nil {
			inEndpoints = []string{"Pumps"}
		}
		return &Product{
			Parts:      []Part{{ID: "pump", Name: "Pump", Runs: "device"}, {ID: "server", Name: "Server", Runs: "customer_hosted"}, {ID: "ws", Name: "Workstation", Runs: "customer_infrastructure"}},
			Interfaces: []Interface{{ID: "wifi", Kind: "wifi", Name: "Wi-Fi", Part: "pump"}, {ID: "nic", Kind: "virtual_nic", Name: "Server adapter", Part: "server"}},
			Ports: []Port{
				{Number: 443, Transport: "tcp", Service: "HTTPS", Purpose: "Orders", Direction: "out", Interface: "wifi", Part: "pump", Endpoints: []string{"The server"}, PeerPart: outPeer, DefaultEnabled: True},
				{Number: 443, Transport: "tcp", Service: "HTTPS", Purpose: "Pumps", Direction: "in", Interface: "nic", Part: "server", Endpoints: inEndpoints, PeerPart: inPeer, DefaultEnabled: True},
			},
		}
	}
	for _, tc := range []struct {
		name            string
		outPeer, inPeer string
		inEndpoints     []string
		want            []string
	}{
		{"both ends name each other", "server", "pump", nil, []string{"out Pump 443"}},
		{"the listener serves other clients too", "server", "pump", []string{"Pumps", "Staff workstations"}, []string{"in Server 443", "out Pump 443"}},
		{"only the client names the server", "server", "", nil, []string{"in Server 443", "out Pump 443"}},
		{"only the server names the client", "", "pump", nil, []string{"in Server 443", "out Pump 443"}},
		{"the listener names another part", "server", "ws", nil, []string{"in Server 443", "out Pump 443"}},
		{"neither names a part", "", "", nil, []string{"in Server 443", "out Pump 443"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range product(tc.outPeer, tc.inPeer, tc.inEndpoints...).FirewallRules() {
				got = append(got, fmt.Sprintf("%s %s %d", r.Direction, r.Side, r.Port))
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("rules %q; want %q", got, tc.want)
			}
		})
	}
}

// TestFirewallRulesNameTheUsersOfACloudPort: the rule that lets the
// hospital reach a manufacturer-hosted port comes from the parts that use
// that port. When the flows over the port's interface come from outside
// systems (a PACS, a browser), a customer part whose flow names no
// interface (the identity provider's assertions, passed through the
// browser) is not the port's user: the rule is the hospital network's.
// With no flow over the port's interface, the interface-less flow between
// parts still names its user. FromNetwork marks the rule that names the
// network rather than a part (the CSD then says what "From" means there).
func TestFirewallRulesNameTheUsersOfACloudPort(t *testing.T) {
	product := func(flows ...DataFlow) *Product {
		return &Product{
			Parts:      []Part{{ID: "svc", Name: "Service", Runs: "manufacturer_hosted"}, {ID: "idp", Name: "Identity provider", Runs: "customer_infrastructure"}},
			Interfaces: []Interface{{ID: "api", Kind: "api", Name: "Study API", Part: "svc"}},
			Ports:      []Port{{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "api", Part: "svc", Endpoints: []string{"api.example"}, DefaultEnabled: True}},
			DataFlows:  flows,
		}
	}
	sso := DataFlow{ID: "DF-3", From: "idp", To: "svc", Data: DataKinds{"credentials"}}
	pacs := DataFlow{ID: "DF-1", From: "Hospital PACS", To: "svc", Data: DataKinds{"phi"}, Interface: "api"}
	for _, tc := range []struct {
		name  string
		flows []DataFlow
		want  string
	}{
		{"the port's flows come from an outside system", []DataFlow{pacs, sso}, "out Hospital network 443 (the network as a whole)"},
		{"no flow over the port's interface", []DataFlow{sso}, "out Identity provider 443"},
		{"a part's flow over the port's interface", []DataFlow{pacs, {ID: "DF-4", From: "idp", To: "svc", Data: DataKinds{"credentials"}, Interface: "api"}}, "out Identity provider 443"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range product(tc.flows...).FirewallRules() {
				s := fmt.Sprintf("%s %s %d", r.Direction, r.Side, r.Port)
				if r.FromNetwork {
					s += " (the network as a whole)"
				}
				got = append(got, s)
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("FirewallRules = %q; want %q", got, tc.want)
			}
		})
	}
}

// TestFirewallRulesLeaveOutPortsOnlyTheManufacturerUses: a SMART app's
// maker hosts an admin console that only its own support staff reach; the
// CSD told the hospital to allow its network to reach it. A listener whose
// flows all come from the manufacturer's side, or from another maker's
// cloud, gets no rule of the customer's; one any flow of the customer's
// side, or of an end whose zone is not stated, uses keeps its rule.
func TestFirewallRulesLeaveOutPortsOnlyTheManufacturerUses(t *testing.T) {
	product := func(flows ...DataFlow) *Product {
		return &Product{
			Parts:      []Part{{ID: "svc", Name: "Service", Runs: "manufacturer_hosted"}},
			Interfaces: []Interface{{ID: "admin", Kind: "web_ui", Name: "Admin console", Part: "svc"}},
			Ports:      []Port{{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "admin", Part: "svc", Endpoints: []string{"admin.example"}, DefaultEnabled: True}},
			DataFlows:  flows,
			FlowEndpoints: []FlowEndpoint{
				{Name: "Support workstation", Zone: "manufacturer_hosted"},
				{Name: "EHR vendor cloud", Zone: "third_party"},
				{Name: "Hospital workstation", Zone: "customer_infrastructure"},
			},
		}
	}
	flow := func(from string) DataFlow {
		return DataFlow{ID: "DF-" + from, From: from, To: "svc", Data: DataKinds{"configuration"}, Interface: "admin"}
	}
	for _, tc := range []struct {
		name  string
		flows []DataFlow
		want  string
	}{
		{"only the manufacturer's staff", []DataFlow{flow("Support workstation")}, ""},
		{"only another maker's cloud", []DataFlow{flow("EHR vendor cloud")}, ""},
		{"the manufacturer's staff and the hospital's workstations", []DataFlow{flow("Support workstation"), flow("Hospital workstation")}, "out Hospital workstation 443"},
		{"an end whose zone is not stated", []DataFlow{flow("Support workstation"), flow("Somebody")}, "out Hospital network 443"},
		{"no flow over the port's interface", nil, "out Hospital network 443"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range product(tc.flows...).FirewallRules() {
				got = append(got, fmt.Sprintf("%s %s %d", r.Direction, r.Side, r.Port))
			}
			if strings.Join(got, "; ") != tc.want {
				t.Errorf("FirewallRules = %q; want %q", got, tc.want)
			}
		})
	}
}

// TestFirewallRulesLeaveOutAppsOnCustomersOwnDevices: an app on a patient's
// own phone connects from whatever network the phone is on, so neither its
// connection nor the cloud endpoint only it reaches is a hospital firewall
// rule; an endpoint the hospital's users reach stays one.
func TestFirewallRulesLeaveOutAppsOnCustomersOwnDevices(t *testing.T) {
	product := func(appRuns PartRuns, home Tri, appEndpoints ...string) *Product {
		return &Product{
			HomeUse: home,
			Parts:   []Part{{ID: "sensor", Name: "Sensor", Runs: "device"}, {ID: "app", Name: "App", Runs: appRuns}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}},
			Interfaces: []Interface{{ID: "ble", Kind: "bluetooth", Name: "BLE", Part: "sensor"}, {ID: "net", Kind: "api", Name: "App network", Part: "app"},
				{ID: "api", Kind: "api", Name: "Data API", Part: "cloud"}, {ID: "portal", Kind: "web_ui", Name: "Portal", Part: "cloud"}},
			Ports: []Port{
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "out", Interface: "net", Part: "app", Endpoints: appEndpoints, DefaultEnabled: True},
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "api", Part: "cloud", Endpoints: []string{"api.example"}, DefaultEnabled: True},
				{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "portal", Part: "cloud", Endpoints: []string{"portal.example"}, DefaultEnabled: True},
			},
		}
	}
	hospital := []string{"out Hospital network 443 [api.example]", "out Hospital network 443 [portal.example]", "out App 443 [api.example]"}
	for _, tc := range []struct {
		name         string
		runs         PartRuns
		home         Tri
		appEndpoints []string
		want         []string
	}{
		{"app on a patient's own device", "customer_device", True, []string{"api.example"}, []string{"out Customer network 443 [portal.example]"}},
		{"app on a patient's own device, reaching both", "customer_device", True, []string{"api.example", "portal.example"}, nil},
		// A product not used at home, or not said to be: the customer's
		// own devices are the hospital's computers and phones, on its
		// network, so the app's connection is a rule there, as for
		// software the customer hosts (no flow names the app's users
		// here, so the listener's rule is the hospital's).
		{"app on a hospital's own device", "customer_device", False, []string{"api.example"}, hospital},
		{"app on the customer's own device, home use not stated", "customer_device", Unstated, []string{"api.example"}, hospital},
		{"app the customer hosts", "customer_hosted", Unstated, []string{"api.example"}, hospital},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, r := range product(tc.runs, tc.home, tc.appEndpoints...).FirewallRules() {
				got = append(got, fmt.Sprintf("%s %s %d %v", r.Direction, r.Side, r.Port, r.Peers))
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("FirewallRules = %q; want %q", got, tc.want)
			}
		})
	}
	app := Part{Runs: "customer_device"}
	if app.Runs.OnCustomerNetwork() || app.BackedUpBy() != "" || app.MonitoredBy() != "" {
		t.Errorf("an app on the customer's own device: on the customer network %v, backed up by %q, monitored by %q; want false and not stated",
			app.Runs.OnCustomerNetwork(), app.BackedUpBy(), app.MonitoredBy())
	}
}

// TestDevicePatchingNotStated: who installs a device's updates has no
// default (the customer, field service or the device itself all occur),
// so a device part that does not write it warns and reads as not stated;
// other parts keep the default of where they run.
func TestDevicePatchingNotStated(t *testing.T) {
	const device = "\n[[parts]]\nid = \"pump\"\nname = \"Pump\"\nruns = \"device\"\n"
	const warning = `warning: parts[3].patching: not stated: who installs updates on "Pump"`
	for _, tt := range []struct {
		name, src, patchedBy string
		warns                bool
	}{
		{"no device part", samdParts, "", false},
		{"device part without patching", strings.Replace(samdParts, "\n[[interfaces]]", device+"\n[[interfaces]]", 1), "", true},
		{"device part without patching, only the MDS2 form built", strings.Replace(samdParts, "\n[[interfaces]]", device+"\n[[interfaces]]", 1) + "\n[documents]\nbuild = [\"mds2\"]\n", "", false},
		{"device part with patching", strings.Replace(samdParts, "\n[[interfaces]]", device+"patching = \"Field service installs each release.\"\n\n[[interfaces]]", 1), "Field service installs each release.", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, diags := loadParts(t, tt.src)
			if got := hasDiagIn(diags, warning); got != tt.warns {
				t.Errorf("warning %q reported: %v, want %v\n  %s", warning, got, tt.warns, diagText(diags))
			}
			if hasDiagIn(diags, "warning: parts: not stated") {
				t.Errorf("a product with parts warned as one without:\n  %s", diagText(diags))
			}
			if got := p.Part("pump").PatchedBy(); got != tt.patchedBy {
				t.Errorf("pump patched by %q, want %q", got, tt.patchedBy)
			}
			if got := p.Part("gateway").PatchedBy(); got != "The customer patches the host; who installs the application's updates is not stated" {
				t.Errorf("gateway patched by %q, want the default for a customer-hosted part", got)
			}
		})
	}
}

// TestImplicitDevicePatchingNotStated: a product that lists no parts is
// one device (AllParts) whose updater cannot be stated but by listing it;
// check says so, at "parts", when a document that says it (the CSD, the
// plan) is built.
func TestImplicitDevicePatchingNotStated(t *testing.T) {
	const warning = `warning: parts: not stated: who installs updates on the device`
	for _, tt := range []struct {
		name, src string
		warns     bool
	}{
		{"every document", "schema_version = 2\nid = \"p\"\n", true},
		{"the CSD, naming it alone", "schema_version = 2\nid = \"p\"\n[documents]\nbuild = [\"csd\"]\n", true},
		{"the plan", "schema_version = 2\nid = \"p\"\n[documents]\nbuild = [\"security_plan\"]\n", true},
		{"only the MDS2 form", "schema_version = 2\nid = \"p\"\n[documents]\nbuild = [\"mds2\"]\n", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, diags := loadParts(t, tt.src)
			if got := hasDiagIn(diags, warning); got != tt.warns {
				t.Errorf("warning %q reported: %v, want %v\n  %s", warning, got, tt.warns, diagText(diags))
			}
			if strings.HasSuffix(tt.name, "naming it alone") && !hasDiagIn(diags, warning+`; the CSD's responsibility table says "Not stated"`) {
				t.Errorf("the warning names a document not built:\n  %s", diagText(diags))
			}
			if got := p.Part("").PatchedBy(); got != "" {
				t.Errorf("the implicit device is patched by %q; want not stated", got)
			}
		})
	}
}

// TestIsolatable: isolation is advised once support ends only for a
// product with a port on the customer's network and not used at home.
func TestIsolatable(t *testing.T) {
	cloudOnly := strings.Replace(strings.Replace(samdParts, "interface = \"vnic\"\nendpoints = [\"Hospital PACS\"]", "interface = \"api\"\nendpoints = [\"Hospital PACS\"]", 1),
		"interface = \"vnic\"\nendpoints = [\"upload.example.com\"]", "interface = \"api\"\nendpoints = [\"upload.example.com\"]", 1)
	for _, tt := range []struct {
		name, src string
		want      bool
	}{
		{"gateway on the customer's network", samdParts, true},
		{"the same used at home", "home_use = true\n" + samdParts, false},
		{"home use false", "home_use = false\n" + samdParts, true},
		{"every port at the manufacturer", cloudOnly, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, _ := loadParts(t, tt.src)
			if got := p.Isolatable(); got != tt.want {
				t.Errorf("Isolatable() = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestMDS2SectionNotBuilt: an [mds2] section of a product whose
// documents.build leaves out the form is reported, not silently ignored.
func TestMDS2SectionNotBuilt(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const warning = "warning: mds2: the MDS2 form is not built"
	warnCases(t, warning, []warnCase{
		{"section, form left out", head + "[documents]\nbuild = [\"lifecycle\"]\n[mds2]\nother = \"None.\"\n", true},
		{"no section, form left out", head + "[documents]\nbuild = [\"lifecycle\"]\n", false},
		{"section, form built", head + "[documents]\nbuild = [\"lifecycle\", \"mds2\"]\n[mds2]\nother = \"None.\"\n", false},
		{"section, every document", head + "[mds2]\nother = \"None.\"\n", false},
	})
}

// TestHostedOnly: a product runs only at the manufacturer when every part
// is hosted there or is the customer's own infrastructure, and one is
// hosted there.
func TestHostedOnly(t *testing.T) {
	parts := func(runs ...PartRuns) *Product {
		p := &Product{}
		for i, r := range runs {
			p.Parts = append(p.Parts, Part{ID: fmt.Sprint("p", i), Runs: r})
		}
		return p
	}
	for _, tc := range []struct {
		p    *Product
		want bool
	}{
		{parts("manufacturer_hosted"), true},
		{parts("manufacturer_hosted", "customer_infrastructure"), true},
		{parts("customer_infrastructure"), false},
		{parts("manufacturer_hosted", "customer_device"), false},
		{parts("manufacturer_hosted", "customer_hosted"), false},
		{parts("manufacturer_hosted", "device"), false},
		{&Product{}, false}, // the implicit device
	} {
		var runs []string
		for _, pt := range tc.p.Parts {
			runs = append(runs, string(pt.Runs))
		}
		if got := tc.p.HostedOnly(); got != tc.want {
			t.Errorf("parts %v: HostedOnly() = %v, want %v", runs, got, tc.want)
		}
	}
}

// TestNoticesChosenWithoutNotices: documents.build naming notices for a
// product that lists none builds nothing for it, and check says so.
func TestNoticesChosenWithoutNotices(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const warning = "warning: documents.build: names notices, but the product lists no [[notices]]"
	warnCases(t, warning, []warnCase{
		{"chosen, none listed", head + "[documents]\nbuild = [\"lifecycle\", \"notices\"]\n", true},
		{"every document, none listed", head, false},
		{"chosen, one listed", head + "[documents]\nbuild = [\"notices\"]\n[[notices]]\nid = \"eol-1\"\n", false},
	})
}

// TestCustomerHostedPatchingNotStated: on a server the customer hosts,
// the host is the customer's to patch, but who installs the application's
// updates is not assumed; check says so until the part writes it.
func TestCustomerHostedPatchingNotStated(t *testing.T) {
	const warning = `warning: parts[0].patching: not stated: who installs the application's updates on "Gateway VM"`
	warnCases(t, warning, []warnCase{
		{"not written", samdParts, true},
		{"written", strings.Replace(samdParts, "runs = \"customer_hosted\"\n", "runs = \"customer_hosted\"\npatching = \"The hospital installs each release from the console.\"\n", 1), false},
		{"only the MDS2 form built", samdParts + "\n[documents]\nbuild = [\"mds2\"]\n", false},
	})
}

// TestCustomerDevicePatchingNotStated: on a phone or computer the
// customer owns, its operating system is the owner's to update, but who
// installs the application's updates (an app store, the app itself) is
// not assumed; check says so, as for a customer-hosted part (the mobile
// app probe had no warning).
func TestCustomerDevicePatchingNotStated(t *testing.T) {
	const warning = `warning: parts[0].patching: not stated: who installs the application's updates on "Gateway VM"`
	app := strings.Replace(samdParts, "runs = \"customer_hosted\"\n", "runs = \"customer_device\"\n", 1)
	warnCases(t, warning, []warnCase{
		{"not written", app, true},
		{"written", strings.Replace(app, "runs = \"customer_device\"\n", "runs = \"customer_device\"\npatching = \"Users install each release from the app stores.\"\n", 1), false},
		{"only the MDS2 form built", app + "\n[documents]\nbuild = [\"mds2\"]\n", false},
	})
}

// warnCase is a product file and whether check gives a warning for it.
type warnCase struct {
	name, src string
	warns     bool
}

// warnCases checks, for each case, that the warning (a diagnostic's text
// after its file and line, a prefix) is given exactly when it should be.
func warnCases(t *testing.T, warning string, cases []warnCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := loadParts(t, tt.src)
			if got := hasDiagIn(diags, warning); got != tt.warns {
				t.Errorf("warning %q reported: %v, want %v\n  %s", warning, got, tt.warns, diagText(diags))
			}
		})
	}
}

// TestProductTextNamesUnbuiltDocument: the product's own text naming a
// document documents.build leaves out is warned about at its key path.
func TestProductTextNamesUnbuiltDocument(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const text = "\n[[controls]]\nid = \"C-1\"\ncategory = \"authentication\"\ntitle = \"T\"\ndescription = \"%s\"\n"
	const warning = "warning: controls[0].description: names the CSD"
	build := func(docs string) string { return head + "[documents]\nbuild = [" + docs + "]\n" }
	warnCases(t, warning, []warnCase{
		{"CSD named, not built", build(`"security_plan"`) + fmt.Sprintf(text, "Set up as in CSD section 3."), true},
		{"the words, not built", build(`"security_plan"`) + fmt.Sprintf(text, "See the customer security documentation."), true},
		{"CSD named and built", build(`"security_plan", "csd"`) + fmt.Sprintf(text, "Set up as in CSD section 3."), false},
		{"every document built", head + fmt.Sprintf(text, "Set up as in CSD section 3."), false},
		{"no document named", build(`"security_plan"`) + fmt.Sprintf(text, "Hardened as shipped."), false},
	})
	// A note of the MDS2 form is printed (and read) only when the form
	// is built: then naming a CSD that is not built is false there too.
	const note = "\n[mds2]\nother = \"None.\"\n[[mds2.notes]]\nnumber = 1\ntext = \"%s\"\n"
	warnCases(t, "warning: mds2.notes[0].text: names the CSD", []warnCase{
		{"MDS2 note names the CSD, form built, CSD not", build(`"mds2"`) + fmt.Sprintf(note, "The CSD asks patients not to root the phone."), true},
		{"MDS2 note names the CSD, both built", build(`"mds2", "csd"`) + fmt.Sprintf(note, "The CSD asks patients not to root the phone."), false},
		{"MDS2 note names the CSD, neither built", build(`"lifecycle"`) + fmt.Sprintf(note, "The CSD asks patients not to root the phone."), false},
	})
	warnCases(t, "warning: controls[0].description: names the security plan", []warnCase{
		{"the Joint Security Plan is no document of the product", build(`"csd"`) + fmt.Sprintf(text, "Follows the HSCC Joint Security Plan."), false},
		{"the product security plan, not built", build(`"csd"`) + fmt.Sprintf(text, "See the product security plan."), true},
	})
}

// wantDiagnostics checks that the diagnostics keep accepts are, in order,
// one for each of want, each containing its text.
func wantDiagnostics(t *testing.T, diags Diagnostics, keep func(Diagnostic) bool, want []string) {
	t.Helper()
	var got []string
	for _, d := range diags {
		if keep(d) {
			got = append(got, d.String())
		}
	}
	if len(got) != len(want) {
		t.Fatalf("got %q; want %d diagnostics %q", got, len(want), want)
	}
	for i, w := range want {
		if !strings.Contains(got[i], w) {
			t.Errorf("got %q; want it to contain %q", got[i], w)
		}
	}
}
