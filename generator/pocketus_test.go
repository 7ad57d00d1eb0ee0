package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/pocketus is a handheld ultrasound probe (battery, its own
// firmware) whose only links are a USB-C cable and Wi-Fi Direct to the
// maker's app, which runs on phones and tablets the clinicians or the
// hospital own; the app uploads to the maker's cloud and, from 4.0, sends
// studies to the hospital's PACS. Its product file's header says what it
// holds and what the model cannot state.

// TestPocketUSWiFiDirectIsNoHospitalNetwork: the probe listens on TCP
// 7443 only on its own Wi-Fi Direct link with one phone or tablet. The
// CSD's key facts called it a port "listening on the hospital network",
// section 3.3 gave the hospital a firewall rule for a connection that
// never crosses its network, and the MDS2 form derived CONN-3 Yes because
// the port's interface "joins the customer's network". Marking the link
// internal was refused as an error (a link internal to the product "joins
// parts that run in the same place"), though a direct link between the
// device and the product's app beside it crosses no network. Check now
// accepts it, and the documents list the port as on a link internal to
// the product.
func TestPocketUSWiFiDirectIsNoHospitalNetwork(t *testing.T) {
	read := buildFixture(t, "pocketus")
	for _, rel := range []string{"sonvirapocket/csd.md", "sonvirapocket/3.2/csd.md", "sonvirapocket/4.0/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"| Ports listening on the customer's network as shipped | None | Not counted: TCP 7443 (Sonvira Pocket probe), which listens only on a link internal to the product.",
			"7443/TCP (Sonvira Pocket probe and Sonvira Pocket app) is on a link internal to the product, which joins no network of the customer's: no rule is needed for it, and none is given.")
		kindtest.SaysNoneBecause(t, rel, csd, "Wi-Fi Direct is the probe's own link, not the hospital's network",
			"| Ports listening on the hospital network as shipped | TCP 7443",
			"| Allow | Sonvira Pocket app | Sonvira Pocket probe | 7443/TCP |",
			"| Connections opened from the hospital network as shipped | TCP 443, TCP 7443 |")
	}
	for _, rel := range []string{"sonvirapocket/mds2.md", "sonvirapocket/3.2/mds2.md"} {
		kindtest.SaysNoneBecause(t, rel, read(rel), "Wi-Fi Direct is the probe's own link, not the hospital's network",
			"on the probe-wifi interface, which joins the customer's network")
	}
	kindtest.SaysAll(t, "3.2/mds2.md", read("sonvirapocket/3.2/mds2.md"),
		"| CONN-3 | Does the device communicate with other systems inside the customer's network? | No | Note\u00a011 |")
	kindtest.SaysAll(t, "eos-3.2.md", read("sonvirapocket/notices/eos-3.2.md"),
		"7443/TCP is not listed: it is on a link internal to the product, which joins no network of the customer's.")
}

// TestPocketUSPhonesAreNotAllTheHospitals: the app runs on clinicians'
// own phones as well as on the hospital's. The documents said it runs
// "on a phone, tablet or computer the customer owns" ("On the
// customer's own device"), and the firewall section that "the other
// software the hospital uses on it" needs the hospital's rules: on a
// clinician's own phone both name the wrong owner. With owned_by =
// "customer_or_users" they name the customer or the user.
func TestPocketUSPhonesAreNotAllTheHospitals(t *testing.T) {
	read := buildFixture(t, "pocketus")
	const why = "a clinician's own phone is not the hospital's"
	for _, rel := range []string{"sonvirapocket/csd.md", "sonvirapocket/3.2/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"| Sonvira Pocket app | On the customer's or its user's own phone or tablet | Sonvira publishes app updates through Apple's App Store and Google Play.",
			"Sonvira Pocket app runs on a phone or tablet that the customer or its user owns: its rules apply where such a device is on the customer's network. Such a device runs more than the product and connects from whatever network it is on: these rules cover only the product's own connections, not its other traffic, such as its operating system's updates and the other software its owner uses on it.")
		kindtest.SaysNoneBecause(t, rel, csd, why, "the customer owns", "On the customer's own device", "on the customer's own device", "the other software the hospital uses")
	}
	plan := read("sonvirapocket/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"the Sonvira Pocket app, on a phone or tablet that the customer or its user owns. This plan covers that software")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, why, "the customer owns", "On the customer's own device")
	notice := read("sonvirapocket/notices/eos-3.2.md")
	kindtest.SaysAll(t, "eos-3.2.md", notice,
		"except the other traffic of the phones or tablets that the Sonvira Pocket app runs on: such a device runs more than the product, and its operating system's updates and the other software its owner uses on it need the connections")
	kindtest.SaysNoneBecause(t, "eos-3.2.md", notice, why, "the customer's own phones", "the other software the customer uses", "on the customer's own device")
}

// TestPocketUSCheckIsClean: the fixture has no error, and only the
// warnings its file explains (none for its Wi-Fi Direct radios marked
// internal, whose security says how the link is kept to one paired
// device, as check asks): 12 months' notice of 3.2's end of support, no
// diagram, no end-of-support dates for the SBOM components, and the
// threat model's and controls' gaps a fixture this small leaves.
func TestPocketUSCheckIsClean(t *testing.T) {
	checkWarnsOnly(t, "pocketus",
		// a part the manufacturer hosts whose patching is not written
		containing(", which the manufacturer hosts"),
		startsWith("end_of_life.notice_months: 12 months of notice"),
		startsWith("notices[0].components: no software component named"),
		startsWith("notices[0].issued: issued 2025-06-02"),
		startsWith("diagrams: CSD: FDA labeling item 2"),
		containing("actively maintained but no end of support"),
		startsWith("threats: threat model has no threat for the"),
		startsWith("controls: no control in the FDA category"),
		startsWith("architecture: no \"Security use case views\""),
		// an interface carrying software or configuration that no threat's
		// path reaches (review 89, wheelchair #7): a true gap of this fixture
		containing("carries software"),
		// the notice offers only the planned 4.1 while 4.0 was out (review
		// 89, anaesthesia #12): true of the data, the fixture's to explain
		startsWith("notices[0].upgrade_paths: notice eos-3.2"),
		// [risk.evaluation] writes only the exploitability thresholds: the
		// plan says the controlled / uncontrolled table is jspgen's default.
		startsWith("risk.evaluation: states the method only in part"))
}

// TestPocketUSPhoneOSIsTheirOwners: the app's iOS and Android are
// [[platforms]] per version. The CSD said the platforms are ones "the
// hospital supplies" and the notice "which the customer supplies", but
// a clinician's own iPhone and its iOS are the clinician's: with owned_by
// = customer_or_users they name the hospital or its users. Apple
// publishes no end of support for an iOS version and still shipped iOS
// 15 security fixes in 2025, so no end_of_support is written: 3.2's CSD
// and notice say it is not stated and never that iOS 15 is unpatched
// (the notice's free text said "Apple no longer gives iOS 15 security
// updates").
func TestPocketUSPhoneOSIsTheirOwners(t *testing.T) {
	read := buildFixture(t, "pocketus")
	const why = "a clinician's own phone and its operating system are not the hospital's"
	csd32 := read("sonvirapocket/3.2/csd.md")
	kindtest.SaysAll(t, "3.2/csd.md", csd32,
		"| Platforms the customer or its users supply | iOS and iPadOS 15, iOS and iPadOS 16, iOS and iPadOS 17, iOS and iPadOS 18, Android 10,",
		"The Sonvira Pocket app runs on the platform versions below, which the customer or its users supply: Sonvira Medical, Inc. neither supplies nor updates them",
		"| iOS and iPadOS (Apple) | 15 | Sonvira Pocket app | Not stated |")
	kindtest.SaysNoneBecause(t, "3.2/csd.md", csd32, why, "the hospital supplies", "Platforms the hospital supplies")
	kindtest.SaysNoneBecause(t, "3.2/csd.md", csd32, "Apple states no end of support for iOS 15", "Ended on", "past its vendor's end of support")
	csd := read("sonvirapocket/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Platforms the customer or its users supply | iOS and iPadOS 17, iOS and iPadOS 18, iOS and iPadOS 26, Android 12,",
		"The Sonvira Pocket app runs on the platform versions below, which the customer or its users supply:")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "4.1 does not run on iOS 15 or 16", "| iOS and iPadOS (Apple) | 15 |", "| iOS and iPadOS (Apple) | 16 |")
	notice := read("sonvirapocket/notices/eos-3.2.md")
	kindtest.SaysAll(t, "eos-3.2.md", notice,
		"The software version this notice concerns runs on these platform versions, which the customer or its users supply: Sonvira Medical, Inc. neither supplies nor updates them.",
		"- iOS and iPadOS 15 (Apple), for Sonvira Pocket app: the end of Apple's support is not stated.",
		"- Android 10, for Sonvira Pocket app: the end of its vendor's support is not stated.")
	kindtest.SaysNoneBecause(t, "eos-3.2.md", notice, why, "which the customer supplies")
	kindtest.SaysNoneBecause(t, "eos-3.2.md", notice, "Apple shipped iOS 15 security fixes in 2025", "no longer gives iOS 15", "no longer updates")
	kindtest.SaysNoneBecause(t, "eos-3.2.md", notice, "issued in June 2025, before iOS 26 and Android 16", "iOS and iPadOS 26", "Android 16")
}

// TestPocketUSCloudAPIRuleIsTheApps: the app's flows to Sonvira Cloud
// are written on the app's network interface, whose HTTPS port names
// api.sonvira-cloud.example, not on the cloud's API interface. The rule
// builder looked for the API's users only on the API's own interface,
// found none and gave the whole hospital network a second, broader rule
// to the same endpoint ("Allow | Hospital network |
// api.sonvira-cloud.example | 443/TCP"), beside the app's own. The app's
// rule alone now allows it. The web viewer, which no flow names a user
// of (clinicians' browsers), keeps its rule from the hospital network.
func TestPocketUSCloudAPIRuleIsTheApps(t *testing.T) {
	read := buildFixture(t, "pocketus")
	const why = "only the app uses the cloud's API, and its own rule already allows it"
	for _, rel := range []string{"sonvirapocket/csd.md", "sonvirapocket/3.2/csd.md", "sonvirapocket/4.0/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"| Allow | Sonvira Pocket app | api.sonvira-cloud.example; firebasecrashlytics.googleapis.com | 443/TCP |",
			"| 1 | Allow | Customer network | view.sonvira-cloud.example | 443/TCP | HTTPS (Sonvira Cloud web viewer) | As shipped |")
		kindtest.SaysNoneBecause(t, rel, csd, why, "| Hospital network | api.sonvira-cloud.example |", "| Customer network | api.sonvira-cloud.example |")
	}
	eos := read("sonvirapocket/notices/eos-3.2.md")
	kindtest.SaysAll(t, "eos-3.2.md", eos, "| Customer network | view.sonvira-cloud.example | 443/TCP | HTTPS (Sonvira Cloud web viewer) | As shipped |")
	kindtest.SaysNoneBecause(t, "eos-3.2.md", eos, why, "| Hospital network | api.sonvira-cloud.example |", "| Customer network | api.sonvira-cloud.example |")
}

// TestPocketUSSoldToThreeKindsOfCustomer: hospitals, practices without
// IT staff and clinicians on their own buy the probe (customer = ["hospital",
// "organisation", "individual"]). With one kind, "hospital", the CSD
// handed every reader "the hospital's network, security and biomedical
// engineering teams", "the hospital network" and a rule from the
// "Hospital network": false for a lone clinician with the app on their
// own phone. It now names each kind's readers and speaks of the
// customer's network.
func TestPocketUSSoldToThreeKindsOfCustomer(t *testing.T) {
	read := buildFixture(t, "pocketus")
	const why = "a lone clinician or a practice has no hospital network or biomedical engineering team"
	for _, rel := range []string{"sonvirapocket/csd.md", "sonvirapocket/3.2/csd.md", "sonvirapocket/4.0/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			// the opening says what the document gives; the readers,
			// one item per kind, follow in a list rather than burying
			// the verb's object in one run-on sentence
			"This document gives its readers what Sonvira Medical, Inc. states about deploying, operating, servicing and retiring the Sonvira Pocket securely: ",
			"and when its support ends. Its readers are, for each kind of customer that buys the device:\n\n"+
				"- the network, security and biomedical engineering teams of the hospitals that buy the device;\n"+
				"- whoever looks after the computers and network of the other organisations that buy the device (their own IT staff or an outside IT provider) and the people there responsible for it;\n"+
				"- the clinicians and practitioners who buy the device for their own use.\n\n"+
				"A section whose facts are not stated says so.",
			"## Key facts\n",
			"### 3.3 Firewall rules for the parts on the customer's network",
			"written from the customer's side")
		kindtest.SaysNoneBecause(t, rel, csd, why,
			"the hospital's network, security and biomedical engineering teams",
			"Key facts for the network and biomedical engineering teams",
			"hospital network", "Hospital network", "the hospital's side", "the hospital turns", "| Hospital |")
	}
	eos := read("sonvirapocket/notices/eos-3.2.md")
	kindtest.SaysNoneBecause(t, "eos-3.2.md", eos, why, "hospital network", "Hospital network")
}

// TestSingleKindCustomerWordsUnchanged: one kind written as a string
// keeps its own audience (a practice's outside IT provider, a hospital's
// teams), so a list changes nothing for a product sold to one kind.
func TestSingleKindCustomerWordsUnchanged(t *testing.T) {
	csd := buildFixture(t, "dentalxray")("dentasense/csd.md")
	kindtest.SaysAll(t, "dentalxray csd.md", csd, "This document gives whoever looks after the customer's computers and network (its own staff or an outside IT provider) and the people responsible for the")
	kindtest.SaysNoneBecause(t, "dentalxray csd.md", csd, "one kind of customer names no other kind's readers", "the hospitals that buy", "for their own use", "This document gives its readers", "Its readers are")
}

// TestPocketUSSubjectNamesEachKindShortly: the CSD's subject (the PDF's
// Subject and the HTML description) named every kind's readers in full,
// 400 characters of metadata; it now says who looks after the probe at
// each kind of customer in one clause, and the opening lists them in full.
func TestPocketUSSubjectNamesEachKindShortly(t *testing.T) {
	read := buildFixture(t, "pocketus")
	kindtest.SaysAll(t, "csd.html", read("sonvirapocket/csd.html"),
		`decommissioning, for the people who look after the device&#39;s security at the hospitals and other organisations that buy it, and the clinicians and practitioners who buy it for their own use">`)
	kindtest.SaysNoneBecause(t, "csd.html", read("sonvirapocket/csd.html"), "the subject names the kinds, the opening their teams",
		`<meta name="description" content="Customer security documentation: interfaces and ports, firewall rules, data protection, updates, logging, backup, secure configuration, SBOM, end of support and decommissioning, for the network, security and biomedical engineering teams`)
}

// TestPocketUSMDS2PhoneAnswers: the form answered for the phones and the
// probe as if Sonvira's product had no general-purpose computer in it and
// kept nothing across a power cut. MPII-2.7 read No while the app keeps
// studies in its storage until they are uploaded and 7 days have passed
// (MPII-2.3 Yes, which check now holds it to); CSUP-8 No while the phone
// or an MDM installs app updates by itself; CSUP-10.1 No while the probe
// takes only firmware Sonvira signed; MLDP-1 No while the app runs on a
// phone beside its owner's apps; MLDP-3 No beside the probe's signed
// firmware; CSUP-2.1 No while the CSD's RC-02 tells the owner to install
// the operating system's updates. Each answer names in a note who does
// what, on which of the two.
func TestPocketUSMDS2PhoneAnswers(t *testing.T) {
	read := buildFixture(t, "pocketus")
	for _, rel := range []string{"sonvirapocket/mds2.md", "sonvirapocket/3.2/mds2.md", "sonvirapocket/4.0/mds2.md"} {
		form := read(rel)
		kindtest.SaysAll(t, rel, form,
			"| MPII-2.7 | Does PII held on the device survive a loss of power? | Yes |",
			"| CSUP-2.1 | Does the documentation tell the owner how to install operating-system patches? | Yes |",
			"| CSUP-8 | Are updates installed on the device automatically? | See Note | Note\u00a012 |",
			"| CSUP-10.1 | Does the device block the installation of software that has not been approved? | See Note | Note\u00a06 |",
			"| MLDP-1 | Can the device run executable software, so that malware could in principle run on it? | See Note | Note\u00a07 |",
			"| MLDP-3 | Where anti-malware software cannot be used, does the device provide other controls that compensate for it? | See Note | Note\u00a07 |",
			"the phone or tablet installs them by itself where automatic app updates are on",
			"it runs only firmware signed by Sonvira, which its boot loader checks before installing or starting it")
		kindtest.SaysNoneBecause(t, rel, form, "the studies stay on the phone, the phone or an MDM installs app updates, the probe takes only signed firmware, the app is software on a phone",
			"| MPII-2.7 | Does PII held on the device survive a loss of power? | No |",
			"| CSUP-8 | Are updates installed on the device automatically? | No |",
			"| CSUP-10.1 | Does the device block the installation of software that has not been approved? | No |",
			"| MLDP-1 | Can the device run executable software, so that malware could in principle run on it? | No |",
			"| MLDP-3 | Where anti-malware software cannot be used, does the device provide other controls that compensate for it? | No |")
	}
}

// TestPocketUSMDS2HardeningIsWhoseItIs: SAHD-7 to SAHD-10 (unneeded
// shared resources, ports, services and applications disabled) were a
// bare Yes, which spoke for the phones and tablets as well, whose apps,
// services and sharing features their owners or MDM decide, not Sonvira.
// They point to a note that says what the probe and the app do and whose
// the rest is. SAHD-14 Yes stays: the probe's Wi-Fi Direct can be turned
// off, as the CSD recommends where only the cable is used.
func TestPocketUSMDS2HardeningIsWhoseItIs(t *testing.T) {
	read := buildFixture(t, "pocketus")
	for _, rel := range []string{"sonvirapocket/mds2.md", "sonvirapocket/3.2/mds2.md", "sonvirapocket/4.0/mds2.md"} {
		form := read(rel)
		kindtest.SaysAll(t, rel, form,
			"| SAHD-7 | Are shared resources that the intended use does not need, such as file shares, disabled? | See Note | Note\u00a013 |",
			"| SAHD-8 | Are communication ports and protocols that the intended use does not need disabled? | See Note | Note\u00a013 |",
			"| SAHD-9 | Are services that the intended use does not need removed or disabled? | See Note | Note\u00a013 |",
			"| SAHD-10 | Are applications that the intended use does not need removed or disabled? | See Note | Note\u00a013 |",
			"| SAHD-14 | Can the device be hardened further than its default configuration? | Yes |",
			"the probe runs only Sonvira's signed firmware, joins no network, offers no shared resource",
			"Sonvira removes or disables nothing there")
		kindtest.SaysNoneBecause(t, rel, form, "the phone's apps, services and ports are its owner's",
			"| SAHD-7 | Are shared resources that the intended use does not need, such as file shares, disabled? | Yes |",
			"| SAHD-8 | Are communication ports and protocols that the intended use does not need disabled? | Yes |",
			"| SAHD-9 | Are services that the intended use does not need removed or disabled? | Yes |",
			"| SAHD-10 | Are applications that the intended use does not need removed or disabled? | Yes |")
	}
}

// TestPocketUSManagedConfigurationFrom40: 4.0's summary says managed app
// configuration through an MDM and sending studies to a PACS arrive in
// 4.0, yet 3.2's CSD said its settings were "set by managed app
// configuration", that an MDM could switch Wi-Fi Direct, and that the
// administrator sets "PACS" settings. The top-level configuration,
// security setting and administrator are 3.2's; 4.0 restates them.
func TestPocketUSManagedConfigurationFrom40(t *testing.T) {
	read := buildFixture(t, "pocketus")
	csd32 := read("sonvirapocket/3.2/csd.md")
	kindtest.SaysAll(t, "3.2/csd.md", csd32,
		"App settings are kept in the app; organisation settings are kept in Sonvira Cloud.",
		"| Probe Wi-Fi Direct | On | On, Off (USB-C only) | User, in Settings \\> Probe | No |",
		"set retention and sharing settings")
	kindtest.SaysNone(t, "3.2/csd.md", csd32, "managed app configuration", "MDM settings", "MDM administrators", "PACS")
	for _, rel := range []string{"sonvirapocket/csd.md", "sonvirapocket/4.0/csd.md"} {
		kindtest.SaysAll(t, rel, read(rel),
			"App settings are kept in the app and, on devices an organisation manages, set by managed app configuration",
			"User, in Settings \\> Probe; an organisation's MDM by managed app configuration",
			"set retention, PACS and sharing settings")
	}
}
