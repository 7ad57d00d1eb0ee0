package generator

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildImplant builds testdata/implant: an implantable cardiac rhythm
// system unlike the examples (an implant with radio telemetry only, a
// clinician programmer on the hospital's Wi-Fi, a home monitor that
// reaches the manufacturer's cloud over its own cellular modem, a cloud
// service the manufacturer hosts as a related system). It returns the
// Markdown of the document at rel (e.g. "cardiorhythm/csd.md").
func buildImplant(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "implant")
}

// TestImplantCSDGivesTheCellularModemNoFirewallRule: the home monitor's
// only network is its cellular modem, whose traffic goes over the mobile
// operator's network and through no firewall of the customer's (the
// hospital, which provides the home monitor to its patients). The CSD
// of each supported version must not give it a firewall rule (it gave
// two: one from its own port, one from the cloud listener naming it as
// peer_part) or count its connection among those opened from the
// hospital network, and says why no rule is given; the programmer's
// Wi-Fi port and the portal keep theirs.
func TestImplantCSDGivesTheCellularModemNoFirewallRule(t *testing.T) {
	read := buildImplant(t)
	for _, rel := range []string{"cardiorhythm/csd.md", "cardiorhythm/5.0/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"| 1 | Allow | Clinician's web browser | portal.aurora.cardiova.example | 443/TCP | HTTPS (Aurora clinician portal) | As shipped |",
			"| 2 | Allow | Aurora clinician programmer | The hospital's report server, configured by the hospital | 443/TCP | HTTPS (Wi-Fi) | When enabled |",
			"The cellular connections of the Aurora home monitor go over the mobile operator's network, not the hospital network: no firewall rule is given for them.",
			"The cellular connections of the Aurora home monitor go over the mobile operator's network, not the hospital network: no rule is given for them.",
		)
		kindtest.SaysAll(t, rel, csd, "| Connections opened from the hospital network as shipped | TCP 443 (Clinician's web browser, to Aurora remote monitoring service) | Can be enabled: TCP 443 (Aurora clinician programmer). The cellular connections of the Aurora home monitor",
			"| Aurora home monitor (on the device) | Out | On | Encrypted and authenticated | ingest.aurora.cardiova.example |")
		kindtest.SaysNoneBecause(t, rel, csd, "the home monitor's cellular modem passes no firewall of the customer's",
			"| Allow | Aurora home monitor |",
			"Aurora home monitor: TCP 443",
			"| Aurora remote monitoring service (hosted by the manufacturer) | 443/TCP | HTTPS (Cellular) |",
		)
	}
}

// TestImplantNoticeKeepsTheCellularPortOffTheCustomersNetwork: the end-of-
// support notice asks the customer to block every port it does not list;
// the home monitor's cellular connection is no port on the customer's
// network to keep open, and the notice says why it is not listed instead
// of listing it among the ports the device needs there.
func TestImplantNoticeKeepsTheCellularPortOffTheCustomersNetwork(t *testing.T) {
	notice := buildImplant(t)("cardiorhythm/notices/eos-5.0.md")
	kindtest.SaysAll(t, "eos-5.0.md", notice,
		"| 443/TCP | HTTPS | Aurora clinician programmer (on the device) | Outbound | Wi-Fi |",
		"443/TCP of the Aurora home monitor over Home monitor cellular modem (LTE-M) is not listed: it connects over a cellular interface, through the mobile operator's network rather than the customer's, so no firewall of the customer's passes it.",
	)
	kindtest.SaysNoneBecause(t, "eos-5.0.md", notice, "a cellular port is no port the customer keeps open",
		"| 443/TCP | HTTPS | Aurora home monitor (on the device) |",
		"The ports of Aurora home monitor are not listed",
	)
}

// TestImplantDoesNotAskTheCustomerToVersionTheManufacturersCloud: the
// remote monitoring service is a related system the manufacturer hosts;
// the customer neither keeps it on a version nor checks its version
// before upgrading. The documents state which versions work together
// and ask nothing of the customer about it (the example's Connect
// server, which the hospital hosts, keeps the instruction: its golden).
func TestImplantDoesNotAskTheCustomerToVersionTheManufacturersCloud(t *testing.T) {
	read := buildImplant(t)
	csd, notice := read("cardiorhythm/csd.md"), read("cardiorhythm/notices/eos-5.0.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"works with the following system of Cardiova Medical, Inc., a part of the product that has its own versions and support dates.\n",
		"| Versions that work with software 6.0 | 2025.3 |",
	)
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the manufacturer runs its cloud service's version", "Keep it on a version")
	// The service is the product's part "cloud" (related_systems.part):
	// not a separate product, as the CSD called it. Without the part it is.
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the related system is the product's cloud part", "a separate product")
	files, _ := buildFixtureEdited(t, "implant", "cardiorhythm.toml", kindtest.Replace("kind = \"cloud_service\"\npart = \"cloud\"\n", "kind = \"cloud_service\"\nruns = \"manufacturer_hosted\"\n"))
	kindtest.SaysAll(t, "no part: csd.md", files["cardiorhythm/csd.md"], "works with the following system of Cardiova Medical, Inc., a separate product with its own versions and support dates.\n")
	kindtest.SaysAll(t, "eos-5.0.md", notice, "Software `6.0` works with Aurora remote monitoring service `2025.3`.\n")
	kindtest.SaysNoneBecause(t, "eos-5.0.md", notice, "the manufacturer runs its cloud service's version", "check the version of Aurora remote monitoring service")
}

// TestImplantCSDSaysWhichEventsGoUnlogged: an event that does not say
// which logs record it has not said it goes unlogged ("Not stated"); one
// that writes logs = [] is not logged. The fixture's sign-in event names
// its log; the edit leaves logs out.
func TestImplantCSDSaysWhichEventsGoUnlogged(t *testing.T) {
	csd := buildImplant(t)("cardiorhythm/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Clinician sign-in and failed PIN entries on the programmer | Authentication | Recorded in the programmer audit log; no alert. | Programmer audit log |",
		"| Home monitor case opened | Physical | The home monitor's status light turns red. | None of the product's logs |",
	)
	files, _ := buildFixtureEdited(t, "implant", "cardiorhythm.toml", kindtest.Replace("no alert.\"\nlogs = [\"prog-audit\"]\n", "no alert.\"\n"))
	unstated := files["cardiorhythm/csd.md"]
	kindtest.SaysAll(t, "csd.md (no logs)", unstated,
		"| Clinician sign-in and failed PIN entries on the programmer | Authentication | Recorded in the programmer audit log; no alert. | Not stated |")
	kindtest.SaysNoneBecause(t, "csd.md (no logs)", unstated, "the event does not write logs", "no alert. | None of the product's logs |")
}

// TestImplantedPartIsNotSimplyReplaced: the advice to upgrade or replace
// the device once its software is unsupported says, for a part marked
// implanted, that it is in the patient's body and that replacing it is
// for the patient's physician to decide: in the lifecycle page's stage
// table, the end-of-support notice and (on the pump, edited to mark its
// pump part implanted, since the implant fixture builds no plan) the
// security plan. Without the mark the advice stays as it was.
func TestImplantedPartIsNotSimplyReplaced(t *testing.T) {
	const implant = "the Aurora implant is in the patient's body, and whether to replace it is for the patient's physician to decide"
	read := buildImplant(t)
	// The implant needs the manufacturer's cloud service, so the row gives
	// the manufacturer's own end_of_life.risk_transfer, then the implant.
	kindtest.SaysAll(t, "lifecycle.md", read("cardiorhythm/lifecycle.md"), "After a version's end of support, Cardiova releases no more security updates for it. The Aurora implant is in the patient's body, and whether to replace it is for the patient's physician to decide. |")
	kindtest.SaysAll(t, "eos-5.0.md", read("cardiorhythm/notices/eos-5.0.md"), "Until the affected devices are upgraded or replaced ("+implant+"), put these controls in place")

	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", func(s string) string {
		const part = "id = \"pump\"\nname = \"Halcyon LVP-7 pump\"\nruns = \"device\"\n"
		if !strings.Contains(s, part) {
			t.Fatal("the pump has no part \"pump\" as expected: update the test")
		}
		return strings.Replace(s, part, part+"implanted = true\n", 1)
	})
	out := filepath.Join(t.TempDir(), "site")
	if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
		t.Fatal(err)
	}
	plan := string(readTree(t, out)["halcyon-lvp7/security-plan.md"])
	kindtest.SaysAll(t, "security-plan.md", plan, "The customer should move to a supported version, or replace or isolate the device; the Halcyon LVP-7 pump is in the patient's body, and whether to replace it is for the patient's physician to decide.")

	for _, rel := range []string{"halcyon-lvp7/security-plan.md", "halcyon-lvp7/lifecycle.md"} {
		golden, err := os.ReadFile("../golden/" + rel)
		if err != nil {
			t.Fatal(err)
		}
		kindtest.SaysNoneBecause(t, rel, string(golden), "the example marks no part implanted", "in the patient's body")
	}
}

// TestImplantCSDJustifiesTheCycleItStates: the CSD's update timelines say
// releases are made as needed, within 90 days for a controlled risk; the
// reason given for them must not name a yearly cycle the data does not
// have (postmarket.patching.justification said "the regular cycle is
// yearly" beside regular_cycle "as needed" and regular_days = 90). The
// regular releases of 5.0 stopped at its end of life (the notice).
func TestImplantCSDJustifiesTheCycleItStates(t *testing.T) {
	read := buildImplant(t)
	for _, rel := range []string{"cardiorhythm/csd.md", "cardiorhythm/5.0/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"System releases as needed; home monitor firmware as needed. |",
			"**Why these timelines.** Implant firmware changes need a clinic visit, so releases follow the fixes needed rather than a fixed cycle:",
		)
		kindtest.SaysNoneBecause(t, rel, csd, "the regular cycle is as needed, within 90 days", "yearly")
	}
}

// TestImplantCSDSaysRemoteFollowUpNeedsTheService: the implant's intended
// use includes the remote follow-up of its patients, which its cloud
// statement says needs the remote monitoring service; cloud.services.
// required is whether the intended use depends on a service, so the CSD
// must not call the service optional or say the system needs no cloud
// service (it said "No (optional services only)").
func TestImplantCSDSaysRemoteFollowUpNeedsTheService(t *testing.T) {
	read := buildImplant(t)
	for _, rel := range []string{"cardiorhythm/csd.md", "cardiorhythm/5.0/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"| Needs the internet or a cloud service | Yes |",
			"Remote follow-up needs the Aurora remote monitoring service; the implant's therapy and in-clinic programming work without it.",
			"| ingest.aurora.cardiova.example; portal.aurora.cardiova.example | Yes |",
		)
		kindtest.SaysNoneBecause(t, rel, csd, "the intended use's remote follow-up needs the service", "No (optional services only)", "No, optional")
	}
}

// TestImplantCSDRelatedPortsNotAllInTheFirewallRules: the remote
// monitoring service's ingestion port is reached only by the home
// monitors over the mobile operator's network and has no firewall rule;
// the related-system section must not say its ports are in the firewall
// rules ("they are in 3.2 Network ports and the firewall rules in 3.3"),
// only that the rules cover those used on the customer's network.
func TestImplantCSDRelatedPortsNotAllInTheFirewallRules(t *testing.T) {
	csd := buildImplant(t)("cardiorhythm/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"The network ports of the Aurora remote monitoring service, seen from its side ([3.2 Network ports](#3-2-network-ports) lists them too; the firewall rules in [3.3 Firewall rules for the parts on the hospital network](#3-3-firewall-rules-for-the-parts-on-the-hospital-network) cover those used on the hospital network):",
		"- TCP 443, HTTPS, inbound (it listens): The ingestion API the home monitors connect to.",
	)
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the ingestion port has no firewall rule", "and the firewall rules in [3.3")
}

// TestImplantCSDEndpointsAreNotAllTheCustomers: the remote monitoring
// service's ingestion endpoint is where the home monitors reach it over
// the mobile operator's network, not where the customer does; the ports
// table's explanation says its endpoints are where it is reached, not
// "the host names at which the customer reaches it".
func TestImplantCSDEndpointsAreNotAllTheCustomers(t *testing.T) {
	csd := buildImplant(t)("cardiorhythm/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "reach it with outbound rules only, and its approved endpoints are the host names at which it is reached.")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "ingest.aurora.cardiova.example is reached by home monitors over cellular", "at which the customer reaches it")
}

// TestImplantCSDSaysWhatFromTheNetworkMeans: the rule to the clinician
// portal names no part of the product as its user; the flows name the
// clinician's browser, an outside system flow_endpoints place on the
// hospital's side, so its "From" is that browser (it was the hospital
// network as a whole); the section's opening, which says "From" and
// "To" name a part or the approved endpoints, must say so too, and no
// longer speak of the network as a whole. The rule's both directions are
// TestFirewallRulesNameTheUsersOfACloudPort and
// TestFirewallRuleNamesTheSystemsTheFlowsPlace in generator/content.
func TestImplantCSDSaysWhatFromTheNetworkMeans(t *testing.T) {
	csd := buildImplant(t)("cardiorhythm/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		`"From" and "To" name the part on the hospital network or the approved endpoints, or the hospital's own systems that the data flows name as users of a service the manufacturer hosts.`,
		"| 1 | Allow | Clinician's web browser | portal.aurora.cardiova.example |")
	kindtest.SaysNone(t, "csd.md", csd, "the hospital network as a whole", "| Allow | Hospital network |")
}

// TestImplantSaysTheCloudIsHostedByTheManufacturer: the related cloud
// service is the thing the manufacturer hosts, not something running
// inside one ("a cloud service that runs in a service the manufacturer
// hosts", in the CSD's related systems and the lifecycle page).
func TestImplantSaysTheCloudIsHostedByTheManufacturer(t *testing.T) {
	read := buildImplant(t)
	for _, rel := range []string{"cardiorhythm/csd.md", "cardiorhythm/lifecycle.md"} {
		md := read(rel)
		kindtest.SaysAll(t, rel, md, " is a cloud service hosted by the manufacturer")
		kindtest.SaysNoneBecause(t, rel, md, "a service does not run inside a service", "runs in a service the manufacturer hosts")
	}
}
