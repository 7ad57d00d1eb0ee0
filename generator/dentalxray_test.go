package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/dentalxray is a USB intraoral X-ray sensor (no network of its
// own) with imaging software that a dental practice installs on its own
// Windows PCs and server; its product file's header says what it holds.

// TestDentalXrayFirewallLeavesThePracticePCsAlone: the CSD's firewall
// rules end with a deny of everything else, and the notice told the
// practice to "block every other port": on the practice's own chairside
// PCs, which also run its practice-management software and need
// Microsoft's updates (the CSD's own required control RC-01), that cut
// off what the documents ask the practice to keep. Both now say the rules
// cover only the product's connections there.
func TestDentalXrayFirewallLeavesThePracticePCsAlone(t *testing.T) {
	read := buildFixture(t, "dentalxray")
	for _, rel := range []string{"dentasense/csd.md", "dentasense/3.0/csd.md", "dentasense/2.4/csd.md"} {
		kindtest.SaysAll(t, rel, read(rel),
			"DentaSense Imaging (chairside) runs on a computer the customer owns: its rules apply where such a device is on the customer's network. Such a device runs more than the product: these rules cover only the product's own connections, so the final deny is not for its other traffic, such as its operating system's updates and the other software the customer uses on it, which the customer's own rules allow.",
			"| Deny, log | Any | Any | Any | Everything else | Always |",
			"**RC-01 Windows updates on the practice's PCs.** Install Microsoft's security updates on every PC")
	}
	notice := read("dentasense/notices/eos-2.4.md")
	kindtest.SaysAll(t, "eos-2.4.md", notice,
		"Apart from that traffic, the product needs these ports; block every other port of the product and every endpoint not listed, except the other traffic of the customer's own computers that DentaSense Imaging (chairside) runs on: such a device runs more than the product, and its operating system's updates and the other software the customer uses on it need the connections the customer's own rules allow:",
		"The customer's own traffic to and from the host that runs the DentaSense image database (backup, monitoring,")
	kindtest.SaysNoneBecause(t, "eos-2.4.md", notice, "the practice's PCs run more than the product",
		"block every other port of the product and every endpoint not listed:")
}

// TestDentalXrayFirewallLeavesThePracticeServerAlone: the image database
// runs on the practice's own server (customer_hosted), which the CSD's
// final deny and the notice's "block every other port" cut off from its
// own backup, monitoring, administrators' sign-in and Windows updates,
// even where the server runs nothing but DentaSense. A host the customer
// keeps is the customer's: both now leave that traffic to its own rules.
func TestDentalXrayFirewallLeavesThePracticeServerAlone(t *testing.T) {
	read := buildFixture(t, "dentalxray")
	for _, rel := range []string{"dentasense/csd.md", "dentasense/3.0/csd.md", "dentasense/2.4/csd.md"} {
		kindtest.SaysAll(t, rel, read(rel),
			"The customer keeps the host that runs the DentaSense image database. These rules cover only the product's own connections: the customer's own traffic to and from that host (backup, monitoring, administrators' sign-in, and operating-system updates where the customer installs them) is for the customer's own rules, not the final deny, even if the host runs nothing but the product.")
	}
	kindtest.SaysAll(t, "eos-2.4.md", read("dentasense/notices/eos-2.4.md"),
		"The customer's own traffic to and from the host that runs the DentaSense image database (backup, monitoring, administrators' sign-in and, where the customer keeps the operating system, its updates) is for the customer's own rules, even if that host runs nothing but the product: the ports below are only the product's own connections. Apart from that traffic, the product needs these ports; block every other port")
}

// TestDentalXrayPlatformsTheCustomerSupplies: DentaSense Imaging runs on
// the practice's own Windows, which Orvella neither supplies nor patches.
// 2.4 runs only on Windows 10, past Microsoft's end of support since
// 2025-10-14, and its CSD never said so (its RC-01 even asked the practice
// to keep a Windows Microsoft still supports, which 2.4 cannot run on);
// 3.0's CSD allowed Windows 10 without a word. [[platforms]] now states,
// per version, the Windows versions each supports with Microsoft's end of
// support: each CSD lists them, says which are past or within a year of
// it, and 2.4's says that it runs on none Microsoft still supports; the
// notice about 2.4 lists its platform from the data.
func TestDentalXrayPlatformsTheCustomerSupplies(t *testing.T) {
	read := buildFixture(t, "dentalxray")
	lead := "run on the platform versions below, which the customer supplies: Orvella Dental Imaging, Inc. neither supplies nor updates them, and whether they still receive security updates is for their vendors to say."
	old := read("dentasense/2.4/csd.md")
	kindtest.SaysAll(t, "2.4/csd.md", old,
		"DentaSense Imaging (chairside) and the DentaSense image database "+lead,
		"| Platforms the customer supplies | Windows 10 Pro 22H2 | Past its vendor's end of support: Windows 10 Pro 22H2. [4.1 Infrastructure requirements](#4-1-infrastructure-requirements) |",
		"| Windows 10 Pro (Microsoft) | 22H2 | DentaSense Imaging (chairside) and DentaSense image database | Ended on 14 October 2025 |",
		"Every platform version that version `2.4` supports for DentaSense Imaging (chairside) and DentaSense image database is past its vendor's end of support: the customer can run them only on a platform whose vendor no longer supports it for every customer.",
		"Version 2.4 runs only on Windows 10, whose support Microsoft ended on 14 October 2025")
	kindtest.SaysNoneBecause(t, "2.4/csd.md", old, "2.4 runs on no Windows Microsoft still supports",
		"keep their Windows version one that Microsoft still supports", "Windows 11 Pro")
	kindtest.SaysAll(t, "3.0/csd.md", read("dentasense/3.0/csd.md"),
		"DentaSense Imaging (chairside) and the DentaSense image database "+lead,
		"| Windows 10 Pro (Microsoft) | 22H2 | DentaSense Imaging (chairside) and DentaSense image database | Ended on 14 October 2025 |",
		"| Windows 11 Pro (Microsoft) | 23H2 | DentaSense Imaging (chairside) and DentaSense image database | Ended on 11 November 2025 |",
		"| Windows 11 Pro (Microsoft) | 24H2 | DentaSense Imaging (chairside) and DentaSense image database | 13 October 2026 |",
		"Past their vendors' end of support: Windows 10 Pro 22H2, Windows 11 Pro 23H2. Vendor support ends within twelve months: Windows 11 Pro 24H2 (2026-10-13).",
		"Vendor support of Windows 11 Pro 24H2 ends within twelve months of 2 March 2026.",
		"keep their Windows version one that Microsoft still supports")
	kindtest.SaysNoneBecause(t, "3.0/csd.md", read("dentasense/3.0/csd.md"), "3.0 also runs on a Windows 11 still supported", "Every platform version that version")
	cur := read("dentasense/csd.md")
	kindtest.SaysAll(t, "csd.md", cur,
		"DentaSense Imaging (chairside) and the DentaSense image database "+lead,
		"| Windows Server (Microsoft) | 2019 | DentaSense image database | 9 January 2029 |",
		"| Windows Server (Microsoft) | 2025 | DentaSense image database | Not stated |")
	kindtest.SaysNoneBecause(t, "csd.md", cur, "3.1 runs on Windows 11 or Windows Server only", "Windows 10", "23H2", "Past its vendor's", "Past their vendors'")
	kindtest.SaysAll(t, "eos-2.4.md", read("dentasense/notices/eos-2.4.md"),
		"The software version this notice concerns runs on these platform versions, which the customer supplies: Orvella Dental Imaging, Inc. neither supplies nor updates them.\n\n- Windows 10 Pro 22H2 (Microsoft), for DentaSense Imaging (chairside) and DentaSense image database: Microsoft's support ends on 14 October 2025.\n")
}

// TestDentalXrayPlanSaysWhereTheSoftwareRuns: the plan called DentaSense
// "a medical device with embedded software", but its imaging software
// runs on the practice's own PCs and server, not in the sensor.
func TestDentalXrayPlanSaysWhereTheSoftwareRuns(t *testing.T) {
	plan := buildFixture(t, "dentalxray")("dentasense/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"The product is a medical device whose software runs on its own hardware (the DentaSense sensor) and on hardware Orvella Dental Imaging, Inc. does not supply: DentaSense Imaging (chairside), on a computer the customer owns; the DentaSense image database, on a server the customer hosts. This plan covers that software for every model listed below, wherever it runs,")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "the imaging software is not in the sensor", "embedded software")
}

// TestDentalXrayAddressesThePractice: a dental practice has no security
// team and often no IT staff of its own; the CSD addresses whoever looks
// after its computers, an outside IT provider included, and says who
// patches each part: the practice, on its own PCs and server.
func TestDentalXrayAddressesThePractice(t *testing.T) {
	read := buildFixture(t, "dentalxray")
	for _, rel := range []string{"dentasense/csd.md", "dentasense/2.4/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"This document gives whoever looks after the customer's computers and network (its own staff or an outside IT provider) and the people responsible for the device what Orvella Dental Imaging, Inc. states",
			"| DentaSense Imaging (chairside) | On the customer's own computer | The practice, or its IT provider, installs Windows updates on its own PCs and installs DentaSense Imaging updates from Orvella's download site; Orvella does neither. |",
			"| Ports listening on the customer's network as installed | TCP 445 (DentaSense image database), TCP 1433 (DentaSense image database) |")
		kindtest.SaysNone(t, rel, csd, "Hospital network", "hospital network", "biomedical engineering teams", "the customer's IT staff and")
	}
	// The cloud backup comes with 3.0: 2.4's CSD has neither its port nor its service.
	kindtest.SaysNone(t, "2.4/csd.md", read("dentasense/2.4/csd.md"), "backup.orvella-dental.example")
	kindtest.SaysAll(t, "3.0/csd.md", read("dentasense/3.0/csd.md"),
		"| 2 | Allow | DentaSense image database | backup.orvella-dental.example | 443/TCP | HTTPS (cloud backup) (Network connection of the practice's server) | When enabled |")
}

// TestDentalXrayOlderVersionDoesNotDescribeTheBackup: the cloud backup
// came with 3.0, but the description, the cloud statement, the backup
// section and the server's interface were written once for every
// version, so 2.4's CSD, MDS2 form and end-of-support notice spoke of it
// ("Restore the database and the image folder from the practice's backup
// or from DentaSense Cloud Backup", "From 3.0 the practice can turn on
// backup ..."). 3.0 now writes its own texts (versions.changes
// description, use_environment, cloud_statement, backup,
// interfaces_changed), which 3.1 inherits; 2.4's documents keep 2.4's.
func TestDentalXrayOlderVersionDoesNotDescribeTheBackup(t *testing.T) {
	read := buildFixture(t, "dentalxray")
	for _, rel := range []string{"dentasense/2.4/csd.md", "dentasense/2.4/mds2.md", "dentasense/2.4/mds2.json", "dentasense/notices/eos-2.4.md"} {
		kindtest.SaysNoneBecause(t, rel, read(rel), "2.4 has no cloud backup",
			"Cloud Backup", "cloud backup", "backup service", "from 3.0", "From 3.0", "From version 3.0")
	}
	kindtest.SaysAll(t, "2.4/csd.md", read("dentasense/2.4/csd.md"),
		"DentaSense needs nothing outside the practice's network to acquire and show images.\n",
		"**How.** The practice backs them up with its own backup tool.\n",
		"| Network connection of the practice's server | DentaSense image database (hosted by the customer) | Ethernet | Serving the image database and image share to the chairside PCs. |")
	kindtest.SaysAll(t, "2.4/mds2.json", read("dentasense/2.4/mds2.json"),
		`"from": "description is the device description"`,
		`"from": "intended_use states the intended use, and use_environment where and by whom the device is used and the networks it joins"`)
	// 3.0 and the current 3.1 (which inherits 3.0's texts) say it, and
	// their forms' derived answers point at 3.0's keys.
	for _, v := range []string{"dentasense/3.0/", "dentasense/"} {
		kindtest.SaysAll(t, v+"csd.md", read(v+"csd.md"),
			"DentaSense needs nothing outside the practice's network to acquire and show images. The practice can turn on backup of its images to Orvella's cloud backup service.",
			"**How.** The practice backs them up with its own backup tool, and can also turn on DentaSense Cloud Backup.",
			"2. Restore the database and the image folder from the practice's backup or from DentaSense Cloud Backup.",
			"with the image database on the practice's server, which reaches Orvella's cloud backup service over the practice's internet connection when the practice turns the backup on.")
		kindtest.SaysAll(t, v+"mds2.json", read(v+"mds2.json"),
			"images can be exported as DICOM files. The practice can back its images up to Orvella's cloud backup service.",
			`"from": "versions[1].changes.description is the device description"`,
			`"from": "intended_use states the intended use, and versions[1].changes.use_environment where and by whom the device is used and the networks it joins"`)
	}
}

// TestDentalXrayPlatformsOnLifecycleAndPlan: the lifecycle page and the
// plan said nothing of 2.4 running only on Windows 10, past Microsoft's
// end of support while 2.4 stays supported: now its status row and
// section 4 say so, with the date, and lifecycle.json carries the
// platforms; 3.1, on a Windows 11 still supported, is not called past,
// and its Windows 11 24H2 within a year is singled out.
func TestDentalXrayPlatformsOnLifecycleAndPlan(t *testing.T) {
	read := buildFixture(t, "dentalxray")
	past := "Every platform version that version `2.4` supports for DentaSense Imaging (chairside) and DentaSense image database is past its vendor's end of support (Windows 10 Pro 22H2 on 14 October 2025): the customer can run them only on a platform whose vendor no longer supports it for every customer, while the version's own support runs until 14 October 2026."
	kindtest.SaysAll(t, "lifecycle.md", read("dentasense/lifecycle.md"),
		"| 2.4 | DS-1, DS-2 | Limited Support (regular releases stopped on 2025-10-14); DentaSense Imaging (chairside) and DentaSense image database run only on platform versions past their vendor's end of support |",
		past,
		"| Windows 10 Pro (Microsoft) | 22H2 | DentaSense Imaging (chairside) and DentaSense image database | Ended on 2025-10-14 |",
		"| Windows 11 Pro (Microsoft) | 24H2 | DentaSense Imaging (chairside) and DentaSense image database | 2026-10-13 (within twelve months) |",
		"| Windows Server (Microsoft) | 2025 | DentaSense image database | Not stated |")
	kindtest.SaysNone(t, "lifecycle.md", read("dentasense/lifecycle.md"),
		"Every platform version that version `3.0`", "Every platform version that version `3.1`", "| 3.1 | DS-1, DS-2 | Support (every platform")
	kindtest.SaysAll(t, "security-plan.md", read("dentasense/security-plan.md"),
		past,
		"For version `3.1`, vendor support of Windows 11 Pro 24H2 (13 October 2026) ends within twelve months of 2 March 2026.",
		"In version `3.1` of the product, DentaSense Imaging (chairside) and the DentaSense image database run on the platform versions below, which the customer supplies: Orvella Dental Imaging, Inc. neither supplies nor updates them")
	kindtest.SaysAll(t, "lifecycle.json", read("dentasense/lifecycle.json"),
		`"parts_on_ended_platforms": [`,
		`"end_of_support": "2025-10-14",`,
		`"vendor_support_ended": true,`)
}

// TestNoPlatformsNoPlatformWords: a product without [[platforms]] has no
// platform paragraph on its lifecycle page or in its plan, nor platforms
// in lifecycle.json (its documents are as they were).
func TestNoPlatformsNoPlatformWords(t *testing.T) {
	read := buildFixture(t, "ventilator")
	for _, rel := range []string{"v500/lifecycle.md", "v500/security-plan.md", "v500/lifecycle.json"} {
		kindtest.SaysNone(t, rel, read(rel), "runs on the platform versions below", "vendor support of", "past its vendor's end of support", `"platforms"`, "each version's platforms")
	}
}
