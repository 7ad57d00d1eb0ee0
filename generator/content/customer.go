package content

import (
	"slices"
	"strconv"
	"strings"
)

// Facts a hospital needs to deploy, operate, service and retire the device
// securely. The Customer Security Documentation (CSD) is built from them
// together with the facts other documents share (interfaces, ports, data
// stores and flows, versions, components, contacts); the MDS2 form reads
// them too. Each type below is one fact, written once.

// RecommendedControl is a security control the customer should put in
// place around the device (FDA labeling item 1).
type RecommendedControl struct {
	ID             string   `toml:"id" jsp:"required,key" doc:"Identifier, e.g. RC-01."`
	Category       string   `toml:"category" jsp:"required,oneof=network_segmentation firewall anti_malware passwords access_control physical_security monitoring patch_management backup wireless vulnerability_scanning other" doc:"Kind of control."`
	Title          string   `toml:"title" jsp:"required" doc:"Short name."`
	Recommendation string   `toml:"recommendation" jsp:"required" doc:"What the customer should do, concretely."`
	DeviceSupport  string   `toml:"device_support" doc:"What the device provides for it (settings, specifications)."`
	Priority       string   `toml:"priority" jsp:"oneof=required recommended" doc:"required (the security of the device depends on it) or recommended. Not written: the grade is not stated; the CSD prints \"Not stated\" in the control's priority cell, says which controls are required only when one is, and check warns where a threat's residual risk relies on the control (threats[].labeling)."`
	Findings       []string `toml:"findings" doc:"IDs of deferred or accepted test findings that qualify this item's statements."`
	Models         []string `toml:"models" doc:"IDs of the models the control concerns, when not every model does (network segmentation for the models that join a network, not for a transport model on none); not written: every model. The CSD names those models beside it, and the CSD of a version none of them runs (versions.models) leaves it out. An unknown model ID is an error; check warns about a network control (network_segmentation, firewall, wireless) in the CSD of a version that joins no network on its models."`

	At string `toml:"-"` // key path where it is written: recommended_controls[0] or versions[1].changes.recommended_controls_added[0]
}

// Diagram is a network or data-flow image shown in the documents (FDA
// labeling item 2).
type Diagram struct {
	ID      string `toml:"id" jsp:"required,key" doc:"Identifier, e.g. network."`
	Kind    string `toml:"kind" jsp:"required,oneof=network data_flow architecture other" doc:"What the diagram shows."`
	File    string `toml:"file" jsp:"required" doc:"PNG or JPEG image, relative to the product's asset folder content/<product-id>/; published at the same path."`
	Caption string `toml:"caption" jsp:"required" doc:"Caption printed under the image."`
	Alt     string `toml:"alt" jsp:"required" doc:"Text alternative describing what the image shows, for readers who cannot see it. check warns when it (or the caption) names a port with its transport (TCP 443, 443/tcp) that the versions showing the diagram lack, when a network diagram's alt text leaves out a part on the customer's network (name it as [[parts]] does), or when it puts a part somewhere it does not run (in the cloud, hosted by the hospital)."`
}

// InfrastructureRequirement is one thing the hospital's infrastructure must
// provide (FDA labeling item 4).
type InfrastructureRequirement struct {
	Category    string `toml:"category" jsp:"required,oneof=network wireless wired addressing services server cryptography certificates power other" doc:"Area of the requirement."`
	Item        string `toml:"item" jsp:"required" doc:"What is required, e.g. Wireless network."`
	Requirement string `toml:"requirement" jsp:"required" doc:"The minimum, with numbers (bandwidth, protocol versions, cipher suites)."`
}

// Deployment is how to install, service and respond securely (FDA labeling
// item 4).
type Deployment struct {
	Steps         []string `toml:"steps" jsp:"required" doc:"Secure deployment steps, in order."`
	Servicing     []string `toml:"servicing" doc:"Secure servicing instructions."`
	RemoteService string   `toml:"remote_service" doc:"Whether and how the manufacturer services the device remotely."`
	IncidentSteps []string `toml:"incident_steps" doc:"What the customer does on suspecting a vulnerability or incident, in order; the contacts come from the site file."`
}

// Updates is how customers obtain, learn of and verify software updates
// (FDA labeling item 6). Timelines come from postmarket.patching.
type Updates struct {
	Obtain         string `toml:"obtain" jsp:"required" doc:"How authorised updates are obtained."`
	Identification string `toml:"identification" doc:"How the installed version is identified on the device and on the server. Not written: the CSD's update section says that how to identify the installed version is not stated, and check warns."`
	Notification   string `toml:"notification" doc:"How users learn that an update exists. Not written: the CSD's update section says that how users learn of an update is not stated, and check warns."`
	Integrity      string `toml:"integrity" doc:"How the integrity and authenticity of an update are verified. Not written: the CSD's update section says it is not stated, beyond the protection that section 2.1 gives the data flows that carry software and the controls that say updates are signed, where there are any; check warns (the FDA premarket guidance asks the labeling for it)."`
	// SignatureVerified is the structured fact behind Integrity's prose,
	// which nothing parses: the MDS2 form derives SAHD-3 and SAHD-3.2
	// from it.
	SignatureVerified Tri      `toml:"signature_verified" doc:"Whether every update of the manufacturer's software is checked for the manufacturer's signature before it is installed, by the device itself or, for software on a phone, tablet or computer the device does not control, by its installer or the app store that delivers it. true: the CSD's update section says so, and the MDS2 form derives SAHD-3.2 Yes (updates are verified as authorised by the manufacturer) and SAHD-3 Yes (the device checks its software's integrity). false: the CSD says that no such check is made, and the form derives SAHD-3.2 No; SAHD-3 is left to a hand answer, as the device may check its software otherwise. Not written: not stated; neither is derived. SAHD-3.1 (the software already installed is verified, as by a verified boot) is never derived from it. Write integrity too: it says how the check is made, which this key does not."`
	Installation      []string `toml:"installation" doc:"Installation steps, in order."`
	ThirdParty        string   `toml:"third_party" doc:"How the operating system and third-party components are updated."`
	Recipients        string   `toml:"recipients" jsp:"oneof=every_customer service_agreement" doc:"Who receives the updates while a version is supported: every_customer, or service_agreement (the manufacturer installs or delivers them only to the customers with a service agreement, as makers of large equipment often do). With service_agreement the CSD's key facts, update section and section 13, the plan's stage table and patch timelines and the lifecycle page say that the updates reach only those customers, and print agreement. Not written: not stated; the documents give the timelines without saying who receives the updates."`
	Agreement         string   `toml:"agreement" doc:"With recipients = service_agreement: the agreement that gives the updates and what a customer without one can obtain (e.g. buy the update, order a service visit, or nothing), in the manufacturer's own terms; the documents print it and say nothing of the terms it does not state. Needed with service_agreement; only with it."`
}

// UnderAgreement reports updates that reach only the customers with a
// service agreement (recipients = service_agreement). The patch timelines
// are then when the manufacturer releases an update, not when every
// customer receives it: a document that gave them as every customer's
// would promise updates to hospitals that have no contract.
func (u Updates) UnderAgreement() bool { return u.Recipients == "service_agreement" }

// Logging is security event detection, notification and logging (FDA
// labeling items 7 and 12).
type Logging struct {
	Events []SecurityEvent `toml:"events" doc:"Security events the device detects. check warns about a hand MDS2 AUDT-2.11 No without a note where every event names a log listed in logs."`
	Logs   []Log           `toml:"logs" doc:"Every log that holds security-relevant records. check warns about a hand MDS2 AUDT-4 No without a note where logs are listed."`
	SIEM   SIEM            `toml:"siem" doc:"Forwarding to a SIEM or log collector."`

	siemAt string // key path of SIEM when a version restated it (At)
}

// SIEMPath is the key path the view's SIEM forwarding is written at:
// logging.siem, or the [versions.changes.siem] of the version that last
// restated it.
func (l Logging) SIEMPath() string {
	if l.siemAt != "" {
		return l.siemAt
	}
	return "logging.siem"
}

// SecurityEvent is one kind of event the device detects and records.
type SecurityEvent struct {
	Event        string   `toml:"event" jsp:"required" doc:"The event, e.g. Failed login."`
	Category     string   `toml:"category" jsp:"required,oneof=authentication authorization configuration network software integrity physical system" doc:"Kind of event."`
	Notification string   `toml:"notification" jsp:"required" doc:"Who is notified and how (screen, server alert, syslog)."`
	Logs         []string `toml:"logs" doc:"IDs of the logs that record it. Not written: not stated; logs = [] says no log records it."`
}

// LogsStated reports whether the event says which logs record it: it
// names some, or writes logs = [] (no log records it). An event that does
// not write the key has not said it goes unlogged.
func (e SecurityEvent) LogsStated() bool { return e.Logs != nil }

// Log is one log. Where it lives inside a data store, location and
// retention come from that store (data_store); otherwise they are given here.
type Log struct {
	ID        string `toml:"id" jsp:"required,key" doc:"Identifier."`
	Name      string `toml:"name" jsp:"required" doc:"Name."`
	Content   string `toml:"content" jsp:"required" doc:"What it records."`
	DataStore string `toml:"data_store" doc:"ID of the data store that holds it; its location and retention are used."`
	Location  string `toml:"location" doc:"Where it is kept (when not in a data store)."`
	Retention string `toml:"retention" doc:"How long records are kept. Not written: the retention of its data store, when that store holds logs, alone or with the PHI or PII their records carry (a store that holds other data too, such as credentials or configuration, or no logs, gives the retention of that data, not of the log's)."`
	Format    string `toml:"format" jsp:"required" doc:"Record format, e.g. RFC 5424 syslog, JSON lines."`
	Rotation  string `toml:"rotation" jsp:"required" doc:"When and how it rotates or is overwritten."`
	Access    string `toml:"access" doc:"Who can read or export it, and how."`
}

// SIEM is log forwarding to the customer's SIEM or collector.
type SIEM struct {
	Supported     Tri    `toml:"supported" doc:"Whether the product (the device or its software) forwards events to a SIEM or log collector. The MDS2 form derives AUDT-5 Yes from true; check warns about a hand AUDT-5.2 Yes (audit logs sent to a SIEM by IHE ATNA) beside false, and about AUDT-5.2 and AUDT-5.3 both No (no network channel for the logs) beside true, unless a note on the answer explains it."`
	Format        string `toml:"format" doc:"Message format, e.g. RFC 5424 with structured data."`
	Transport     string `toml:"transport" doc:"Transport, e.g. TLS (RFC 5425) on TCP 6514."`
	Configuration string `toml:"configuration" doc:"How the customer enables and configures it."`
}

// Safeguard is a feature that protects the device's critical functions
// (FDA labeling item 8).
type Safeguard struct {
	Title      string `toml:"title" jsp:"required" doc:"Short name."`
	Protects   string `toml:"protects" jsp:"required" doc:"Critical function it protects."`
	Behaviour  string `toml:"behaviour" jsp:"required" doc:"How it works."`
	UserAction string `toml:"user_action" doc:"What an authorised user can do (e.g. disable a port or all communications)."`
}

// Backup is backup and restore (FDA labeling item 9).
type Backup struct {
	Scope        string   `toml:"scope" jsp:"required,markdown" doc:"What is backed up."`
	Method       string   `toml:"method" jsp:"required,markdown" doc:"Where, how and how often."`
	Restore      []string `toml:"restore" doc:"Restore steps, in order. Not written: the CSD's backup and restore section says how to restore is not stated, and check warns."`
	Authenticity string   `toml:"authenticity" doc:"How a restored configuration is authenticated. Not written: the CSD's backup and restore section says it is not stated, and check warns. check warns about a hand MDS2 DTBK-6 No without a note where it is written."`
	// Parts tells which parts' data the section covers (parts.go,
	// markBackupSection); scope is prose and cannot.
	Parts []string `toml:"parts" doc:"IDs of the [[parts]] whose data this backup covers. The CSD's responsibility table then sends the backup of those parts, and of no other, to the backup and restore section; a part not named (the device too) is backed up as its own backup key, else its default, says, which for a part the manufacturer hosts or one on the customer's own device is not stated. Not written: only the backup of the product's only part that keeps data (its only part, or the only one a listed data store is on) points to the section; where several parts may keep data, each of them, a device part too, reads that its backup is not stated for the part and that the section says what is backed up, and check warns."`
}

// ConfigurationManagement is how an authorised user keeps and recovers the
// device configuration (FDA labeling item 10).
type ConfigurationManagement struct {
	Keep    string   `toml:"keep" jsp:"required" doc:"How the configuration is kept and versioned."`
	Recover []string `toml:"recover" jsp:"required" doc:"Recovery steps, in order."`
	Access  string   `toml:"access" doc:"Who may change, export or restore it."`
}

// Hardening is the secure configuration as shipped (FDA labeling item 11).
type Hardening struct {
	Summary  string   `toml:"summary" jsp:"required,markdown" doc:"The secure configuration as shipped, in one paragraph."`
	Measures []string `toml:"measures" doc:"Hardening measures as shipped."`
}

// SecuritySetting is one user-configurable security setting (FDA labeling
// item 11); a change that raises risk is marked in the documents.
type SecuritySetting struct {
	Name           string   `toml:"name" jsp:"required" doc:"Setting name as shown on the device or server."`
	Default        string   `toml:"default" jsp:"required" doc:"Value as shipped."`
	Options        string   `toml:"options" doc:"Allowed values or range."`
	ChangedBy      string   `toml:"changed_by" doc:"Role that may change it. Not written: the CSD's settings table says Not stated, and check warns."`
	RaisesRisk     Tri      `toml:"raises_risk" doc:"Whether a change from the default raises risk."`
	Risk           string   `toml:"risk" doc:"What risk a change brings (required when raises_risk)."`
	Recommendation string   `toml:"recommendation" doc:"Recommended value or use."`
	Findings       []string `toml:"findings" doc:"IDs of deferred or accepted test findings that qualify what the setting's default promises."`
}

// Account is a user or privileged account (N70: admin accounts and
// privileged access).
type Account struct {
	Role            string `toml:"role" jsp:"required" doc:"Role or account name."`
	Kind            string `toml:"kind" jsp:"oneof=user administrator service system" doc:"Kind of account. Not written (a specification that does not say): the CSD's accounts table says Not stated, check warns, and nothing that depends on the kind is decided from the account (the MDS2 answers PAUT-1 and AUTH-2, check's warnings about user or administrator accounts): it may be a person's account or a service's. An account of kind user and one of kind administrator that both state customer_managed = true (the customer decides who signs in at which level) make check warn about a hand MDS2 AUTH-2 No (no privilege levels by role), unless a note explains it."`
	Authentication  string `toml:"authentication" doc:"How it authenticates. Not written: not stated; the CSD's accounts table says Not stated and check warns. Of an account used without signing in (sign_in = []), the CSD prints \"None: used without signing in\" and then this text, if written: what else, if anything, limits who uses it."`
	Privileges      string `toml:"privileges" doc:"What it may do. Not written: the CSD's accounts table says Not stated, and check warns."`
	Provisioning    string `toml:"provisioning" doc:"How it is created and its credentials set; default credentials, if any. Not written: the CSD's accounts table says Not stated (which says nothing about default credentials either way), and check warns."`
	CustomerManaged Tri    `toml:"customer_managed" doc:"Whether the customer creates, changes and removes it."`
	// SignIn is where the account's sign-in is checked (signin.go).
	SignIn []SignIn `toml:"sign_in" doc:"Where its sign-in is checked, each way the customer may choose: local (the product keeps and checks the credential), directory (the customer's directory service, such as Active Directory or LDAP), federated (the customer's identity provider by single sign-on: SAML, OpenID Connect, OAuth). Not written: not stated. Written empty (sign_in = []): the role uses the product without signing in (a bedside monitor's clinicians); the CSD's accounts table says so, an account of kind user or administrator so written makes the MDS2 answer PAUT-1 No (not every user has an ID and password of their own), and where every account of kind user is so written, check warns about a hand AUTH-1 Yes (a login or other gate blocks unauthorized users) or ALOF-1 Yes (users re-authenticated after an idle period), unless a note explains it. An account listing directory or federated makes the MDS2 answers PAUT-2 and AUTH-1.1 Yes (authentication through an external service, credentials managed in a directory or federation), one listing federated PAUT-9 Yes (single sign-on), and one listing local PAUT-14 Yes (the device stores or manages credentials) where accounts.parts names a part of the product that is neither the customer's own infrastructure nor hosted by the manufacturer, or, without accounts.parts, where the product has a single part outside the customer's own infrastructure, or one model or none and no part the manufacturer hosts: the part that then keeps them; check warns about a hand PAUT-2 or AUTH-1.1 Yes where every account signs in locally (or, with sign_in = [], not at all), and about directory beside ports none of which the product opens to a directory service (Kerberos 88, LDAP 389, LDAPS 636, global catalog 3268 or 3269, or a service named LDAP, Kerberos or Active Directory): the CSD's firewall rules are derived from the ports and deny the rest. Not where every part on the customer's side that could check a directory sign-in is software on a computer or phone the customer keeps (customer_device, not at home): the sign-in is then that host's own, whose other traffic the CSD leaves to the customer's own rules, not to the final deny; nor for an account whose parts (accounts.parts) are all such software. check warns likewise about federated where no part is hosted by the manufacturer and no port the product opens names OpenID Connect, SAML, OAuth, single sign-on or an identity provider (in its service, purpose or endpoints), and the CSD then asks the customer to check which connections the sign-in needs (with some flows, only the user's browser reaches the identity provider) before the final deny."`
	// AutoLogon marks an account the product signs in by itself (account_autologon.go).
	AutoLogon Tri `toml:"auto_logon" doc:"Whether the product signs the account in by itself (an automatic log-on at start-up), so that no credential is entered or checked when the role uses it. Not written: not stated. true: the MDS2 answer PAUT-14 (the device stores or manages credentials) is not derived from this account's local sign-in, which checks no credential (where every account that signs in locally logs on automatically, PAUT-14 is left to [mds2.answers]). true beside sign_in = [] (used without signing in) is an error."`
	// Parts ties a directory sign-in to the hosts it is checked on (account_parts.go).
	Parts []string `toml:"parts" doc:"IDs of the [[parts]] the account signs in to. Where every part an account with sign_in directory names is software on a computer or phone the customer keeps (customer_device, not at home), its directory sign-in is that host's own (a Windows sign-in to the hospital's domain), and check's warning about a missing directory port, the CSD's caveat before the final deny and the MDS2 note beside CONN-2 leave the account out, though a device part of the product joins the network too. An unknown ID, a part named twice or an empty list is an error. Not written: the account may sign in to any part."`
	// Credentials are the lifetimes a requirement may limit (credentials.go).
	Credentials []Credential `toml:"credentials" doc:"The credentials it signs in with and how long the product accepts each; the CSD prints them and check compares them with the requirements' credential_limits."`

	At string `toml:"-"` // key path where it is written: accounts[1] or versions[2].changes.accounts_added[0]
}

// Cloud is the device's dependence on internet or cloud services (N70).
type Cloud struct {
	Statement string         `toml:"statement" jsp:"required" doc:"Summary of what the device needs from outside the hospital network: the first version's; a later version that starts or stops needing something writes its own (versions.changes.cloud_statement)."`
	Services  []CloudService `toml:"services" doc:"Each cloud or internet service used. Not written: not stated (the statement alone does not answer MDS2 CONN-4 and CONN-6); services = [] says the product uses none."`
}

// CloudService is one cloud or internet service.
type CloudService struct {
	Name      string    `toml:"name" jsp:"required" doc:"Service name."`
	Provider  string    `toml:"provider" jsp:"required" doc:"Who operates it."`
	Purpose   string    `toml:"purpose" jsp:"required" doc:"What it is used for."`
	Data      DataKinds `toml:"data" doc:"Kinds of data sent. Not written: not stated; data = [] says it is sent none, and the CSD says None."`
	Endpoints []string  `toml:"endpoints" doc:"Host names or addresses reached. Not written for a service that is a part the manufacturer hosts (the same name or ID): the CSD's cloud table gives the endpoints the product's ports list for reaching that part; otherwise Not stated."`
	Required  Tri       `toml:"required" doc:"Whether the device's intended use depends on it."`

	At string `toml:"-"` // key path where it is written: cloud.services[1] or versions[2].changes.cloud_services_added[0]
}

// Certification is a security certification or independent assessment (N70).
type Certification struct {
	Name    string `toml:"name" jsp:"required" doc:"Certification or assessment, e.g. UL 2900-2-1."`
	Body    string `toml:"body" jsp:"required" doc:"Who certified or assessed."`
	Date    Date   `toml:"date" jsp:"required" doc:"Date of the certificate or report."`
	Scope   string `toml:"scope" jsp:"required" doc:"What was covered."`
	Summary string `toml:"summary" doc:"Outcome."`
	// Versions keeps a certificate of one version out of another
	// version's documents (certifications.go).
	Versions []string `toml:"versions" doc:"The product versions (from [[versions]]) the certificate or assessment covers; not written: every version. A version's CSD lists only the certifications that cover it, and an MDS2 form derives SAHD-2 Yes only when each version the form covers has a certification of the product (subject) dated by the form's release, No when none of them has any certification or assessment dated by then (otherwise SAHD-2 is not derived). An unknown version is an error; check warns when the scope names a version (one with a dot, such as 4.2.1) that versions does not list, or names some of the product's versions while versions is not written."`
	// Subject keeps an assessment of the maker's process from answering
	// whether the device holds a certification (certification_subject.go).
	Subject string `toml:"subject" jsp:"oneof=product process" doc:"What was certified or assessed: product (the device or its software, tested against security requirements, such as UL 2900-2-1 or IEC 62443-4-2) or process (the manufacturer's development, maintenance or security management process, such as IEC 62443-4-1, IEC 81001-5-1 or ISO/IEC 27001). Not written: the subject of the standard the name names, when it names standards of one subject only (UL 2900, IEC 62443-4-2 and IEC 62443-3-3: product; IEC 62443-4-1, IEC 81001-5-1 and ISO/IEC 27001: process), else not stated. The CSD lists both; an MDS2 form derives SAHD-2 (does the device hold a cybersecurity certification) Yes only from certifications of the product, and leaves SAHD-2 to [mds2.answers], rather than answer No, when a process assessment, or one whose subject is not stated, covers a version the form covers. check warns, when the MDS2 form is built, about a certification whose subject is not stated."`
}

// Decommissioning is how to retire the device securely (FDA labeling item
// 14). What each data store needs is in data_stores.sanitize.
type Decommissioning struct {
	Steps        []string `toml:"steps" jsp:"required" doc:"Decommissioning and sanitisation steps, in order."`
	Verification string   `toml:"verification" jsp:"markdown" doc:"How the customer confirms the sanitisation."`
	Disposal     string   `toml:"disposal" jsp:"markdown" doc:"Return, recycling or disposal."`
}

// customerLabels are the human names of this file's enumerated values.
var customerLabels = map[string]string{
	"network_segmentation": "Network segmentation", "firewall": "Firewall", "anti_malware": "Anti-malware",
	"passwords": "Passwords and credentials", "access_control": "Access control", "physical_security": "Physical security",
	"monitoring": "Security monitoring", "patch_management": "Patch management", "backup": "Backup",
	"wireless": "Wireless security", "vulnerability_scanning": "Vulnerability scanning",
	"required": "Required", "recommended": "Recommended",
	"network": "Network", "data_flow": "Data flow", "architecture": "Architecture",
	"wired": "Wired network", "addressing": "Addressing", "services": "Network services", "server": "Server",
	"certificates": "Certificates", "power": "Power",
	"physical": "Physical", "system": "System",
	"user": "User", "administrator": "Administrator", "service": "Service",
	// component types (CycloneDX type, SPDX primary package purpose)
	"operating-system": "Operating system", "firmware": "Firmware", "framework": "Framework", "library": "Library",
	"application": "Application", "container": "Container", "platform": "Platform", "device-driver": "Device driver",
	"file": "File", "device": "Device", "source": "Source", "archive": "Archive", "install": "Installer",
}

func init() {
	for k, v := range customerLabels {
		if _, ok := labels[k]; !ok {
			labels[k] = v
		}
	}
}

// RiskyChanges returns the security settings whose change raises risk.
func (p *Product) RiskyChanges() []SecuritySetting {
	var out []SecuritySetting
	for _, s := range p.SecuritySettings {
		if s.RaisesRisk.IsTrue() {
			out = append(out, s)
		}
	}
	return out
}

// DataStore returns the data store with the given ID (zero value when
// unknown).
func (p *Product) DataStore(id string) DataStore {
	for _, d := range p.DataStores {
		if d.ID == id {
			return d
		}
	}
	return DataStore{}
}

// LogLocation is where log l is kept: its data store's location, or its own.
func (p *Product) LogLocation(l Log) string {
	if l.DataStore != "" {
		if d := p.DataStore(l.DataStore); d.Location != "" {
			return d.Location
		}
	}
	return l.Location
}

// LogRetention is how long log l keeps records: its own retention, else
// its data store's when that store is a store of logs (logsStore). A
// store that holds other data too (an alarm database the audit table
// shares, a cloud store of studies and credentials) gives the retention
// of that data, which says nothing of the log's, so the log's retention
// is then not stated.
func (p *Product) LogRetention(l Log) string {
	if l.Retention != "" {
		return l.Retention
	}
	if l.DataStore != "" {
		if d := p.DataStore(l.DataStore); logsStore(d.Data) {
			return d.Retention
		}
	}
	return ""
}

// logsStore reports a store's data as logs and nothing else: logs alone,
// or with the personal data (PHI, PII) that log records carry themselves
// (the user who acted, the patient concerned). Any other kind
// (credentials, configuration, therapy data) is data of its own, kept for
// its own period.
func logsStore(data DataKinds) bool {
	return slices.Contains(data, "logs") && !slices.ContainsFunc(data, func(k DataKind) bool { return k != "logs" && !k.Personal() })
}

// InterfaceName returns the name of the interface with the given ID, or
// the ID when unknown.
func (p *Product) InterfaceName(id string) string {
	for _, i := range p.Interfaces {
		if i.ID == id {
			return i.Name
		}
	}
	return id
}

// ListeningPorts returns the ports that listen on the customer's network
// (direction in or both, of a part on the customer's side, see
// PartOnCustomerSide, on an interface not internal to the product), sorted
// like SortedPorts. A service the manufacturer hosts listens at the
// manufacturer, not on the customer's network; the customer's own
// infrastructure is not the product's; a port on a link between the
// product's own parts (InternalPort) is reachable from none of them.
func (p *Product) ListeningPorts() []Port {
	var out []Port
	for _, pt := range p.SortedPorts() {
		if pt.Direction != "out" && pt.DirectionStated() && p.OnCustomerSide(pt) {
			out = append(out, pt)
		}
	}
	return out
}

// OnCustomerSide reports a port of a part of the product on the
// customer's network (PartOnCustomerSide), unless it is on a link
// internal to the product (InternalPort): such a port is no part of the
// customer's network, and no firewall rule of the customer's passes it;
// nor does one only someone at the device reaches (PhysicalAccessPort).
func (p *Product) OnCustomerSide(pt Port) bool {
	return !p.InternalPort(pt) && !p.CarrierPort(pt) && !p.PhysicalAccessPort(pt) && p.PartOnCustomerSide(p.PartOfPort(pt))
}

// CarrierPort reports a port on a cellular interface: its traffic goes
// over the mobile operator's network, never through the customer's, so
// no firewall of the customer's sees it (a home monitor's modem, a
// device's LTE fallback). The MDS2 form counts it outside the customer's
// network too (CONN-3, CONN-4).
func (p *Product) CarrierPort(pt Port) bool {
	it := p.Interface(pt.Interface)
	return it != nil && it.Kind == "cellular"
}

// OverCarrierOnly reports a part whose ports outside the firewall rules
// (UnruledPorts) are all on cellular interfaces (CarrierPort): the
// documents then say it connects over the mobile network, not where it
// runs, as the reason no rule is given for it.
func (p *Product) OverCarrierOnly(partID string) bool {
	return p.allOverCarrier(p.UnruledPorts(), func(pt Port) bool { return pt.Part == partID })
}

// allOverCarrier reports whether the ports of ports that match are all
// on cellular interfaces (CarrierPort), with at least one matching.
func (p *Product) allOverCarrier(ports []Port, match func(Port) bool) bool {
	found := false
	for _, pt := range ports {
		if !match(pt) {
			continue
		}
		if !p.CarrierPort(pt) {
			return false
		}
		found = true
	}
	return found
}

// InternalInterface reports an interface the product marks internal: a
// link between its own parts, joined to no network of the customer's.
func (p *Product) InternalInterface(id string) bool {
	it := p.Interface(id)
	return it != nil && it.Internal
}

// InternalPort reports a port on an internal interface, or a port marked
// internal itself (Port.Internal: a service inside a cluster that only the
// product's other parts reach, on an interface that also carries traffic
// from outside): it listens or connects only on a link between the
// product's own parts.
func (p *Product) InternalPort(pt Port) bool { return pt.Internal || p.InternalInterface(pt.Interface) }

// MarksPortsInternal reports a port marked internal itself (Port.Internal)
// on an interface that is not: a link the product's own parts alone reach
// over a network that carries other traffic too (a cluster's pod
// network), so the documents say only the product's parts reach it, not
// that it joins no network of the customer's.
func (p *Product) MarksPortsInternal() bool {
	return slices.ContainsFunc(p.Ports, func(pt Port) bool { return pt.Internal && !p.InternalInterface(pt.Interface) })
}

// InternalPorts returns the ports on internal interfaces, sorted like
// SortedPorts: the documents list them as internal to the product, with
// no firewall rule.
func (p *Product) InternalPorts() []Port {
	return slices.DeleteFunc(p.SortedPorts(), func(pt Port) bool { return !p.InternalPort(pt) })
}

// PartOnCustomerSide reports a part of the product that sits on the
// customer's network, where the customer's firewall must let its traffic
// through: the device, software the customer hosts and, unless the
// product is used at home, the product's software on devices the
// customer owns (a hospital runs it on its own computers and phones; a
// patient's phone connects from wherever the patient is). At home, only
// a part the customer providing the product runs on its own devices is
// (owned_by = "customer": a clinic's fitting software on its PCs). The
// customer's own infrastructure is not the product's.
func (p *Product) PartOnCustomerSide(part Part) bool {
	r := part.Runs
	return r.IsDevice() || r.IsCustomerHosted() || r.IsCustomerDevice() && (!p.HomeUse.IsTrue() || p.PatientsDevices() && !p.OnPatientsDevice(part))
}

// HasPartOnCustomerSide reports whether any part of the product sits on
// the customer's network (PartOnCustomerSide). Without one (a service the
// manufacturer hosts, an app on patients' own phones) the customer has
// nothing of the product to isolate on a network it runs.
func (p *Product) HasPartOnCustomerSide() bool {
	return slices.ContainsFunc(p.AllParts(), p.PartOnCustomerSide)
}

// OnCustomerNetwork reports whether any part of the product sits on a
// network the customer runs, where isolating it (a segment, firewall
// rules) is the customer's to do: a part on the customer's side
// (PartOnCustomerSide) that is software on the customer's servers or
// computers, or a part of the manufacturer's hardware with a port on the
// customer's network (OnCustomerSide) or an interface that joins one
// (Ethernet, Wi-Fi, a virtual adapter, a web user interface or an API),
// not on a link internal to the product. A device whose only network is
// its own cellular modem (CarrierPort: the mobile operator's network),
// with at most a Bluetooth link to a peer, joins none. Without written
// interfaces every part on the customer's side counts.
func (p *Product) OnCustomerNetwork() bool {
	if !p.States("interfaces") {
		return p.HasPartOnCustomerSide()
	}
	for _, part := range p.AllParts() {
		if !p.PartOnCustomerSide(part) {
			continue
		}
		if !part.Runs.IsDevice() {
			return true
		}
		if slices.ContainsFunc(p.Ports, func(pt Port) bool { return p.PartOfPort(pt).ID == part.ID && p.OnCustomerSide(pt) }) {
			return true
		}
		if slices.ContainsFunc(p.Interfaces, func(it Interface) bool {
			return p.PartOfInterface(it).ID == part.ID && !it.Internal && it.Kind.JoinsHospitalNetwork() && it.Kind != "cellular"
		}) {
			return true
		}
	}
	return false
}

// InfrastructureListens reports a port, not only outbound, of a part
// that is the customer's own infrastructure (an identity provider the
// product uses): the one kind of part on the customer's network a
// product with no port of its own there listens with.
func (p *Product) InfrastructureListens() bool {
	return slices.ContainsFunc(p.Ports, func(pt Port) bool {
		return pt.Direction != "out" && p.PartOfPort(pt).Runs.IsCustomerInfrastructure()
	})
}

// NoNetwork reports a product that joins no network at all, as its own
// data says: it has no port and no network interface (NoNetworkInterface)
// and no part that is the customer's own infrastructure. A stand-alone
// device whose only data path is a USB port or removable media is such a
// product: there is no traffic for a firewall to filter and nothing to
// isolate on a network. A device cabled to the customer's own terminal
// server is not: its data reach the customer's network through that part
// (NetworkThroughInfrastructure). Lists not written decide nothing.
func (p *Product) NoNetwork() bool {
	return p.NoNetworkInterface() && len(p.CustomerInfrastructureParts()) == 0
}

// PortUsers is one port number and transport with the parts that listen
// or connect on it.
type PortUsers struct {
	Number    int
	Transport string
	Parts     []string // part names, in SortedPorts order, each once
}

// PartsText names the parts for a sentence: "A", "A and B", "A, B and C".
func (u PortUsers) PartsText() string { return AndList(u.Parts) }

// InternalPortUsers returns the ports on internal interfaces, one entry
// per number and transport, in SortedPorts order: a connection between
// two parts of the product, listed at both ends, is one entry naming both.
func (p *Product) InternalPortUsers() []PortUsers {
	var out []PortUsers
	for _, pt := range p.InternalPorts() {
		name := p.localName(p.PartOfPort(pt))
		i := slices.IndexFunc(out, func(u PortUsers) bool { return u.Number == pt.Number && u.Transport == pt.Transport })
		if i < 0 {
			out = append(out, PortUsers{Number: pt.Number, Transport: pt.Transport})
			i = len(out) - 1
		}
		out[i].Parts = appendNew(out[i].Parts, name)
	}
	return out
}

// InboundPorts returns every port a part of the product listens on
// (direction in or both), wherever the part runs, sorted like
// SortedPorts; a port on a link internal to the product (InternalPort)
// is left out: nothing but the product's own parts reaches it.
func (p *Product) InboundPorts() []Port {
	return slices.DeleteFunc(p.SortedPorts(), func(pt Port) bool { return pt.Direction == "out" || !pt.DirectionStated() || p.InternalPort(pt) })
}

// OutboundPorts returns every port a part of the product connects to
// (direction out or both), wherever the part runs, sorted like
// SortedPorts; a port on a link internal to the product is left out.
func (p *Product) OutboundPorts() []Port {
	return slices.DeleteFunc(p.SortedPorts(), func(pt Port) bool { return pt.Direction == "in" || !pt.DirectionStated() || p.InternalPort(pt) })
}

// HasCustomerSidePorts reports a port of a part on the customer's network
// (the device, software the customer hosts). Without one, no part of the
// product sits on the customer's network to isolate: the firewall rules
// only let the customer's users reach the services the manufacturer hosts,
// and a final "deny the rest" rule would have nothing to protect.
func (p *Product) HasCustomerSidePorts() bool {
	return slices.ContainsFunc(p.Ports, p.OnCustomerSide)
}

// Isolatable reports a product the customer can isolate on its network
// once support ends: a part with a port on the customer's network that
// stays there (FinalDenyRule: not only an app on phones or tablets,
// which may leave it, whose section 3.3 gives no deny rule), in a
// product not used at home (a patient has no network team to segment
// one). Documents advise isolation only then; upgrading or replacing is
// always open.
func (p *Product) Isolatable() bool {
	return p.HasCustomerSidePorts() && p.FinalDenyRule() && !p.HomeUse.IsTrue()
}

// ServicesNeeded names what the product needs that the customer does not
// run: each cloud service stated as required (cloud.services.required).
// The product cannot be cut off from it, so the end-of-support advice
// does not offer isolating the product as a way to keep it running, and
// says that whether the service keeps accepting a version whose support
// has ended is not stated (ServicesEndWhether); nil when there is none. A service that is a part
// the manufacturer hosts counts only where stated as required: a
// remote-support portal is one, and the product works without it.
func (p *Product) ServicesNeeded() []string {
	var out []string
	for _, s := range p.Cloud.Services {
		if s.Required.IsTrue() && !slices.Contains(out, s.Name) {
			out = append(out, s.Name)
		}
	}
	return out
}

// ServicesNeededText is ServicesNeeded as one phrase: "the A and the B".
func (p *Product) ServicesNeededText() string { return p.theList(p.ServicesNeeded()) }

// ServicesUnstated names the cloud services whose required is not
// stated, when ServicesNeeded is empty: whether isolating the product
// keeps it working is then not decided either; nil otherwise. A service
// that is a part the manufacturer hosts counts too: whether it keeps
// accepting a version whose support has ended (webcalc's CDN, offering
// it) is not stated either, which is what the sentence that names it says.
func (p *Product) ServicesUnstated() []string {
	if len(p.ServicesNeeded()) > 0 {
		return nil
	}
	var out []string
	for _, s := range p.Cloud.Services {
		if !s.Required.Known() && !slices.Contains(out, s.Name) {
			out = append(out, s.Name)
		}
	}
	return out
}

// ServicesUnstatedText is ServicesUnstated as one phrase.
func (p *Product) ServicesUnstatedText() string { return p.theList(p.ServicesUnstated()) }

// theList names cloud services for a sentence, each with its article: a
// service that is a part the manufacturer hosts as that part's name
// (Part.TheName: "Somnara Cloud"), any other by the same brand rule
// (withThe: "the LTE-M network", "Tellwave Messaging").
func (p *Product) theList(names []string) string {
	var the []string
	for _, n := range names {
		the = append(the, p.serviceTheName(n))
	}
	return AndList(the)
}

// serviceTheName is theList for one service name.
func (p *Product) serviceTheName(name string) string {
	for _, pt := range p.ManufacturerHostedParts() {
		if sameName(name, pt.Name) {
			return pt.TheName()
		}
	}
	return withThe(name)
}

// FirewallRule is one allow rule derived from the ports, written from the
// customer's side: what a hospital firewall must let through for the
// product to work, everything else being denied.
type FirewallRule struct {
	Direction  string // "in" (to Side from Peers) or "out" (from Side to Peers)
	Side       string // the party on the customer's network: a part's name, "Device" when the product lists no parts
	Transport  string
	Port       int
	Service    string
	Peers      []string // approved endpoints; empty means any
	Interfaces []string // short interface names the rule applies to (see InterfaceShort)
	Enabled    Tri      // needed as shipped (else only when the feature is enabled); unstated when the port's default state is
	// Manufacturer is set when the rule reaches a service the
	// manufacturer hosts: Peers are that service's endpoints.
	Manufacturer bool
	// Configurable is set when the customer sets the port number
	// (ports.configurable): Port is then its default (RulePortText).
	Configurable bool
	// Hosted is, for a Manufacturer rule, the name of the part the
	// manufacturer hosts that the rule reaches; "" for any other rule.
	Hosted string
	// FromNetwork is set when Side is the customer's network as a whole
	// (CustomerNetworkName: "Hospital network", "Hospital's cloud
	// tenancy"), not a part: no flow names a part on the customer's
	// network as a user of the manufacturer's service.
	FromNetwork bool
	// FromSystems is set when Side names an outside system of the
	// customer's that the data flows give as a user of the manufacturer's
	// service (the hospital's EHR), not only parts: the CSD then says
	// what "From" means there.
	FromSystems bool
	// Crosses is set when the rule joins ends on two different networks
	// of the customer's (NetworkOf: a gateway on the hospital network, a
	// service in the hospital's cloud tenancy; an outside system placed
	// by the data, endNetwork): the connection crosses the link the
	// customer runs between them, and both networks' boundaries must let
	// it through.
	Crosses bool
	// NetworkUnstated is set, where the product's parts are on two of the
	// customer's networks (MixedHosting) and the rule is not known to
	// cross, when the network of one of its ends is not stated: an
	// outside system the data do not place on either (the customer's
	// PACS or identity provider, an endpoint no [[flow_endpoints]] entry
	// places), any host (no endpoint listed), or a part hosted by the
	// customer without hosting. Such a rule may cross the link, and is
	// not to be read as staying on one network.
	NetworkUnstated bool
	// OnlyOn words the models whose port the rule is for when not every
	// model uses it (Product.PortOnlyOn): "model B only"; "" for all.
	OnlyOn string
	// NeededFor is the optional feature the rule's port serves
	// (ports.needed_for); "" when the port is needed for the product's
	// use. RuleAction and RuleNeeded word the rule from it.
	NeededFor string

	part, peerPart string // IDs of the port's part and of the part at the other end
}

// FirewallRules derives the allow rules from the rows of the ports table
// (PortRows): one rule per row and direction, so that the rules merge
// exactly the ports the table merges. Two services on the same port, or
// the same service with different approved endpoints, stay separate
// rules: a rule never unions the peers of different ports. A row in
// direction "both" gives an inbound and an outbound rule.
//
// Rules are written from the customer's side: a port of the device or of
// customer-hosted software gives a rule in its own direction; a port on
// which a manufacturer-hosted service listens gives an outbound rule from
// the customer's parts that use it (its peer_part, else those usersOf
// finds) to that service's endpoints, never an inbound one. Connections
// a manufacturer-hosted service opens, ports of the customer's own
// infrastructure and ports on a link internal to the product (which no
// customer's firewall sees) give no rule. A rule whose port names no
// approved endpoint but the part at the other end (peer_part) names that
// part.
func (p *Product) FirewallRules() []FirewallRule {
	var out []FirewallRule
	for _, row := range p.PortRows() {
		part := p.PartOfPort(row.Port)
		switch {
		case row.Internal:
			continue
		case !row.DirectionStated():
			continue // which end listens is not stated: no rule, UndirectedPorts names it
		case part.Runs.IsManufacturerHosted():
			if row.Direction == "out" {
				continue
			}
			peers := slices.Clone(row.Endpoints)
			if len(peers) > 0 {
				// The endpoints only the product's software on customers'
				// own devices reaches (an app on a patient's phone) need no
				// rule: such a device connects from any network.
				if peers = slices.DeleteFunc(peers, p.reachedFromCustomerDevice); len(peers) == 0 {
					continue
				}
			}
			if row.PeerPart == "" && p.usedOnlyFromOutside(part, row.Port) {
				continue // only the manufacturer's own staff or another maker's system connect to it
			}
			if len(peers) == 0 {
				peers = []string{part.Name + " (hosted by the manufacturer)"}
			}
			side, network, systems := p.usersOf(part, row.Port, row.Endpoints)
			if named := p.clientNamedEndpoints(part, row.Port, row.Endpoints); row.PeerPart == "" && !network && !systems && len(named) > 0 {
				// The clients found only through their own ports reach the
				// endpoints those ports name, not the others (an app's,
				// which no client on the customer's side names).
				peers = slices.DeleteFunc(peers, func(e string) bool { return !slices.Contains(named, e) })
			}
			if peer := p.Part(row.PeerPart); row.PeerPart != "" && peer.ID != "" && p.PartOnCustomerSide(peer) {
				if p.reachesOnlyOverCarrier(peer, part, row.Endpoints) {
					continue // its client reaches it over the mobile network only
				}
				side, network, systems = p.ruleEnd(peer), false, false // the listener names its client
			}
			out = append(out, FirewallRule{Direction: "out", Side: side, Transport: row.Transport, Port: row.Number, Configurable: row.Configurable,
				Service: row.Service, Peers: peers, Interfaces: slices.Clone(row.Interfaces), Enabled: row.DefaultEnabled, Manufacturer: true, Hosted: part.Name, FromNetwork: network, FromSystems: systems, OnlyOn: p.PortOnlyOn(row.Port), NeededFor: row.NeededFor})
			continue
		case !p.OnCustomerSide(row.Port):
			continue
		}
		dirs := []string{row.Direction}
		if row.Direction == "both" {
			dirs = []string{"in", "out"}
		}
		peers := slices.Clone(row.Endpoints)
		if peer := p.Part(row.PeerPart); len(peers) == 0 && row.PeerPart != "" && peer.ID != "" {
			if peers = p.listenerEndpoints(peer, part, row.Port); len(peers) == 0 {
				peers = []string{p.peerName(peer)}
			}
		}
		crosses, unstated := p.ruleCrossing(part, row.Port)
		for _, d := range dirs {
			out = append(out, FirewallRule{Direction: d, Side: p.ruleEnd(part), Transport: row.Transport, Port: row.Number, Configurable: row.Configurable, Service: row.Service,
				Peers: slices.Clone(peers), Interfaces: slices.Clone(row.Interfaces), Enabled: row.DefaultEnabled, Crosses: crosses, NetworkUnstated: unstated,
				OnlyOn: p.PortOnlyOn(row.Port), NeededFor: row.NeededFor, part: part.ID, peerPart: row.PeerPart})
		}
	}
	// A connection listed both as a customer-side part's outbound port and
	// as the manufacturer-hosted listener it reaches is one rule; so is a
	// connection between two customer-side parts listed at both ends (the
	// outbound rule stays: it names the interfaces the connection leaves by).
	return slices.DeleteFunc(out, func(r FirewallRule) bool {
		if r.Manufacturer {
			return slices.ContainsFunc(out, func(o FirewallRule) bool {
				return !o.Manufacturer && o.Direction == "out" && o.Side == r.Side && o.Port == r.Port && o.Transport == r.Transport && covers(o.Peers, r.Peers)
			})
		}
		// A listener whose endpoints name other clients besides its peer
		// part keeps its rule: the peer's own rule lets only the peer in.
		return r.Direction == "in" && r.peerPart != "" && len(r.Peers) <= 1 && slices.ContainsFunc(out, func(o FirewallRule) bool {
			return o.Direction == "out" && o.part == r.peerPart && o.peerPart == r.part && o.Port == r.Port && o.Transport == r.Transport
		})
	})
}

// covers reports whether an outbound rule to peers allows every one of
// want (a manufacturer rule's endpoints): the client's own rule to the
// cloud's API and a crash reporter already allows what a rule to the
// API alone would. A rule to any peer (none listed) covers only another
// to any.
func covers(peers, want []string) bool {
	if len(peers) == 0 || len(want) == 0 {
		return len(peers) == len(want)
	}
	return !slices.ContainsFunc(want, func(e string) bool { return !slices.Contains(peers, e) })
}

// usedOnlyFromOutside reports a port a manufacturer-hosted part listens
// on whose interfaces (those of every port its row merges) carry data
// flows to or from that part, at least one, and every such flow's other
// end is stated to be off the customer's side: a part or system the
// manufacturer hosts (its support staff's admin console) or a third
// party's system (another maker's cloud). No connection from the
// customer's network then uses the port, and a rule letting the
// customer's network reach it would open what only the manufacturer
// uses. An end whose zone is not stated may be the customer's, and keeps
// the rule.
func (p *Product) usedOnlyFromOutside(part Part, row Port) bool {
	ifaces := map[string]bool{}
	for _, pt := range p.Ports {
		if samePortBut(row, pt) {
			ifaces[pt.Interface] = true
		}
	}
	found := false
	for _, f := range p.DataFlows {
		if !ifaces[f.Interface] || f.From != part.ID && f.To != part.ID {
			continue
		}
		other := f.From
		if other == part.ID {
			other = f.To
		}
		end, ok := p.ResolveFlowEnd(other)
		if !ok || end.Zone != "manufacturer_hosted" && end.Zone != "third_party" {
			return false
		}
		found = true
	}
	return found
}

// UnruledPorts returns the ports, sorted like SortedPorts, that no
// firewall rule is derived for although the manufacturer does not host
// their part: those of the product's software on a home user's own device
// (an app on a patient's phone, which connects from whatever network the
// phone is on) and of the customer's own infrastructure. The CSD's key
// facts list them, so that "None" never hides a port its ports table
// lists. Ports on a link internal to the product, or reached only by
// physical access (PhysicalAccessPort), are not among them: the key facts
// give those apart, as needing no rule.
func (p *Product) UnruledPorts() []Port {
	return slices.DeleteFunc(p.SortedPorts(), func(pt Port) bool {
		part := p.PartOfPort(pt)
		return part.Runs.IsManufacturerHosted() || p.OnCustomerSide(pt) || p.InternalPort(pt) || p.PhysicalAccessPort(pt)
	})
}

// FirewallReachesHosted reports a firewall rule that reaches a part the
// manufacturer hosts: an outbound rule to its endpoints, derived from the
// port it listens on or from the customer-side port that connects to it,
// naming it as peer_part (a VPN to the manufacturer's remote-service
// centre, whose own listener is not listed, is such a rule). Without one
// (the only parts that reach it run on a patient's own phone), no rule of
// the CSD's firewall section reaches it. A port of a hosted part whose
// direction is not stated is no listener: its endpoints may be hosts it
// connects to, and a rule to them does not reach it.
func (p *Product) FirewallReachesHosted() bool {
	hosted := map[string]bool{}
	for _, pt := range p.Ports {
		if pt.Direction != "out" && pt.DirectionStated() && p.PartOfPort(pt).Runs.IsManufacturerHosted() {
			for _, e := range pt.Endpoints {
				hosted[e] = true
			}
		}
	}
	return slices.ContainsFunc(p.FirewallRules(), func(r FirewallRule) bool {
		return r.Manufacturer || r.Direction == "out" && (slices.ContainsFunc(r.Peers, func(e string) bool { return hosted[e] }) ||
			r.peerPart != "" && p.Part(r.peerPart).Runs.IsManufacturerHosted())
	})
}

// reachedFromCustomerDevice reports an endpoint that a part running on a
// customer's own device, off the customer's network (a patient's phone),
// or a port on a cellular interface (CarrierPort), connects to. A port
// whose direction is not stated is not known to connect to it.
func (p *Product) reachedFromCustomerDevice(endpoint string) bool {
	return slices.ContainsFunc(p.Ports, func(pt Port) bool {
		offNetwork := p.PartOfPort(pt).Runs.IsCustomerDevice() && !p.OnCustomerSide(pt) || p.CarrierPort(pt)
		return pt.Direction != "in" && pt.DirectionStated() && offNetwork && slices.Contains(pt.Endpoints, endpoint)
	})
}

// reachesOnlyOverCarrier reports a client part whose ports that connect
// to the hosted part (naming it as peer_part, or one of its endpoints)
// are all on cellular interfaces, with at least one such port: the
// connection never crosses the customer's network. A port whose
// direction is not stated is not counted either way: it is not known to
// connect (the CSD names it beneath the rules).
func (p *Product) reachesOnlyOverCarrier(client, hosted Part, endpoints []string) bool {
	return p.allOverCarrier(p.Ports, func(pt Port) bool {
		return pt.Part == client.ID && pt.Direction != "in" && pt.DirectionStated() &&
			(pt.PeerPart == hosted.ID || slices.ContainsFunc(pt.Endpoints, func(e string) bool { return slices.Contains(endpoints, e) }))
	})
}

// listenerEndpoints are the approved endpoints of the ports on which a
// service the manufacturer hosts (peer) listens for client on the port
// number and transport of pt, those listeners naming client as their
// peer_part: the host names a rule for client's connection to it must
// allow. A connection written at both ends, the client naming the
// service and the service's listener its endpoints, is then one rule
// to those host names, not a second one to the service's name. A port
// whose direction is not stated is no listener: its endpoints may be
// the ones it connects to.
func (p *Product) listenerEndpoints(peer, client Part, pt Port) []string {
	if !peer.Runs.IsManufacturerHosted() {
		return nil
	}
	var out []string
	for _, l := range p.SortedPorts() {
		if l.Part == peer.ID && l.Direction != "out" && l.DirectionStated() && l.PeerPart == client.ID && l.Number == pt.Number && l.Transport == pt.Transport {
			for _, e := range l.Endpoints {
				out = appendNew(out, e)
			}
		}
	}
	return out
}

// localName names a customer-side part in a firewall rule.
func (p *Product) localName(part Part) string {
	if part.implicit {
		return "Device"
	}
	return part.Name
}

// ruleEnd names a customer-side part as a firewall rule's end: its name
// (localName) and, when the product's parts are on two of the customer's
// networks (MixedHosting), the one it is on (NetworkOf), so that a rule
// between a part on the hospital network and one in the hospital's
// cloud tenancy names both ends where they are.
func (p *Product) ruleEnd(part Part) string {
	name := p.localName(part)
	if where := p.NetworkOf(part.ID, p.customerWord()); where != "" {
		return name + ", " + where
	}
	return name
}

// peerName names the part at the other end of a firewall rule (a port's
// peer_part): a service the manufacturer hosts as its rule to that
// service names it when it lists no endpoint, any other part by name.
func (p *Product) peerName(part Part) string {
	if part.Runs.IsManufacturerHosted() {
		return part.Name + " (hosted by the manufacturer)"
	}
	return p.ruleEnd(part)
}

// PortPeers names the other end of a port for the ports tables: its
// approved endpoints, else, for a connection to a service the
// manufacturer hosts, the endpoints its listener for this part gives
// (listenerEndpoints, as the firewall rule does), else the part at the
// other end (peer_part, with where it runs) and, for a listener, the
// other parts whose connections on the same port name its part, else
// none. A listener of a part the manufacturer hosts names none but its
// endpoints: its column holds the host names customers reach it at, and
// the client part (peer_part) is not one (the firewall rules name it). A
// port whose direction is not stated names the part at its other end.
func (p *Product) PortPeers(pt Port) []string {
	if len(pt.Endpoints) > 0 || pt.PeerPart == "" || p.Part(pt.PeerPart).ID == "" {
		return pt.Endpoints
	}
	if !pt.DirectionStated() {
		// neither a listener nor a connection: the part at the other end
		return []string{p.PartLabel(pt.PeerPart)}
	}
	if pt.Direction != "out" && p.PartOfPort(pt).Runs.IsManufacturerHosted() {
		return nil
	}
	if pt.Direction != "in" {
		if eps := p.listenerEndpoints(p.Part(pt.PeerPart), p.PartOfPort(pt), pt); len(eps) > 0 {
			return eps
		}
	}
	out := []string{p.PartLabel(pt.PeerPart)}
	if pt.Direction != "out" {
		// A listener names one part in peer_part, but every other part
		// whose connection on the same port names this one reaches it
		// too (a server's port that monitors and a receiver connect to):
		// the firewall rules allow each, and so does this column.
		self := p.PartOfPort(pt).ID
		for _, c := range p.SortedPorts() {
			if c.Direction != "in" && c.PeerPart == self && c.Number == pt.Number && c.Transport == pt.Transport && p.PartOfPort(c).ID != pt.PeerPart && p.PartOfPort(c).ID != self {
				out = appendNew(out, p.PartLabel(p.PartOfPort(c).ID))
			}
		}
	}
	return out
}

// usersOf names the parts on the customer's network that reach port pt
// of a manufacturer-hosted part: the other ends of the data flows over
// the port's interface (else, when no flow of the part names that
// interface, of the flows between the parts that name no interface),
// else the customer's network in general (a hospital's, unless the
// product is for home use). A flow over the port's interface from an
// outside system (a PACS, a browser) says who uses the port: a part
// reaching the service by another way (an identity provider's assertion
// passed through the browser) is not its user. Such a system on the
// customer's side (a flow endpoint in one of its zones: the hospital's
// Kubernetes cluster pulling images) is named beside the parts the
// flows over the port name: the rule is its too, and a rule naming only
// the parts would leave it out. Without a part, such systems alone name
// the rule (the hospital's EHR calling a hosted API) when the data place
// every outside end of those flows; else the customer's network in
// general stands for it, unless the customers are patients at home
// (PatientAudience) and no part of the product is on that network
// (OnCustomerNetwork): then no network does (usersUnstated). network
// reports the customer's network in general; systems that outside
// systems are named.
//
// A flow written on the client's interface rather than the listener's
// (the app's network connection to the cloud) is over the port too when
// an outbound port of the client on that interface, same number and
// transport, names one of the listener's endpoints (clientReaches): the
// app is then that port's user, and no rule opens it to the whole
// customer's network as though no one were known to use it.
func (p *Product) usersOf(part Part, pt Port, endpoints []string) (name string, network, systems bool) {
	overPort := func(f DataFlow) bool {
		return f.Interface == pt.Interface || p.clientReaches(part, f, pt, endpoints)
	}
	names := p.flowPeers(part, overPort)
	for _, other := range p.flowOtherEnds(part, func(f DataFlow) bool { return p.clientReaches(part, f, pt, endpoints) }) {
		// clientReaches found the client by its customer-side port, so
		// it is the port's user even on a device the customer or its
		// users own, which flowPeers leaves out.
		names = appendNew(names, p.ruleEnd(p.Part(other)))
	}
	if len(names) > 0 {
		sys := p.flowSystems(part, overPort)
		for _, s := range sys {
			names = appendNew(names, s)
		}
		return strings.Join(names, "; "), false, len(sys) > 0
	}
	// No part uses the port, but the flows over it name the systems on
	// the customer's side that do (the hospital's EHR calling a hosted
	// API): the rule is theirs, as it would be a part's. An end the data
	// do not place may be anywhere on the customer's network, so the
	// network stays then.
	if systems := p.flowSystems(part, overPort); len(systems) > 0 && !p.flowEndsUnplaced(part, overPort) {
		return strings.Join(systems, "; "), false, true
	}
	if !slices.ContainsFunc(p.DataFlows, func(f DataFlow) bool { return overPort(f) && (f.From == part.ID || f.To == part.ID) }) {
		if names := p.flowPeers(part, func(f DataFlow) bool { return f.Interface == "" }); len(names) > 0 {
			return strings.Join(names, "; "), false, false
		}
	}
	if p.PatientAudience() && !p.OnCustomerNetwork() {
		// The customer's network is then a patient's home, and no part of
		// the product is on it to stand for: a hosted service's users no
		// flow names (a clinic's staff at its portal) are not placed
		// there by the data, nor anywhere else.
		return usersUnstated, false, false
	}
	return p.CustomerNetworkName(), true, false
}

// clientReaches reports a data flow between part (a manufacturer-hosted
// part listening on pt) and a customer-side part, written on an
// interface of that other part on which it has an outbound port of pt's
// number and transport naming one of endpoints (the listener's): the
// flow goes through the listener's port, whichever end's interface it
// names. A client's port whose direction is not stated is not known to
// connect, and finds no flow.
func (p *Product) clientReaches(part Part, f DataFlow, pt Port, endpoints []string) bool {
	if f.Interface == "" || len(endpoints) == 0 || f.From != part.ID && f.To != part.ID {
		return false
	}
	other := f.From
	if other == part.ID {
		other = f.To
	}
	return slices.ContainsFunc(p.Ports, func(c Port) bool {
		return c.Interface == f.Interface && p.PartOfPort(c).ID == other && c.Direction != "in" && c.DirectionStated() &&
			c.Number == pt.Number && c.Transport == pt.Transport && p.OnCustomerSide(c) &&
			slices.ContainsFunc(c.Endpoints, func(e string) bool { return slices.Contains(endpoints, e) })
	})
}

// InCloudTenancyOnly reports a product whose every part on the customer's
// side (PartOnCustomerSide), at least one, is software the customer hosts
// in its own cloud tenancy (Part.InCloudTenancy): what the customer
// firewalls for it is the network of that tenancy, not the network of its
// buildings, which reaches the tenancy only through the customer's own
// link (a site-to-site VPN, say).
func (p *Product) InCloudTenancyOnly() bool {
	tenancy, other := p.customerSideHosting()
	return tenancy && !other
}

// MixedHosting reports a product whose parts on the customer's side
// (PartOnCustomerSide) run on two networks of the customer's: at least
// one in its own cloud tenancy (Part.InCloudTenancy) and at least one
// not (on its premises, or a device on its network), such as a DICOM
// gateway on a server in the hospital that sends studies to an
// inference service in the hospital's tenancy. The documents then say,
// of each such part, which network it is on (NetworkOf), and name no
// single network as the one the product is on.
func (p *Product) MixedHosting() bool {
	tenancy, other := p.customerSideHosting()
	return tenancy && other
}

// customerSideHosting reports whether, of the product's parts on the
// customer's side (PartOnCustomerSide), any runs in the customer's own
// cloud tenancy (Part.InCloudTenancy) and any runs elsewhere.
func (p *Product) customerSideHosting() (tenancy, other bool) {
	for _, pt := range p.AllParts() {
		if !p.PartOnCustomerSide(pt) {
			continue
		}
		if pt.InCloudTenancy() {
			tenancy = true
		} else {
			other = true
		}
	}
	return tenancy, other
}

// NetworkOf is, for a part on the customer's side of a product whose
// parts are on two of the customer's networks (MixedHosting), a phrase
// saying which one the part is on: "in the hospital's cloud tenancy",
// "on the hospital network" (who is "hospital"; "customer": "on the
// network of the customer's premises"); "" for any other part or product, and for
// software the customer hosts without saying where (hosting not
// written), whose network the data does not state.
func (p *Product) NetworkOf(partID, who string) string {
	pt := p.Part(partID)
	if pt.ID == "" || !p.PartOnCustomerSide(pt) || !p.MixedHosting() {
		return ""
	}
	switch {
	case pt.InCloudTenancy():
		return "in the " + who + "'s cloud tenancy"
	case pt.Runs.IsCustomerHosted() && pt.Hosting == "":
		return ""
	}
	return premisesNetwork(who)
}

// customerWord names the customer in a firewall rule's words: a
// hospital, or, for a product used at home, the customer.
func (p *Product) customerWord() string {
	if !p.HospitalCustomer() {
		return "customer"
	}
	return "hospital"
}

// HospitalCustomer reports whether the documents speak to a hospital:
// not for a product used at home, unless customer = "hospital" says a
// hospital or health system provides it to its patients (a remote
// monitoring kit whose nurses' browsers are on the hospital network), nor
// for one whose customers are other organisations (customer =
// "organisation": a school that keeps a public-access defibrillator has
// no hospital network or biomedical engineers) or other device makers
// (customer = "manufacturer"), nor for one sold to a hospital and to
// other kinds of customer as well (customer = ["hospital",
// "individual"]): a lone clinician has no hospital network.
func (p *Product) HospitalCustomer() bool {
	if p.HomeUse.IsTrue() || len(p.Customer) > 0 {
		return p.Customer.Only(CustomerHospital)
	}
	return true
}

// ManufacturerCustomer reports whether the customers are other device
// makers who build the product (an OEM module, a component) into their
// own devices (customer = "manufacturer"), whether or not patients use
// those devices at home: the documents speak to those makers' engineers,
// and the users of their devices are not this manufacturer's readers.
func (p *Product) ManufacturerCustomer() bool {
	return p.Customer.Has(CustomerManufacturer)
}

// OrganisationCustomer reports whether the customers are organisations
// other than hospitals (customer = "organisation"), whether or not they
// provide the product to patients at home: the only kind, or one of
// several (CustomerReaderList names each).
func (p *Product) OrganisationCustomer() bool {
	return p.Customer.Has(CustomerOrganisation)
}

// OnlyOrganisationCustomer reports customer = "organisation" alone.
func (p *Product) OnlyOrganisationCustomer() bool {
	return p.Customer.Only(CustomerOrganisation)
}

// PatientAudience reports a product used at home whose customers are
// the patients and caregivers themselves, with the clinics that support
// them: home_use = true and no customer organisation written. The CSD
// then addresses them; with a customer written, it addresses that
// customer, which provides the product to its patients.
func (p *Product) PatientAudience() bool {
	return p.HomeUse.IsTrue() && len(p.Customer) == 0
}

// CustomerNetworkName names the customer's network as a whole, as a
// firewall rule's end: "Hospital network" ("Customer network" for a
// product used at home, a clinic's, not a hospital's, or one whose
// customers are other organisations), or, when the
// product's parts on the customer's side all run in the customer's own
// cloud tenancy (InCloudTenancyOnly), "Hospital's cloud tenancy"; when
// they run on both (MixedHosting), both: "Hospital network; hospital's
// cloud tenancy".
func (p *Product) CustomerNetworkName() string {
	hospital := p.HospitalCustomer()
	switch {
	case p.InCloudTenancyOnly() && !hospital:
		return "Customer's cloud tenancy"
	case p.InCloudTenancyOnly():
		return "Hospital's cloud tenancy"
	case p.MixedHosting() && !hospital:
		return "Customer network; customer's cloud tenancy"
	case p.MixedHosting():
		return "Hospital network; hospital's cloud tenancy"
	case !hospital:
		return "Customer network"
	}
	return "Hospital network"
}

// flowPeers names the customer-side parts at the other end of the flows
// (those keep selects) to or from part.
func (p *Product) flowPeers(part Part, keep func(DataFlow) bool) []string {
	var names []string
	for _, other := range p.flowOtherEnds(part, keep) {
		if q := p.Part(other); q.ID != "" && other != "" && q.Runs.OnCustomerNetwork() {
			names = appendNew(names, p.ruleEnd(q))
		}
	}
	return names
}

// flowSystems names the outside systems on the customer's side (a flow
// endpoint whose zone is the customer's infrastructure, software it
// hosts, or, unless the product is used at home, its own devices) at the
// other end of the flows (those keep selects) to or from part.
func (p *Product) flowSystems(part Part, keep func(DataFlow) bool) []string {
	var names []string
	for _, other := range p.flowOtherEnds(part, keep) {
		end, ok := p.ResolveFlowEnd(other)
		if !ok || end.IsPart() {
			continue
		}
		switch end.Zone {
		case "customer_infrastructure", "customer_hosted":
		case "customer_device":
			if p.HomeUse.IsTrue() {
				continue
			}
		default:
			continue
		}
		names = appendNew(names, end.Label)
	}
	return names
}

// flowEndsUnplaced reports an outside system at the other end of a flow
// (those keep selects) to or from part whose place the data leave open:
// no [[flow_endpoints]] zone, or a zone (device) flowSystems does not
// name although it may be on the customer's network.
func (p *Product) flowEndsUnplaced(part Part, keep func(DataFlow) bool) bool {
	for _, other := range p.flowOtherEnds(part, keep) {
		end, ok := p.ResolveFlowEnd(other)
		if !ok || !end.IsPart() && (end.Zone == "" || end.Zone == "device") {
			return true
		}
	}
	return false
}

// flowOtherEnds are the other ends of the flows (those keep selects) to
// or from part, in the flows' order.
func (p *Product) flowOtherEnds(part Part, keep func(DataFlow) bool) []string {
	var ends []string
	for _, f := range p.DataFlows {
		if !keep(f) {
			continue
		}
		switch part.ID {
		case f.To:
			ends = append(ends, f.From)
		case f.From:
			ends = append(ends, f.To)
		}
	}
	return ends
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// PortRow is one row of the customer ports table: ports that differ only
// in the interface they are reachable on share a row.
type PortRow struct {
	Port
	Interfaces []string // short interface names (see InterfaceShort)
	Internal   bool     // on interfaces internal to the product (InternalPort)
}

// PortRows merges the ports that differ only by interface, in SortedPorts
// order; a port on an internal interface never shares a row with one on
// an interface that is not, nor a port of some models (PortModels) with
// one of others.
func (p *Product) PortRows() []PortRow {
	var out []PortRow
	for _, pt := range p.SortedPorts() {
		name := p.InterfaceShort(pt.Interface)
		internal := p.InternalPort(pt)
		merged := false
		for i := range out {
			if out[i].Internal == internal && samePortBut(out[i].Port, pt) && slices.Equal(p.PortModels(out[i].Port), p.PortModels(pt)) {
				out[i].Interfaces = appendNew(out[i].Interfaces, name)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, PortRow{Port: pt, Interfaces: []string{name}, Internal: internal})
		}
	}
	return out
}

// samePortBut reports whether a and b differ at most by interface: same
// number, transport, direction and service, and the same facts about them.
func samePortBut(a, b Port) bool {
	return a.Number == b.Number && a.Transport == b.Transport && a.Direction == b.Direction && a.Service == b.Service && a.Part == b.Part &&
		a.Purpose == b.Purpose && a.DefaultEnabled == b.DefaultEnabled && a.Encrypted == b.Encrypted &&
		a.Authenticated == b.Authenticated && a.PeerPart == b.PeerPart && slices.Equal(a.Endpoints, b.Endpoints) &&
		a.Configurable == b.Configurable && a.NeededFor == b.NeededFor
}

// InterfaceShort names an interface briefly: the label of its kind when
// that names the product's own hardware ("Ethernet", "Wi-Fi", "Display"),
// else its own name: on a part that runs on the customer's hardware, when
// the kind says little (other, not stated, serial, contact, radio), when it is
// software (an API, a web user interface, a virtual network adapter: the
// kind names no endpoint, and adding a second API to a later version
// must not rename the first), or when another interface of the product
// has the same kind (two Ethernet ports must not both read "Ethernet");
// the ID when unknown.
func (p *Product) InterfaceShort(id string) string {
	for _, i := range p.Interfaces {
		if i.ID != id {
			continue
		}
		if i.Kind.Unsaid() || i.Kind == "serial" || i.Kind == "contact" || i.Kind == "radio" || i.Kind.Virtual() {
			return i.Name
		}
		// On a part that runs on the customer's hardware (its computer, its
		// server, a phone), the kind's label names that host's port, which
		// a reader would take for one of the product's own.
		if r := p.Part(i.Part).Runs; r.IsCustomerDevice() || r.IsCustomerHosted() || r.IsCustomerInfrastructure() {
			return i.Name
		}
		for _, j := range p.Interfaces {
			if j.ID != i.ID && j.Kind == i.Kind {
				return i.Name
			}
		}
		return i.Kind.Label()
	}
	return id
}

// CustomerLink is a system on the customer's network, not one of the
// product's own parts, that a part of the product exchanges data with,
// and the data flows that say so.
type CustomerLink struct {
	Name  string   // the system's name, as the flows write it (a part's name for the customer's own infrastructure)
	Flows []string // IDs of the flows between it and a part of the product
	// Unrouted are those of Flows that name no interface: which
	// connection carries them, and so which firewall rule they need, is
	// not stated.
	Unrouted []string
}

// CustomerLinks returns, in flow order, the systems on the customer's
// network that the data flows link to a part of the product: an outside
// system placed by [[flow_endpoints]] in the customer's infrastructure or
// on a server the customer hosts (or on the customer's own devices, unless
// the product is used at home), and a part that is the customer's own
// infrastructure (an identity provider). A flow between two such systems,
// or with an end whose place is not stated, links nothing of the product,
// nor does a flow over a point-to-point link (Bluetooth, USB, serial,
// NFC, infrared, radio, removable media, display).
// The CSD names them where no port of the product is on the customer's
// network, so that it does not read as if the product talked to nothing
// there.
func (p *Product) CustomerLinks() []CustomerLink {
	customer := func(e FlowEnd) bool {
		if e.IsPart() {
			return PartRuns(e.Zone).IsCustomerInfrastructure()
		}
		return p.zoneOnCustomerNetwork(e.Zone)
	}
	own := func(e FlowEnd) bool { return e.IsPart() && !PartRuns(e.Zone).IsCustomerInfrastructure() }
	// A flow over a Bluetooth pairing, a USB or serial cable, NFC or
	// media reaches its peer directly, not through the customer's
	// network (an ambulance monitor handing case data to the crew's ePCR
	// tablet by Bluetooth): it links nothing there. An interface of kind
	// other may be a network, and keeps the link.
	offNetwork := func(f DataFlow) bool {
		i := p.Interface(f.Interface)
		return i != nil && !i.Kind.Unsaid() && !i.Kind.JoinsHospitalNetwork()
	}
	var out []CustomerLink
	for _, f := range p.DataFlows {
		if offNetwork(f) {
			continue
		}
		from, _ := p.ResolveFlowEnd(f.From)
		to, _ := p.ResolveFlowEnd(f.To)
		var sys FlowEnd
		switch {
		case customer(from) && own(to):
			sys = from
		case customer(to) && own(from):
			sys = to
		default:
			continue
		}
		i := slices.IndexFunc(out, func(l CustomerLink) bool { return strings.EqualFold(l.Name, sys.Label) })
		if i < 0 {
			out = append(out, CustomerLink{Name: sys.Label})
			i = len(out) - 1
		}
		out[i].Flows = appendNew(out[i].Flows, f.ID)
		if strings.TrimSpace(f.Interface) == "" {
			out[i].Unrouted = appendNew(out[i].Unrouted, f.ID)
		}
	}
	return out
}

// ruleCrossing says whether the rule of part's port pt crosses the link
// between the customer's two networks (crosses: its ends are on both),
// or may (unstated: an end's network is not stated, and none is known to
// cross). Only where the product's parts are on two of them
// (MixedHosting). The other end is the peer part, and for a listener
// also every client its endpoints name; without a peer part, every
// endpoint; with neither, any host.
func (p *Product) ruleCrossing(part Part, pt Port) (crosses, unstated bool) {
	if !p.MixedHosting() {
		return false, false
	}
	who := p.customerWord()
	here := p.NetworkOf(part.ID, who)
	var ends []string // the other ends' networks: "" unstated, "-" off the customer's networks
	if peer := p.Part(pt.PeerPart); pt.PeerPart != "" && peer.ID != "" {
		ends = append(ends, p.partNetwork(peer, who))
	}
	if pt.PeerPart == "" || pt.Direction != "out" {
		for _, e := range pt.Endpoints {
			ends = append(ends, p.endNetwork(e, who))
		}
	}
	if len(ends) == 0 {
		ends = []string{""} // any host, on either network
	}
	for _, there := range ends {
		switch {
		case there == "-":
		case here != "" && there != "" && here != there:
			crosses = true
		case here == "" || there == "":
			unstated = true
		}
	}
	return crosses, unstated && !crosses
}

// endNetwork is the network of an endpoint a port names, as the data
// place it (ResolveFlowEnd): a part's (partNetwork); for an outside
// system in zone device or customer_device, the premises' network, where
// the customer's own devices are (as NetworkOf places such parts), except
// beside home use, where they are the patients'; "-" for one off the
// customer's networks (the manufacturer's, a third party's, physical
// access); "" for any other, whose network is not stated.
func (p *Product) endNetwork(e, who string) string {
	end, ok := p.ResolveFlowEnd(e)
	switch {
	case !ok:
		return ""
	case end.IsPart():
		return p.partNetwork(p.Part(end.Part), who)
	}
	switch end.Zone {
	case "manufacturer_hosted", "third_party", "physical":
		return "-"
	case "device":
		return premisesNetwork(who)
	case "customer_device":
		if !p.HomeUse.IsTrue() {
			return premisesNetwork(who)
		}
	}
	return ""
}

// partNetwork is NetworkOf for a rule's other end: "-" for a part the
// manufacturer hosts, which is on neither of the customer's networks.
func (p *Product) partNetwork(pt Part, who string) string {
	if pt.Runs.IsManufacturerHosted() {
		return "-"
	}
	return p.NetworkOf(pt.ID, who)
}

// premisesNetwork is NetworkOf's words for the network of the customer's
// premises.
func premisesNetwork(who string) string {
	if who == "hospital" {
		return "on the hospital network"
	}
	return "on the network of the " + who + "'s premises"
}

// Names reports whether the rule names the part called name at either
// end: Side may join several parts with "; ", and names a part's network
// after a comma where the parts are on two ("Gateway, Hospital
// network").
func (r FirewallRule) Names(name string) bool {
	for _, e := range append(strings.Split(r.Side, "; "), r.Peers...) {
		if e == name || strings.HasPrefix(e, name+", ") {
			return true
		}
	}
	return false
}

// RulesNaming are the numbers, from 1 in FirewallRules' order, of the
// rules that name part pt (FirewallRule.Names): the CSD says whose rules
// they are, and that the final deny is not for the other traffic of a
// device or of infrastructure the customer uses for more than the
// product.
func (p *Product) RulesNaming(pt Part) []string {
	var out []string
	for i, r := range p.FirewallRules() {
		if r.Names(pt.Name) {
			out = append(out, strconv.Itoa(i+1))
		}
	}
	return out
}
