package content

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A product is made of parts, each running somewhere: the device itself,
// software the customer hosts (a gateway VM, a server), services the
// manufacturer hosts (a cloud backend), and the customer's own
// infrastructure the product relies on (an identity provider, PACS).
// Interfaces, ports and data stores name the part they belong to, so that
// documents say where a port listens and who protects a store, and the
// firewall rules are written from the customer's side.

// PartRuns is where a part runs.
type PartRuns string

type partRunsEntry struct {
	runs         PartRuns
	label, where string
	// customerNetwork: the part sits on the customer's network, so its
	// listeners are reachable there and its connections leave from there.
	customerNetwork bool
	// patch, backup, monitor: who does it, by default ("": not stated).
	patch, backup, monitor string
}

var partRuns = []partRunsEntry{
	// Who installs a device's updates differs from product to product
	// (the customer, field service, the device itself from a server), so
	// it has no default: unwritten, it is not stated. Who backs it up and
	// watches its events is what the backup and logging sections say
	// (the manufacturer's cloud may keep its data, not the customer), so
	// the defaults point there and name nobody.
	{"device", "On the device", "on the device", true,
		"", backupSectionRef, "See the security events section"},
	// On a server the customer hosts, the host is the customer's to
	// patch; who backs it up and watches it, and who does so for the
	// application (the customer, the manufacturer remotely, field
	// service), is not assumed: owning the host does not settle who backs
	// it up. The CSD names the customer for the host only beside a
	// [backup] or recorded events (Part.HostBackupClause).
	// In the customer's own cloud tenancy: cloudTenancyDefaults; on its
	// own container platform: containerPlatformDefaults.
	{"customer_hosted", "Hosted by the customer", "on a server the customer hosts", true,
		"The customer patches the host; " + appUpdatesUnsaid,
		hostBackupUnsaid, hostMonitoringUnsaid},
	// The manufacturer's software on a phone, tablet or computer the
	// customer owns. Whether it sits on a customer network a firewall
	// rule could protect depends on who the customer is (see
	// Product.PartOnCustomerSide); the device and its operating system
	// are the owner's, but who installs the application's updates (the
	// owner, an app store, the app itself) and who backs it up or watches
	// it are not known.
	{"customer_device", "On the customer's own device", "on a phone, tablet or computer the customer owns", false,
		"The customer keeps the device's operating system up to date; " + appUpdatesUnsaid, "", ""},
	// A service the manufacturer hosts: whether and how it is patched,
	// backed up or watched (by the manufacturer, or by the cloud provider
	// it runs on for a managed service) is for the data to say; "The
	// manufacturer" would promise that it is patched at all.
	{"manufacturer_hosted", "Hosted by the manufacturer", "in a service the manufacturer hosts", false,
		"", "", ""},
	// The customer's own systems (a database server, a directory, a
	// serial-to-Ethernet converter, a cloud identity provider): who
	// patches, backs up and watches them (the customer, their own vendor,
	// a cloud provider for a hosted service) does not follow from their
	// being the customer's, so nothing is assumed; the CSD's
	// responsibility table says only that they are the customer's own
	// systems (Product.OwnSystemWords).
	{"customer_infrastructure", "Customer infrastructure", "in the customer's own infrastructure", true,
		"", "", ""},
}

// The first clauses of the defaults of a part the customer hosts, before
// what they say of the application's own data and events.
const (
	hostBackupClause      = "The customer backs up the host"
	hostMonitoringClause  = "The customer monitors the host"
	tenancyClause         = "The cloud tenancy it runs in is the customer's"
	platformBackupClause  = "The customer backs up its container platform"
	platformMonitorClause = "The customer monitors its container platform"
)

// The defaults of a part on a server the customer hosts where neither the
// part nor [backup] (for monitoring, the recorded events) says who backs
// it up or watches it: owning the host does not settle that.
const (
	hostBackupUnsaid     = "Who backs up the host and the application's data is not stated"
	hostMonitoringUnsaid = "Who monitors the host and the application's security events is not stated"
	hostBackupUnsaidOnly = "Who backs up the host is not stated"
)

// containerPlatformDefaults are the defaults of software the customer
// runs on its own container platform (Part.OnContainerPlatform): the
// platform and its nodes are the customer's, as a server of its own is,
// but no one host is the part's, since the platform places its
// containers on whichever node it chooses.
var containerPlatformDefaults = partRunsEntry{
	patch:   "The customer patches its container platform and the platform's nodes; " + appUpdatesUnsaid,
	backup:  "Who backs up the container platform and the application's data is not stated",
	monitor: "Who monitors the container platform and the application's security events is not stated",
}

// cloudTenancyDefaults are the defaults of software the customer hosts in
// its own cloud tenancy (Part.InCloudTenancy): no host there is the
// customer's, and the data say no more than that the tenancy is, so who
// patches, backs up or watches what it runs on (the customer, or the
// cloud provider for a managed service) is not assumed.
var cloudTenancyDefaults = partRunsEntry{
	patch:   tenancyClause + tenancyPatchUnsaid,
	backup:  tenancyClause + "; who backs up the application's data is not stated",
	monitor: tenancyClause + "; who watches the application's security events is not stated",
}

// Values lists where a part may run.
func (PartRuns) Values() []string {
	out := make([]string, len(partRuns))
	for i, e := range partRuns {
		out[i] = string(e.runs)
	}
	return out
}

func (r PartRuns) find() int {
	return slices.IndexFunc(partRuns, func(e partRunsEntry) bool { return e.runs == r })
}

// Label is the human name: "Hosted by the manufacturer".
func (r PartRuns) Label() string {
	if i := r.find(); i >= 0 {
		return partRuns[i].label
	}
	return Label(string(r))
}

// Where is a phrase for a sentence: "in a service the manufacturer hosts".
func (r PartRuns) Where() string {
	if i := r.find(); i >= 0 {
		return partRuns[i].where
	}
	return ""
}

// RunsWhere says where a part runs as the rest of a sentence after its
// name: "runs on the device", "runs on a server the customer hosts". A
// part the manufacturer hosts "is hosted by the manufacturer": "runs in a
// service the manufacturer hosts" read as a service inside a service ("a
// cloud service that runs in a service the manufacturer hosts"), and
// naming whose infrastructure it runs on would say more than runs does.
func (r PartRuns) RunsWhere() string { return runsWhere(r, r.Where()) }

// runsWhere is RunsWhere for a where phrase a product words its own way
// (Product.PartWhere: a patient's own phone, say).
func runsWhere(r PartRuns, where string) string {
	if r.IsManufacturerHosted() {
		return "is hosted by the manufacturer"
	}
	if where == "" {
		return ""
	}
	return "runs " + where
}

// OnCustomerNetwork reports a part on the customer's network: the device,
// customer-hosted software, the customer's infrastructure.
func (r PartRuns) OnCustomerNetwork() bool {
	i := r.find()
	return i >= 0 && partRuns[i].customerNetwork
}

// IsDevice reports the device itself (the manufacturer's hardware).
func (r PartRuns) IsDevice() bool { return r == "device" }

// IsManufacturerHosted reports a service the manufacturer hosts.
func (r PartRuns) IsManufacturerHosted() bool { return r == "manufacturer_hosted" }

// IsCustomerDevice reports the manufacturer's software on a device the
// customer owns, such as an app on a patient's phone.
func (r PartRuns) IsCustomerDevice() bool { return r == "customer_device" }

// IsCustomerInfrastructure reports the customer's own systems the
// product relies on (an identity provider, say): not the product's.
func (r PartRuns) IsCustomerInfrastructure() bool { return r == "customer_infrastructure" }

// IsCustomerHosted reports software the customer hosts.
func (r PartRuns) IsCustomerHosted() bool { return r == "customer_hosted" }

// Part is one part of the product.
type Part struct {
	ID   string   `toml:"id" jsp:"required,key" doc:"Part identifier, named by interfaces, ports, data stores and data flows."`
	Name string   `toml:"name" jsp:"required" doc:"Name, e.g. Gateway VM, Cloud analysis service."`
	Runs PartRuns `toml:"runs" jsp:"required" doc:"Where it runs: on the device (the manufacturer's hardware), hosted by the customer, on the customer's own device (an app on a phone, tablet or computer the customer owns: customer_device; beside home_use = true with a customer written, which provides the product to patients at home, a patient's or caregiver's own device, unless owned_by = customer, and the documents say so), hosted by the manufacturer, or the customer's own infrastructure the product relies on."`
	// Article settles what the name heuristic (commonNoun) gets wrong.
	Article     string `toml:"article" jsp:"oneof=the none" doc:"Whether the documents put \"the\" before the part's name in the middle of a sentence: the (\"the Corvane Remote Service Center\") or none (a brand's own name: \"Solace Connect\"). Not written: judged from the name, \"the\" where its last word outside brackets is in lower case or an acronym of up to four letters (\"Halcyon Connect server\", \"gateway VM\"), none otherwise. Tables and lists keep the name as written."`
	Description string `toml:"description" doc:"What the part does and what it runs on."`
	// Version is display-only: the part's own release line, apart from
	// the product's version (partversion.go).
	Version    string `toml:"version" doc:"The version of the part's own software, where it has a release line of its own apart from the product's version (optional software the customer installs on its own server, versioned 3.1 while the device's firmware is 6.0). Display only: the platform table names the part with it, and the sentence above that table says which parts run on the platforms rather than that the product's version does; no lifecycle rule, date, notice, MDS2 answer or check uses it. A later version of the product that ships another version of the part restates the part in versions[].changes.parts_changed. Not written: the part is taken to be versioned with the product."`
	Patching   string `toml:"patching" doc:"Who patches it and how (default from runs; a part the manufacturer hosts is the manufacturer's: the CSD's responsibility table says \"The manufacturer, which hosts it\", and says no more of how; the customer's own infrastructure has none either: the CSD's responsibility table says who does the work is not stated, and that it is the customer's own system; a device part has none: who installs its updates, the customer, field service or the device itself, is not stated unless written here; on a server the customer hosts, the customer patches the host, and on a device the customer owns, its operating system; who installs the application's updates there is not stated unless written here. Not written, where [updates] obtain or postmarket.patching.deployment says how updates come, the CSD's responsibility table points to its software updates section for them instead, on a device part, and on a part the manufacturer hosts where the product has no software on the customer's side, so that those texts are about the hosted service, and, without [updates] obtain, names the parts whose patching that section lists; for a device part one of several whose field_updatable is not written, the pointer says first that whether it can be updated is not stated; for a device part, where the version's [[components]] list an operating system that neither those texts nor any device part's patching mention (by its name, the first word of it, or \"operating system\"), it adds that who installs that operating system's updates is not stated, naming it where the product has one device part, and check warns)."`
	Backup     string `toml:"backup" doc:"Who backs it up. Not written, the default from runs, in the CSD's responsibility table: on a server the customer hosts, where [backup] is written, the customer backs up the host, and the application's data are sent to the backup and restore section unless backup.parts leaves the part out (then not stated); without [backup], who backs up the host and the application's data is not stated (where data_stores is written and lists none on the part, the table says no data at rest is listed on it); on its container platform, the same of the platform; in its cloud tenancy, only the tenancy is said to be the customer's; a device part, where [backup] is written, the backup and restore section when backup.parts names it or, backup.parts not written, when it is the product's only part that keeps data (with several that may, its backup is not stated for the part, the section being said to tell what is backed up, and check warns); a part the manufacturer hosts or a part on the customer's own device, not stated; the customer's own infrastructure, unless [backup] covers it, that who does it is not stated and that it is the customer's own system. Write it where another is responsible (the manufacturer backing up the host under a service agreement)."`
	Monitoring string `toml:"monitoring" doc:"Who monitors it for security events. Not written, the default from runs, in the CSD's responsibility table: on a server the customer hosts, where events are written, the customer monitors the host, and the application's security events are sent to the security events section; otherwise who monitors the host and the application's security events is not stated; on its container platform, the same of the platform; in its cloud tenancy, only the tenancy is said to be the customer's; a device part, the security events section where events are written; a part the manufacturer hosts or a part on the customer's own device, not stated; the customer's own infrastructure, that who does it is not stated and that it is the customer's own system. Write it where another is responsible."`
	Hosting    string `toml:"hosting" jsp:"oneof=premises container_platform cloud_tenancy" doc:"For a part hosted by the customer (runs = customer_hosted): where the customer hosts it, premises (a server or virtual machine of the customer's own, in its buildings or data centre), container_platform (a container platform of the customer's own in its buildings or data centre, such as a Kubernetes cluster, whose nodes run the part's container images) or cloud_tenancy (the customer's own tenancy at a public cloud provider, such as a managed Kubernetes cluster the customer runs there). With container_platform the documents say the part runs on the customer's own container platform rather than on a server the customer hosts, the CSD's firewall rules that the customer's own traffic to and from the platform's nodes is for its own rules, the MDS2 form's notes on hardware the product does not have speak of the container platform node it runs on, and, where backup and monitoring are not written, the CSD's responsibility table says that the customer backs up and monitors its container platform, and where patching is not written, that it patches the platform and the platform's nodes; the platform is on the customer's premises, on the same network as a server there. With cloud_tenancy the documents say the part runs in the customer's own cloud tenancy rather than on a server the customer hosts, the CSD's firewall rules and the notices that the customer's own traffic to and from that tenancy is for its own rules, and, when every part of the product on the customer's side runs there, the CSD's key facts and firewall rules speak of the network of the customer's cloud tenancy rather than of the hospital network; when some run there and others on the customer's premises, each port, connection and firewall rule end that is a part says which of the two networks it is on. Not written: not stated, and the documents say it runs on a server the customer hosts."`
	// OwnedBy says whose phone, tablet or computer a customer_device part
	// runs on, where the customer's users may bring their own
	// (patientdevice.go: PartWhere, PartRunsLabel, PartPatchedBy).
	OwnedBy string `toml:"owned_by" jsp:"oneof=customer users customer_or_users" doc:"For a part on the customer's own device (runs = customer_device): whose phones, tablets or computers they are. customer: the customer's own (as runs says); users: the people who use the product own them, not the customer (clinicians' own phones that a hospital lets them use, bring your own device); customer_or_users: some are the customer's, some its users' own. The documents then say whose device the part runs on, who keeps its operating system up to date where patching is not written, and that the other software on a user's own device is its owner's. Not written: the customer's own. Beside home_use = true with a customer written, where they are the patients' own, only customer: a part the customer runs on its own computers at its site (a clinic's fitting software on its PCs), which the documents then place on the customer's network."`
	// MakerSupplied says the manufacturer also supplies and manages some
	// of the phones, tablets or computers a part on the patients' own
	// devices runs on (patientdevice.go: makerSupplied).
	MakerSupplied Tri `toml:"maker_supplied" doc:"For a part on the patients' own devices (runs = customer_device beside home_use = true with a customer written, owned_by not customer): true where the manufacturer also supplies some of the phones, tablets or computers the part runs on and manages them (provisioned phones it sells or lends, locked by its device management, MDM), besides the patients' or caregivers' own. The documents then say the part runs on a patient's or caregiver's own device or on one the manufacturer supplies; that the patient or caregiver keeps the operating system of their own device up to date and moves the part to a supported version there, and that who does so on a device the manufacturer supplies is not stated where patching is not written; that the platforms run on the manufacturer's devices too, and whether it updates them is not stated, instead of that it neither supplies nor updates them; and the MDS2 form derives no answer from the product having no hardware of its own (DOC-11, PLOK-1, CONN-1 and its sub-questions, and the N/A of the questions on the host's storage, media, start-up, installs and cabling): they are not stated unless answered. Not written, or false: the devices are the patients' or caregivers' own, and none of these sentences changes. Not beside any other part."`
	// HostMaker names the maker of another manufacturer's medical device
	// the part runs on (hostdevice.go).
	HostMaker string `toml:"host_maker" doc:"For a part on the customer's own device (runs = customer_device) that is another manufacturer's medical device, not a general phone, tablet or computer (a measurement plug-in installed through an ultrasound system maker's app platform): that maker's name. The documents then say the part runs on a medical device that maker makes and maintains and the customer owns, that the maker, not the customer, updates its operating system and platform where patching is not written, that the maker supplies the platforms ([[platforms]]) the part runs on, and that the firewall rules' final deny is not for that device's own traffic. Not beside owned_by users or customer_or_users, nor beside home_use = true with a customer written unless owned_by = customer."`
	// HostKinds names the kinds of device a customer_device part runs on,
	// where the documents otherwise say only "a device" (hostkinds.go).
	HostKinds []string `toml:"host_kinds" jsp:"oneof=phone tablet computer watch" doc:"For a part on the customer's own device (runs = customer_device): the kinds of device it runs on, any of phone, tablet, computer and watch (an app for iOS and Android phones: [\"phone\"]; a desktop viewer: [\"computer\"]; a smartwatch app: [\"watch\"], which the documents call a smartwatch). The documents then name those kinds wherever they say whose device the part runs on and who keeps its operating system up to date. Not written: the kind is not stated, and the documents say a device the customer owns, without naming its kind (write watch for a watch app). Not beside host_maker, whose device is a medical device of its own."`
	// Implanted marks a part in the patient's body: documents never
	// advise replacing it as a security step (ImplantedParts).
	Implanted Tri `toml:"implanted" doc:"Whether the part is implanted in the patient (a pacemaker, a neurostimulator). The lifecycle page, the plan and end-of-life and end-of-support notices then say that whether to replace it is for the patient's physician to decide, where they advise upgrading or replacing the device."`
	// AtHome says whether a device part of a product a customer provides
	// to patients at home goes home with them (homeprovides.go).
	AtHome Tri `toml:"at_home" doc:"For a part on the device (runs = device) of a product used at home that a customer provides to its patients (home_use = true with a customer written): true where the customer gives the part to its patients to take home (a bedside home monitor; an implant goes with the patient), false where it stays with the customer (a clinician programmer in the hospital's device clinic). The CSD's opening then names only the device parts that go home as those the customer provides to its patients, and says which stay with the customer. Not written: on a product with one device part, that part goes home; with more than one, where the key is written on none of them, the CSD says patients use the product at home and that which device parts the customer gives them is not stated, and where it is written on some, that whether the customer gives them the others is not stated. Not beside any other runs, nor on a product without home_use = true and a customer."`
	// FieldUpdatable false marks hardware whose software stays as made (a
	// single-use sensor): its fixes come only by manufacture
	// (fieldupdatable.go).
	// InterfacesComplete true says [[interfaces]] names every interface
	// of the part; false, or not written, that it may name only some
	// (interfaceslisted.go).
	InterfacesComplete Tri `toml:"interfaces_complete" doc:"Whether [[interfaces]] lists every interface of the part. false: it lists only those the product data state (a control PC whose USB ports, display or media drives are not stated); the CSD's and the plan's interfaces sections then say so, and the MDS2 form derives no No from an interface the list leaves out (CONN-1 to CONN-1.2.4, for a part on the device: does the device have USB ports, Bluetooth ...; MPII-2.6 and MPII-3 to MPII-3.10, for a part that holds or receives PHI or PII: can the device send PII over Wi-Fi, a cable, removable media ...), so check asks for those answers. Not written: not stated, read as false (the documents do not call the list complete and the MDS2 form takes no No from an interface it leaves out), and check warns; the customer's own infrastructure (runs = customer_infrastructure) needs no key, and a product without [[parts]] writes the product's own interfaces_complete instead. true: the list is every interface the part has, as [[interfaces]] says, and the MDS2 form answers No for an interface it does not list. A part that is not the customer's own infrastructure, that no interface names and that a port or data flow names is taken as false, whatever the key says: its interfaces are plainly not listed."`

	// NoUserAccounts says the part has no user accounts (nouseraccounts.go).
	NoUserAccounts bool `toml:"no_user_accounts" doc:"true: the part has no user accounts (a headset in kiosk mode). The CSD's accounts section says so, [[accounts]] need not invent an account for it, and an account of kind user or administrator whose parts (accounts.parts) are only such parts is an error. It says nothing about service access (the manufacturer's device management), which an account of kind service or system on the part states. Not written: whether the part has user accounts is what [[accounts]] says."`

	FieldUpdatable Tri `toml:"field_updatable" doc:"For a part on the device (runs = \"device\"): whether its software can be updated once the part is made. false: never (a single-use sensor whose firmware is fixed at manufacture); a fix reaches only the units made afterwards, and units in use or in stock are replaced, not updated. The lifecycle page, the CSD's key facts and update timelines and the plan's patching timelines then say that for this part a fix reaches only the units made afterwards, and the lifecycle page at end of support that a unit keeps the software it was made with, and that its units are to be replaced, not upgraded, only for the versions every upgrade path from which (in their notices) replaces them; an end-of-life or end-of-support notice about versions that have the part, and its CSAF twin, say so after the upgrade paths where every path replaces the units (a full replacement, or a partial path to a version that runs on none of the models the part's interfaces are on under the notice's versions), and otherwise that its software is never updated and whether the units in use stay in use with the target version is not stated; where patching is not written, the CSD's responsibility table says that the part is not updated in the field, and check does not ask who installs its updates. true: it can be updated (no sentence changes). Not written: not stated, and the documents assume neither."`

	At       string `toml:"-"` // key path where it is written: parts[1] or versions[2].changes.parts_added[0]
	implicit bool   // the device part of a product that lists no parts
	// backupSection: what the product's (this view's) [backup] section
	// is to the part's unwritten backup (markBackupSection).
	backupSection backupCover
}

// ImplantedParts are the parts implanted in the patient. Replacing an
// implant takes surgery, so it is a clinical decision: the advice to
// "upgrade or replace the device" once its software is unsupported says
// so for them.
func (p *Product) ImplantedParts() []Part {
	var out []Part
	for _, pt := range p.AllParts() {
		if pt.Implanted.IsTrue() {
			out = append(out, pt)
		}
	}
	return out
}

// ImplantedNames are the names of ImplantedParts, as "A, B and C"; ""
// without one.
func (p *Product) ImplantedNames() string {
	var names []string
	for _, pt := range p.ImplantedParts() {
		names = append(names, pt.Name)
	}
	return AndList(names)
}

// InCloudTenancy reports software the customer hosts in its own tenancy
// at a public cloud provider (hosting = "cloud_tenancy"), not on a server
// of its premises.
func (pt Part) InCloudTenancy() bool {
	return pt.Runs.IsCustomerHosted() && pt.Hosting == "cloud_tenancy"
}

// OnContainerPlatform reports software the customer runs on its own
// container platform (hosting = "container_platform"), a cluster of
// nodes rather than one server.
func (pt Part) OnContainerPlatform() bool {
	return pt.Runs.IsCustomerHosted() && pt.Hosting == "container_platform"
}

// Where is a phrase for a sentence saying where the part runs: its runs'
// (PartRuns.Where), except for software the customer hosts in its own
// cloud tenancy or on its own container platform, which is on no one
// server the customer hosts, and for software on the customer's own
// device, which names the kinds of device it runs on (HostNoun).
func (pt Part) Where() string {
	if pt.InCloudTenancy() {
		return "in the customer's own cloud tenancy"
	}
	if pt.OnContainerPlatform() {
		return "on the customer's own container platform"
	}
	if pt.Runs.IsCustomerDevice() {
		return "on a " + pt.HostNoun() + " the customer owns"
	}
	return pt.Runs.Where()
}

// RunsWhere is Where as the rest of a sentence after the part's name
// (PartRuns.RunsWhere): "runs in the customer's own cloud tenancy", "is
// hosted by the manufacturer".
func (pt Part) RunsWhere() string { return runsWhere(pt.Runs, pt.Where()) }

// Implicit reports the part jspgen assumes for a product that lists no
// [[parts]]: the device itself.
func (pt Part) Implicit() bool { return pt.implicit }

// PatchedBy, BackedUpBy and MonitoredBy say who is responsible: the
// product's words, else the default for where the part runs.
func (pt Part) PatchedBy() string {
	if s, ok := pt.fieldFixedPatching(); ok {
		return s
	}
	return pt.or(pt.Patching, func(e partRunsEntry) string { return e.patch })
}

// BackedUpBy: see PatchedBy. Where the default names nobody (a service
// the manufacturer hosts, an app on the customer's own device) or points
// to the backup and restore section (the device), the product's [backup]
// decides (markBackupSection): a part it covers points to the section, a
// part backup.parts leaves out is not stated, and a part that keeps data
// when the section does not say whose data it covers is not stated
// either, but sent to the section for what it covers: pointing there
// alone would read as if the section covered the part, "Not stated"
// alone as if it said nothing of it. A part that keeps no data at rest
// is not sent there at all (the device's default pointer included): the
// section cannot be about data the part does not keep.
func (pt Part) BackedUpBy() string {
	s := pt.or(pt.Backup, func(e partRunsEntry) string { return e.backup })
	if strings.TrimSpace(pt.Backup) != "" || (s != "" && s != backupSectionRef) {
		return s // the part's own words, or a default that names who
	}
	switch pt.backupSection {
	case backupCovered:
		return backupSectionRef
	case backupLeftOut:
		return ""
	case backupUnsaid:
		return backupUnsaidRef
	case backupNothingKept:
		return backupNothingKeptRef
	}
	return s
}

// BackupLeftOut reports a part the backup and restore section is not
// about: one backup.parts leaves out, or one that keeps no data at rest
// when [backup] does not name parts. No document points there for it (a
// host the customer backs up included).
func (pt Part) BackupLeftOut() bool {
	return pt.backupSection == backupLeftOut || pt.backupSection == backupNothingKept
}

// backupSectionRef is the responsibility table's pointer to the CSD's
// backup and restore section, the device part's default; backupUnsaidRef
// that of a part the section may or may not cover; backupNothingKeptRef
// the words for a part the section is not about because no data at rest
// is listed on it.
const (
	backupSectionRef     = "See the backup and restore section"
	backupUnsaidRef      = "Not stated for this part; the backup and restore section says what is backed up"
	backupNothingKeptRef = "Not stated; no data at rest is listed on this part"
)

// backupCover is what the product's [backup] is to a part's unwritten
// backup.
type backupCover uint8

const (
	backupNone        backupCover = iota // no [backup], or the only part keeps nothing: its default
	backupCovered                        // the section covers the part's data
	backupLeftOut                        // backup.parts names other parts, not this one
	backupUnsaid                         // the part keeps data; whether the section covers it is not stated
	backupNothingKept                    // one of several parts, and no stated store is on it
)

// MonitoredBy: see PatchedBy.
func (pt Part) MonitoredBy() string {
	return pt.or(pt.Monitoring, func(e partRunsEntry) string { return e.monitor })
}

func (pt Part) or(s string, def func(partRunsEntry) string) string {
	if strings.TrimSpace(s) != "" {
		return s
	}
	if pt.InCloudTenancy() {
		return def(cloudTenancyDefaults)
	}
	if pt.OnContainerPlatform() {
		return def(containerPlatformDefaults)
	}
	if i := pt.Runs.find(); i >= 0 {
		return def(partRuns[i])
	}
	return ""
}

// HostBackupClause and HostMonitoringClause begin the responsibility
// table's backup and monitoring of a part the customer hosts, before the
// pointer to the section on the application's data or events: the
// customer backs up and watches the host, except in its own cloud
// tenancy, where no host is its own and only the tenancy is said to be,
// and on its own container platform, which it backs up and watches.
func (pt Part) HostBackupClause() string {
	if pt.InCloudTenancy() {
		return tenancyClause
	}
	if pt.OnContainerPlatform() {
		return platformBackupClause
	}
	return hostBackupClause
}

// HostMonitoringClause: see HostBackupClause.
func (pt Part) HostMonitoringClause() string {
	if pt.InCloudTenancy() {
		return tenancyClause
	}
	if pt.OnContainerPlatform() {
		return platformMonitorClause
	}
	return hostMonitoringClause
}

// DevicePartID is the ID of the part assumed when a product lists none.
const DevicePartID = "device"

// AllParts returns the product's parts, or the one implicit device part
// when it lists none.
func (p *Product) AllParts() []Part {
	if len(p.Parts) > 0 {
		return p.Parts
	}
	return []Part{{ID: DevicePartID, Name: "Device", Runs: "device", InterfacesComplete: p.InterfacesComplete, implicit: true}}
}

// Part returns the part with the given ID, the default part for "" (see
// fillParts), or the zero Part when unknown.
func (p *Product) Part(id string) Part {
	if id == "" {
		if id = p.defaultPart(); id == "" {
			return Part{}
		}
	}
	for _, pt := range p.AllParts() {
		if pt.ID == id {
			return pt
		}
	}
	return Part{}
}

// defaultPart is the part an interface, port or data store belongs to when
// it names none: the only part, else the only device part; "" when that
// is ambiguous.
func (p *Product) defaultPart() string {
	parts := p.AllParts()
	if len(parts) == 1 {
		return parts[0].ID
	}
	id := ""
	for _, pt := range parts {
		if pt.Runs.IsDevice() {
			if id != "" {
				return ""
			}
			id = pt.ID
		}
	}
	return id
}

// MultiPart reports a product of more than one part: documents then say
// which part each port, interface and store belongs to.
func (p *Product) MultiPart() bool { return len(p.AllParts()) > 1 }

// HasDevice reports whether some part of the product is the device's own
// hardware.
func (p *Product) HasDevice() bool {
	return slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return pt.Runs.IsDevice() })
}

// AllOnDevice reports whether every part of the product runs on the
// device's own hardware: no hosted part, app or service.
func (p *Product) AllOnDevice() bool {
	return !slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return !pt.Runs.IsDevice() })
}

// SoftwareOnly reports a product whose parts all run on hosts (none on
// the device's own hardware): documents then speak of the product,
// installations and hosts, never of "the device" listening or of spare
// parts. It is decided by the parts alone; samd is a separate fact that
// may be unstated.
func (p *Product) SoftwareOnly() bool { return !p.HasDevice() }

// HostedOnly reports a product that runs only where the manufacturer
// hosts it: at least one manufacturer-hosted part and no part on the
// device, on customer-hosted servers or on customers' own devices (the
// customer's infrastructure is not the product's). The customer runs no
// copy of it, so an end of support leaves the customer nothing to
// isolate or patch: only to move to a supported version or another
// product.
func (p *Product) HostedOnly() bool {
	hosted := false
	for _, pt := range p.AllParts() {
		switch {
		case pt.Runs.IsManufacturerHosted():
			hosted = true
		case pt.Runs.IsCustomerInfrastructure():
		default:
			return false
		}
	}
	return hosted
}

// HasManufacturerHostedPart reports a part the manufacturer hosts: the
// customer reaches it over the internet whatever cloud.services lists.
func (p *Product) HasManufacturerHostedPart() bool {
	return slices.ContainsFunc(p.AllParts(), func(pt Part) bool { return pt.Runs.IsManufacturerHosted() })
}

// ManufacturerHostedParts are the parts the manufacturer hosts.
func (p *Product) ManufacturerHostedParts() []Part {
	return slices.DeleteFunc(slices.Clone(p.AllParts()), func(pt Part) bool { return !pt.Runs.IsManufacturerHosted() })
}

// PartOfPort, PartOfInterface, PartOfStore return the part an entry
// belongs to.
func (p *Product) PartOfPort(pt Port) Part { return p.Part(pt.Part) }

// PartOfStore returns the part a data store belongs to.
func (p *Product) PartOfStore(d DataStore) Part { return p.Part(d.Part) }

// PartOfInterface returns the part an interface belongs to.
func (p *Product) PartOfInterface(i Interface) Part { return p.Part(i.Part) }

// fillParts names the part of every interface, port and data store that
// names none, so that every later step can ask an entry where it runs: a
// port belongs to its interface's part, everything else to the default
// part (the only part, else the only device part).
func fillParts(p *Product, ifaces []Interface, ports []Port, stores []DataStore) {
	defer markBackupSection(p, stores)
	def := p.defaultPart()
	for i := range ifaces {
		if ifaces[i].Part == "" {
			ifaces[i].Part = def
		}
	}
	for i := range ports {
		if ports[i].Part != "" {
			continue
		}
		ports[i].Part = def
		for _, it := range ifaces {
			if it.ID == ports[i].Interface && it.Part != "" {
				ports[i].Part = it.Part
			}
		}
	}
	for i := range stores {
		if stores[i].Part == "" {
			stores[i].Part = def
		}
	}
}

// markBackupSection marks what p's [backup] section is to each part's
// unwritten backup (BackedUpBy): p is the product, or a version's view
// being built, whose added or changed stores, extra, are not yet in
// p.DataStores, nor its own [backup] in p.Backup (States counts it as
// stated, backupPartsOf reads its parts).
//
// backup.parts decides: the parts it names are covered, the others left
// out. Not written, the section's scope is prose that does not say whose
// data it is, so only a part it must be about is covered: the product's
// one part that keeps data (its only part, or the only one a stated
// store is on). Any other part that may keep data is unsaid; a part none
// of the stated stores is on (data_stores = [] too) keeps nothing, and
// the section is not about it (nothing kept; the only part keeps its
// default, as the section must be about it). Each call sees only some
// of a view's stores, so a part once marked as keeping data (covered or
// unsaid, the previous view's marks too) still counts as keeping it: a
// mark goes from covered to unsaid as more parts keep data, never back,
// and one marked as keeping nothing is marked anew. A view's
// parts may be the previous view's: cloned before they change.
func markBackupSection(p *Product, extra []DataStore) {
	stated := strings.TrimSpace(p.Backup.Scope) != "" || p.States("backup")
	named := backupPartsOf(p)
	storesStated := len(p.DataStores) > 0 || len(extra) > 0 || p.States("data_stores")
	keeps := func(pt Part) bool {
		on := func(s DataStore) bool { return s.Part == pt.ID }
		return pt.backupSection == backupCovered || pt.backupSection == backupUnsaid ||
			!storesStated || slices.ContainsFunc(p.DataStores, on) || slices.ContainsFunc(extra, on)
	}
	keepers := 0
	for _, pt := range p.Parts {
		if keeps(pt) {
			keepers++
		}
	}
	cloned := false
	for i := range p.Parts {
		pt := p.Parts[i]
		want := backupNone
		switch {
		case !stated:
		case len(named) > 0 && slices.Contains(named, pt.ID):
			want = backupCovered
		case len(named) > 0:
			want = backupLeftOut
		case keeps(pt) && (len(p.Parts) == 1 || (storesStated && keepers == 1)):
			want = backupCovered
		case keeps(pt):
			want = backupUnsaid
		case len(p.Parts) > 1:
			want = backupNothingKept
		}
		if pt.backupSection == want {
			continue
		}
		if !cloned {
			p.Parts, cloned = slices.Clone(p.Parts), true
		}
		p.Parts[i].backupSection = want
	}
}

// backupPartsOf is backup.parts of p, or of the version whose view p is
// being built when that version writes it (its [backup] is merged into
// the view after its parts are filled).
func backupPartsOf(p *Product) []string {
	if p.factsOf != "" && p.base != nil {
		for i, v := range p.base.Versions {
			if v.Version == p.factsOf && (len(v.Changes.Backup.Parts) > 0 || p.base.Source.Has(fmt.Sprintf("versions[%d].changes.backup.parts", i))) {
				return v.Changes.Backup.Parts
			}
		}
	}
	return p.Backup.Parts
}

// Where says where a data store or port is, for a sentence: "on the
// device", "in a service the manufacturer hosts".
func (p *Product) Where(partID string) string { return p.PartWhere(p.Part(partID)) }

func init() {
	for _, e := range partRuns {
		if _, ok := labels[string(e.runs)]; !ok {
			labels[string(e.runs)] = e.label
		}
	}
}

// PartLabel names a part with where it runs: "Gateway VM (hosted by the
// customer)"; the ID when unknown. When the product's parts on the
// customer's side are on two of its networks (MixedHosting), software
// the customer hosts says which: "(hosted by the customer, in its own
// cloud tenancy)", "(hosted by the customer, on its premises)".
func (p *Product) PartLabel(id string) string {
	pt := p.Part(id)
	if pt.ID == "" {
		return id
	}
	return pt.Name + " (" + lowerFirst(p.PartRunsLabel(pt)) + p.HostingNote(id) + ")"
}

// lowerFirst lower-cases a runs label's first letter only, for use inside
// a sentence: every label starts with the generator's own word ("On",
// "Hosted", "Customer"), while what follows may be a name from the data
// (host_maker: "On Halvard Medical's device"), which keeps its capitals.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// HostingNote follows a customer-hosted part's runs label ("Hosted by the
// customer") with where the customer hosts it when the product's parts
// on the customer's side are on two of its networks (MixedHosting):
// ", in its own cloud tenancy", ", on its premises"; "" otherwise, and
// when the part's hosting is not written.
func (p *Product) HostingNote(id string) string {
	pt := p.Part(id)
	if !pt.Runs.IsCustomerHosted() || !p.MixedHosting() {
		return ""
	}
	switch pt.Hosting {
	case "cloud_tenancy":
		return ", in its own cloud tenancy"
	case "premises", "container_platform":
		return ", on its premises"
	}
	return ""
}

// FlowEnd names one end of a data flow: a part's name when it names a
// part of the product, else the text as written. The implicit part of a
// product that lists no parts is named as the views name it (partEnd):
// the product's name, not its ID "device".
func (p *Product) FlowEnd(s string) string {
	if len(p.Parts) == 0 {
		if pt := p.AllParts()[0]; strings.TrimSpace(s) == pt.ID || strings.EqualFold(strings.TrimSpace(s), pt.Name) {
			return p.Name
		}
		return s
	}
	for _, pt := range p.Parts {
		if pt.ID == s {
			return pt.Name
		}
	}
	return s
}
