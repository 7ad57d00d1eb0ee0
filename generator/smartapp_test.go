package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/smartapp is a SMART on FHIR sepsis-risk app launched inside the
// hospital's EHR, scored in the maker's cloud (its product file's header
// says what it holds).

// TestSmartAppFirewallRules: only outbound HTTPS crosses the hospital's
// firewall, to the app, the scoring API and the CDS Hooks service; the
// admin console that only Veridane's support staff reach (DF-07 comes from
// a workstation in the manufacturer's zone) got a rule telling the
// hospital to let its network reach it.
func TestSmartAppFirewallRules(t *testing.T) {
	read := buildFixture(t, "smartapp")
	for _, rel := range []string{"sepsisguard/csd.md", "sepsisguard/2.3/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"No port in [3.2 Network ports](#3-2-network-ports) listens on the hospital network.",
			"| 1 | Allow | Hospital network | app.sepsisguard.example | 443/TCP |",
			"| 2 | Allow | Hospital network | api.sepsisguard.example | 443/TCP |",
			"| admin.sepsisguard.example | Veridane support staff's admin console; reachable only from Veridane's network. |")
		kindtest.SaysNone(t, rel, csd, "| Allow | Hospital network | admin.sepsisguard.example")
	}
	kindtest.SaysAll(t, "sepsisguard/csd.md", read("sepsisguard/csd.md"),
		"| 3 | Allow | Hospital network | cds.sepsisguard.example | 443/TCP |")
	kindtest.SaysNone(t, "sepsisguard/2.3/csd.md", read("sepsisguard/2.3/csd.md"), "| Allow | Hospital network | cds.sepsisguard.example", "from the EHR to cds.sepsisguard.example")
}

// TestSmartAppAccountsAndEHR: the clinicians' identities are the EHR's,
// managed by the hospital; the EHR is another maker's system whose support
// that maker decides, never a stage of Veridane's.
func TestSmartAppAccountsAndEHR(t *testing.T) {
	read := buildFixture(t, "smartapp")
	csd := read("sepsisguard/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Clinician | User | SMART on FHIR launch:",
		"created and removed by the hospital in the EHR, and the hospital's EHR security point that lets the user launch the app. | Hospital |",
		"| Veridane support engineer | Administrator |",
		"**Epic EHR** is a system of Epic Systems Corporation.",
		"| Epic February 2024 | 2.3, 3.0 | 2024-02-15 | Not set | Not set | Not stated | Not stated |")
	kindtest.SaysAll(t, "lifecycle.md", read("sepsisguard/lifecycle.md"),
		"Epic EHR is a system of Epic Systems Corporation; the Veridane SepsisGuard works with the versions below, whose support Epic Systems Corporation decides.",
		"The product runs only where Veridane Health, Inc. hosts it, so the customer can neither patch it nor isolate it on its own network")
	notice := read("sepsisguard/notices/eol-2.3.md")
	kindtest.SaysAll(t, "eol-2.3.md", notice,
		"No part of the Veridane SepsisGuard is on the customer's network: SepsisGuard cloud service runs in a service the manufacturer hosts. There is nothing of the product to isolate there.",
		"| Veridane Health, Inc. stops running the affected versions for its customers (switch-off) | 2027-03-31 |",
		"### 9.4 Backup\n\nNothing of the Veridane SepsisGuard runs at the customer: Veridane Health, Inc. hosts it, so there is nothing of it for the customer to back up. What becomes of the customer's data when Veridane Health, Inc. stops running the affected versions is in [5.1 Switch-off of the hosted service and the customer's data](#5-1-switch-off-of-the-hosted-service-and-the-customer-s-data).")
}

// TestSmartAppCloudServicePerVersion: 3.0 added the CDS Hooks endpoint to
// the cloud service (versions.changes.cloud_services_changed), so 2.3's
// CSD lists the two host names 2.3 has and 3.0's the three; each MDS2
// form derives MPII-3.7 and CONN-6 from its own version's entry.
func TestSmartAppCloudServicePerVersion(t *testing.T) {
	read := buildFixture(t, "smartapp")
	kindtest.SaysAll(t, "sepsisguard/2.3/csd.md", read("sepsisguard/2.3/csd.md"),
		"| SepsisGuard cloud service | Veridane, on Microsoft Azure | Scoring and the SMART app's web UI. | PHI, PII | app.sepsisguard.example; api.sepsisguard.example | Yes |")
	kindtest.SaysNone(t, "sepsisguard/2.3/csd.md", read("sepsisguard/2.3/csd.md"), "cds.sepsisguard.example")
	kindtest.SaysAll(t, "sepsisguard/csd.md", read("sepsisguard/csd.md"),
		"| SepsisGuard cloud service | Veridane, on Microsoft Azure | Scoring, the SMART app's web UI and the CDS Hooks service. | PHI, PII | app.sepsisguard.example; api.sepsisguard.example; cds.sepsisguard.example | Yes |")
	kindtest.SaysAll(t, "sepsisguard/2.3/mds2.csv", read("sepsisguard/2.3/mds2.csv"),
		"derived,cloud.services[0].data lists PHI or PII (SepsisGuard cloud service)",
		"derived,cloud.services[0].required is true for SepsisGuard cloud service")
	kindtest.SaysAll(t, "sepsisguard/mds2.csv", read("sepsisguard/mds2.csv"),
		"derived,versions[1].changes.cloud_services_changed[0].data lists PHI or PII (SepsisGuard cloud service)",
		"derived,versions[1].changes.cloud_services_changed[0].required is true for SepsisGuard cloud service")
}
