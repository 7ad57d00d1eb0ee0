package content

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// Product is one product file under content/: every fact about one device,
// written once and read by every document.
type Product struct {
	SchemaVersion  int             `toml:"schema_version" jsp:"required" doc:"Version of the content format; must be 2 (jspgen migrate converts a file of version 1)."`
	ID             string          `toml:"id" jsp:"required,slug" doc:"Slug used in output paths (site/<id>/): lower-case letters, digits, '.', '_' and '-'."`
	Name           string          `toml:"name" jsp:"required" doc:"Product name as marketed."`
	Description    string          `toml:"description" jsp:"required=security_plan,markdown" doc:"One-paragraph device description: the first version's; a later version that adds or drops something it speaks of writes its own (versions.changes.description). The MDS2 form derives DOC-2 from it, so a product that builds the form needs it unless [mds2.answers] gives DOC-2."`
	SaMD           Tri             `toml:"samd" doc:"Software as a medical device (no dedicated hardware). true: check then requires [[parts]] to say where it runs (runs = customer_hosted, customer_device or manufacturer_hosted, or device for hardware the manufacturer supplies), since without them every document would describe hardware of its own."`
	MedicalDevice  Tri             `toml:"medical_device" doc:"Whether the product is a medical device. false: health IT that is not one (an interface engine, a scheduling or nurse-call server): the documents then call it the product, not the device, and claim no SaMD status or 524B obligation for it; check then reports samd = true, cyber_device.applies = true or estar in documents.build as contradicting it, and requires [[parts]] to say where it runs. Not written: the documents speak of a device, so health IT must write false."`
	Markets        []string        `toml:"markets" jsp:"oneof=us eu uk ch ca au jp other" doc:"Where the product is marketed: us (the United States), eu (the European Union), uk, ch (Switzerland), ca, au, jp, or other (markets not listed here). Written without us: the product is not marketed in the United States, so no document lists FDA guidance or section 524B of the FD&C Act as followed, the security plan makes no cyber device determination (it says section 524B does not apply, and why) and traces no FDA requirement, and cyber_device is not required; check reports cyber_device.applies = true or estar in documents.build as contradicting it. Not written: the documents follow FDA guidance and section 524B as for a product marketed in the United States."`
	IntendedUse    string          `toml:"intended_use" jsp:"required=security_plan" doc:"Intended use / indications, as in the labeling."`
	UseEnvironment string          `toml:"use_environment" doc:"Where and by whom the device is used, and the networks it joins: the first version's; a later version used elsewhere or joining other networks writes its own (versions.changes.use_environment). Not written: the CSD and the security plan say the use environment is not stated in the product data, and check warns. The MDS2 form derives DOC-6 from it (after intended_use); with neither written, DOC-6 is left to [mds2.answers]."`
	InHouse        bool            `toml:"in_house" doc:"true: a device a health institution makes and uses itself only, never placed on the market (the EU MDR's health-institution exemption, Article 5(5)): the site file's manufacturer is then the hospital that uses it. markets then names where it is used; the documents say it is made and used only by the manufacturer, never that it is marketed or sold there, nor that it stops being sold at end of life, and promise notice to its users, not to customers; the end of marketing of its versions and models does not apply (left out, the tables say so; a date is an error). Needs markets written without us (the documents then follow no FDA guidance), a single customer kind, hospital or organisation (the user is the manufacturer itself), documents.build without mds2 or notices (nothing is procured, and no one outside the manufacturer receives a notice), updates.recipients other than service_agreement, no versions.extended_support_until, and no component whose extended security updates only customers_who_buy receive (there are no customers to hold an agreement or buy extended support or updates). Not written: false."`
	HomeUse        Tri             `toml:"home_use" doc:"Whether patients or lay caregivers use the product at home, away from a hospital's network and staff: the CSD then addresses them, and the clinics that support them where an account's role or the name of a part or interface names a clinic, clinician, nurse, physician, doctor or prescriber (a Clinic staff account, a Clinician web portal), not a hospital's engineering teams, unless customer names the organisation that provides it to them. Where customer is not written and the data name no clinic (nor does a data flow's end), the user at home is the only customer: the documents' own sentences name the user (\"on a phone the user owns\", \"the user's home network\", in the CSD and the notices alike, interim mitigations and end-of-support notice to the product's users, the plan's incident row \"A user of the product reports a suspected incident\" and its section \"9.8 Notification of the product's users\", as an in-house device's), and the stage tables move the responsibility for the product's security, not for compensating controls, to the user. Not written: the CSD is written for a hospital, and check warns unless customer is written (write false, or customer, to confirm)."`
	Customer       CustomerKinds   `toml:"customer" jsp:"oneof=hospital organisation individual manufacturer" doc:"Who the customer is, or, as an array, every kind of customer the product is sold to (customer = [\"hospital\", \"organisation\", \"individual\"] for a handheld probe that hospitals, practices without IT staff and clinicians on their own buy): hospital (a hospital or health system, with network, security and biomedical or clinical engineering teams), organisation (any other organisation: a clinic without such teams, a school, an office or an airport that keeps a public-access defibrillator), individual (a clinician or practitioner who buys the product for their own use and looks after it and their own phone or computer: the CSD addresses them) or manufacturer (other device makers who build the product, such as an OEM module or a component, into their own devices, and answer for those devices' security to their own users). organisation: the CSD addresses whoever looks after the customer's computers and network (its own staff or an outside IT provider) and the people responsible for the product, and speaks of the customer's network and of the customer, not of a hospital. manufacturer: the CSD addresses the product-security and engineering teams of the manufacturers who build the product into their devices and says it is not written for those devices' users, the notices say whom they are addressed to, and both speak of the customer, not of a hospital; a customer_device part (a library or component without host_kinds, host_maker or owned_by of its own) runs in the devices the customer makes, whose operating system the customer maintains, and with ports = [] a notice says that no part of the product has a network port of its own and, without customer_actions.network_isolation, that how those devices are isolated on their networks is not stated (check warns). Beside home_use = true, hospital or organisation names the organisation that provides the product to patients who use it at home (a health system's remote monitoring programme, whose nurses' browsers are on the hospital network): the CSD addresses it, not the patients, and says that it provides the product to them: only its device parts, as an app on the patients' own phones is theirs (with no device part, that its patients use the product at home, on their own phones; where it runs a part on its own computers, parts.owned_by = customer, which parts patients use at home and that it uses that part on its own computers). With several kinds, every sentence that depends on the customer is true of each: the documents speak of the customer and the customer's network, not of a hospital, and the CSD names the readers of each kind listed. manufacturer cannot be listed beside another kind (its documents say they are not for the users of the devices it goes into: describe the product sold to other makers as a product of its own), nor individual beside home_use = true; an unknown or repeated kind is an error. Not written: hospital, unless home_use = true (the patients and caregivers, and the clinics that support them)."`
	Models         []Model         `toml:"models" doc:"Hardware or commercial models (for software: editions or licences) the documents cover. Not written: the product is sold as one thing with no model list; the documents then name no model (no model sentence in the CSD, no model table in the plan or the notices, no model column in the version tables; the MDS2 form gives the product name as the device model), and a key that names a model ID (versions.models, interfaces.models, notices.models and the like) is an error."`
	Versions       []Version       `toml:"versions" jsp:"required" doc:"Software versions, oldest first, with lifecycle milestones."`
	CyberDevice    CyberDevice     `toml:"cyber_device" jsp:"required=security_plan,device" doc:"FD&C Act 524B determination. Not required of health IT (medical_device = false): not being a device, it is not a cyber device, and the documents say so; nor of a product not marketed in the United States (markets without us), to which section 524B does not apply."`
	SPDF           SPDF            `toml:"spdf" jsp:"required=security_plan" doc:"The secure product development framework followed."`
	Governance     Governance      `toml:"governance" jsp:"required=security_plan" doc:"Roles, training and maturity."`
	Planning       Planning        `toml:"planning" jsp:"required=security_plan" doc:"Concept and release planning."`
	Risk           Risk            `toml:"risk" jsp:"required=security_plan risk_report" doc:"Security risk management method and conclusions."`
	Threats        []Threat        `toml:"threats" jsp:"required=security_plan risk_report" doc:"Threat model: one entry per threat scenario."`
	Suppliers      Suppliers       `toml:"suppliers" jsp:"required=security_plan" doc:"Third-party component management."`
	SBOM           SBOM            `toml:"sbom" doc:"Machine-readable SBOM files published with the documents, or where the manufacturer publishes it elsewhere (published_at) or how customers obtain it on request (on_request). Not written (nor components): whether an SBOM exists is not stated; [sbom] with files = [] and neither published_at nor on_request says none is published."`
	Components     []Component     `toml:"components" doc:"Software components with support level and end of support: an entry matching a component of a version's SBOM file annotates it there; one matching no SBOM component of any version adds a component to the current version."`
	SupportRules   []SupportRule   `toml:"support_rules" doc:"Support level and end of support for every component a rule matches (by purl, name, supplier or type); [[components]] and the SBOM take precedence, the site file's rules come after."`
	Requirements   []Requirement   `toml:"requirements" jsp:"required=security_plan" doc:"Security requirements."`
	Controls       []Control       `toml:"controls" jsp:"required=security_plan risk_report" doc:"Security controls, by FDA category."`
	Architecture   []View          `toml:"architecture" jsp:"required=security_plan" doc:"Security architecture views."`
	FlowEndpoints  []FlowEndpoint  `toml:"flow_endpoints" doc:"Where the outside systems that data flows name sit (their trust zone), and names that mean a part, for the generated architecture views."`
	Parts          []Part          `toml:"parts" doc:"The parts the product is made of and where each runs (default: one part, the device itself)."`
	RelatedSystems []RelatedSystem `toml:"related_systems" doc:"Systems of the manufacturer that the device relies on but that are not the device (server software the customer hosts, an update service, a cloud service), or of another maker when its versions matter to the device (a CGM the app reads: maker): the part it is, its versions with the device versions each works with, support and SBOM."`
	Interfaces     []Interface     `toml:"interfaces" jsp:"required=security_plan csd mds2" doc:"Every physical and logical interface (network, radio, USB, serial, media, virtual network adapter, web user interface, API); of a part with interfaces_complete = false, those the product data state."`

	// InterfacesComplete is parts[].interfaces_complete for a product
	// without [[parts]]: its one implicit device part (AllParts) takes it.
	InterfacesComplete Tri `toml:"interfaces_complete" doc:"For a product without [[parts]]: whether [[interfaces]] lists every interface of the device, as parts[].interfaces_complete says for a part. true: the list is every interface the device has, and the MDS2 form answers No for an interface it does not list (no USB port, no Bluetooth). false: it lists only those the product data state; the CSD's and the plan's interfaces sections then say so, and the MDS2 form derives no No from an interface the list leaves out (CONN-1 to CONN-1.2.4; MPII-2.6 and MPII-3 to MPII-3.10), so check asks for those answers. Not written: not stated, read as false, and check warns. An error beside [[parts]]: write interfaces_complete on each [[parts]] entry instead."`

	Ports          []Port          `toml:"ports" doc:"Every network port the device opens or connects to, one entry per number, transport, direction and interface; a connection out is one entry per service as well (DICOM storage to the PACS and the worklist query, both TCP 104 out, are two entries, each with its own purpose and endpoints, and get a firewall rule each), while two entries with the same key are an error. Not written: the documents say the ports are not stated and give no firewall rules; write ports = [] for a device that uses none."`
	NoNetworkAtAll bool            `toml:"no_network" doc:"true: the manufacturer states that the device has no network interface of any kind (no Ethernet, Wi-Fi, Bluetooth, cellular or other network), without claiming that [[interfaces]] lists every interface it has. Its interfaces of kind other or whose kind is not written are then taken to join no network (a wired foot switch port), and the device to open and use no network port; interfaces of other kinds (a USB service port, an RFID reader) stay as written. The MDS2 form then answers No to Wi-Fi, Bluetooth, Ethernet and other wireless network technologies (CONN-1.1.1, CONN-1.1.2, CONN-1.1.3, CONN-1.2.1) and takes the device to join no network; the CSD gives no firewall rule and does not say an interface of kind other may join a network. Whether a USB, serial or radio link reaches another computer, and so whether the device talks to systems on the customer's network (CONN-3) or takes remote service sessions (RMOT-1), it does not decide. An error beside an interface of a network kind (ethernet, wifi, bluetooth, cellular, virtual_nic, web_ui, api), beside a port, and beside a part that does not run on the device or is not the customer's own infrastructure (software on a computer is on whatever network that computer is on); an error too where ports is not written: write ports = [] beside it, so that every document says the device listens on no port. Not written: not stated."`
	DataStores     []DataStore     `toml:"data_stores" doc:"Where data rests on the device and how it is protected. Not written: not stated (the MDS2 form then needs the answers); data_stores = [] says the device keeps no data."`
	DataFlows      []DataFlow      `toml:"data_flows" doc:"Data in transit: what moves where, and how it is protected. Not written: not stated (where ports state encrypted or authenticated, the CSD and the security plan say that no flow is listed and point to their network ports section, where each port's protection is given); data_flows = [] says no data moves."`
	Verification   Verification    `toml:"verification" jsp:"required=security_plan" doc:"Security verification and validation. Not required for the CSD: without it, the CSD says that security testing is not stated."`
	Postmarket     Postmarket      `toml:"postmarket" jsp:"required=security_plan" doc:"Cybersecurity management plan for the field. Required for the security plan; for the other documents every key is optional: a table not written reads as one written empty, each of its keys not stated (a CSD without [updates] and without patching.deployment says how updates are delivered is not stated)."`
	Metrics        []Metric        `toml:"metrics" jsp:"required=security_plan" doc:"Total product lifecycle metrics."`
	EndOfLife      EndOfLife       `toml:"end_of_life" doc:"End-of-life and end-of-support commitments. Every key is optional: a table not written reads as one written empty, each of its keys not stated (the documents say so, and check warns)."`
	MDS2           MDS2            `toml:"mds2" doc:"Explicit MDS2 answers and notes: only what the product data does not decide."`
	Anomalies      []Anomaly       `toml:"anomalies" doc:"Unresolved anomalies of the released software with a security impact (FDA premarket guidance V.A.5)."`
	VEX            VEXFiles        `toml:"vex" doc:"VEX documents imported as known vulnerabilities (see vulnerability.go)."`
	Vulns          []Vulnerability `toml:"vulnerabilities" doc:"Known vulnerabilities of the product's versions, with status, CVSS, safety impact and remediation (see vulnerability.go)."`
	Notices        []Notice        `toml:"notices" doc:"End-of-life, end-of-support and component end-of-support notices (see lifecycle.go)."`
	Documents      Documents       `toml:"documents" jsp:"required" doc:"Document control, per document."`

	// Premarket plan sections (FDA premarket guidance V.A.3, V.A.4).
	Interop    []Interoperability `toml:"interoperability" doc:"Per protocol or integration the product speaks, the controls beneath it (FDA premarket guidance V.A.3)."`
	SourceCode SourceCode         `toml:"source_code" doc:"Source-code custody, build environment and licence continuity (FDA premarket guidance V.A.4, Appendix 1)."`

	// Customer security facts (CSD, MDS2): see customer.go.
	RecommendedControls []RecommendedControl        `toml:"recommended_controls" doc:"Security controls the customer should put in place in the use environment (FDA labeling item 1)."`
	Diagrams            []Diagram                   `toml:"diagrams" doc:"Network and data-flow diagrams (PNG or JPEG) shown in the documents (item 2)."`
	Infrastructure      []InfrastructureRequirement `toml:"infrastructure" doc:"What the hospital infrastructure must provide (item 4)."`
	Platforms           []Platform                  `toml:"platforms" doc:"The operating systems, database servers and other platforms the customer supplies beneath the product's software, on the parts it hosts or owns (Windows on a practice's own PCs, Windows Server and SQL Server on its server, the hypervisor of a virtual appliance), with the versions of each the product supports and their vendor's end of support (see platforms.go). The manufacturer neither supplies nor patches them: software it ships is a [[components]] entry. The CSD lists them in 4.1 and in its key facts with the versions past, or within a year of, their vendor's end of support; an end-of-life or end-of-support notice lists its versions' platforms when it writes no operating_systems. check warns when a supported version runs a part only on platform versions past their vendor's end of support, and when an infrastructure requirement, a recommended control or a notice's operating_systems names a platform or platform version another version lists but the version it is about does not. Not written: not stated."`
	Deployment          Deployment                  `toml:"deployment" doc:"Secure deployment, servicing and incident steps for the customer (item 4)."`
	RemoteService       RemoteService               `toml:"remote_service" doc:"The manufacturer's remote service of the device as facts: whether it is offered, its state as shipped, who turns it on and starts a session, whether users see a session and the manufacturer's staff see patient data, and which way it connects; and the manufacturer's other remote functions (telemetry, updates, configuration, training). Every key optional; one not written is not stated. deployment.remote_service says the rest in words."`
	RemoteControl       []RemoteControl             `toml:"remote_control" doc:"Each way a person away from the device (a prescriber, the customer's clinical staff, a caregiver) changes its clinical settings, or starts or stops its therapy, from another device over a network: who, which settings, through which part, how they are authenticated, what the device checks, whether the patient is told and whether it can be turned off (see remotecontrol.go). Not the manufacturer's own remote functions ([remote_service]), nor a paired app at the device's side. Not written: not stated; remote_control = [] says the device has no such function over a network, and the documents then name the product's own parts that send it therapy data or configuration (data flows between its parts), which that does not cover."`
	Updates             Updates                     `toml:"updates" doc:"How customers obtain, learn of and verify software updates (item 6)."`
	Logging             Logging                     `toml:"logging" doc:"Security events, logs and SIEM forwarding (items 7 and 12)."`
	Safeguards          []Safeguard                 `toml:"safeguards" doc:"Features that protect critical functionality (item 8)."`
	Backup              Backup                      `toml:"backup" doc:"Backup and restore (item 9)."`
	Configuration       ConfigurationManagement     `toml:"configuration" doc:"Keeping and recovering the device configuration (item 10)."`
	Hardening           Hardening                   `toml:"hardening" doc:"Secure configuration as shipped (item 11)."`
	SecuritySettings    []SecuritySetting           `toml:"security_settings" doc:"User-configurable security settings, marking changes that raise risk (item 11)."`
	Accounts            []Account                   `toml:"accounts" doc:"User, administrator and service accounts and privileged access. Not written: not stated (the CSD says so, and MDS2 PAUT-14 then needs an answer); accounts = [] says the product has none."`
	Cloud               Cloud                       `toml:"cloud" doc:"Dependence on cloud or internet services."`
	Certifications      []Certification             `toml:"certifications" doc:"Security certifications and independent assessments."`
	Decommissioning     Decommissioning             `toml:"decommissioning" doc:"Secure decommissioning and sanitisation steps (item 14)."`

	Source Source `toml:"-"` // where the product was read from, for diagnostics

	// SiteSupportRules are the site file's [[support_rules]], read after
	// the product's own (see support.go), and SiteSource where they are.
	SiteSupportRules []SupportRule `toml:"-"`
	SiteSource       Source        `toml:"-"`
	// Per-version views (versions.go): base is the product as written
	// (nil for the product itself), views every version's facts by
	// version, factsOf the version whose facts this value holds.
	base    *Product
	views   map[string]*Product
	factsOf string
	// about are the models a document about some models only sees the
	// product on (ForModels), in the product's order; nil for every
	// model. leftOut: ForModels left out an interface or port of other
	// models.
	about   []string
	leftOut bool
}

// Source is the file an entity was read from and where its keys are.
type Source struct {
	File string
	pos  tomlpos.Positions
	// rejected: the key paths the decoder reported (a number out of
	// range, a value of the wrong type), whose value is not what the
	// user meant; checks that compare against them would send the user
	// after a follow-on of the same mistake.
	rejected map[string]bool
}

// Rejected reports whether decoding reported the key path itself.
func (s Source) Rejected(path string) bool { return s.rejected[path] }

// Line returns the line of the key path in the file, or of its nearest
// ancestor, or 0.
func (s Source) Line(path string) int { return s.pos.Line(path) }

// Has reports whether the file states the key path itself.
func (s Source) Has(path string) bool { return s.pos.Exact(path) > 0 }

// Release frees the key positions of the file, for every copy of s, once
// nothing reports problems about it any more (the build, once the product
// is prepared); Line then says 1 and Has false, except for the keys
// Product.States and Product.CarriesStated ask about, which templates
// read while rendering.
func (s Source) Release() { s.pos.ReleaseKeeping(statedKey) }

// statedKey tells the key paths Product.States asks about, which
// templates still ask while rendering, after the release: keys outside
// any array ("ports", "logging.events") and a version's changes outside
// any array of them ("versions[1].changes.ports_added"), and an
// interface's carries ("interfaces[2].carries",
// "versions[1].changes.interfaces_added[0].carries"), which
// Product.CarriesStated asks about, and a notice's compensating_controls
// ("notices[1].compensating_controls") and upgrade_paths, which
// Product.NoticeNeedsNoControls and Product.NoticeOffersNoUpgrade ask
// about, and a cloud service's data ("cloud.services[0].data"), which
// Product.CloudDataStated asks about. They are few; an array entry's other fields, the bulk of the
// table, go.
func statedKey(path string) bool {
	if !strings.Contains(path, "[") {
		return true
	}
	for _, key := range []string{"].compensating_controls", "].upgrade_paths"} {
		if entry, ok := strings.CutSuffix(path, key); ok {
			n, ok := strings.CutPrefix(entry, "notices[")
			return ok && !strings.Contains(n, "[") // Product.NoticeNeedsNoControls, NoticeOffersNoUpgrade
		}
	}
	if entry, ok := strings.CutSuffix(path, "].data"); ok { // Product.CloudDataStated
		list, _, _ := strings.Cut(entry[strings.LastIndex(entry, ".")+1:], "[")
		return strings.HasPrefix(entry, "cloud.services[") || list == "cloud_services_added" || list == "cloud_services_changed"
	}
	if entry, ok := strings.CutSuffix(path, "].carries"); ok {
		list, _, _ := strings.Cut(entry[strings.LastIndex(entry, ".")+1:], "[")
		return list == "interfaces" || list == "interfaces_added" || list == "interfaces_changed"
	}
	rest, ok := strings.CutPrefix(path, "versions[")
	if !ok {
		return false
	}
	_, key, ok := strings.Cut(rest, "].changes.")
	return ok && !strings.Contains(key, "[")
}

// Model is one model (hardware variant or catalogue number).
type Model struct {
	ID          string `toml:"id" jsp:"required,designation" doc:"Model identifier, unique in the product. Documents name the model by it where they say which models have something (\"Wi-Fi, model LVP-7D only\"), so write the designation customers know, not an internal key: letters, digits, single spaces and the marks . _ - / + ( ) (\"Corva MS\", \"X-200/S\")."`
	Name        string `toml:"name" jsp:"required" doc:"Model name or catalogue number."`
	Description string `toml:"description" doc:"What distinguishes this model."`
	// Milestones of the hardware model itself: see modelmilestones.go.
	EndOfMarketing  Date   `toml:"end_of_marketing" doc:"The model is no longer sold (new units); the lifecycle page gives it. Not after its end_of_support."`
	EndOfProduction Date   `toml:"end_of_production" doc:"The model is no longer made; the lifecycle page gives it. Not after its end_of_support."`
	EndOfSupport    Date   `toml:"end_of_support" doc:"The manufacturer stops supporting this model (service, spare parts, security updates on it), though a version it runs may stay supported on other models. From this date the CSD and MDS2 form of a version leave the model out of the models they cover and say that its support ended; the lifecycle page names it beside each version it ran. Not after the end of support of every version it runs (when each has one): a model cannot be supported with no supported software. A version whose every model has an end of support needs an end_of_support of its own no later than the last of them. Not written: the models' tables of the lifecycle page and the plan say \"Not announced\", and, where every version the model runs states an end of support, when the last of them ends."`
	ReplacedBy      string `toml:"replaced_by" doc:"ID of the model the manufacturer offers in place of this one after its end of support (another model of the product); the lifecycle page names it. Needs end_of_marketing, end_of_production or end_of_support."`
	// Implicit: not written in the product file. A product without
	// [[models]] gets one model standing for the product itself (its ID
	// and name), so that the rules keyed on models hold; documents never
	// name or tabulate it, and no key may name it (implicitModel).
	Implicit bool `toml:"-"`
}

// Version is one software version and its lifecycle milestones (CycloneDX
// lifecycle vocabulary). Milestones must not go backwards in time.
type Version struct {
	Version                string   `toml:"version" jsp:"required" doc:"Version string as shown on the device."`
	Models                 []string `toml:"models" doc:"Model IDs that run this version (default: all)."`
	Summary                string   `toml:"summary" doc:"What the version changed, security-relevant first."`
	GeneralAvailability    Date     `toml:"general_availability" doc:"Release to customers. Required for the newest version (the last of [[versions]]) and for one released market by market. An older version may leave it out when its release date is not known: the version tables of the lifecycle page, the CSD, the security plan and the notices say \"Not stated\", no date is computed from it, it counts as released from the day the first version listed after it was released, and the checks that compare release dates skip it; check warns, naming it."`
	releasedBy             Date     // GAUnstated: the first release of a later version (markUnstatedGA)
	EndOfMarketing         Date     `toml:"end_of_marketing" jsp:"na" doc:"No longer sold."`
	EndOfProduction        Date     `toml:"end_of_production" jsp:"na" doc:"No longer produced. Not written for a product that is software alone (no part runs = \"device\": its parts are hosted by the customer or the manufacturer, or run on the customer's own device): nothing of it is produced, so the lifecycle tables, the CSD's and the plan's included, print \"Does not apply\" and lifecycle.json lists it among the version's milestones_not_applicable."`
	EndOfLife              Date     `toml:"end_of_life" jsp:"na" doc:"Enters limited support."`
	EndOfGuaranteedSupport Date     `toml:"end_of_guaranteed_support" jsp:"na" doc:"Guaranteed security updates end."`
	EndOfSupport           Date     `toml:"end_of_support" jsp:"na" doc:"All support ends; risk transfers to the user."`
	// Released market by market: see versionmarkets.go.
	Markets        []string        `toml:"markets" jsp:"oneof=us eu uk ch ca au jp other" doc:"The markets (of the product's markets) this version is released in, when it is not all of them (default: all). A market left out: the version is not released there; the lifecycle page, the security plan, the CSDs and the notices never call it current there, the lifecycle tables and lifecycle.json say where it is released, and a notice's upgrade path to it says it is not released there. Needs the product's markets."`
	MarketReleases []MarketRelease `toml:"market_releases" doc:"The version's release in a market later than its general_availability, which is its first release (e.g. cleared in the US in June, CE-marked and released in the EU the January after): market (one of the version's markets) and general_availability (not before the version's). Until that date the documents name, for that market, the version current there and the date this one is released there; the lifecycle tables and lifecycle.json give each market's date, and a notice's upgrade path to it says from when it is available where. Needs the product's markets."`
	// Withdrawn from the field: see withdrawn.go.
	Withdrawn        Date   `toml:"withdrawn" doc:"The date the manufacturer withdrew this version from the field (a recall or field safety corrective action): it must no longer be installed, and the devices running it are to be moved to replaced_by. From this date the documents give its stage as Withdrawn, never call it supported or current, and the lifecycle page and lifecycle.json say why and what to install; a vulnerability whose fixed_in names it (the first version with the fix, which stays fixed in the VEX) is from this date said to have its fix withdrawn, and the documents, VEX and CSAF remediation send its affected versions to replaced_by instead; check warns when a notice offers it as an upgrade or a vulnerability's remediation text names it. After general_availability; needs withdrawal_reason and replaced_by."`
	WithdrawalReason string `toml:"withdrawal_reason" doc:"Why the version was withdrawn, in one sentence (e.g. the vulnerability or defect and the corrective action's reference); printed with the withdrawal. Only with withdrawn."`
	ReplacedBy       string `toml:"replaced_by" doc:"The version (from [[versions]]) to install in place of a withdrawn one: released after it, not itself withdrawn, and running on every model that runs the withdrawn version. Only with withdrawn."`
	// Paid extended support: see extended.go.
	ExtendedSupportUntil Date   `toml:"extended_support_until" doc:"End of an extended support programme the manufacturer sells for this version after its end_of_support (security updates for a fee, to the customers who sign for it): end_of_support stays the end for every other customer. The documents give the version's stage as End of Support, say that updates continue only under that programme until this date, and print extended_support. Needs end_of_support and extended_support, and is after end_of_support."`
	ExtendedSupport      string `toml:"extended_support" doc:"What the extended support programme gives and to whom (e.g. security updates only, for a yearly fee, to hospitals that sign for it), printed beside extended_support_until. Only with extended_support_until."`
	// Made by another company: see madeby.go.
	Manufacturer string         `toml:"manufacturer" doc:"The legal manufacturer this version's labeling names, when it is not the site file's manufacturer: the company that made it before the product line passed to the site's manufacturer, which now supports it. The version's CSD and MDS2 form (DOC-1) name this company as its manufacturer, and they, the notices about it, the lifecycle page and its CSAF files say that the site's manufacturer, whose contacts they give, supports it. Left out: the site's manufacturer made it; the site's manufacturer's own name is an error."`
	TakenOver    Date           `toml:"taken_over" doc:"The date from which the site file's manufacturer supports this version in place of its manufacturer (support, security contact, vulnerability handling, service); the documents give it. Only with manufacturer, and not before the version's general availability (a version released after the take-over is the site's manufacturer's); left out, they say the site's manufacturer supports it without saying since when."`
	Changes      VersionChanges `toml:"changes" doc:"What this version changed relative to the version before it: interfaces, ports, data stores, data flows, security settings, accounts, customer facts (recommended controls, diagrams, infrastructure, logging, safeguards, deployment, updates, backup, configuration, hardening), SBOM files, decommissioning, and the description, use environment and cloud statement (the first version's facts are the top-level ones)."`
}

// CyberDevice is the 524B determination: software, able to connect, could be
// vulnerable. The connectivity features are drawn from Interfaces.
type CyberDevice struct {
	Applies   Tri    `toml:"applies" doc:"Whether the device is a cyber device under 524B."`
	Rationale string `toml:"rationale" jsp:"required" doc:"Why (or why not), in one paragraph."`
}

// SPDF names the secure product development framework.
type SPDF struct {
	Frameworks     []string `toml:"frameworks" jsp:"required=security_plan" doc:"Frameworks followed, e.g. JSP2, IEC 81001-5-1:2021."`
	RiskManagement []string `toml:"risk_management" jsp:"required=security_plan" doc:"Security risk management standards, e.g. AAMI TIR57."`
	Description    string   `toml:"description" jsp:"required=security_plan,markdown" doc:"How the framework is applied in this product's lifecycle."`
}

// Governance is who does what.
type Governance struct {
	Roles          []Role     `toml:"roles" jsp:"required" doc:"Security roles and responsibilities."`
	RiskAcceptance string     `toml:"risk_acceptance" jsp:"required" doc:"ID of the role that approves acceptance of residual security risk."`
	Training       string     `toml:"training" jsp:"required=security_plan" doc:"Security training of the people in these roles."`
	Maturity       []Maturity `toml:"maturity" jsp:"required=security_plan" doc:"Maturity self-assessment per area."`
}

// Role is one security role.
type Role struct {
	ID               string `toml:"id" jsp:"required,key" doc:"Role identifier."`
	Title            string `toml:"title" jsp:"required" doc:"Role title."`
	Holder           string `toml:"holder" jsp:"required" doc:"Person or team holding it."`
	Responsibilities string `toml:"responsibilities" jsp:"required" doc:"What the role is accountable for."`
}

// Maturity is one area of the maturity self-assessment (levels 1–5).
type Maturity struct {
	Area     string `toml:"area" jsp:"required" doc:"Area, e.g. Risk management."`
	Level    int    `toml:"level" jsp:"required,range=1 5" doc:"Assessed level, 1 (initial) to 5 (optimizing)."`
	Target   int    `toml:"target" jsp:"required,range=1 5" doc:"Target level."`
	Evidence string `toml:"evidence" doc:"What supports the assessment, and the plan to reach the target."`
}

// Planning is concept and release planning.
type Planning struct {
	DevelopmentPlan        string `toml:"development_plan" jsp:"required" doc:"How security is planned into development."`
	ChangeImpactAssessment string `toml:"change_impact_assessment" jsp:"required" doc:"How each release's security impact is assessed."`
	PlanMaintenance        string `toml:"plan_maintenance" jsp:"required" doc:"When and how this plan is reviewed and updated."`
}

// Risk is the security risk management method and its conclusions.
type Risk struct {
	Method             string         `toml:"method" jsp:"required" doc:"Threat-modelling method, e.g. STRIDE per data-flow element."`
	Assumptions        []string       `toml:"assumptions" jsp:"required" doc:"Threat-model assumptions, e.g. the hospital network is hostile."`
	Scoring            string         `toml:"scoring" jsp:"required" doc:"Exploitability-based scoring, e.g. CVSS v3.1 with a medical-device rubric."`
	AcceptanceCriteria string         `toml:"acceptance_criteria" jsp:"required" doc:"When a residual security risk is acceptable."`
	SafetyLink         string         `toml:"safety_link" jsp:"required" doc:"How security risks feed the ISO 14971 safety risk file."`
	KEV                string         `toml:"kev" jsp:"required" doc:"How known exploited vulnerabilities (CISA KEV) are designed out."`
	ResidualConclusion string         `toml:"residual_conclusion" jsp:"required" doc:"Overall residual-risk conclusion."`
	ResidualAcceptable Tri            `toml:"residual_acceptable" doc:"Whether the conclusion finds the overall residual risk acceptable (check compares it with every threat's)."`
	AcceptedOn         Date           `toml:"accepted_on" doc:"When the role in governance.risk_acceptance accepted the residual risk."`
	Evaluation         RiskEvaluation `toml:"evaluation" doc:"How exploitability and severity of harm combine into controlled / uncontrolled; defaults apply to every key left out. The security plan and the risk report print it as the manufacturer's method; not written at all, they print the defaults and say so, and check warns."`
}

// Threat is one threat scenario with risk before and after mitigation.
// Each score comes from its CVSS vector (scored by go-cvss) or is stated;
// when both are given they must agree at one decimal.
type Threat struct {
	ID         string   `toml:"id" jsp:"required,key" doc:"Threat identifier, e.g. T-03."`
	Title      string   `toml:"title" jsp:"required" doc:"Short name."`
	Phase      string   `toml:"phase" jsp:"required,oneof=supply_chain manufacturing deployment interoperation maintenance decommissioning" doc:"Lifecycle phase where the threat arises."`
	Asset      string   `toml:"asset" jsp:"required" doc:"Asset or function threatened."`
	Scenario   string   `toml:"scenario" jsp:"required" doc:"How the attack would proceed."`
	PreScore   float64  `toml:"pre_score" jsp:"score" doc:"CVSS score before mitigation (0.0–10.0); required without cvss_pre, and must equal the vector's score when both are given."`
	PostScore  float64  `toml:"post_score" jsp:"score" doc:"CVSS score after mitigation (0.0–10.0); required without cvss_post, and must equal the vector's score when both are given."`
	CVSSPre    string   `toml:"cvss_pre" doc:"CVSS v3.1 (or v3.0, v4.0) vector before mitigation, e.g. CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:N/I:H/A:H; jspgen computes the score."`
	CVSSPost   string   `toml:"cvss_post" doc:"CVSS vector with the controls in place; jspgen computes the score."`
	Harm       Harm     `toml:"harm" doc:"Severity of patient harm if exploited (FDA postmarket guidance 2016 scale), combined with exploitability by [risk.evaluation] into controlled / uncontrolled."`
	Controls   []string `toml:"controls" jsp:"required" doc:"IDs of the controls that mitigate it."`
	Labeling   []string `toml:"labeling" doc:"IDs of the [[recommended_controls]] (CSD labeling items) the residual risk relies on; check warns when one of them is only recommended (priority), as the customer may then skip it."`
	SafetyHarm string   `toml:"safety_harm" doc:"Patient harm if exploited, as in the safety risk file."`
	Acceptance string   `toml:"acceptance" jsp:"required,oneof=acceptable acceptable_with_rationale not_acceptable pending" doc:"Residual-risk decision; pending: not yet concluded (before the first release; check warns about it in the risk report or eSTAR cross-reference of a released version)."`
	Rationale  string   `toml:"rationale" doc:"Why the residual risk is acceptable (required for acceptable_with_rationale)."`
	Path       []string `toml:"path" doc:"The attack path, in order: IDs of the [[data_flows]] the attack goes through, and part IDs or [[flow_endpoints]] names where it is (a compromised server, a cloned badge, a part its data passes through). A flow right after its sender (or after a flow arriving there) is attacked at its source; a flow right after its receiver (the part or system where the attacker is), at its receiving end, where the attacker gets what it delivers; a flow on its own, on the way (spoofed or intercepted). A part or system the flow before it does not arrive at starts another route. check warns about a flow that carries software, configuration, therapy data or credentials across a trust boundary into the device (for software as a medical device, into a part where the medical software runs) when no path reaches it at its source; from a sender in the physical zone (a person or item at the device), only a flow that carries software, such as a USB drive carried from device to device. check also warns at an interface that carries software or configuration and is not internal when no threat's path names a data flow over it or the part it is on, unless a flow over it already has that warning."`
}

// Suppliers is third-party component management.
type Suppliers struct {
	Vetting     string `toml:"vetting" jsp:"required=security_plan" doc:"How suppliers and components are selected and vetted."`
	SBOMProcess string `toml:"sbom_process" doc:"How the SBOM is produced and kept current. Not written: the security plan (5.2) and the CSD (section 5) say that this is not stated, and check warns. check warns about a hand MDS2 SBOM-4 No or N/A without a note where it is written."`
	Monitoring  string `toml:"monitoring" jsp:"required=security_plan" doc:"How component support status is tracked."`
	Contingency string `toml:"contingency" jsp:"required=security_plan" doc:"What happens when a supplier's support ends before the device's."`
	// ComponentsEvaluated is the yes/no fact the MDS2 form's RDMP-2 asks
	// for; the vetting text describes, it does not decide.
	ComponentsEvaluated Tri `toml:"components_evaluated" doc:"Whether third-party components are checked for secure development before they are used (MDS2 RDMP-2)."`
	// EndOfLifePlanned is the yes/no fact the MDS2 form's RDMP-4 asks
	// for; the contingency text describes, it does not decide ("None",
	// "TBD" and a real plan are all text).
	EndOfLifePlanned Tri `toml:"end_of_life_planned" doc:"Whether the manufacturer plans ahead for its third-party components reaching their end of life or end of support (MDS2 RDMP-4); contingency says how, and decides nothing."`
}

// SBOM lists the machine-readable SBOM files of the product.
type SBOM struct {
	Files []string `toml:"files" doc:"SBOM files (CycloneDX JSON/XML, SPDX JSON/tag-value, SPDX 3.0 JSON-LD), relative to the product's asset folder content/<product-id>/; published as is. A file whose subject (CycloneDX metadata.component, SPDX described package) names a version of the product is that version's SBOM, whichever list names it."`
	// OnRequest is how customers obtain an SBOM the manufacturer gives
	// on request rather than publishes: written, it says the SBOM is
	// available, which no file need show; it puts no SBOM in the
	// premarket submission.
	OnRequest string `toml:"on_request" doc:"How customers obtain the SBOM when the manufacturer gives it on request instead of publishing it: whom to ask, how, on what condition (a non-disclosure agreement). Written, the CSD and the security plan say the SBOM is available to customers on request and how, MDS2 SBOM-1 is Yes with a note giving this text, and CSD labeling item 5 counts as covered; with files, say what is given on request besides them. It puts no SBOM in the premarket submission: without files the eSTAR cross-reference still says it is not provided, and check reminds you to attach it."`
	// PublishedAt is where the manufacturer publishes the SBOM outside
	// this site: written, it says the SBOM is available there, which no
	// file need show; the documents cannot summarise what they do not
	// hold, so nothing else (format, fields) is derived from it.
	PublishedAt string `toml:"published_at" jsp:"url" doc:"Absolute http(s) URL where the manufacturer publishes the SBOM outside these documents (its own portal or website). Written without SBOM files of the version, the CSD (key facts and section 5), the security plan and the lifecycle page say the SBOM is published there and, not being published with the documents, that its contents are not summarised; MDS2 SBOM-1 is Yes, and nothing else (format, fields) is derived from it; CSD labeling item 5 counts its availability as covered, and check still asks for the file so that the documents can summarise it."`
	// FilesAt is the key path of the list the files come from:
	// "sbom.files", or versions[i].changes.sbom_files for a later
	// version's view.
	FilesAt string `toml:"-"`
}

// OnRequestText is how customers request the SBOM, trimmed; "" when the
// product does not say it is given on request.
func (s SBOM) OnRequestText() string { return strings.TrimSpace(s.OnRequest) }

// PublishedAtText is where the manufacturer publishes the SBOM outside
// these documents, trimmed; "" when not stated.
func (s SBOM) PublishedAtText() string { return strings.TrimSpace(s.PublishedAt) }

// FilePath is the key path of the i-th SBOM file, for diagnostics.
func (s SBOM) FilePath(i int) string {
	return fmt.Sprintf("%s[%d]", AtOr(s.FilesAt, "sbom.files"), i)
}

// Component is one software component; entries matching an imported SBOM
// component (by purl, else name and version) annotate it.
type Component struct {
	Name         string       `toml:"name" jsp:"required" doc:"Component name."`
	Version      string       `toml:"version" doc:"The component's version as its supplier names it. Not written: the version is not stated (a component known to be in the product whose version is not pinned, such as signature-updated antivirus); the documents name the component alone and give its version as not stated, the machine-readable files leave the version out, and a vulnerability whose affected versions are given is left undecided for it (under investigation), never taken as not affecting it. Without purl, such an entry matches only an SBOM component of the same name that gives no version either."`
	Supplier     string       `toml:"supplier" doc:"Supplier or maintainer."`
	License      string       `toml:"license" doc:"SPDX licence expression."`
	PURL         string       `toml:"purl" doc:"Package URL."`
	CPE          string       `toml:"cpe" doc:"CPE 2.3 name."`
	Type         string       `toml:"type" jsp:"oneof=application framework library container platform operating-system device device-driver firmware file machine-learning-model data" doc:"CycloneDX component type (operating-system for Windows or Linux, firmware, library, …), for an entry no SBOM file lists, or one whose SBOM states no type; a type the SBOM states is kept. The CSD groups the component under it, the CycloneDX VEX and the annotated SBOM copy give it, an operating-system is a component the version's support rests on (check warns when its support ends while the version's full support goes on; where an entry whose versions name a version in Support has lost its support by a document's date, the lifecycle page's and the plan's stage tables, the plan's 9.6 and that version's CSD key facts say beside the version that it has had no security updates since then), and [[support_rules]] match it. Not written: the type is not stated; the CSD lists the component among those of unstated type, and the CycloneDX files, which require a type, give library with the property jspgen:type:stated = false."`
	Support      SupportLevel `toml:"support" doc:"Support level from the component's maker (overrides the SBOM and [[support_rules]])."`
	EndOfSupport Date         `toml:"end_of_support" doc:"Supplier's end of support for this version. Once it is on or before a document's date (and extended_until, when given, has passed too), the documents say the component's support has ended and list it among the components that need attention, whatever level is stated; check warns unless its level is no_longer_maintained or abandoned."`
	// ExtendedUntil: see support.go (extended security updates).
	ExtendedUntil Date   `toml:"extended_until" doc:"End of a paid or extended security-update programme (e.g. Windows Extended Security Updates, RHEL ELS) for this version after its supplier's end_of_support; the documents give both dates. With extended_for = every_customer the component still receives security fixes until then and is not counted as unsupported. Needs end_of_support, and is not before it."`
	ExtendedFor   string `toml:"extended_for" jsp:"oneof=every_customer customers_who_buy" doc:"Who receives the extended security updates: every_customer (the manufacturer obtains them for every customer's devices) or customers_who_buy (only the customers who buy them, from the supplier or through the manufacturer's paid extended support). Unless every_customer, the component is judged by its supplier's end_of_support and the documents say whom the updates reach (or, when not stated, which check warns about, that this is not stated). For an in_house device every_customer means every installation, and customers_who_buy is an error (there are no customers). Only with extended_until."`
	Notes         string `toml:"notes" doc:"Contingency or assessment notes."`

	// Support facts besides level and date: see support.go.
	Justification string `toml:"justification" doc:"Why no end-of-support date is stated (the maker publishes none, …); with neither support nor justification, check fails for a cyber device and warns for any other product (of a supported version other than the current one that no CSD of its own is about, it warns, naming the version)."`
	SupportSource string `toml:"support_source" doc:"Where the maker publishes this component's support policy (URL or document), shown with the facts."`

	// Versions: see componentversions.go.
	Versions []string `toml:"versions" doc:"The product versions (from [[versions]]) this component is part of, for an entry that matches no component of an SBOM file (a product without SBOM files, or a component its SBOM leaves out); not written: the version current on the documents' date, as the [[components]] describe it. An entry given to versions is a component of each of them and of no other: their lists on the lifecycle page and in lifecycle.json, their CSDs and plans, and the notices about them, which can then name it (an older version's operating system named in that version's end-of-support notice), while the current version's lists leave it out unless versions names that version too. A version without SBOM files of its own that entries are given to has them as its component list, instead of the current version's list standing in for it. An entry that matches an SBOM component annotates it wherever it is listed. An unknown version is an error; check warns when an SBOM file of a version that versions leaves out lists the component, or when a notice names it while versions names none of the notice's versions."`
}

// Requirement is one security requirement.
type Requirement struct {
	ID           string   `toml:"id" jsp:"required,key" doc:"Requirement identifier, e.g. SR-12."`
	Category     string   `toml:"category" jsp:"required,category" doc:"FDA control category."`
	Text         string   `toml:"text" jsp:"required" doc:"The requirement."`
	Verification []string `toml:"verification" jsp:"required" doc:"IDs of the verification activities that test it."`
	// CredentialLimits make the lifetimes the text sets checkable
	// (credentials.go).
	CredentialLimits []CredentialLimit `toml:"credential_limits" doc:"The longest the requirement lets a credential be accepted, or a session opened with it stay open without input; check warns when an account's credential outlives it."`
}

// Control is one security control.
type Control struct {
	ID           string   `toml:"id" jsp:"required,key" doc:"Control identifier, e.g. C-AUTH-1."`
	Category     string   `toml:"category" jsp:"required,category" doc:"FDA control category: authentication, authorization, cryptography, integrity, confidentiality, event_detection, resiliency, updatability."`
	Title        string   `toml:"title" jsp:"required" doc:"Short name."`
	Description  string   `toml:"description" jsp:"required" doc:"What the control does and how."`
	Requirements []string `toml:"requirements" doc:"IDs of the requirements it implements."`
	Verification []string `toml:"verification" doc:"IDs of verification activities that test the control itself, besides those of its requirements."`
	Components   []string `toml:"components" doc:"Names of the SBOM components that implement it (traceability matrix)."`
	Phases       []string `toml:"phases" jsp:"oneof=supply_chain manufacturing deployment interoperation maintenance decommissioning" doc:"Lifecycle phases before the device is in use whose attack paths the control acts on (supply_chain, manufacturing): a threat of such a phase needs at least one control that names it."`
	Findings     []string `toml:"findings" doc:"IDs of deferred or accepted test findings that qualify what the control claims (a finding's contradicts names the control)."`
}

// View is one security architecture view (FDA premarket guidance).
type View struct {
	Kind        string   `toml:"kind" jsp:"required,oneof=global_system multi_patient_harm updatability security_use_case" doc:"Which view."`
	Title       string   `toml:"title" jsp:"required" doc:"View title."`
	Description string   `toml:"description" jsp:"required,markdown" doc:"The view, in prose."`
	Flows       []string `toml:"flows" doc:"IDs of the data flows the view's diagram draws (a security use case's path); default: chosen from the data by the view's kind (see views.go)."`
	Image       string   `toml:"image" doc:"A hand-drawn diagram (PNG or JPEG, relative to content/<product-id>/) shown instead of the generated one."`
	Alt         string   `toml:"alt" doc:"Text alternative of the hand-drawn image (required with image)."`
	NoDiagram   bool     `toml:"no_diagram" doc:"Show the view's text without a diagram."`
}

// Interface is one physical or logical interface.
type Interface struct {
	ID             string        `toml:"id" jsp:"required,key" doc:"Interface identifier."`
	Kind           InterfaceKind `toml:"kind" doc:"Kind of interface; not written: not stated (the source says only \"on a dedicated VLAN\", or names its TCP ports but not the medium). The interfaces tables then give its kind as Not stated, no sentence names its medium, the MDS2 answers that only its kind would decide (CONN-1.x, MPII-3.x) are left open instead of No, its ports still count for the firewall rules, and check warns about it where a document that lists interfaces is built. radio is a radio link that is none of the others and joins no network (a proprietary 2.4 GHz foot pedal, a wireless sensor): MDS2 CONN-1.1.4's custom RF; contact is a contact closure, a cable that carries an on/off signal only, no data and no protocol (a bed's nurse-call dry contact): it joins no network and takes no port, the security plan leaves it out of the connectivity features that bear on the 524B determination and says so, MDS2 CONN-1.2.4 (other physical connection ports) is Yes for it, the MDS2 questions about PHI or PII count it as carrying none, carries written or not, and its carries, and the data of a flow over it, cannot list phi or pii; other is a kind the product does not say (it may be a network of its own, so MDS2 answers that depend on it are left open)."`
	Part           string        `toml:"part" doc:"ID of the part it belongs to (default: the only part, else the device)."`
	Name           string        `toml:"name" jsp:"required" doc:"Name as labelled on the device."`
	Purpose        string        `toml:"purpose" jsp:"required" doc:"What it is used for."`
	DefaultEnabled Tri           `toml:"default_enabled" doc:"Enabled as shipped. Not written: on as shipped where a port on it with default_enabled = true is on every model the interface is on (a port open as shipped needs its interface on); else not stated (a port off as shipped decides nothing)."`
	CanDisable     Tri           `toml:"can_disable" doc:"Whether the customer can disable it."`
	Carries        DataKinds     `toml:"carries" doc:"Kinds of data carried: every kind it carries, so a kind left out is one it does not carry (carries = [measurements] says no PII goes over it). Not written: not stated (MDS2 questions on PHI over it then need answers); carries = [] says it carries none of these. Where only some of what it carries is known, leave carries out and write the [[data_flows]] that go over it (data_flows.interface) with their data: the documents give those kinds as what it carries at least, and what else it carries stays not stated."`
	Security       string        `toml:"security" doc:"How the interface is protected."`
	Models         []string      `toml:"models" doc:"IDs of the models that have this interface, when not every model does (a Wi-Fi module fitted to one model only, a USB port only on the service model); not written: every model. The plan's and the CSD's interface and port tables and protection lists, the CSD's key facts and firewall rules, the risk report's interfaces and the notices' interface and port tables then name the models it is on, and an MDS2 answer derived from the interfaces and ports (CONN-1.x, CONN-3, CONN-4, MPII-3.x) that it or its ports alone make Yes refers to a note naming them; a form covering none of its models (its versions run on others), the CSD of a version none of its models runs (versions.models) and a notice about none of them (notices.models) leave it out, and a CSD or notice whose models all have it names none. An unknown model ID, a model listed twice and models = [] are errors; check warns about an interface listed only for models no version runs on (versions.models). Where the product has several models and several parts on the device and no interface, port or data store of those parts states models, check warns at [[models]] and the MDS2 form's JSP-MODELS says the data do not state which model has which part's interfaces, ports and data stores, instead of saying that no derived answer differs."`
	MediaOnly      bool          `toml:"media_only" doc:"true for a USB port (kind usb) that takes only removable storage, such as USB drives or a service key, and is never cabled to a computer or any other system (a laser console's USB-A port for its signed service key and USB sticks). The MDS2 form then counts it as removable media: CONN-1.2.2 (USB ports) and CONN-1.2.3 (removable memory devices) are Yes for it, MPII-3.3 (removable media) counts what it carries and MPII-3.4 (dedicated cable links) does not, and, like a removable_media interface, it does not stop the answers for a device whose only interfaces are displays and removable media (CONN-3, CONN-5, CONN-8, NAUT-1, TXCF-4, AUTH-4, AUDT-2.8.2, the CSUP items' remote installation, DTBK-4). The interfaces tables give its kind as USB (media only). An error on an interface of another kind, and beside a port on it (a port is a network link)."`
	Internal       bool          `toml:"internal" doc:"true for a link that joins only the product's own parts or components (the private cable or network between a scanner's acquisition workstation and its reconstruction computer, a bus between two processors of one part), neither reachable from nor joined to the customer's network or any other. Its ports are then left out of the ports the customer's network sees and of the firewall rules (the documents list them as internal to the product), and the MDS2 answers about the customer's network do not count it. Mark both ends of the link; never an interface that anything outside the product can reach (a service laptop's cable, a radio others can join). A direct link between the device and the product's app on a phone, tablet or computer beside it (runs = customer_device), a USB cable, Bluetooth or Wi-Fi Direct that the two set up between themselves with no network in between, is such a link too (a handheld probe and its app); one over the phone's network connection (an API) is not. A radio link marked internal (a paired Bluetooth foot pedal) stays among the connectivity features the security plan lists for the 524B determination, which counts radio. check warns about a cellular interface marked internal, a Wi-Fi one marked internal whose security is not written (to say how the link is kept private), a link marked internal at one end only where both ends list their ports, a cable or radio marked internal on a product of one part (no part of the product is at its other end), and reports a port on one whose peer_part or endpoints lie outside the product."`

	At string `toml:"-"` // key path where it is written: interfaces[2] or versions[1].changes.interfaces_added[0]
}

// IsInternal reports an interface internal to the product (Internal).
func (i Interface) IsInternal() bool { return i.Internal }

// Port is one network port: listened on (in) or connected to (out).
type Port struct {
	Number         int      `toml:"number" jsp:"required,range=1 65535" doc:"Port number; for a port the customer configures (configurable = true), its default."`
	Configurable   bool     `toml:"configurable" doc:"true where the customer sets the port number (a device that connects out to the host and port the hospital configures for its tracking system): number is then the default, and the ports tables, the firewall rules, the notices and their CSAF twins print the port as \"TCP port the hospital configures (default 6100)\" (the customer, for a product not for hospitals), never as the one port to allow. An error on a port of a part the manufacturer hosts (the customer sets nothing there)."`
	Transport      string   `toml:"transport" jsp:"required,oneof=tcp udp" doc:"tcp or udp."`
	Service        string   `toml:"service" jsp:"required" doc:"Protocol or service, e.g. HTTPS."`
	Purpose        string   `toml:"purpose" jsp:"required" doc:"Why the device uses it."`
	Direction      string   `toml:"direction" jsp:"oneof=in out both" doc:"From the part's side: in (the part listens), out (the part connects), both. Not written (a specification that names the port and protocol without saying which end listens): not stated; the ports tables say Not stated, the CSD's key facts count the port neither as listening nor as connecting and name it as one whose direction is not stated, no firewall rule is given for it (the CSD names it beneath the rules, to be confirmed with the manufacturer), the MDS2 answers decided by listening ports or outbound connections are not decided by it, and check warns once per port when a document that prints ports is built."`
	Interface      string   `toml:"interface" jsp:"required" doc:"ID of the interface it is reachable on."`
	Part           string   `toml:"part" doc:"ID of the part that listens or connects (default: the interface's part)."`
	Endpoints      []string `toml:"endpoints" doc:"Approved remote endpoints; for a port a manufacturer-hosted part listens on, the host names customers reach it at."`
	PeerPart       string   `toml:"peer_part" doc:"ID of the part of this product at the other end, when the port connects two of its parts (the pump to its server). The ports tables and the firewall rules name that part as the other end when the port lists no endpoints; a listener and the connection that reaches it, each naming the other's part, give one firewall rule."`
	DefaultEnabled Tri      `toml:"default_enabled" doc:"Open or used as shipped."`
	NeededFor      string   `toml:"needed_for" doc:"The optional feature the port serves, when the product works without that feature (\"report export\" for a file share used only to export reports): a short noun phrase. The ports tables note \"only for\" that feature; the port's firewall rule (the CSD's 3.3, a notice's connections to the manufacturer's services) reads \"Allow only where used\", needed \"Only for\" the feature, and the CSD says to allow it only where the feature is used and otherwise to leave the port to the final deny; a notice's list of the ports the device needs says to block it too where the feature is not used; for a port open as shipped (default_enabled = true), the CSD's hardening section (11.1) says it is open as shipped though needed only for the feature. Not written: the port is needed for the product's use, as before. Written blank: an error."`
	Encrypted      Tri      `toml:"encrypted" doc:"Traffic encrypted."`
	Authenticated  Tri      `toml:"authenticated" doc:"Peer authenticated."`
	Models         []string `toml:"models" doc:"IDs of the models that use this port, when not every model of its interface does; not written: the models of its interface (interfaces.models). An unknown model ID, a model listed twice, models = [] and a model its interface is not on are errors."`
	Internal       bool     `toml:"internal" doc:"true for a port that only the product's own parts reach, on an interface that other traffic uses too (a service inside a Kubernetes cluster that only the product's other containers call, kept so by a network policy the product ships, while the same pod network interface also takes connections from the hospital): the port then counts as one on an interface marked internal (see interfaces.internal). Name the other part in peer_part and mark its port too; never mark a port anything outside the product can reach. check reports a port marked internal whose peer_part is missing or runs elsewhere, or whose endpoints lie outside the product."`

	At string `toml:"-"` // key path where it is written
}

// DataStore is one place data rests.
type DataStore struct {
	ID               string    `toml:"id" jsp:"required,key" doc:"Store identifier."`
	Name             string    `toml:"name" jsp:"required" doc:"Name."`
	Data             DataKinds `toml:"data" jsp:"required" doc:"Kinds of data held. measurements is a patient's measurements, recordings or images kept without the patient's name, record number or other direct identifier (a bed's weight readings, a recording labelled with a study ID only, de-identified image tiles): the documents call them \"Patient measurements or recordings (no name or record number)\" (an image is a recording), neither PHI nor PII for any document or MDS2 answer; kept with a direct identifier, they are phi. statistics is counts or statistics about events or patients taken as groups, with no data of any one patient (fall events per unit per month): the documents call them \"Counts or statistics about groups (no data of any one patient)\", neither PHI nor PII; counts that name or single out a patient are phi. sample_data is a specimen's identifiers, test orders and results kept without the patient's identity (a sample tube's barcode ID, a laboratory robot's routing rules and sorting results, the patient's name and record number staying in the LIS): neither PHI nor PII either; kept with the patient's identity, they are phi. process_records is a device's records of its own operation kept for quality or traceability, not for security (a sterilizer's cycle records: cycle and load numbers, temperatures, pressures, pass or fail): the documents do not present them as security logs (logs) and count them as neither PHI nor PII; an operator or patient identifier in them is pii or phi, listed beside."`
	Part             string    `toml:"part" doc:"ID of the part that holds it (default: the only part, else the device). Where that part is the customer's own infrastructure (runs = \"customer_infrastructure\": the hospital's database) and no port reaches it (no port of another part names it in endpoints or peer_part), check warns, and the CSD's firewall section asks the customer to check which connections the product needs to it before the final deny."`
	Location         string    `toml:"location" jsp:"required" doc:"Where it is kept."`
	Protection       string    `toml:"protection" doc:"How it is protected (encryption, access control). Not written: the data-at-rest tables of the plan and the CSD say Not stated (or, where encrypted is written, that and that its other protection is not stated), the CSD's log table names no protection of the store for a log kept in it, and check warns."`
	Encrypted        Tri       `toml:"encrypted" doc:"Whether the data is encrypted at rest (the store's own or its disk's encryption); the data-at-rest tables of the plan and the CSD add it to the protection text, unless that text says the same already (\"encrypted at rest\", \"not encrypted at rest\"). Not written: not stated, and the tables say so after the protection text (\"Whether it is encrypted at rest is not stated.\") unless that text or the location speaks of encryption (encrypted, AES, BitLocker, LUKS, FileVault, TDE, keys wrapped); never \"not encrypted\". check compares a hand MDS2 STCF-1.1 (all stored data encrypted or otherwise protected) with it: a Yes beside a store stating false needs a note saying what protects it, a No beside stores that all state true is warned about, and so is a hand STCF-1.2 Yes (encryption at rest on by default) where every store on the device states false."`
	Database         Tri       `toml:"database" doc:"Whether the store is a database (PostgreSQL, SQL Server, SQLite), not files or a cache. Set it from what the product is; it is never guessed from the store's name or location. true on a store holding PHI or PII that the MDS2 answer MPII-2 counts (a store of the device, or of software the customer hosts or runs on its own devices; beside a part on the device, not one of a part the manufacturer hosts) makes MPII-2.4 (PII stored in a database) Yes; false on every such store holding PHI or PII makes it No. Not written: not stated, and MPII-2.4 is not derived from that store (where no other store decides it, the form says Not stated)."`
	Retention        string    `toml:"retention" doc:"How long data is kept."`
	Sanitize         string    `toml:"sanitize" doc:"How it is erased at decommissioning."`
	PersonalOnlyWith string    `toml:"personal_only_with" doc:"The optional feature through which alone the store gets the PHI and PII its data lists, when it holds them only where that feature is used (\"the ADT interface\" for patient names that arrive only if the hospital maps its ADT feed): a short noun phrase. The data tables (the data-at-rest tables, the decommissioning table, the notices' data table) give the store's PHI and PII last, followed by \"(only when the ADT interface is used)\", and an MDS2 note on the answers Yes that rest on the store (MPII-1, MPII-2) says the same; the answers stay Yes, as the device can hold them. Not written: the store holds them whenever the product is used, as before. Written blank, or beside data that list neither phi nor pii: an error."`
	Models           []string  `toml:"models" doc:"IDs of the models that keep this store, when not every model does (weight readings kept only by the model with a scale); not written: every model. The data-at-rest tables of the plan and the CSD, the CSD's decommissioning table and the notices' data table then name the models it is on, and an MDS2 answer derived from the data stores that differs between the models the form covers refers to a note naming those it holds for and is listed in JSP-MODELS; a form covering none of its models (its versions run on others), the CSD of a version none of its models runs (versions.models) and a notice about none of them (notices.models) leave it out, and a CSD or notice whose models all have it names none. An unknown model ID, a model listed twice and models = [] are errors; check warns about a store listed only for models no version runs on (versions.models)."`

	At string `toml:"-"` // key path where it is written
}

// DataFlow is one flow of data in transit.
type DataFlow struct {
	ID               string    `toml:"id" jsp:"required,key" doc:"Flow identifier."`
	From             string    `toml:"from" jsp:"required" doc:"Source: a part ID, or a description of an outside system."`
	To               string    `toml:"to" jsp:"required" doc:"Destination: a part ID, or a description of an outside system."`
	Data             DataKinds `toml:"data" jsp:"required,emptyok" doc:"Kinds of data sent (see data_stores.data for measurements and statistics). data = [] says it sends none of these kinds (a tag that broadcasts only its own ID): the documents give its data as \"None of the listed data kinds\", and it counts as sending no PHI or PII; counts about groups of events or patients are statistics, not data = []."`
	Interface        string    `toml:"interface" doc:"ID of the interface used (required unless from and to both name parts, or neither names a part that runs the product's software: outside systems, parts of the customer's own infrastructure)."`
	Protection       string    `toml:"protection" doc:"How it is protected in transit. Not written: not stated; the documents say \"Not stated\"."`
	PersonalOnlyWith string    `toml:"personal_only_with" doc:"The optional feature through which alone the flow sends the PHI and PII its data lists, when it sends them only where that feature is used (\"the ADT interface\"): a short noun phrase. The data-in-transit tables and the CSD's list of data leaving the product give the flow's PHI and PII last, followed by \"(only when the ADT interface is used)\". Not written: it sends them whenever the product is used, as before. Written blank, or beside data that list neither phi nor pii: an error."`

	At string `toml:"-"` // key path where it is written
}

// Verification is security verification and validation.
type Verification struct {
	Activities            []Activity `toml:"activities" jsp:"required=security_plan" doc:"Verification activities."`
	PenTest               PenTest    `toml:"penetration_test" doc:"The independent penetration test, performed or planned (planned = true). Not written: the security plan (8.2 and 12) and the CSD (15.2) say that whether one is performed or planned is not stated (beside a verification activity of kind penetration, the plan's 8.3 and 12 say that the test's tester, independence and findings are not stated), and check warns where either is built. check also warns of a test only planned on the plan's (else the CSD's) date while versions are on the market, unless a penetration activity dated by then records their testing."`
	VulnerabilityChaining string     `toml:"vulnerability_chaining" doc:"How tests combined vulnerabilities into attack chains, and what they found (FDA premarket guidance V.C)."`
	ClosedBoxScanning     string     `toml:"closed_box_scanning" doc:"Closed-box scanning of the built device for known vulnerabilities: tools, configuration, results."`
	BinaryAnalysis        string     `toml:"binary_analysis" doc:"Composition analysis of binaries (firmware images, third-party libraries without source): tools and results."`
	DeferredFixes         string     `toml:"deferred_fixes" jsp:"required=security_plan" doc:"How findings not fixed before release are handled."`
	Retest                string     `toml:"retest" jsp:"required=security_plan" doc:"Retest cadence."`
}

// Activity is one verification activity.
type Activity struct {
	ID      string     `toml:"id" jsp:"required,key" doc:"Activity identifier."`
	Kind    string     `toml:"kind" jsp:"required,oneof=requirements threat_mitigation malformed_input fuzzing attack_surface composition_analysis static_analysis dynamic_analysis hardcoded_credentials penetration" doc:"Kind of testing."`
	Title   string     `toml:"title" jsp:"required" doc:"Short name."`
	Method  string     `toml:"method" jsp:"required" doc:"What was done, with which tools."`
	Date    Date       `toml:"date" doc:"When it last ran."`
	Results string     `toml:"results" jsp:"required" doc:"Outcome, with numbers."`
	Tools   []TestTool `toml:"tools" doc:"The tools used, with their versions and notable settings."`
}

// TestTool is one tool a verification activity used.
type TestTool struct {
	Name     string `toml:"name" jsp:"required" doc:"Tool name."`
	Version  string `toml:"version" jsp:"required" doc:"Tool version as run."`
	Settings string `toml:"settings" doc:"Configuration that matters for what the tool could find (profiles, rule sets, coverage)."`
}

// Interoperability is one protocol or integration the product speaks and
// the controls it relies on beneath it.
type Interoperability struct {
	Protocol       string   `toml:"protocol" jsp:"required" doc:"The protocol or integration (HL7 v2 over MLLP, IHE PCD-01, DICOM)."`
	Controls       []string `toml:"controls" jsp:"required" doc:"IDs of the controls (from [[controls]]) that protect it beneath the protocol."`
	Considerations string   `toml:"considerations" doc:"What an integrator must know: what the protocol itself does not protect, and what the hospital side must provide."`
}

// SourceCode is where the product's source code is kept and how it is
// built, so that fixes remain possible for the product's whole support.
type SourceCode struct {
	Custody           string `toml:"custody" doc:"Where the source code and its history are kept, who may change it, and how third-party source is escrowed or mirrored."`
	BuildEnvironment  string `toml:"build_environment" doc:"How release builds are made: build system, pinned toolchains, reproducibility, signing keys' custody."`
	LicenceContinuity string `toml:"licence_continuity" doc:"How the licences and tools needed to rebuild stay available until end of support."`
}

// PenTest is an independent penetration test, performed or planned (see
// pentest.go for which of its shapes a document states).
type PenTest struct {
	Tester       string    `toml:"tester" jsp:"required" doc:"Who tested (for a planned test: who is to test)."`
	Independence string    `toml:"independence" jsp:"required" doc:"How the tester is independent of the developers."`
	Scope        string    `toml:"scope" jsp:"required" doc:"What was in scope."`
	Planned      bool      `toml:"planned" doc:"true: the test is planned, not yet performed; start and end may then be left out, or give the planned period, and findings must be left out. The documents say it is planned and not yet performed as of their release, with the planned period where written. Not written (false): the test was performed, and start and end are required; a document released before its end says it was not yet completed then, and check warns."`
	Start        Date      `toml:"start" doc:"First day of testing (required unless planned = true; of a planned test, the planned first day)."`
	End          Date      `toml:"end" doc:"Last day of testing (required unless planned = true; of a planned test, the planned last day)."`
	Findings     []Finding `toml:"findings" doc:"Findings and their disposition (not of a planned test)."`
}

// Finding is one penetration-test finding.
type Finding struct {
	ID          string  `toml:"id" jsp:"required,key" doc:"Finding identifier."`
	Title       string  `toml:"title" jsp:"required" doc:"Short description."`
	Score       float64 `toml:"score" jsp:"required,score" doc:"CVSS base score."`
	Status      string  `toml:"status" jsp:"required,oneof=fixed deferred accepted" doc:"fixed, deferred (with a target release) or accepted."`
	Resolution  string  `toml:"resolution" jsp:"required" doc:"How it was resolved, or the rationale."`
	InterimPlan string  `toml:"interim_plan" doc:"For a deferred finding: which devices get the fix, how long it takes to reach them, and what protects them meanwhile (FDA premarket guidance V.C)."`
	// Contradicts names what the documents claim that an open finding
	// (deferred, accepted) qualifies, so that check can ask each of them
	// to reference the finding.
	Contradicts []string `toml:"contradicts" doc:"What the finding contradicts while it is open: control IDs (C-AUTH-1), recommended-control IDs (CSD items, RC-04), security settings (setting:<name>) and MDS2 answers (mds2:AUTH-1); each must list the finding in its findings."`
}

// Postmarket is the cybersecurity management plan (FDA §VI.B).
type Postmarket struct {
	Personnel         string       `toml:"personnel" jsp:"required=security_plan" doc:"Who is responsible for postmarket cybersecurity."`
	Monitoring        []Monitoring `toml:"monitoring" jsp:"required=security_plan" doc:"Vulnerability monitoring sources."`
	CVD               CVD          `toml:"cvd" doc:"Coordinated vulnerability disclosure timelines. Each day count is optional: one not written is printed as not stated, never as a time."`
	ComplaintHandling string       `toml:"complaint_handling" jsp:"required=security_plan" doc:"How complaints with a security aspect are routed."`
	IncidentResponse  string       `toml:"incident_response" doc:"How incidents are handled. Not written (a specification that does not say): the plan and the CSD say how the manufacturer responds to a security incident is not stated, and check warns."`
	Patching          Patching     `toml:"patching" jsp:"required=security_plan" doc:"Patch timelines and deployment. Required for the security plan, which needs its deployment and field_reach; elsewhere every key is optional (except deployment for a CSD without [updates]): a table not written reads as one written empty, each of its keys not stated."`
	CustomerNotice    string       `toml:"customer_notice" jsp:"markdown" doc:"How customers learn of vulnerabilities and forthcoming remediations. Not written: the plan and the CSD say how customers are told is not stated, and check warns."`
	PeriodicTesting   string       `toml:"periodic_testing" jsp:"required=security_plan" doc:"Security testing after release."`

	// IncidentReporting is the commitment the CSD prints (incident.go).
	IncidentReporting IncidentReporting `toml:"incident_reporting" doc:"How a customer reports a suspected incident and how soon it is triaged; check warns when a cyber device states no triage time, or no contact while the site's security contact (which then takes incident reports) has no e-mail, phone or web page, or a triage slower than the CVD acknowledgement, and when technical support is the contact but had ended for every version by the release of the CSD or plan or by the site's as_of."`
}

// Monitoring is one vulnerability monitoring source.
type Monitoring struct {
	Source    string `toml:"source" jsp:"required" doc:"Source, e.g. NVD, CISA KEV, supplier advisories."`
	Frequency string `toml:"frequency" jsp:"required" doc:"How often it is reviewed."`
	Method    string `toml:"method" doc:"How (automated feed, manual review)."`
}

// CVD is the coordinated vulnerability disclosure programme's timelines, in
// calendar days.
type CVD struct {
	AcknowledgeDays int    `toml:"acknowledge_days" jsp:"range=1 90" doc:"Calendar days from a report to its acknowledgement. Not written (a manufacturer that promises no time): the CSD and plan say the time is not stated."`
	AssessDays      int    `toml:"assess_days" jsp:"range=1 180" doc:"Calendar days from a report to the initial assessment shared with the reporter. Not written: the CSD and plan say the time is not stated."`
	DisclosureDays  int    `toml:"disclosure_days" jsp:"range=1 365" doc:"Target calendar days from a report to its coordinated public disclosure. Not written: the plan says no target is stated; the CSD leaves it out."`
	Recognition     string `toml:"recognition" doc:"How reporters are credited."`
}

// Patching is the patch timeline commitment (524B(b)(2)).
type Patching struct {
	RegularCycle           string `toml:"regular_cycle" doc:"The regular update cycle, e.g. quarterly. Not written (a manufacturer that states none): the plan and the CSD say the regular update cycle is not stated (beside a release_cadence, the CSD gives the cadence alone), and check warns."`
	RegularDays            int    `toml:"regular_days" jsp:"range=1 730" doc:"Days to fix a non-critical vulnerability in a regular release: a promise for every such vulnerability of the product, so a time stated for one component's updates only (an operating-system supplier's monthly updates) belongs in regular_cycle's words, not here. Not written (a manufacturer that promises no time, such as a volunteer foundation): the plan and the CSD say the time is not stated, and check warns."`
	CriticalDays           int    `toml:"critical_days" jsp:"range=1 365" doc:"Days to an out-of-cycle fix for a critical, uncontrolled risk (the documents print it as the fix time for a vulnerability whose risk is not controlled; a timeline stated by severity is critical_severity_days). Not written: the plan and the CSD say the time is not stated, the lifecycle page's Support stage names none, and check warns."`
	CriticalMitigationDays int    `toml:"critical_mitigation_days" jsp:"range=1 90" doc:"Days to communicate interim mitigations for a critical risk. Not written: the plan and the CSD say the time is not stated, and check warns."`
	CriticalSeverityDays   int    `toml:"critical_severity_days" jsp:"range=1 365" doc:"Days within which a vulnerability of critical severity is patched, for a manufacturer that states its timeline by severity (\"critical vulnerabilities: patch within 60 days\") rather than by whether the risk is controlled: a critical-severity vulnerability may have a controlled risk, and an uncontrolled risk need not be critical, so this is not critical_days. The CSD, the plan and the lifecycle page print it as a timeline for vulnerabilities of critical severity. Leave out when no such timeline is stated."`
	Deployment             string `toml:"deployment" jsp:"required=security_plan" doc:"How updates reach devices in the field. Without [updates], the CSD says with it how updates are delivered; not written there, the CSD says that is not stated."`
	FieldReach             string `toml:"field_reach" jsp:"required=security_plan" doc:"How fast updates are deployed, and how that is measured."`
	Justification          string `toml:"justification" doc:"Why these timelines: the risk basis of each (FDA premarket guidance VII.C.1); check warns when it is missing."`

	// ReleaseCadence is the promise check holds against the release
	// record (cadence.go).
	ReleaseCadence ReleaseCadence `toml:"release_cadence" doc:"The regular release cadence promised: as_needed (a release whenever a fix is due, no fixed calendar), continuous (a service deployed as soon as a change is verified), or a calendar cadence, which check holds against the versions' release dates from the plan's first revision on; where regular_cycle names a cadence and this is left out, check asks whether it is the release cadence (then state it here) or another cycle, such as a package of operating-system updates (then leave this out). Leave out when not known: documents then say \"Not stated\" (the plan, beside a regular_cycle, that the cycle is stated in words only)."`

	// The scope and the remedy of critical_severity_days (patching_scope.go).
	CriticalSeverityRemedy string   `toml:"critical_severity_remedy" jsp:"oneof=patch fix_or_mitigation" doc:"What critical_severity_days promises within its days: patch (a patch; the default when not written) or fix_or_mitigation (a fix or a mitigation, whichever comes first: \"fix or mitigation within 60 days\"), which the documents print as fixed or mitigated, never as patched, and which alone does not make the lifecycle page say the versions are supported with security updates. Only beside critical_severity_days."`
	CriticalSeverityParts  []string `toml:"critical_severity_parts" doc:"IDs of the [[parts]] critical_severity_days is stated for, where the manufacturer states it for some parts only (a cloud service deployed within 7 days, an app that goes through app-store review with no time stated). The CSD, the plan and the lifecycle page then print the timeline for those parts only and say that none is stated for the others. Not written: the timeline is the whole product's. Only beside critical_severity_days."`
}

// Metric is one total product lifecycle metric.
type Metric struct {
	ID         string `toml:"id" jsp:"required,key" doc:"Metric identifier."`
	Name       string `toml:"name" jsp:"required" doc:"Name."`
	Definition string `toml:"definition" jsp:"required" doc:"How it is computed."`
	Target     string `toml:"target" jsp:"required" doc:"Target value."`
	Current    string `toml:"current" doc:"Latest value, with its period."`
}

// EndOfLife is the end-of-life plan's commitments.
type EndOfLife struct {
	NoticeMonths int    `toml:"notice_months" jsp:"range=1 120" doc:"Minimum months of notice before end of support (N70: at least 24). Not written (a manufacturer that promises no minimum notice): the plan, the CSD and the lifecycle page say the least notice is not stated, no date is inferred from it, and check warns."`
	Commitments  string `toml:"commitments" doc:"What customers receive at end of life and end of support, printed after the notice promised as the manufacturer's own words (\"In <maker>'s own words.\"). Not written: the plan and the CSD say, after the notice promised, that what the manufacturer provides when a version reaches end of life or end of support is not stated; the lifecycle page gives the notice promised alone; check warns."`
	RiskTransfer string `toml:"risk_transfer" doc:"How responsibility for security risk passes to the customer as support ends, and why risk grows over time (CSD item 13)."`
}

// Documents holds the document control block of each document.
type Documents struct {
	Build        []string          `toml:"build" jsp:"oneof=security_plan csd mds2 lifecycle notices risk_report estar" doc:"The documents this product wants (default: all; the MDS2 form then only with [mds2] input, the risk report and the eSTAR cross-reference only with their document control). The keys required follow from the choice."`
	Versions     string            `toml:"versions" jsp:"oneof=current supported" doc:"Which versions get a CSD and an MDS2 form. current (default): the current version's, at <id>/csd.* and <id>/mds2.*. supported: also every other released version not past its end of support on the build's as-of date, or past it but in paid extended support (versions.extended_support_until), each from that version's facts, at <id>/<version>/csd.* and <id>/<version>/mds2.*, its document number suffixed with the version (HAL-CSD-001-4.1.0)."`
	SecurityPlan DocumentControl   `toml:"security_plan" jsp:"required=security_plan" doc:"The product security plan."`
	MDS2         DocumentControl   `toml:"mds2" doc:"The MDS2 disclosure form's document control. Not written: the form says its number is not assigned and gives no revision or release date, and check warns."`
	Lifecycle    DocumentControl   `toml:"lifecycle" doc:"The permanent public lifecycle page (versions, stages, milestones, notices)."`
	CSD          DocumentControl   `toml:"csd" doc:"The customer security documentation's document control. Not written: the CSD says its number is not assigned and gives no revision or release date, and check warns."`
	RiskReport   SubmissionControl `toml:"risk_report" doc:"The cybersecurity risk management report (built when present)."`
	ESTAR        SubmissionControl `toml:"estar" doc:"The eSTAR cybersecurity cross-reference (built when present)."`
}

// SubmissionControl is the document control of a premarket submission
// document (the risk report, the eSTAR cross-reference): one written for
// a version before that version's release names it, since the version
// current on its release date is then an older one.
type SubmissionControl struct {
	DocumentControl
	Version string `toml:"version" doc:"The version (from [[versions]]) this revision describes, when it is not the version generally available on its release_date: one written for a version's premarket submission before that version's release. Leave out otherwise: the revision describes the version current on its release date (or, before any is released, the first to be). Check warns when a later version than the one described has become generally available."`
}

// DocumentControl is one document's identity and approval record.
type DocumentControl struct {
	ID          string     `toml:"id" doc:"Document number, e.g. HAL-SEC-001. Leave out when none is assigned: the document then says its number is not assigned in the product data, and check warns."`
	Revision    string     `toml:"revision" doc:"Revision, e.g. C. Leave out when not known: the document then claims no revision, and check warns."`
	ReleaseDate Date       `toml:"release_date" doc:"Release date. Leave out when not known: the document then gives no release date and speaks as of the build's as-of date, and check warns."`
	Owner       string     `toml:"owner" doc:"Role or person who owns the document. Leave out when not known: the document control then says the owner is not stated."`
	Approvals   []Approval `toml:"approvals" doc:"Approvals of this revision. Leave out when not known: the document control then says who approved the revision is not stated, with no approval row or date, and check warns once per kind of document built without one (a regulatory reviewer expects a released document to show its approval)."`
	History     []Revision `toml:"history" doc:"Revision history, oldest first; the last entry is this revision. Leave out when not known: the document then says none is recorded."`
}

// Approval is one signature on a revision.
type Approval struct {
	Role string `toml:"role" jsp:"required" doc:"Approving role."`
	Name string `toml:"name" jsp:"required" doc:"Name."`
	Date Date   `toml:"date" jsp:"required" doc:"Date approved."`
}

// Revision is one row of a revision history.
type Revision struct {
	Revision string `toml:"revision" jsp:"required" doc:"Revision."`
	Date     Date   `toml:"date" jsp:"required" doc:"Release date."`
	Summary  string `toml:"summary" jsp:"required" doc:"What changed."`
	// Versions lets a version's own document (documents.versions =
	// "supported") leave out the revisions about other versions.
	Versions []string `toml:"versions" doc:"The software versions this revision is about, when it is about some only (e.g. a revision for a new version's features); the document of another version (documents.versions = \"supported\") leaves it out of its revision history. Leave out for a revision about every version."`
}

// Anomaly is one unresolved anomaly (known defect) of the released
// software, assessed for its security impact.
type Anomaly struct {
	ID          string   `toml:"id" jsp:"required,key" doc:"Anomaly identifier, e.g. AN-12."`
	Title       string   `toml:"title" jsp:"required" doc:"Short name."`
	Description string   `toml:"description" jsp:"required" doc:"What the anomaly is."`
	CWE         []string `toml:"cwe" doc:"CWE categories, e.g. CWE-400."`
	Impact      string   `toml:"impact" jsp:"required" doc:"Security (and safety) impact."`
	Rationale   string   `toml:"rationale" jsp:"required" doc:"Why release with the anomaly unresolved is acceptable, and when it will be fixed."`
}
