package generator

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildHybridhosted builds testdata/hybridhosted: fracture-detection
// software (SaMD) in three container images, split between the hospital's
// premises and its own cloud tenancy: a DICOM gateway on a virtual
// machine in the hospital's data centre, beside the PACS, and an
// inference service and a web viewer on a managed Kubernetes cluster in
// the hospital's tenancy. The gateway sends each study to the inference
// service over the hospital's site-to-site VPN (8443/TCP, not internal:
// both networks' firewalls see it); clinicians reach the viewer over the
// same VPN. The manufacturer hosts only its container registry (pulled
// from by the gateway's machine and the cluster) and a licence server.
// Otherwise the selfhosted fixture's versions, SBOMs, vulnerabilities and
// notice.
func buildHybridhosted(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "hybridhosted")
}

// TestHybridhostedCheckIsClean: the fixture has no error, and only the
// warnings its header explains, each true of the data.
func TestHybridhostedCheckIsClean(t *testing.T) {
	got := fixtureCheck(t, "hybridhosted", "", nil)
	n := 0
	for _, line := range strings.Split(got, "\n") {
		switch {
		case line == "":
			continue
		// A part the manufacturer hosts whose patching (and monitoring)
		// is not written: the CSD's responsibility table says "Not stated".
		case strings.Contains(line, ".patching: not stated: who patches ") && strings.Contains(line, ", which the manufacturer hosts"):
		// Its patching sent to the software updates section, its
		// monitoring alone not written.
		case strings.Contains(line, ".monitoring: not stated: who monitors ") && strings.Contains(line, ", which the manufacturer hosts"):
		case partialLinkNo(line):
		case publishedDocDenied(line): // hand DTBK-6 No without a note beside backup.authenticity (review 89b, mobileapp #4)
		case strings.HasPrefix(line, "diagrams: CSD: FDA labeling item 2"),
			strings.HasPrefix(line, "versions[1]: version 2.3 is in Support and its end_of_life is not set, but major components have lost their support or lose it within the 12 months of notice end_of_life.notice_months commits to: Alpine Linux 3.22.0"),
			strings.Contains(line, "its subject names version \"2.2.6\", which is not a version of the product"),
			strings.Contains(line, "its subject names version \"2.3.1\", which is not a version of the product"),
			strings.HasPrefix(line, "versions[1].changes.sbom_files[2]: gateway-2.3.1.cdx.json: 1 of its 3 components is also in viewer-2.3.1.cdx.json"),
			strings.HasPrefix(line, "risk.evaluation: not stated"),
			strings.HasPrefix(line, "mds2.answers.TXCF-2: answer See Note (explained in note 6) overrides the answer No the product data gives"), // task mds2r3: TXCF-2 now derives No from the unencrypted DICOM flow; note 6 explains
			strings.HasPrefix(line, "threats: threat model has no threat for the"),
			strings.HasPrefix(line, "controls: no control in the FDA category"),
			strings.HasPrefix(line, "architecture: no \"Security use case views\" architecture view"),
			strings.HasPrefix(line, "end_of_life.notice_months: 12 months of notice is less than the 24 months"),
			strings.HasPrefix(line, "notices[0].issued: issued 2026-06-15, on the day of version 2.2's end of life on 2026-06-15; IMDRF N70 asks for at least 24 months' notice"),
			strings.HasPrefix(line, "notices[0].issued: issued 2026-06-15, 12 months before version 2.2's end of support on 2027-06-30; IMDRF N70 asks for at least 24 months' notice"):
		default:
			t.Errorf("check reports what the fixture does not explain: %s", line)
		}
		n++
	}
	if n != 27 {
		t.Errorf("check reports %d warnings; the fixture header explains 23, 2 parts the manufacturer hosts without patching, the hand NAUT-1 No beside mutual TLS, and the hand DTBK-6 No beside backup.authenticity", n)
	}
}

// TestHybridhostedCSDSaysWhichNetworkEachPortIsOn: with the gateway on
// the hospital's premises and the inference service and the viewer in
// its cloud tenancy, the CSD's key facts said every port listens "on the
// hospital network" and every connection is opened from it, its firewall
// section was for "the parts on the hospital network", and its rules
// named the parts without their network, so the rule from the gateway to
// the inference service read as one inside the hospital network. Each
// port, connection and rule end that is a part now says which network it
// is on, the section speaks of both networks, and the rule that crosses
// from one to the other says to allow it at both boundaries. A rule one of
// whose ends the data place on neither network (the clinicians' browsers,
// named by the viewer's port alone, which no [[flow_endpoints]] entry
// places) may cross too: the section names it among the rules to allow at
// each boundary they cross (content.FirewallRule.NetworkUnstated), and
// the crossing rule, whose ends are both placed, not among them.
func TestHybridhostedCSDSaysWhichNetworkEachPortIsOn(t *testing.T) {
	site := buildHybridhosted(t)
	for _, rel := range []string{"ossiva-hx/csd.md", "ossiva-hx/2.2/csd.md"} {
		csd := site(rel)
		kindtest.SaysAll(t, rel, csd,
			"| Ports listening on the hospital network or the network of the hospital's cloud tenancy as shipped | TCP 443 (Ossiva HX web viewer, in the hospital's cloud tenancy), TCP 8443 (Ossiva HX inference service, in the hospital's cloud tenancy), TCP 11112 (Ossiva HX DICOM gateway, on the hospital network) |",
			"| Connections opened from the hospital network or the network of the hospital's cloud tenancy as shipped | TCP 104 (Ossiva HX DICOM gateway, on the hospital network), ",
			"TCP 443 (Ossiva HX inference service, in the hospital's cloud tenancy), TCP 443 (Ossiva HX web viewer, in the hospital's cloud tenancy), TCP 8443 (Ossiva HX DICOM gateway, on the hospital network) |",
			"### 3.3 Firewall rules for the parts on the hospital network or the network of the hospital's cloud tenancy\n",
			"\"From\" and \"To\" name the part and the network it is on, or the approved endpoints, or the hospital's own systems that the data flows name as users of a service the manufacturer hosts.",
			"| 6 | Allow | Ossiva HX DICOM gateway, on the hospital network | Ossiva HX inference service, in the hospital's cloud tenancy | 8443/TCP |",
			"| 7 | Allow | Hospital PACS | Ossiva HX DICOM gateway, on the hospital network | 11112/TCP |",
			"| 3 | Allow | Clinicians' browsers on the hospital network | Ossiva HX web viewer, in the hospital's cloud tenancy | 443/TCP |",
			"Rule 6 joins an end on the hospital network to one in the hospital's cloud tenancy, across the link the hospital runs between the two: allow it at the boundary of both.",
			"| 8443/TCP | HTTPS (gRPC, mutual TLS) (Network interface of the gateway's virtual machine) | Ossiva HX DICOM gateway (hosted by the customer, on its premises) | Out |",
			"| Ossiva HX inference service | Hosted by the customer, in its own cloud tenancy |",
			"| Ossiva HX DICOM gateway | Hosted by the customer, on its premises |")
		kindtest.SaysNone(t, rel, csd, "Ports listening on the hospital network as shipped", "opened from the hospital network as shipped",
			"parts on the hospital network\n", "TCP 8443 (Ossiva HX inference service),", "| Allow | Ossiva HX DICOM gateway | Ossiva HX inference service |")

		browsers := firewallRuleNumber(t, rel, csd, "Clinicians' browsers on the hospital network", "Ossiva HX web viewer, in the hospital's cloud tenancy")
		crossing := firewallRuleNumber(t, rel, csd, "Ossiva HX DICOM gateway, on the hospital network", "Ossiva HX inference service, in the hospital's cloud tenancy")
		m := unstatedNetworkRules.FindStringSubmatch(csd)
		if m == nil {
			t.Errorf("%s gives no rules whose end's network the data do not state", rel)
			continue
		}
		listed := strings.Split(strings.Replace(m[1], " and ", ", ", 1), ", ")
		if !slices.Contains(listed, browsers) {
			t.Errorf("%s: %q does not name rule %s, the clinicians' browsers' to the web viewer", rel, m[0], browsers)
		}
		if slices.Contains(listed, crossing) {
			t.Errorf("%s: %q names rule %s, which joins two parts each placed on its network", rel, m[0], crossing)
		}
	}
}

// unstatedNetworkRules is the CSD's 3.3 sentence on the firewall rules
// an end of which the product data place on neither of the hospital's
// networks; its group is the list of rule numbers ("1, 3, 5 and 7").
var unstatedNetworkRules = regexp.MustCompile(`Rules? ([0-9]+(?:, [0-9]+)*(?: and [0-9]+)?) reach(?:es)? (?:a system|systems) whose network, the hospital network or the hospital's cloud tenancy, the product data do not state: allow (?:it|them) at each boundary (?:it crosses|they cross)\.`)

// firewallRuleNumber is the number of the allow rule from "from" to "to"
// in the firewall rules table of csd (the CSD at rel), read from the table
// so that a rule added before it does not break the test.
func firewallRuleNumber(t *testing.T, rel, csd, from, to string) string {
	t.Helper()
	for _, line := range strings.Split(csd, "\n") {
		cells := strings.Split(line, " | ")
		if len(cells) > 3 && strings.HasPrefix(cells[0], "| ") && cells[1] == "Allow" && cells[2] == from && cells[3] == to {
			return strings.TrimPrefix(cells[0], "| ")
		}
	}
	t.Fatalf("%s has no firewall rule from %q to %q", rel, from, to)
	return ""
}

// TestHybridhostedRegistryPullFromBothHosts: the gateway's machine and
// the hospital's cluster both pull from the registry (DF-08 names the
// gateway, DF-07 the cluster); the rule allowed the pull only from the
// gateway, and a tenancy firewall built from it blocked the cluster.
func TestHybridhostedRegistryPullFromBothHosts(t *testing.T) {
	csd := buildHybridhosted(t)("ossiva-hx/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| 2 | Allow | Ossiva HX DICOM gateway, on the hospital network; Hospital's Kubernetes cluster | registry.ossiva-diagnostics.example | 443/TCP |")
}

// TestHybridhostedPlanSaysWhichNetworkEachPortIsOn: the plan's 6.4 said
// "the parts on the customer's network listen on" the viewer's, the
// inference service's and the gateway's ports, as if on one network; its
// tables said each part is "hosted by the customer" without saying which
// of them the customer hosts in its tenancy.
func TestHybridhostedPlanSaysWhichNetworkEachPortIsOn(t *testing.T) {
	plan := buildHybridhosted(t)("ossiva-hx/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"As shipped, the parts on the customer's networks listen on 443/TCP (Ossiva HX web viewer, in the customer's cloud tenancy), 8443/TCP (Ossiva HX inference service, in the customer's cloud tenancy) and 11112/TCP (Ossiva HX DICOM gateway, on the network of the customer's premises).",
		"| 11112/TCP | DICOM | Ossiva HX DICOM gateway (hosted by the customer, on its premises) | Inbound |",
		"| 8443/TCP | HTTPS (gRPC, mutual TLS) | Ossiva HX inference service (hosted by the customer, in its own cloud tenancy) | Inbound |")
	kindtest.SaysNone(t, "security-plan.md", plan, "the parts on the customer's network listen")
}

// TestHybridhostedDescriptionPerVersion: 2.3's fracture model added the
// chest wall, but the one description said so in 2.2's MDS2 form too.
func TestHybridhostedDescriptionPerVersion(t *testing.T) {
	read := buildFixture(t, "hybridhosted")
	old := read("ossiva-hx/2.2/mds2.md")
	kindtest.SaysAll(t, "2.2/mds2.md", old, "Ossiva HX marks suspected fractures on radiographs of the limbs and pelvis and returns")
	kindtest.SaysNoneBecause(t, "2.2/mds2.md", old, "2.2's model does not cover the chest wall", "chest wall")
	kindtest.SaysAll(t, "mds2.md", read("ossiva-hx/mds2.md"), "on radiographs of the limbs, pelvis and chest wall and returns")
}

// TestHybridhostedFirewallLeavesTheHospitalsHostsAlone: the gateway's
// virtual machine and the tenancy's cluster are the hospital's, even
// though they run nothing but Ossiva: the CSD's final deny is for the
// product's traffic, not for the hospital's own backup, monitoring,
// administrators' sign-in or operating-system updates of those hosts.
func TestHybridhostedFirewallLeavesTheHospitalsHostsAlone(t *testing.T) {
	read := buildHybridhosted(t)
	for _, rel := range []string{"ossiva-hx/csd.md", "ossiva-hx/2.2/csd.md"} {
		kindtest.SaysAll(t, rel, read(rel),
			"| Deny, log | Any | Any | Any | Everything else | Always |",
			"The hospital keeps the host that runs the Ossiva HX DICOM gateway and the cloud tenancy that holds the Ossiva HX inference service and the Ossiva HX web viewer. These rules cover only the product's own connections: the hospital's own traffic to and from that host and that tenancy (backup, monitoring, administrators' sign-in, and operating-system updates where the hospital installs them) is for the hospital's own rules, not the final deny, even if the host or the tenancy runs nothing but the product.")
	}
}
