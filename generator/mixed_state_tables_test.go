package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDPortsMixedStates: the smart bed's CSD listed the BedView
// gateway's ports, on a server the hospital hosts, beside the bed's under
// "As shipped", and its legend said that was the state before the
// hospital changes any setting: nothing of the gateway's server is
// shipped. Its ports table now heads the column "Enabled" and the legend
// says, as under the plan's ports table, when that holds for each part.
// The navigation cart's parts are all on the device: it keeps "As
// shipped".
func TestCSDPortsMixedStates(t *testing.T) {
	csd := section(t, buildFixture(t, "smartbed")("corva/csd.md"), "### 3.2", "### 3.3")
	kindtest.SaysAll(t, "smartbed csd.md 3.2", csd,
		"| Port | Service (interfaces) | Part | Direction | Enabled | Encrypted, authenticated |",
		`For the ports of the Corva bed controller, "Enabled" is their state as shipped. For the ports of the BedView gateway, on a server the customer hosts, "Enabled" is their state once the part is installed there. A port used the same way`)
	kindtest.SaysNone(t, "smartbed csd.md 3.2", csd, "| As shipped |", `"As shipped" is the port's state`)

	csd = section(t, buildFixture(t, "navcart")("stella-nx/csd.md"), "### 3.2", "### 3.3")
	kindtest.SaysAll(t, "navcart csd.md 3.2", csd,
		"| Port | Service (interfaces) | Part | Direction | As shipped |",
		`"As shipped" is the port's state before the hospital changes any setting.`)
	kindtest.SaysNone(t, "navcart csd.md 3.2", csd, "| Enabled |", "For the ports of")
}

// TestPlanConnectivityMixedStates: the plan's 1.6 listed the smart bed's
// gateway VM adapter, on a server the hospital hosts, under "Enabled as
// shipped" beside the bed's Wi-Fi, with no part named. It now heads the
// column "Enabled", names each row's part and says under the table when
// the state holds for each, as the interfaces table does. The navigation
// cart, all on the device, keeps "Enabled as shipped" and no part column.
func TestPlanConnectivityMixedStates(t *testing.T) {
	plan := section(t, buildFixture(t, "smartbed")("corva/security-plan.md"), "### 1.6", "### 1.7")
	kindtest.SaysAll(t, "smartbed security-plan.md 1.6", plan,
		"| Interface | Part | Kind | Enabled | Purpose |",
		"| Gateway VM network adapter | BedView gateway (hosted by the customer) |",
		`For the interfaces of the Corva bed controller, "Enabled" is their state as shipped. For the interfaces of the BedView gateway, on a server the customer hosts, "Enabled" is their state once the part is installed there: what the part runs on is not shipped with the product.`)
	kindtest.SaysNone(t, "smartbed security-plan.md 1.6", plan, "Enabled as shipped")

	plan = section(t, buildFixture(t, "navcart")("stella-nx/security-plan.md"), "### 1.6", "### 1.7")
	kindtest.SaysAll(t, "navcart security-plan.md 1.6", plan, "| Interface | Kind | Enabled as shipped | Purpose |")
	kindtest.SaysNone(t, "navcart security-plan.md 1.6", plan, "| Enabled |", "For the interfaces of")
}

// k8saiNotice builds the notices of BleedAlert with an end-of-support
// notice about 2.3, hosted as hosting says.
func k8saiNotice(t *testing.T, hosting string) (notice, csaf string) {
	t.Helper()
	files, _ := buildFixtureEdited(t, "k8sai", "bleedalert.toml", func(s string) string {
		s = kindtest.Replace("[documents]\nbuild = [\"security_plan\", \"csd\", \"mds2\", \"lifecycle\"]", "[documents]\nbuild = [\"security_plan\", \"csd\", \"mds2\", \"lifecycle\", \"notices\"]")(s)
		s = kindtest.Replace("runs = \"customer_hosted\"\nhosting = \"container_platform\"", "runs = \"customer_hosted\"\nhosting = \""+hosting+"\"")(s)
		return kindtest.Replace("[documents]\n", `[[notices]]
id = "eos-2.3"
kind = "end_of_support"
issued = 2026-03-02
summary = "Support of BleedAlert 2.3 ends on 31 March 2027."
versions = ["2.3"]
upgrade_paths = [{ kind = "software_only", to_version = "2.4", description = "Deploy the 2.4 images." }]
compensating_controls = []
maintenance = "Until 31 March 2027 Vireo gives technical support for 2.3."
operating_systems = ["Debian 12 base image"]
decommissioning = "Delete the 2.3 deployments from the cluster."
stops = [{ what = "technical_support", milestone = "end_of_support" }]

[notices.customer_actions]
network_isolation = "Allow the cluster to reach only the PACS, the worklist and Vireo's registry."
backup = "Back up the results database before the upgrade."

[notices.document]
id = "VN-BA-EOS-23"
revision = "A"
release_date = 2026-03-02
owner = "BleedAlert product security lead"
approvals = [{ role = "Head of Quality", name = "M. Okafor", date = 2026-02-26 }]
history = [{ revision = "A", date = 2026-03-02, summary = "First release." }]

[documents]
`)(s)
	})
	notice, csaf = files["bleedalert/notices/eos-2.3.md"], files[".well-known/csaf/white/2026/vn-ba-eos-23.json"]
	if notice == "" || csaf == "" {
		t.Fatalf("k8sai (hosting %s): the notice or its CSAF twin was not built", hosting)
	}
	return notice, csaf
}

// TestNoticeContainerPlatformUpkeep: BleedAlert runs on the hospital's
// own Kubernetes cluster (hosting = "container_platform"); its notice and
// the notice's CSAF twin said the customer's own traffic "to and from the
// host that the BleedAlert services runs on" is for its own rules. No one
// host is the part's: they now name the platform's nodes, as the CSD's
// firewall rules do. Written hosting = "premises", the host comes back.
func TestNoticeContainerPlatformUpkeep(t *testing.T) {
	const (
		platform = "The customer's own traffic to and from the nodes of the container platform that runs the BleedAlert services (the platform's own traffic between its nodes, backup, monitoring, administrators' sign-in and, where the customer keeps the operating system, its updates) is for the customer's own rules, even if that platform runs nothing but the product: the ports "
		host     = "The customer's own traffic to and from the host that runs the BleedAlert services (backup, monitoring, administrators' sign-in and, where the customer keeps the operating system, its updates) is for the customer's own rules, even if that host runs nothing but the product: the ports "
	)
	notice, csaf := k8saiNotice(t, "container_platform")
	kindtest.SaysAll(t, "k8sai eos-2.3.md", notice, platform+"below are only the product's own connections. Apart from that traffic, the product uses")
	kindtest.SaysAll(t, "k8sai vn-ba-eos-23.json", csaf, platform+"listed next are only the product's own connections. Apart from that traffic, the product uses")
	for doc, text := range map[string]string{"eos-2.3.md": notice, "vn-ba-eos-23.json": csaf} {
		kindtest.SaysNoneBecause(t, "k8sai "+doc, text, "the services run on the hospital's container platform", "the host that", "that host runs")
	}

	notice, csaf = k8saiNotice(t, "premises")
	kindtest.SaysAll(t, "k8sai (premises) eos-2.3.md", notice, host+"below are only")
	kindtest.SaysAll(t, "k8sai (premises) vn-ba-eos-23.json", csaf, host+"listed next are only")
	for doc, text := range map[string]string{"eos-2.3.md": notice, "vn-ba-eos-23.json": csaf} {
		kindtest.SaysNoneBecause(t, "k8sai (premises) "+doc, text, "hosting is premises", "container platform")
	}
}
