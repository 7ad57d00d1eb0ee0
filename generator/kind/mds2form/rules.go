package mds2form

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/mds2"
)

// derivation is one row of the derivation table.
type derivation struct {
	ID   string
	From string // the deciding facts, for documentation
	// Replaceable marks a derived text (a default) that an explicit text
	// may replace (DOC-1 ... DOC-7: the manufacturer's own words); the
	// other derived texts (JSP-VER, JSP-MODELS) are fixed by the data. A
	// derived yes_no answer may be overridden by an explicit answer with a
	// note (resolve.go).
	Replaceable bool
	derive      func(*mds2Facts) (fact, bool)
}

// mds2Derivations is the table of derived answers, in form order.
var mds2Derivations = []derivation{
	{ID: "DOC-1", From: "manufacturer.name (site file); for versions another company made, versions.manufacturer, with the site's manufacturer as the one that supports them", Replaceable: true, derive: (*mds2Facts).manufacturerName},
	{ID: "DOC-2", From: "description (the form's version's: versions.changes.description); for health IT (medical_device = false), that it is not a medical device", Replaceable: true, derive: func(f *mds2Facts) (fact, bool) {
		desc := strings.TrimSpace(f.p.Description)
		if f.p.MedicalDevice.IsFalse() {
			// said where every format of the form carries it: the
			// workbook, JSON and CSV have no introduction
			desc += " The " + f.p.Name + " is not a medical device."
		}
		return f.text(f.p.TextKey("description"), desc, "is the device description"), true
	}},
	{ID: "DOC-3", From: "models (those running the versions covered)", Replaceable: true, derive: (*mds2Facts).modelNames},
	{ID: "JSP-VER", From: "mds2.versions, else versions generally available and not past end of support (or in paid extended support) on the form's release date", derive: (*mds2Facts).versionList},
	{ID: "JSP-MODELS", From: "models and versions[].models", derive: (*mds2Facts).modelDetails},
	{ID: "DOC-4", From: "documents.mds2.id and revision", Replaceable: true, derive: func(f *mds2Facts) (fact, bool) {
		d := f.p.Documents.MDS2
		return f.text("documents.mds2.id", d.ID+", revision "+d.Revision, "is the form's document ID"), true
	}},
	{ID: "DOC-5", From: "manufacturer.security_contact and psirt (site file)", Replaceable: true, derive: (*mds2Facts).contact},
	{ID: "DOC-6", From: "intended_use, then use_environment (the form's version's: versions.changes.use_environment) after \"Use environment:\": NEMA asks the intended use in a network-connected environment; without intended_use, the use environment alone, so labelled", Replaceable: true, derive: (*mds2Facts).networkedUse},
	{ID: "DOC-7", From: "documents.mds2.release_date", Replaceable: true, derive: func(f *mds2Facts) (fact, bool) {
		return f.text("documents.mds2.release_date", f.p.Documents.MDS2.ReleaseDate.String(), "is the form's release date"), true
	}},
	{ID: "DOC-8", From: "manufacturer.cvd_policy_url (site file) (Yes only)", derive: (*mds2Facts).cvd},
	{ID: "DOC-9", From: "manufacturer.isao.member (site file); not stated decides nothing", derive: (*mds2Facts).isao},
	{ID: "DOC-10", From: "diagrams of kind network or data_flow (Yes only: a diagram may be provided elsewhere); else data_flows drawn in a view the site publishes, the risk report's data-flow diagram (views/data-flows.svg) or the security plan's global system view (views/global-system.svg), of the version whose facts the form answers from (Yes, yielding to an explicit answer; a No without a note is warned about; a form covering several versions derives it from the newest's drawing alone, so it says that its derived answers describe that version, and check warns)", derive: (*mds2Facts).diagrams},
	{ID: "DOC-11", From: "samd; when not stated, parts of which none runs on the device (Yes); otherwise not stated decides nothing, and so does samd true beside a part that runs on the device (a kiosk app on a tablet the manufacturer supplies: hardware of its own)", derive: (*mds2Facts).softwareOnly},
	{ID: "DOC-11.2", From: "parts, as for DOC-11.4 (No only): No where DOC-11.4 is No and no part runs on the customer's own device (no part runs on the device, none is customer_hosted or customer_device): the customer supplies no operating system for the SaMD; otherwise decides nothing", derive: (*mds2Facts).customerOS},
	{ID: "DOC-11.3", From: "parts, when none runs on the device: a part that runs manufacturer_hosted (Yes), else No; a related system's part is not the SaMD and counts for neither; beside a part of the SaMD that runs elsewhere (on the customer's own device or hosted by the customer), a Yes refers to a note saying where each part runs, that the Yes is about the parts the manufacturer hosts only, and, of one the product's other parts reach only through connections off as shipped (default_enabled = false), that it is so", derive: samdHosted(true)},
	{ID: "DOC-11.4", From: "parts, when none runs on the device: a part that runs customer_hosted (Yes), else No unless a part runs on the customer's own device (decides nothing); a related system's part is not the SaMD and counts for neither; beside a part of the SaMD the manufacturer hosts, a Yes refers to a note saying where each part runs and that the Yes is not about the parts the manufacturer hosts", derive: samdHosted(false)},

	{ID: "MPII-1", From: "PHI or PII in interfaces[].carries, data_stores[].data or data_flows[].data (No only when data_stores is written, even empty, and every interface states carries)", derive: (*mds2Facts).handlesPII},
	{ID: "MPII-2", From: "PHI or PII in data_stores[].data (Yes; beside a part that runs on the device, a store of a part that runs manufacturer_hosted is not on the device and decides nothing; a product with no part on the device is the service, whose own store counts); No only when data_stores is written, even empty, and the device handles no PHI or PII (MPII-1 No): PHI or PII passing through is held in working memory, which the form counts (MPII-2.1), so whether it is kept is the manufacturer's answer", derive: (*mds2Facts).storesPII},
	{ID: "MPII-2.6", From: "PHI or PII in data_flows[].data over a network, cable or media interface (No only when data_flows is written, even empty, no flow of PHI or PII between parts leaves its interface unstated, no interface of the product but a display or one internal to it lists PHI or PII in interfaces[].carries or leaves it unstated, and MPII-3.7 is not Yes)", derive: (*mds2Facts).exchangesPII},
	{ID: "MPII-2.8", From: "parts, when none runs on the device: the product has no internal storage media of its own (N/A, yielding to an explicit answer; a Yes is warned about); a part on the device decides nothing", derive: noHardwareNA(func(hosts, who string) string {
		return "the storage media are those of the " + hosts + " it runs on, and " + who + " controls them"
	})},
	{ID: "MPII-3", From: "PHI or PII in interfaces[].carries (an interface internal to the product carrying PHI or PII decides nothing; No only when every interface states carries)", derive: ifaceCarriesPII("", nil)},
	{ID: "MPII-3.1", From: "display interfaces carrying PHI or PII (No only when at least one display is listed, each states carries, no web_ui interface carries PHI or PII or leaves carries unstated, and no part off the device (a portal, an app on a phone, software the customer hosts) has an interface carrying PHI or PII or leaving carries unstated, a store holding PHI or PII or a data flow of PHI or PII: a product listing no display, such as software shown on the customer's screens, answers it, and so does one whose web pages show PHI; No too, yielding to an explicit answer, for models without a display where the product lists displays on other models only (interfaces.models), on the same conditions)", derive: (*mds2Facts).displayPIIOrNoneHere},
	{ID: "MPII-3.3", From: "removable_media interfaces, and usb interfaces marked media_only, carrying PHI or PII (No only when each such interface and each USB interface states carries and none carries PHI or PII, and no part with a data store holding PHI or PII states a backup (its own backup key, else the [backup] section's method and scope where the section may cover the part) whose words name removable media: USB, removable, an external disk or drive, tape, DVD, CD, optical, an SD or memory card, a flash or thumb drive)", derive: (*mds2Facts).removableMediaPII},
	{ID: "MPII-3.4", From: "serial interfaces carrying PHI or PII (a USB interface carrying them decides nothing: a cable link or USB drives; a USB interface marked media_only, or a removable_media interface whose name or purpose says USB, is removable media (MPII-3.3), no cable link, and counts for neither; No only when each other USB interface and each serial interface states carries, and no interface of kind other, not internal, carries PHI or PII or leaves carries unstated: a cable or a radio of its own)", derive: (*mds2Facts).cablePII},
	{ID: "MPII-3.5", From: "ethernet interfaces, or virtual_nic interfaces of parts on the customer's network, carrying PHI or PII (a web_ui or api, an interface internal to the product, or an ethernet interface of a part that runs manufacturer_hosted, carrying PHI or PII alone decides nothing; nor is it No beside a data flow of PHI or PII that names no interface, between a part at the customer's side (device, customer_device, customer_hosted) that lists no Ethernet, Wi-Fi, cellular, virtual_nic, web_ui or api interface carrying PHI or PII and an end off the device)", derive: (*mds2Facts).wiredNetworkPII},
	{ID: "MPII-3.6", From: "wifi, bluetooth, cellular, nfc, infrared or radio interfaces carrying PHI or PII (No only when each such interface states carries, and no api, web_ui or virtual_nic interface of a part on the customer's own device, such as an app on a phone that reaches the network over the phone's Wi-Fi or mobile data, carries PHI or PII or leaves carries unstated, nor does an interface of kind other, not internal, such as a proprietary radio, and no data flow of PHI or PII names no interface between a part at the customer's side (device, customer_device, customer_hosted) that lists no Ethernet, Wi-Fi, cellular, virtual_nic, web_ui or api interface carrying PHI or PII and an end off the device)", derive: (*mds2Facts).wirelessPII},
	{ID: "MPII-3.7", From: "cellular interfaces carrying PHI or PII (Yes); cloud services receiving PHI or PII (Yes); data flows of PHI or PII between a part the manufacturer hosts, such as a remote-service centre, and a part on the customer's network, its own infrastructure or a system flow_endpoints place there (Yes); for a product that runs only at the manufacturer, an interface of its own, not internal to it, that carries PHI or PII and has a port listening on it (Yes); a device that joins no network (ports written empty, no network interface, every part on the device, no interface of kind other) and lists no cloud service (No, yielding to an explicit answer)", derive: (*mds2Facts).externalPII},
	{ID: "MPII-3.10", From: "interfaces of kind other carrying PHI or PII (No only when each such interface states carries and none carries PHI or PII; one that does decides nothing, since its kind does not say whether it is a way listed above, such as a proprietary radio (MPII-3.6, MPII-3.9), or another; one internal to the product, such as a scanner's detector link, decides nothing)", derive: (*mds2Facts).otherPII},

	// AUDT-1 (the device's own audit log, beyond the operating system's)
	// is not derived: a log of logging.logs may be the operating
	// system's (a workstation's Windows security event log), and nothing
	// in a log's facts (its content, location or data store, prose or a
	// store the OS's log rests in too) tells whose it is.
	{ID: "AUDT-2", From: "logging.events: an event whose logs name a log (Yes only; events with logs = [] or logs not written decide nothing)", derive: (*mds2Facts).loggedEvents},
	{ID: "AUDT-2.7", From: "parts, when none runs on the device, and no removable_media or usb interface of any part (CONN-1.2.3 N/A): no removable media to record imports from or exports to (N/A, yielding to an explicit answer; a Yes is warned about); a part on the device, or such an interface of a part that runs elsewhere, decides nothing", derive: noMediaNA(func(hosts, _ string) string {
		return "it lists no removable-media interface or USB port, and the media drives of the " + hosts + " it runs on are that host's"
	})},
	{ID: "AUDT-1.2", From: "data_stores holding logs, and those logging.logs are kept in: No when logging.logs lists a log (a store's logs alone may be no audit log), none lists PHI or PII, every log is kept in a data store, and every part off the device that logs reach together with PHI or PII, by a data flow listing both or an interface of the part carrying both (a cloud service a home device sends its event log to with the patient's records), has a store of logs (No only: a store listing logs and PII may hold only the user identities the question leaves out)", derive: (*mds2Facts).piiInLogs},
	{ID: "AUDT-4.1.1", From: "ports: NTP (123/udp) or NTS-KE (4460/tcp) out of a part of the product, not one the manufacturer hosts beside the device nor the customer's own infrastructure (Yes only)", derive: (*mds2Facts).timeSync},
	{ID: "AUDT-5", From: "logging.siem.supported (Yes only)", derive: (*mds2Facts).siem},
	{ID: "AUDT-5.1", From: "parts, when none runs on the device, and no removable_media or usb interface of any part (CONN-1.2.3 N/A): no physical media of its own to export audit logs to (N/A, yielding to an explicit answer; a Yes is warned about); a part on the device, or such an interface of a part that runs elsewhere, decides nothing", derive: noMediaNA(func(hosts, _ string) string {
		return "it lists no removable-media interface or USB port, and the media drives of the " + hosts + " it runs on are that host's"
	})},
	{ID: "AUDT-5.2", From: "a device that joins no network: IHE ATNA sends audit records over a network (No only, yielding to an explicit answer)", derive: noNetworkNo("it cannot send audit logs to a SIEM by IHE ATNA, which sends them over a network")},

	{ID: "AUDT-2.8.2", From: "only displays and removable media as interfaces (interfaces written), no port, every part on the device: no API calls to record (N/A, yielding to an explicit answer)", derive: noLinks(mds2.NA, mds2.Yes, "it has no API whose calls could be recorded")},

	{ID: "AUTH-1.1", From: "accounts[].sign_in: an account that signs in through the customer's directory or identity provider (Yes); else a device that joins no network (No, yielding to an explicit answer)", derive: externalSignInOr("it reaches no directory or federation service (LDAP, OAuth) that could manage its users' credentials")},

	{ID: "AUTH-4", From: "only displays and removable media as interfaces (interfaces written), no port, every part on the device: no API (N/A, yielding to an explicit answer)", derive: noLinks(mds2.NA, mds2.No, "it has no API whose requests could be authorized")},

	{ID: "CSUP-1", From: "components or sbom.files (Yes only)", derive: (*mds2Facts).hasSoftware},
	{ID: "CSUP-2.3", From: "only displays and removable media as interfaces (interfaces written), no port, every part on the device: nothing reaches it from afar (No only, yielding to an explicit answer); parts each on the device with field_updatable = false (software never updated once made: No, yielding to an explicit answer)", derive: orNeverUpdated(noLinks(mds2.No, mds2.Yes, "operating-system patches can be installed only at the device"), "no patch is installed on it at all")},
	{ID: "CSUP-3.3", From: "only displays and removable media as interfaces (interfaces written), no port, every part on the device: nothing reaches it from afar (No only, yielding to an explicit answer); parts each on the device with field_updatable = false (software never updated once made: No, yielding to an explicit answer)", derive: orNeverUpdated(noLinks(mds2.No, mds2.Yes, "driver and firmware patches can be installed only at the device"), "no patch is installed on it at all")},
	{ID: "CSUP-4.3", From: "only displays and removable media as interfaces (interfaces written), no port, every part on the device: nothing reaches it from afar (No only, yielding to an explicit answer); parts each on the device with field_updatable = false (software never updated once made: No, yielding to an explicit answer)", derive: orNeverUpdated(noLinks(mds2.No, mds2.Yes, "anti-malware updates can be installed only at the device"), "no patch is installed on it at all")},
	{ID: "CSUP-5.3", From: "only displays and removable media as interfaces (interfaces written), no port, every part on the device: nothing reaches it from afar (No only, yielding to an explicit answer); parts each on the device with field_updatable = false (software never updated once made: No, yielding to an explicit answer)", derive: orNeverUpdated(noLinks(mds2.No, mds2.Yes, "COTS patches can be installed only at the device"), "no patch is installed on it at all")},
	{ID: "CSUP-6.3", From: "only displays and removable media as interfaces (interfaces written), no port, every part on the device: nothing reaches it from afar (No only, yielding to an explicit answer); parts each on the device with field_updatable = false (software never updated once made: No, yielding to an explicit answer)", derive: orNeverUpdated(noLinks(mds2.No, mds2.Yes, "patches for other software can be installed only at the device"), "no patch is installed on it at all")},
	{ID: "CSUP-2.4", From: "parts each on the device with field_updatable = false: software never updated once made (No only, yielding to an explicit answer)", derive: neverUpdatedNo("the owner installs no update on it, approved or not")},
	{ID: "CSUP-3.4", From: "parts each on the device with field_updatable = false: software never updated once made (No only, yielding to an explicit answer)", derive: neverUpdatedNo("the owner installs no update on it, approved or not")},
	{ID: "CSUP-4.4", From: "parts each on the device with field_updatable = false: software never updated once made (No only, yielding to an explicit answer)", derive: neverUpdatedNo("the owner installs no update on it, approved or not")},
	{ID: "CSUP-5.4", From: "parts each on the device with field_updatable = false: software never updated once made (No only, yielding to an explicit answer)", derive: neverUpdatedNo("the owner installs no update on it, approved or not")},
	{ID: "CSUP-6.4", From: "parts each on the device with field_updatable = false: software never updated once made (No only, yielding to an explicit answer)", derive: neverUpdatedNo("the owner installs no update on it, approved or not")},
	{ID: "CSUP-8", From: "parts each on the device with field_updatable = false: software never updated once made (No only, yielding to an explicit answer)", derive: neverUpdatedNo("no update is installed on it, automatically or otherwise")},
	{ID: "CSUP-10", From: "parts each on the device with field_updatable = false: software never updated once made (No only, yielding to an explicit answer)", derive: neverUpdatedNo("the owner can install no software on it")},

	{ID: "DTBK-3", From: "parts, when none runs on the device, and no removable_media or usb interface of any part (CONN-1.2.3 N/A): no removable media of its own to back up to (N/A, yielding to an explicit answer; a Yes is warned about); a part on the device, or such an interface of a part that runs elsewhere, decides nothing", derive: noMediaNA(func(hosts, _ string) string {
		return "it lists no removable-media interface or USB port, and the media drives of the " + hosts + " it runs on are that host's"
	})},
	{ID: "DTBK-4", From: "only displays and removable media as interfaces (interfaces written), no port, every part on the device: no remote storage to back up to (No only, yielding to an explicit answer)", derive: noLinks(mds2.No, mds2.Yes, "it can back up to no remote storage")},

	{ID: "CONN-1", From: "hardware interfaces other than displays of parts that run on the device (Yes); none of any part (No: virtual_nic, web_ui and api are no hardware); one only of a part that runs elsewhere, such as an app's radio on a phone, decides nothing", derive: ifaceOfKind("a connectivity", func(i content.Interface) bool { return i.Kind != "display" })},
	{ID: "CONN-1.1", From: "wifi, bluetooth, cellular, nfc, infrared or radio interfaces of the device (Yes); none of any part (No, or N/A when no part runs on the device: the product has no hardware of its own, yielding to an explicit answer; one only of a part that runs elsewhere, or an interface of kind other, decides nothing)", derive: underNoHardware(unlessOtherKind(ifaceOfKind("a wireless", content.Interface.IsWireless)))},
	{ID: "CONN-1.1.1", From: "wifi interfaces of the device (Yes); none of any part (No, or N/A when no part runs on the device: the product has no hardware of its own, yielding to an explicit answer; one only of a part that runs elsewhere decides nothing)", derive: underNoHardware(ifaceOfKind("a Wi-Fi", kinds("wifi")))},
	{ID: "CONN-1.1.2", From: "bluetooth interfaces of the device (Yes); none of any part (No, or N/A when no part runs on the device: the product has no hardware of its own, yielding to an explicit answer; one only of a part that runs elsewhere decides nothing)", derive: underNoHardware(ifaceOfKind("a Bluetooth", kinds("bluetooth")))},
	{ID: "CONN-1.1.3", From: "cellular interfaces of the device (Yes); none of any part (No, or N/A when no part runs on the device: the product has no hardware of its own, yielding to an explicit answer; one only of a part that runs elsewhere, or an interface of kind radio or other, decides nothing: a proprietary radio, which the question names, may or may not be a network)", derive: underNoHardware(otherWirelessNetwork())},
	{ID: "CONN-1.1.4", From: "nfc, infrared or radio interfaces of the device (Yes); none of any part (No, or N/A when no part runs on the device: the product has no hardware of its own, yielding to an explicit answer; one only of a part that runs elsewhere, or an interface of kind other, decides nothing)", derive: underNoHardware(unlessOtherKind(ifaceOfKind("an NFC, infrared or radio", kinds("nfc", "infrared", "radio"))))},
	{ID: "CONN-1.2", From: "ethernet, usb, serial, contact or removable_media interfaces of the device (Yes); none of any part (No, or N/A when no part runs on the device: the product has no hardware of its own, yielding to an explicit answer; one only of a part that runs elsewhere, or an interface of kind other, decides nothing)", derive: underNoHardware(unlessOtherKind(ifaceOfKind("a wired", content.Interface.IsWired)))},
	{ID: "CONN-1.2.1", From: "ethernet interfaces of the device (Yes); none of any part (No, or N/A when no part runs on the device: the product has no hardware of its own, yielding to an explicit answer; one only of a part that runs elsewhere decides nothing)", derive: underNoHardware(ifaceOfKind("an Ethernet", kinds("ethernet")))},
	{ID: "CONN-1.2.2", From: "usb interfaces of the device (Yes); none of any part (No, or N/A when no part runs on the device: the product has no hardware of its own, yielding to an explicit answer; one only of a part that runs elsewhere decides nothing, and so does a removable_media interface of the device whose name or purpose says USB: a USB socket for media, which the question may count)", derive: underNoHardware(usbPorts)},
	{ID: "CONN-1.2.3", From: "removable_media interfaces, and usb interfaces marked media_only, of the device (Yes); no removable_media or usb interface of any part (No, or N/A when no part runs on the device: the product has no hardware of its own, yielding to an explicit answer; one only of a part that runs elsewhere, or a USB port not marked media_only, decides nothing)", derive: underNoHardware((*mds2Facts).acceptsRemovableMedia)},
	{ID: "CONN-1.2.4", From: "serial or contact interfaces of the device (Yes); none of any part (No, or N/A when no part runs on the device: the product has no hardware of its own, yielding to an explicit answer; one only of a part that runs elsewhere, or an interface of kind other, decides nothing)", derive: underNoHardware(unlessOtherKind(otherPhysicalPort))},
	{ID: "CONN-2", From: "ports (Yes when listed and a CSD about the form's version, which publishes them, is built and was first issued by the form's release date, and one is of a part the manufacturer does not host, unless the product runs only at the manufacturer: a port of a service the manufacturer hosts beside the device is not the device's; when written empty, or holding none on the models the form covers: N/A, yielding to an explicit answer, for a device that joins no network (no network interface, every part on the device, no interface of kind other) or where such a CSD is built, which lists no port of theirs (a Bluetooth link to the product's own gateway, an interface of kind other: no network port to list), else No; nothing when not written)", derive: (*mds2Facts).portList},
	{ID: "CONN-3", From: "ports on wifi, ethernet, virtual_nic, web_ui or api interfaces of parts on the customer's network (the device, software the customer hosts, the customer's own infrastructure and, unless the product is used at home, the product's software on the customer's own computers and phones (at home, only where owned_by = \"customer\" says the customer that provides the product runs it on its own), as the CSD places them, where the port's peer_part is on that network too), except connections out to a manufacturer-hosted part or to endpoints that services of [cloud] all name (services outside the customer's network, such as another company's video cloud), ports on interfaces internal to the product and ports marked internal (a service only the product's own parts reach, such as a container's port inside the customer's cluster) (Yes); no interface but displays and internal ones (No); only displays and removable media as interfaces (interfaces written), no port, every part on the device (No, yielding to an explicit answer); ports stated and none on the models asked about, whose only other interfaces are links that join no IP network (not Ethernet, Wi-Fi, cellular, virtual or other) with data flows, every data flow running between the product's own parts on the device (a patch's Bluetooth link to the product's gateway: No, yielding to an explicit answer)", derive: (*mds2Facts).insideNetworkOrOwnLinks},
	{ID: "CONN-4", From: "ports on cellular interfaces; required cloud.services; a port by which a part the manufacturer does not host connects out to one it hosts (peer_part, or the endpoints it listens at), else a manufacturer-hosted part's port naming such a part as peer_part, else a data flow between such a part and one the manufacturer hosts; for a product that runs only at the manufacturer, its own ports; none on interfaces internal to the product (Yes); no port and no network or radio interface, with ports written empty or no interface that can carry a port, or cloud.statement with cloud.services written empty, no port of a manufacturer-hosted part and no port out to one (No; a statement with services not written decides nothing)", derive: (*mds2Facts).outsideNetwork},
	{ID: "CONN-5", From: "api interfaces of the product, not internal to it and not of a part the manufacturer hosts beside the device, whose API the device may or may not call (Yes); only displays and removable media as interfaces (interfaces written), no port, every part on the device: it calls and provides no API (No, yielding to an explicit answer)", derive: (*mds2Facts).callsOrProvidesAPI},
	{ID: "CONN-6", From: "cloud.services[].required, or a port of a manufacturer-hosted part, not on an interface internal to the product, when every part runs at the manufacturer, unless a service at its endpoints states required = false (Yes); nothing from a manufacturer-hosted part beside parts that run elsewhere; when cloud.statement is given and cloud.services is written, even empty, with no service's required unstated (No; services not written decide nothing); no port and no network or radio interface, with ports written empty or no interface that can carry a port (No; ports not written beside a USB or other interface, or no interfaces, decide nothing)", derive: (*mds2Facts).internetRequired},
	{ID: "CONN-8", From: "remote_control: a person who changes the device's clinical settings, or starts or stops its therapy, from another device over a network (Yes; remote_control = [] decides nothing: it leaves out a paired app at the device's side); else only displays and removable media as interfaces (interfaces written), no port, every part on the device: nothing can operate it from afar (No only, yielding to an explicit answer)", derive: (*mds2Facts).remoteOperation},

	{ID: "NAUT-1", From: "ports: No when network ports exist, each states authenticated = false and every network or radio interface has ports (No only; a port that does not state it, or an interface without ports, decides nothing; ports and interfaces internal to the product, or of a part the manufacturer hosts beside the device, are not counted); only displays and removable media as interfaces (interfaces written), no port, every part on the device (N/A, yielding to an explicit answer)", derive: (*mds2Facts).nodeAuthOrNone},
	{ID: "NAUT-2", From: "a device that joins no network: no network access for a firewall or allow-list to control (N/A, yielding to an explicit answer)", derive: noNetworkNA(mds2.Yes, "there is no network access for a firewall or an allow-list to control")},
	{ID: "NAUT-2.1", From: "a device that joins no network: no firewall rules (N/A, yielding to an explicit answer)", derive: noNetworkNA(mds2.Yes, "it has no firewall rules to document")},
	{ID: "NAUT-3", From: "a device that joins no network: no network connection to authenticate (N/A, yielding to an explicit answer)", derive: noNetworkNA(mds2.Yes, "it has no network connection to authenticate with certificates")},

	{ID: "PAUT-1", From: "accounts[].sign_in written empty (sign_in = []) for an account of kind user or administrator: the role uses the device without signing in, with no user ID or password of its own (No only)", derive: (*mds2Facts).personalAccountWithoutSignIn},
	{ID: "PAUT-2", From: "accounts[].sign_in: an account that signs in through the customer's directory or identity provider (Yes); else a device that joins no network (No, yielding to an explicit answer)", derive: externalSignInOr("it reaches no external service (Active Directory, LDAP, OAuth) through which to authenticate users")},
	{ID: "PAUT-9", From: "accounts[].sign_in: an account that signs in through the customer's identity provider (federated: single sign-on) (Yes only)", derive: (*mds2Facts).federatedSignIn},
	{ID: "PAUT-14", From: "credentials in data_stores[].data or interfaces[].carries, or accounts[].sign_in listing local where the product has a single part outside the customer's own infrastructure (parts[].runs), which then keeps and checks the credential (No only when data_stores is written, even empty, every interface states carries, no data flow lists credentials and accounts is written empty: an account signs in with credentials the device may keep or check, which its authentication, prose, does not decide)", derive: (*mds2Facts).credentials},
	{ID: "PLOK-1", From: "as DOC-11 (the same question: software only, no hardware of its own): samd; when not stated, parts of which none runs on the device (Yes); otherwise not stated decides nothing, and so does samd true beside a part that runs on the device", derive: (*mds2Facts).softwareOnly},

	{ID: "RDMP-1", From: "spdf.frameworks naming a framework (Yes only)", derive: (*mds2Facts).spdf},
	{ID: "RDMP-2", From: "suppliers.components_evaluated; not stated decides nothing (the vetting text does not decide)", derive: (*mds2Facts).vetting},
	{ID: "RDMP-3", From: "end_of_support of the versions covered (Yes only: dates not given may be published elsewhere)", derive: (*mds2Facts).supportDates},
	{ID: "RDMP-4", From: "suppliers.end_of_life_planned; not stated decides nothing (the contingency text does not decide)", derive: (*mds2Facts).endOfLifePlanned},

	{ID: "SBOM-1", From: "sbom.files; else sbom.on_request (Yes, with a note saying how customers request it, unless the answer has a note of its own); No when [sbom] or components is written, with no SBOM file of the form's version, no on_request and no [[components]] entry (said of those lists only: another version's SBOM, or a vulnerability record, may name components)", derive: (*mds2Facts).sbomAvailable},
	{ID: "SBOM-2", From: "sbom.files: the first file's format, CycloneDX or SPDX (Yes only)", derive: (*mds2Facts).sbomFormat},
	{ID: "SBOM-2.1", From: "SBOM components' names (all: Yes; one without: No)", derive: sbomField("names", "name", func(c inventory.Component) bool { return c.Name != "" })},
	{ID: "SBOM-2.2", From: "SBOM components' suppliers (all: Yes; one without: No)", derive: sbomField("suppliers", "supplier", sbomNamesSupplier)},
	{ID: "SBOM-2.3", From: "SBOM components' versions (all: Yes; one without: No)", derive: sbomField("versions", "version", func(c inventory.Component) bool { return c.Version != "" })},
	{ID: "SBOM-2.4", From: "SBOM components' purl, CPE or licence (any: Yes only)", derive: (*mds2Facts).sbomExtra},
	// SBOM-4 (a process for keeping the SBOM up to date) is not derived:
	// suppliers.sbom_process is prose the plan and the CSD print, which
	// says nothing yes or no of whether such a process exists ("generated once
	// at release" reads no different), as RDMP-2 is not derived from the
	// vetting text.

	{ID: "SAHD-2", From: "certifications of the product (certifications.subject, else the standard the name names) dated by the form's release covering each version the form covers (certifications.versions; not written: every version) (Yes); certifications written, an empty list included, with none of any subject dated by then covering any of them (No); some of its versions covered and others not, or a process assessment or one of unstated subject covering one of them and no certification of the product: not derived", derive: (*mds2Facts).certified},
	{ID: "SAHD-7", From: "a device that joins no network: no network share to disable (N/A, yielding to an explicit answer)", derive: noNetworkNA(mds2.No, "it offers no shared resource, such as a file share, on a network")},
	{ID: "SAHD-8", From: "only displays and removable media as interfaces (interfaces written), no port, every part on the device: no communication port or protocol (N/A, yielding to an explicit answer); a USB port, even one marked media_only (a socket that may be disabled), decides nothing", derive: unlessUSBPort(noLinks(mds2.NA, mds2.No, "it has no communication port or protocol to disable"))},
	{ID: "SAHD-11", From: "parts, when none runs on the device: the product has no start-up of its own, so the question does not apply (N/A, yielding to an explicit answer; a Yes is warned about); a part on the device decides nothing", derive: noHardwareNA(func(hosts, who string) string {
		return "the start-up and boot media are those of the " + hosts + " it runs on, and " + who + " controls them"
	})},
	{ID: "SAHD-12", From: "parts, when none runs on the device: the product has no hardware of its own onto which anything could be installed (N/A, yielding to an explicit answer; a Yes is warned about); a part on the device decides nothing", derive: noHardwareNA(func(hosts, who string) string {
		return "what may be installed on the " + hosts + " it runs on is decided by " + who
	})},
	{ID: "SAHD-13", From: "a device that joins no network: nothing to scan on the customer's network (N/A, yielding to an explicit answer)", derive: noNetworkNA(mds2.Yes, "there is nothing of it to scan on the customer's network")},
	{ID: "SAHD-15", From: "parts, when none runs on the device: the product has no BIOS or boot loader of its own (N/A, yielding to an explicit answer; a Yes is warned about); a part on the device decides nothing", derive: noHardwareNA(func(hosts, who string) string {
		return "the BIOS or boot loader is that of the " + hosts + " it runs on, and " + who + " controls it"
	})},
	{ID: "SGUD-2", From: "data_stores holding PHI or PII, when every one gives sanitize instructions (Yes only; a store without them decides nothing)", derive: (*mds2Facts).sanitize},

	{ID: "TXCF-1", From: "interfaces carrying PHI or PII: No when any is a network or radio interface not internal to the product (No only; those of a part that runs manufacturer_hosted beside the device, such as a cloud portal's web pages, are not the device's and count neither way); N/A, yielding to an explicit answer, when every interface states what it carries and only displays carry PHI or PII, every part runs on the device, and no cloud service or data flow takes them elsewhere", derive: (*mds2Facts).cableOnlyOrNotSent},
	{ID: "TXCF-2", From: "every interface states what it carries and only displays carry PHI or PII, every part runs on the device, and no cloud service or data flow takes them elsewhere: nothing transmitted to encrypt (N/A, yielding to an explicit answer)", derive: piiNotSent("there is no transmission of them, over a network or on removable media, to encrypt")},
	{ID: "TXCF-3", From: "every interface states what it carries and only displays carry PHI or PII, every part runs on the device, and no cloud service or data flow takes them elsewhere: no destination to restrict (N/A, yielding to an explicit answer)", derive: piiNotSent("there is no destination of them to restrict")},
	{ID: "TXCF-4", From: "only displays and removable media as interfaces (interfaces written), no port, every part on the device: no system to exchange data with (N/A, yielding to an explicit answer)", derive: noLinks(mds2.NA, mds2.No, "it exchanges data with no other system, authenticated or not")},

	{ID: "TXIG-2", From: "parts, when none runs on the device: the product has no hardware of its own whose parts cables could join (N/A, yielding to an explicit answer; a Yes is warned about); a part on the device decides nothing", derive: noHardwareNA(func(hosts, _ string) string {
		return "its parts are software on the " + hosts + " it runs on, and how that host is cabled is its own"
	})},
	{ID: "RMOT-1", From: "remote_service.offered (true Yes, false No); where not written, only displays and removable media as interfaces (interfaces written), no port, every part on the device: no remote connection (No only, yielding to an explicit answer)", derive: (*mds2Facts).remoteOffered},
	{ID: "RMOT-1.1", From: "remote_service.started_by (customer or either Yes, manufacturer No); remote_service.offered false: no session (N/A, yielding to an explicit answer); where not written, only displays and removable media as interfaces (interfaces written), no port, every part on the device: no remote service session (N/A, yielding to an explicit answer)", derive: (*mds2Facts).remoteCustomerStarts},
	{ID: "RMOT-1.2", From: "remote_service.session_indicator (true Yes, false No); remote_service.offered false: no session (N/A, yielding to an explicit answer); where not written, only displays and removable media as interfaces (interfaces written), no port, every part on the device: no remote session (N/A, yielding to an explicit answer)", derive: (*mds2Facts).remoteIndicator},
	{ID: "RMOT-1.3", From: "remote_service.patient_data_visible (true Yes, false No); remote_service.offered false: no session (N/A, yielding to an explicit answer); where not written, only displays and removable media as interfaces (interfaces written), no port, every part on the device: no remote session (N/A, yielding to an explicit answer)", derive: (*mds2Facts).remotePatientData},
	{ID: "RMOT-2", From: "remote_service.telemetry (true Yes, false No); with telemetry true, remote_service.telemetry_purposes where written (maintenance among them Yes, product_improvement alone No); where not written, only displays and removable media as interfaces (interfaces written), no port, every part on the device: no remote connection (No only, yielding to an explicit answer)", derive: (*mds2Facts).remoteTelemetry},
	{ID: "RMOT-3", From: "remote_service.other_functions (a function Yes, none No); where not written, only displays and removable media as interfaces (interfaces written), no port, every part on the device: no remote connection (No only, yielding to an explicit answer)", derive: (*mds2Facts).remoteOther},
}

// derive runs every rule and returns the derived answers by ID.
func (f *mds2Facts) derive() map[string]fact {
	out := map[string]fact{}
	differ := f.modelsDiffer()
	for _, d := range mds2Derivations {
		if fc, ok := d.derive(f); ok {
			if differ && (fc.Answer == mds2.Yes || fc.Answer == mds2.No) && fc.Text == "" {
				fc = f.ofModels(d, fc)
			}
			if fc.Text == "" && fc.Answer != mds2.Yes && (f.leftOut() && slices.Contains([]string{"interfaces", "ports", "data_flows"}, fc.Path) || f.storesLeftOut() && fc.Path == "data_stores") {
				// "ports lists no port" is said of the covered models'
				fc.Says += f.coveredNote()
			}
			out[d.ID] = fc
		}
	}
	return out
}

// derivationFor returns the rule for id.
func derivationFor(id string) (derivation, bool) {
	for _, d := range mds2Derivations {
		if d.ID == id {
			return d, true
		}
	}
	return derivation{}, false
}
