package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
)

// Cases for the rules of sections AUDT (rules_audt.go), CSUP, RDMP and
// SBOM (rules_sbom.go), PAUT, SAHD and SGUD (rules_other.go).

var audtRuleCases = []ruleCase{
	{"AUDT-2", "an event recorded in a log", func(w *world) {
		w.p.Logging.Events = []content.SecurityEvent{{Event: "Probe lost", Logs: []string{}}, {Event: "Login", Logs: []string{"audit"}}}
	}, yesBy("logging.events", "lists an event recorded in log audit: Login")},
	{"AUDT-2", "an event recorded in two logs", func(w *world) {
		w.p.Logging.Events = []content.SecurityEvent{{Event: "Login", Logs: []string{"audit", "syslog"}}}
	}, yesBy("logging.events", "lists an event recorded in logs audit, syslog: Login")},
	// A module that reports events to its host as error codes detects
	// them but keeps no audit log; others not listed may be logged.
	{"AUDT-2", "events recorded in no log", func(w *world) {
		w.p.Logging.Events = []content.SecurityEvent{{Event: "Probe lost", Logs: []string{}}}
	}, decidesNothing},
	{"AUDT-2", "events whose logs are not written", func(w *world) { w.p.Logging.Events = []content.SecurityEvent{{Event: "Login"}} }, decidesNothing},
	{"AUDT-2", "no events", func(w *world) { w.p.Logging.Logs = []content.Log{{ID: "audit"}} }, decidesNothing},

	// A database holding logs beside patient records: the PHI may be in
	// the patient tables, not in the log.
	{"AUDT-1.2", "logs kept with PHI", func(w *world) {
		w.p.DataStores = []content.DataStore{store("cfg", "configuration", "phi"), store("sys", "logs"), store("db", "logs", "phi")}
	}, decidesNothing},
	// The PII may be no more than the user identities the question leaves
	// out.
	{"AUDT-1.2", "logs kept with PII", func(w *world) {
		w.p.DataStores = []content.DataStore{store("audit", "logs", "pii")}
		w.p.Logging.Logs = []content.Log{{ID: "audit", Content: "Sign-ins and changes, each with the user.", DataStore: "audit"}}
	}, decidesNothing},
	{"AUDT-1.2", "every log in a store without PHI or PII", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "phi"), store("sys", "logs")}
		w.p.Logging.Logs = []content.Log{{ID: "audit", DataStore: "sys"}}
	}, noBy("data_stores", "holds logs only in stores without PHI or PII")},
	{"AUDT-1.2", "a log kept outside the data stores", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "pii"), store("sys", "logs", "configuration")}
		w.p.Logging.Logs = []content.Log{{ID: "audit", DataStore: "sys"}, {ID: "server", Location: "the server's database"}}
	}, decidesNothing},
	{"AUDT-1.2", "a log in a store holding PII that does not list logs", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "pii"), store("sys", "logs")}
		w.p.Logging.Logs = []content.Log{{ID: "audit", DataStore: "db"}}
	}, decidesNothing},
	// A store's logs kind alone may be a usage log, not an audit log, and
	// whether there is an audit log (AUDT-1) is then open: only
	// logging.logs says which logs hold security records.
	{"AUDT-1.2", "logs kept apart, no log stated", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "pii"), store("sys", "logs", "configuration")}
	}, decidesNothing},
	{"AUDT-1.2", "logs kept apart, logging.logs empty", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "pii"), store("sys", "logs", "configuration")}
		w.p.Logging.Logs = []content.Log{}
	}, decidesNothing},
	{"AUDT-1.2", "logs kept apart", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "pii"), store("sys", "logs", "configuration")}
		w.p.Logging.Logs = []content.Log{{ID: "audit", DataStore: "sys"}}
	}, noBy("data_stores", "holds logs only in stores without PHI or PII")},
	{"AUDT-1.2", "no store holds logs", func(w *world) { w.p.DataStores = []content.DataStore{store("db", "pii")} }, decidesNothing},

	{"AUDT-4.1.1", "NTP client", func(w *world) {
		w.p.Ports = []content.Port{port(443, "tcp", "out", "eth"), port(123, "udp", "out", "eth")}
	}, yesBy("ports[1]", "is 123/udp (svc123) to a time server")},
	{"AUDT-4.1.1", "NTS-KE both ways", func(w *world) {
		w.p.Ports = []content.Port{port(123, "udp", "in", "eth"), port(123, "tcp", "out", "eth"), port(4460, "udp", "out", "eth"), port(4460, "tcp", "both", "eth")}
	}, yesBy("ports[3]", "is 4460/tcp (svc4460) to a time server")},
	{"AUDT-4.1.1", "NTP server only, wrong transports", func(w *world) {
		w.p.Ports = []content.Port{port(123, "udp", "in", "eth"), port(123, "tcp", "out", "eth"), port(4460, "udp", "out", "eth"), port(124, "udp", "out", "eth")}
	}, decidesNothing},
	// The clock of a service the manufacturer hosts beside the device, or
	// of the customer's own servers, is not the device's; the device's
	// own port, or that of the product's software the customer hosts,
	// still decides.
	{"AUDT-4.1.1", "only a manufacturer-hosted service beside the device syncs its clock", func(w *world) {
		serviceCentre(w)
		w.p.Ports = []content.Port{gateway(), partPort(port(123, "udp", "out", "rsc"), "rsc", "pool.ntp.example")}
	}, decidesNothing},
	{"AUDT-4.1.1", "the device syncs its clock beside a manufacturer-hosted service that does", func(w *world) {
		serviceCentre(w)
		w.p.Ports = []content.Port{partPort(port(123, "udp", "out", "rsc"), "rsc"), partPort(port(123, "udp", "out", "lan"), "dev")}
	}, yesBy("ports[1]", "is 123/udp (svc123) to a time server")},
	{"AUDT-4.1.1", "software the customer hosts beside the device syncs its clock", func(w *world) {
		w.p.Parts = []content.Part{{ID: "dev", Name: "Pump", Runs: "device"}, {ID: "srv", Name: "Server", Runs: "customer_hosted"}}
		w.p.Interfaces = []content.Interface{partIface("lan", "ethernet", "dev"), partIface("nic", "virtual_nic", "srv")}
		w.p.Ports = []content.Port{partPort(port(443, "tcp", "out", "lan"), "dev"), partPort(port(4460, "tcp", "out", "nic"), "srv")}
	}, yesBy("ports[1]", "is 4460/tcp (svc4460) to a time server")},
	{"AUDT-4.1.1", "a product only the manufacturer hosts: its own clock", func(w *world) {
		hostedOnly(w)
		w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "web"), "cloud"), partPort(port(123, "udp", "out", "web"), "cloud")}
	}, yesBy("ports[1]", "is 123/udp (svc123) to a time server")},
	{"AUDT-4.1.1", "only the customer's own server syncs its clock", func(w *world) {
		w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "idp", Name: "Hospital IdP", Runs: "customer_infrastructure"}}
		w.p.Interfaces = []content.Interface{partIface("nic", "virtual_nic", "app"), partIface("dc", "ethernet", "idp")}
		w.p.Ports = []content.Port{partPort(port(443, "tcp", "in", "nic"), "app"), partPort(port(123, "udp", "both", "dc"), "idp")}
	}, decidesNothing},

	{"AUDT-5", "SIEM forwarding", func(w *world) { w.p.Logging.SIEM.Supported = content.True },
		yesBy("logging.siem.supported", "forwarded to a SIEM")},
	{"AUDT-5", "no SIEM forwarding", func(w *world) { w.p.Logging.SIEM.Format = "RFC 5424" }, decidesNothing},
}

// sbomWorld gives the product one SBOM file whose components come from
// list, plus one component of the product file only.
func sbomWorld(list ...sbom.Component) func(*world) {
	return func(w *world) {
		w.p.SBOM.Files = []string{"sbom.spdx.json"}
		w.p.Suppliers.SBOMProcess = "Generated at build time."
		w.inv.SBOMs = []inventory.SBOMFile{{Path: "sbom.spdx.json", Document: &sbom.Document{Format: "SPDX", SpecVersion: "2.3"}}}
		for _, c := range list {
			w.inv.List = append(w.inv.List, inventory.Component{Component: c, SBOMFile: "sbom.spdx.json", SupplierInSBOM: c.Supplier != ""})
		}
		w.inv.List = append(w.inv.List, inventory.Component{Component: sbom.Component{Name: "local", PURL: "pkg:generic/local@1", CPE: "cpe:2.3:a:x:local:1:*:*:*:*:*:*:*", License: "MIT"}})
	}
}

var (
	fullComponent = sbom.Component{Name: "openssl", Version: "3.0.13", Supplier: "OpenSSL"}
	bareComponent = sbom.Component{}
)

var sbomRuleCases = []ruleCase{
	{"CSUP-1", "components listed", func(w *world) {
		w.p.Components = []content.Component{{Name: "openssl"}}
		w.p.SBOM.Files = []string{"sbom.json"}
	}, yesBy("components", "lists software components")},
	{"CSUP-1", "an SBOM file", func(w *world) { w.p.SBOM.Files = []string{"sbom.json"} },
		yesBy("sbom.files", "lists the software's SBOM")},
	{"CSUP-1", "no software listed", nil, decidesNothing},

	{"SBOM-1", "an SBOM file published", sbomWorld(fullComponent), yesBy("sbom.files[0]", "(sbom.spdx.json) is published with the documents")},
	{"SBOM-1", "[sbom] files = [] written, no components", func(w *world) { w.states("sbom.files") }, noBy("sbom", "lists no SBOM file, and [[components]] lists none")},
	{"SBOM-1", "components = [] written", func(w *world) { w.states("components") }, noBy("sbom", "lists no SBOM file, and [[components]] lists none")},
	{"SBOM-1", "neither sbom nor components written: not stated", nil, decidesNothing},
	{"SBOM-1", "components without an SBOM", func(w *world) { w.p.Components = []content.Component{{Name: "openssl"}} }, decidesNothing},
	{"SBOM-1", "an SBOM file that did not load", func(w *world) { w.p.SBOM.Files = []string{"broken.json"} }, decidesNothing},

	{"SBOM-2", "SPDX", sbomWorld(fullComponent), yesBy("sbom.files[0]", "(sbom.spdx.json) is SPDX 2.3")},
	{"SBOM-2", "no SBOM file", func(w *world) { w.p.Components = []content.Component{{Name: "openssl"}} }, decidesNothing},

	{"SBOM-2.1", "every component named", sbomWorld(fullComponent, fullComponent), yesBy("sbom.files", "give names for both components")},
	{"SBOM-2.1", "every one of three named", sbomWorld(fullComponent, fullComponent, fullComponent), yesBy("sbom.files", "give names for all 3 components")},
	{"SBOM-2.1", "no component named", sbomWorld(bareComponent, bareComponent), noBy("sbom.files", "give no component names")},
	{"SBOM-2.1", "some named", sbomWorld(fullComponent, bareComponent), noBy("sbom.files", "give no name for 1 of the 2 components (one without a name in sbom.spdx.json)")},
	{"SBOM-2.1", "one named by its package URL only", sbomWorld(fullComponent, sbom.Component{PURL: "pkg:generic/x@1"}), noBy("sbom.files", "give no name for 1 of the 2 components (pkg:generic/x@1)")},
	{"SBOM-2.1", "no SBOM components", sbomWorld(), decidesNothing},

	{"SBOM-2.2", "every supplier", sbomWorld(fullComponent, fullComponent, fullComponent), yesBy("sbom.files", "give suppliers for all 3 components")},
	{"SBOM-2.2", "no supplier", sbomWorld(bareComponent), noBy("sbom.files", "give no component suppliers")},
	// The question asks for the supplier of each component: one without
	// is not Yes (the CSD then says 1 of them names no supplier).
	{"SBOM-2.2", "some suppliers", sbomWorld(fullComponent, sbom.Component{Name: "zlib", Version: "1.3.1"}, fullComponent), noBy("sbom.files", "give no supplier for 1 of the 3 components (zlib 1.3.1)")},
	{"SBOM-2.2", "no SBOM components", sbomWorld(), decidesNothing},

	{"SBOM-2.3", "every version", sbomWorld(fullComponent), yesBy("sbom.files", "give versions for its one component")},
	{"SBOM-2.3", "no version", sbomWorld(bareComponent, bareComponent), noBy("sbom.files", "give no component versions")},
	{"SBOM-2.3", "some versions", sbomWorld(fullComponent, sbom.Component{Name: "busybox"}), noBy("sbom.files", "give no version for 1 of the 2 components (busybox)")},

	{"SBOM-2.4", "a package URL", sbomWorld(bareComponent, sbom.Component{PURL: "pkg:generic/x@1"}),
		yesBy("sbom.files", "give package URLs, CPE names or licences")},
	{"SBOM-2.4", "a CPE name", sbomWorld(sbom.Component{CPE: "cpe:2.3:a:x:x:1:*:*:*:*:*:*:*"}),
		yesBy("sbom.files", "give package URLs, CPE names or licences")},
	{"SBOM-2.4", "a licence", sbomWorld(sbom.Component{License: "Apache-2.0"}),
		yesBy("sbom.files", "give package URLs, CPE names or licences")},
	{"SBOM-2.4", "none in the SBOM (only in the product file)", sbomWorld(fullComponent), decidesNothing},

	{"RDMP-1", "frameworks named", func(w *world) { w.p.SPDF.Frameworks = []string{"JSP2", "IEC 81001-5-1:2021"} },
		yesBy("spdf.frameworks", "names the secure development framework followed: JSP2, IEC 81001-5-1:2021")},
	{"RDMP-1", "no framework", nil, decidesNothing}, // honest answers not refused: No, or Yes without naming one
	{"RDMP-1", "blank framework names", func(w *world) { w.p.SPDF.Frameworks = []string{" ", ""} }, decidesNothing},

	{"RDMP-2", "components stated evaluated", func(w *world) { w.p.Suppliers.ComponentsEvaluated = content.True },
		yesBy("suppliers.components_evaluated", "states that third-party components are checked for secure development")},
	{"RDMP-2", "components stated not evaluated", func(w *world) { w.p.Suppliers.ComponentsEvaluated = content.False },
		noBy("suppliers.components_evaluated", "states that third-party components are not checked for secure development")},
	// Honest answers not refused: the vetting text alone decides nothing,
	// whichever way it reads.
	{"RDMP-2", "not stated, a vetting text", func(w *world) { w.p.Suppliers.Vetting = "Suppliers are assessed." }, decidesNothing},
	{"RDMP-2", "not stated, a text saying components are not evaluated", func(w *world) {
		w.p.Suppliers.Vetting = "Third-party components are not evaluated for secure development."
	}, decidesNothing},
	{"RDMP-2", "not stated, no text", nil, decidesNothing},
	{"RDMP-2", "the fact decides, not the text", func(w *world) {
		w.p.Suppliers.Vetting = "Third-party components are not evaluated for secure development."
		w.p.Suppliers.ComponentsEvaluated = content.True
	}, yesBy("suppliers.components_evaluated", "states that third-party components are checked for secure development")},

	{"RDMP-3", "every version covered has an end of support", func(w *world) {
		w.p.Versions = []content.Version{
			{Version: "0.5", GeneralAvailability: date(2020, 1, 1)}, // not covered: mds2.versions names 1.0 and 1.1
			{Version: "1.0", GeneralAvailability: date(2025, 1, 1), EndOfSupport: date(2027, 1, 1)},
			{Version: "1.1", GeneralAvailability: date(2025, 6, 1), EndOfSupport: date(2028, 1, 1)},
		}
		w.p.MDS2.Versions = []string{"1.0", "1.1"}
	}, yesBy("versions[1].end_of_support", "of 1.0 is 2027-01-01 (every version covered has its end of support published)")},
	{"RDMP-3", "the first version with an end of support is the basis", func(w *world) {
		w.p.Versions = []content.Version{
			{Version: "1.0", GeneralAvailability: date(2025, 1, 1), EndOfSupport: date(2027, 1, 1)},
			{Version: "1.1", GeneralAvailability: date(2025, 6, 1), EndOfSupport: date(2028, 1, 1)},
		}
	}, yesBy("versions[0].end_of_support", "of 1.0 is 2027-01-01")},
	{"RDMP-3", "no version covered has one", func(w *world) {
		w.p.Versions = []content.Version{
			{Version: "0.5", GeneralAvailability: date(2020, 1, 1), EndOfSupport: date(2021, 1, 1)},
			{Version: "1.0", GeneralAvailability: date(2025, 1, 1)},
			{Version: "1.1", GeneralAvailability: date(2025, 6, 1)},
		}
	}, decidesNothing}, // a date not written is not stated: it may be published elsewhere
	{"RDMP-3", "some have one", func(w *world) {
		w.p.Versions = append(w.p.Versions, content.Version{Version: "1.1", GeneralAvailability: date(2025, 6, 1), EndOfSupport: date(2028, 1, 1)})
	}, decidesNothing},
	{"RDMP-3", "no version covered", func(w *world) { w.p.Versions[0].GeneralAvailability = date(2027, 1, 1) }, decidesNothing},

	// RDMP-4 from suppliers.end_of_life_planned alone. The contingency
	// text beside a component's end of support said Yes, even "None" or
	// "TBD": prose decides nothing, either way.
	{"RDMP-4", "stated planned", func(w *world) { w.p.Suppliers.EndOfLifePlanned = content.True },
		yesBy("suppliers.end_of_life_planned", "states that the manufacturer plans for its third-party components' end of life")},
	{"RDMP-4", "stated not planned", func(w *world) { w.p.Suppliers.EndOfLifePlanned = content.False },
		noBy("suppliers.end_of_life_planned", "states that the manufacturer does not plan for its third-party components' end of life")},
	{"RDMP-4", "stated not planned beside a contingency and a component's end of support", func(w *world) {
		w.p.Suppliers.EndOfLifePlanned = content.False
		w.p.Suppliers.Contingency = "We replace components."
		w.inv.List = []inventory.Component{withOrigin(comp("openssl", "2027-01-01"), inventory.Origin{Kind: inventory.OriginAnnotation, File: testProductFile, Path: "components[0]", Line: 1})}
	}, noBy("suppliers.end_of_life_planned", "states that the manufacturer does not plan")},
	{"RDMP-4", "stated planned, no component's end of support", func(w *world) {
		w.p.Suppliers.EndOfLifePlanned = content.True
		w.inv.List = []inventory.Component{comp("zlib", "")}
	}, yesBy("suppliers.end_of_life_planned", "states that the manufacturer plans")},
	{"RDMP-4", "contingency \"None\" and a component's end of support", func(w *world) {
		w.p.Suppliers.Contingency = "None: the product is past its end of support."
		w.inv.List = []inventory.Component{withOrigin(comp("openssl", "2027-01-01"), inventory.Origin{Kind: inventory.OriginAnnotation, File: testProductFile, Path: "components[0]", Line: 1})}
	}, decidesNothing},
	{"RDMP-4", "contingency \"TBD\" and an end of support from a notice", func(w *world) {
		w.p.Suppliers.Contingency = "TBD"
		w.inv.List = []inventory.Component{withOrigin(comp("qtbase", "2024-09-30"), inventory.Origin{Kind: inventory.OriginNotice, File: testProductFile, Path: "notices[0].components[2]", Line: 1})}
	}, decidesNothing},
	{"RDMP-4", "a real contingency and an end of support from the SBOM", func(w *world) {
		sbomWorld(sbom.Component{Name: "curl", Version: "8.7.1"})(w)
		w.p.Suppliers.Contingency = "We replace components in the next release."
		w.inv.List[0].EndOfSupport = date(2027, 1, 1)
		w.inv.List[0].Origin = inventory.Origin{Kind: inventory.OriginSBOM, File: "sbom.spdx.json"}
	}, decidesNothing},
	{"RDMP-4", "nothing stated", nil, decidesNothing},
}

var otherRuleCases = []ruleCase{
	{"PAUT-14", "a store holds credentials", func(w *world) {
		w.p.DataStores = []content.DataStore{store("cfg", "configuration"), store("keys", "credentials")}
		w.p.Interfaces = []content.Interface{iface("svc", "usb", "credentials")}
	}, yesBy("data_stores[1].data", "lists credentials (keys)")},
	// The hospital's identity provider is the customer's, not the device:
	// its directory of credentials decides nothing about the device.
	{"PAUT-14", "only the customer's identity provider stores credentials", func(w *world) {
		w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}, {ID: "idp", Name: "Hospital IdP", Runs: "customer_infrastructure"}}
		dir := store("directory", "credentials", "pii")
		dir.Part = "idp"
		w.p.DataStores = []content.DataStore{store("cfg", "configuration"), dir}
		idp := partIface("saml", "web_ui", "idp")
		idp.Carries = dataKinds([]string{"credentials"})
		w.p.Interfaces = []content.Interface{partIface("eth", "virtual_nic", "app"), idp}
		w.p.Interfaces[0].Carries = dataKinds([]string{"phi"})
		w.states("accounts")
	}, noBy("data_stores", "and interfaces list no credentials, and accounts lists no account")},
	// rtls (review 73, finding 2): an interface listing credentials may
	// only pass them on (a server forwarding sign-ins to the hospital's
	// LDAP): neither Yes nor, with accounts = [] written, No.
	{"PAUT-14", "an interface carries credentials", func(w *world) {
		w.p.DataStores = []content.DataStore{store("cfg", "configuration")}
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi"), iface("svc", "usb", "credentials")}
	}, decidesNothing},
	{"PAUT-14", "an interface carries credentials, accounts = [] written", func(w *world) {
		w.states("accounts")
		w.p.DataStores = []content.DataStore{store("cfg", "configuration")}
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi"), iface("svc", "usb", "credentials")}
	}, decidesNothing},
	{"PAUT-14", "no credentials, accounts = [] written", func(w *world) {
		w.states("accounts")
		w.p.DataStores = []content.DataStore{store("cfg", "configuration")}
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
	}, noBy("data_stores", "and interfaces list no credentials, and accounts lists no account")},
	{"PAUT-14", "data_stores = [] and accounts = [] written, no credentials", func(w *world) {
		w.states("data_stores", "accounts")
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
	}, noBy("data_stores", "and interfaces list no credentials, and accounts lists no account")},
	// The IVD analyzer probe: an operator signs in with user name and
	// password, and the stores list no credentials. Whether the device
	// keeps and checks them or an identity provider does is told in
	// prose: not No.
	{"PAUT-14", "an account with a password, stores without credentials", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "phi", "pii")}
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
		w.p.Accounts = []content.Account{{Role: "Operator", Kind: "user", Authentication: "User name and password"}}
	}, decidesNothing},
	{"PAUT-14", "an account signing in at the hospital's identity provider", func(w *world) {
		w.states("data_stores")
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
		w.p.Accounts = []content.Account{{Role: "Clinician", Kind: "user", Authentication: "Hospital identity provider (SSO)",
			Credentials: []content.Credential{{ID: "session", Name: "Session after single sign-on"}}}}
	}, decidesNothing},
	{"PAUT-14", "no credentials, accounts not written: not stated", func(w *world) {
		w.p.DataStores = []content.DataStore{store("cfg", "configuration")}
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
	}, decidesNothing},
	{"PAUT-14", "no data_stores written: not stated", func(w *world) {
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
	}, decidesNothing},
	{"PAUT-14", "a data flow carries credentials, no store or interface lists them: not stated", func(w *world) {
		w.p.DataStores = []content.DataStore{store("cfg", "configuration")}
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
		w.p.DataFlows = []content.DataFlow{flow("hl7", "eth", "phi"), flow("sso", "eth", "credentials")}
	}, decidesNothing},
	{"PAUT-14", "data flows without credentials", func(w *world) {
		w.p.DataStores = []content.DataStore{store("cfg", "configuration")}
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi")}
		w.p.DataFlows = []content.DataFlow{flow("hl7", "eth", "phi")}
		w.states("accounts")
	}, noBy("data_stores", "and interfaces list no credentials, and accounts lists no account")},
	{"PAUT-14", "an interface that does not say what it carries", func(w *world) {
		w.p.DataStores = []content.DataStore{store("cfg", "configuration")}
		w.p.Interfaces = []content.Interface{iface("eth", "ethernet", "phi"), iface("usb", "usb")}
	}, decidesNothing},

	{"SAHD-2", "a certification", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2025, 4, 18)}, {Name: "IEC 62443-4-1", Date: date(2025, 6, 1)}}
	}, yesBy("certifications[0]", "(UL 2900-2-1) is a security certification or assessment of the product held")},
	// The form was released on 2026-01-15: a certificate dated later was
	// not held then.
	{"SAHD-2", "the first certificate dated after the form", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2026, 6, 1)}, {Name: "IEC 62443-4-2", Date: date(2026, 1, 15)}}
	}, yesBy("certifications[1]", "(IEC 62443-4-2) is a security certification or assessment of the product held")},
	// SAHD-2 asks whether the device holds a certification. IEC 62443-4-1
	// and IEC 81001-5-1 assess the maker's development process, not the
	// device: such an assessment answers neither Yes nor No (whether it
	// counts is the manufacturer's reading), unless the data say it is of
	// the product. The pump's 4.1.0 form said Yes from its IEC 81001-5-1
	// process assessment.
	{"SAHD-2", "only a process assessment by its standard", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2026, 6, 1)}, {Name: "IEC 62443-4-1", Date: date(2026, 1, 15)}}
	}, decidesNothing},
	{"SAHD-2", "only a process assessment, IEC 81001-5-1", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "IEC 81001-5-1:2021 process assessment", Date: date(2025, 11, 7)}}
	}, decidesNothing},
	{"SAHD-2", "only a process assessment by subject", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "Secure development audit", Date: date(2025, 11, 7), Subject: "process"}}
	}, decidesNothing},
	{"SAHD-2", "a certification whose subject is not stated", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "Cybersecurity mark", Date: date(2025, 11, 7)}}
	}, decidesNothing},
	{"SAHD-2", "subject product overrides the standard's", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "IEC 62443-4-1 and product penetration test", Date: date(2025, 11, 7), Subject: "product"}}
	}, yesBy("certifications[0]", "(IEC 62443-4-1 and product penetration test) is a security certification or assessment of the product held")},
	{"SAHD-2", "a product certification beside a process assessment", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "IEC 81001-5-1", Date: date(2025, 1, 7)}, {Name: "Cybersecurity mark", Date: date(2025, 11, 7), Subject: "product"}}
	}, yesBy("certifications[1]", "(Cybersecurity mark) is a security certification or assessment of the product held")},
	{"SAHD-2", "a process assessment dated after the form", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "IEC 81001-5-1", Date: date(2026, 6, 1)}}
	}, noBy("certifications", "lists no security certification or assessment dated by the form's release, 2026-01-15")},
	{"SAHD-2", "every certificate dated after the form", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2026, 6, 1)}}
	}, noBy("certifications", "lists no security certification or assessment dated by the form's release, 2026-01-15")},
	{"SAHD-2", "certifications = [] written", func(w *world) { w.states("certifications") },
		noBy("certifications", "lists no security certification or assessment dated by the form's release, 2026-01-15")},
	{"SAHD-2", "none", nil, decidesNothing},
	// certifications.versions: a certificate of one version is not
	// another's. The world's form covers 1.0 (generally available
	// 2025-01-01); twoVersions adds 2.0, out on 2025-06-01, before the
	// form's release, so that the form covers both.
	{"SAHD-2", "a certificate of the form's version", func(w *world) {
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2025, 4, 18), Versions: []string{"1.0"}}}
	}, yesBy("certifications[0]", "(UL 2900-2-1) is a security certification or assessment of the product held for version 1.0")},
	{"SAHD-2", "a certificate of another version only", func(w *world) {
		w.p.Versions = append(w.p.Versions, content.Version{Version: "2.0", GeneralAvailability: date(2026, 6, 1)})
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2025, 4, 18), Versions: []string{"2.0"}}}
	}, noBy("certifications", "lists no security certification or assessment of version 1.0 dated by the form's release, 2026-01-15")},
	{"SAHD-2", "a certificate of one of the form's two versions: neither Yes nor No", func(w *world) {
		twoVersions(w)
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2025, 4, 18), Versions: []string{"2.0"}}}
	}, decidesNothing},
	{"SAHD-2", "a certificate of each of the form's two versions", func(w *world) {
		twoVersions(w)
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2025, 4, 18), Versions: []string{"2.0"}}, {Name: "IEC 62443-4-2", Date: date(2025, 1, 10), Versions: []string{"1.0"}}}
	}, yesBy("certifications[0]", "(UL 2900-2-1) is a security certification or assessment of the product held for version 2.0; each other version the form covers has one too")},
	{"SAHD-2", "a certificate of both of the form's versions", func(w *world) {
		twoVersions(w)
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2025, 4, 18), Versions: []string{"2.0"}}, {Name: "IEC 62443-4-2", Date: date(2025, 1, 10), Versions: []string{"1.0", "2.0"}}}
	}, yesBy("certifications[1]", "(IEC 62443-4-2) is a security certification or assessment of the product held for versions 1.0, 2.0")},
	{"SAHD-2", "a certificate naming no versions covers both", func(w *world) {
		twoVersions(w)
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2025, 4, 18)}}
	}, yesBy("certifications[0]", "(UL 2900-2-1) is a security certification or assessment of the product held")},
	{"SAHD-2", "a product certificate of one version, a process assessment of the other", func(w *world) {
		twoVersions(w)
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2025, 4, 18), Versions: []string{"2.0"}}, {Name: "IEC 81001-5-1", Date: date(2025, 1, 10), Versions: []string{"1.0"}}}
	}, decidesNothing},
	{"SAHD-2", "a process assessment of another version only", func(w *world) {
		w.p.Versions = append(w.p.Versions, content.Version{Version: "2.0", GeneralAvailability: date(2026, 6, 1)})
		w.p.Certifications = []content.Certification{{Name: "IEC 81001-5-1", Date: date(2025, 4, 18), Versions: []string{"2.0"}}}
	}, noBy("certifications", "lists no security certification or assessment of version 1.0 dated by the form's release, 2026-01-15")},
	{"SAHD-2", "the form's version's certificate dated after the form, another's before", func(w *world) {
		twoVersions(w)
		w.p.Versions = append(w.p.Versions, content.Version{Version: "3.0", GeneralAvailability: date(2026, 6, 1)})
		w.p.Certifications = []content.Certification{{Name: "UL 2900-2-1", Date: date(2026, 6, 1), Versions: []string{"1.0", "2.0"}}, {Name: "IEC 62443-4-2", Date: date(2025, 1, 10), Versions: []string{"3.0"}}}
	}, noBy("certifications", "lists no security certification or assessment of versions 1.0, 2.0 dated by the form's release, 2026-01-15")},

	{"SGUD-2", "every PHI store has erasure instructions", func(w *world) {
		w.p.DataStores = []content.DataStore{store("cfg", "configuration"), store("db", "phi"), store("arch", "pii")}
		w.p.DataStores[1].Sanitize = "Wipe."
		w.p.DataStores[2].Sanitize = "Erase."
	}, yesBy("data_stores[1].sanitize", "and every other store holding PHI or PII give erasure instructions")},
	{"SGUD-2", "the first store with instructions is the basis", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "phi"), store("arch", "pii")}
		w.p.DataStores[0].Sanitize = "Wipe."
		w.p.DataStores[1].Sanitize = "Erase."
	}, yesBy("data_stores[0].sanitize", "give erasure instructions")},
	// Unwritten sanitize is not "cannot be erased" nor "no instructions"
	// (the wearable's stores wrote none and the form said No).
	{"SGUD-2", "no PHI store has them", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "phi"), store("cfg", "configuration"), store("arch", "pii")}
		w.p.DataStores[0].Sanitize = "  "
		w.p.DataStores[1].Sanitize = "Reset."
	}, decidesNothing},
	{"SGUD-2", "some have them", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "phi"), store("arch", "pii")}
		w.p.DataStores[1].Sanitize = "Erase."
	}, decidesNothing},
	{"SGUD-2", "some have them, the first", func(w *world) {
		w.p.DataStores = []content.DataStore{store("db", "phi"), store("arch", "pii")}
		w.p.DataStores[0].Sanitize = "Erase."
	}, decidesNothing},
	{"SGUD-2", "no PHI store", func(w *world) { w.p.DataStores = []content.DataStore{store("cfg", "configuration")} }, decidesNothing},
}

// comp is a component of version 3.0 with the end of support eos ("" for
// none).
func comp(name, eos string) inventory.Component {
	c := inventory.Component{Component: sbom.Component{Name: name, Version: "3.0"}}
	if eos != "" {
		d, err := content.ParseDate(eos)
		if err != nil {
			panic(err)
		}
		c.EndOfSupport = d
	}
	return c
}

func withOrigin(c inventory.Component, o inventory.Origin) inventory.Component {
	c.Origin = o
	return c
}

// notDerivedCases are questions no rule may answer from facts that look
// as if they decide them: whichever way the product's real answer goes,
// the data does not say it. TestNotDerived fails when derive() answers
// one.
var notDerivedCases = []ruleCase{
	// AUDT-1 asks for the device's own audit log, beyond the operating
	// system's: a log of logging.logs may be the OS's, and no fact of a
	// log tells whose it is.
	{"AUDT-1", "only the Windows security event log (No for the form)", func(w *world) {
		w.p.DataStores = []content.DataStore{store("evt", "logs")}
		w.p.Logging.Logs = []content.Log{{ID: "winsec", Name: "Windows Security event log", Content: "Logons and privilege use, written by Windows.", DataStore: "evt"}}
		w.p.Logging.Events = []content.SecurityEvent{{Event: "Failed login", Logs: []string{"winsec"}}}
	}, decidesNothing},
	{"AUDT-1", "the application's own event log (Yes for the form)", func(w *world) {
		w.p.DataStores = []content.DataStore{store("evt", "logs")}
		w.p.Logging.Logs = []content.Log{{ID: "app", Name: "Application audit log", Content: "Sign-ins and changes, written by the application.", DataStore: "evt"}}
	}, decidesNothing},
	// SBOM-4 asks for a process that keeps the SBOM up to date;
	// suppliers.sbom_process is prose the plan and the CSD print, which
	// says nothing yes or no of whether there is one.
	{"SBOM-4", "a process that keeps the SBOM current (Yes for the form)", func(w *world) {
		sbomWorld(fullComponent)(w)
		w.p.Suppliers.SBOMProcess = "The build produces the SBOM and it is re-issued whenever a component changes."
	}, decidesNothing},
	{"SBOM-4", "a text saying the SBOM is made once (No for the form)", func(w *world) {
		sbomWorld(fullComponent)(w)
		w.p.Suppliers.SBOMProcess = "The SBOM was produced by hand for the 510(k) and is not updated."
	}, decidesNothing},
}

func TestNotDerived(t *testing.T) {
	for _, c := range notDerivedCases {
		t.Run(c.id+"/"+c.name, func(t *testing.T) {
			w := newWorld()
			c.setup(w)
			if got, ok := w.facts().derive()[c.id]; ok {
				t.Errorf("%s derived %s: %s; the data does not decide it", c.id, got.Answer, got)
			}
		})
	}
}

// twoVersions gives the world a second version, generally available
// before the form's release: the form covers 1.0 and 2.0.
func twoVersions(w *world) {
	w.p.Versions = append(w.p.Versions, content.Version{Version: "2.0", GeneralAvailability: date(2025, 6, 1)})
}
