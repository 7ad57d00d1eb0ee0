package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/versionparts is the Tidewell Ambit infusion pump: 3.6 has only
// the pump on a serial cradle, 4.0 adds a Wi-Fi module and a server the
// hospital hosts (its product file's header says what it holds). No
// version has a component list, and no notices are built.
const (
	versionpartsCSD   = "ambit/csd.md"
	versionparts36CSD = "ambit/3.6/csd.md"
	versionpartsPage  = "ambit/lifecycle.md"
)

// TestVersionpartsFirewallSaysOnlyItsRules: 4.0's one allow rule (pump to
// server) is not marked "When enabled" (its state as shipped is not
// stated) and both its ends are parts, yet 3.3 said that rules marked
// "When enabled" are needed only once the feature is on, and that a
// described endpoint ("the hospital's PACS", for an infusion pump) is to
// be replaced by its address. Each sentence is now printed only where
// the rules have what it speaks of; the example is the product's own.
func TestVersionpartsFirewallSaysOnlyItsRules(t *testing.T) {
	csd := buildFixture(t, "versionparts")(versionpartsCSD)
	kindtest.SaysAll(t, versionpartsCSD, csd, "| 1 | Allow | Ambit AP-20 pump | Ambit Link server | 443/TCP | HTTPS (Wi-Fi) | Not stated |")
	kindtest.SaysNoneBecause(t, versionpartsCSD, csd, "no rule is when enabled, no end described", "Rules marked \"When enabled\"", "described rather than named", "PACS")

	// The workstation's rules end at systems written in words: the
	// example is its first, not an imaging word it happens to fit.
	ws := buildFixture(t, "workstation")("viewpoint-rw/csd.md")
	kindtest.SaysAll(t, "workstation csd.md", ws, `Where an endpoint is described rather than named ("Hospital domain controllers" in rule 1, say), use the address of each system it stands for.`)
	kindtest.SaysNoneBecause(t, "workstation csd.md", ws, "every rule is needed as shipped", "Rules marked \"When enabled\"", "hospital's PACS, say")

	// A rule off as shipped brings the sentence back.
	files, _ := buildFixtureEdited(t, "versionparts", "ambit.toml", kindtest.Replace(
		"interface = \"wifi\"\npeer_part = \"server\"\n", "interface = \"wifi\"\npeer_part = \"server\"\ndefault_enabled = false\n"))
	kindtest.SaysAll(t, versionpartsCSD, files[versionpartsCSD], "| When enabled |",
		"Rules marked \"When enabled\" are needed only once the feature is turned on; until then, leave them out.")
}

// TestVersionpartsFirewallFinalDenyNamesTheUnstated: the final "Deny,
// log ... Everything else" rule presented the data's silence about
// address assignment, name resolution and time as their not being
// needed. After the table, the CSD now names those the ports of the
// parts it isolates do not state, and only those: the pump states none,
// the workstation DNS alone, and a DNS port added to the pump drops DNS.
func TestVersionpartsFirewallFinalDenyNamesTheUnstated(t *testing.T) {
	const all = "The product data state no port for address assignment (DHCP, UDP 67 and 68), name resolution (DNS, port 53) or time synchronisation (NTP, UDP 123): check whether the parts on the hospital network need them before applying rule 2, the final deny, and allow them where they do."
	read := buildFixture(t, "versionparts")
	kindtest.SaysAll(t, versionpartsCSD, read(versionpartsCSD), "| 2 | Deny, log | Any | Any | Any | Everything else | Always |", all)
	// 3.6 joins no network: no rule, no deny, nothing to check.
	kindtest.SaysNoneBecause(t, versionparts36CSD, read(versionparts36CSD), "3.6 has no final deny", "The product data state no port for")

	ws := buildFixture(t, "workstation")("viewpoint-rw/csd.md")
	kindtest.SaysAll(t, "workstation csd.md", ws, "The product data state no port for address assignment (DHCP, UDP 67 and 68) or time synchronisation (NTP, UDP 123): check whether the device needs them before applying rule 8, the final deny, and allow them where it does.")
	kindtest.SaysNoneBecause(t, "workstation csd.md", ws, "the workstation states DNS", "name resolution (DNS")

	files, _ := buildFixtureEdited(t, "versionparts", "ambit.toml", kindtest.Replace("[[versions.changes.data_flows_added]]\nid = \"logs\"\n",
		"[[versions.changes.ports_added]]\nnumber = 53\ntransport = \"udp\"\nservice = \"DNS\"\npurpose = \"Name resolution for the server's host name.\"\ndirection = \"out\"\ninterface = \"wifi\"\nendpoints = [\"Hospital DNS servers\"]\n\n[[versions.changes.data_flows_added]]\nid = \"logs\"\n"))
	kindtest.SaysAll(t, versionpartsCSD, files[versionpartsCSD], "The product data state no port for address assignment (DHCP, UDP 67 and 68) or time synchronisation (NTP, UDP 123): check whether the parts on the hospital network need them before applying rule 3, the final deny")
}

// TestVersionpartsLifecycleNamesNoUnbuiltNotice: the page says its
// notices are not published on it, yet defined Limited Support by "the
// maintenance that a version's end-of-life or end-of-support notice
// announces" and promised an end of support "announced here"; the data
// name a letter to each hospital as the channel. Without notices built,
// the page now speaks of what the manufacturer announces.
func TestVersionpartsLifecycleNamesNoUnbuiltNotice(t *testing.T) {
	page := buildFixture(t, "versionparts")(versionpartsPage)
	kindtest.SaysAll(t, versionpartsPage, page,
		"End-of-life and end-of-support notices are not published on this page.",
		"a version's end of support not yet announced is announced at least 24 months before it.",
		"| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that Tidewell Infusion Technologies, Inc. announces for a version. |")
	kindtest.SaysNoneBecause(t, versionpartsPage, page, "no notice is built", "announced here", "end-of-support notice announces")
}

// TestVersionpartsCSDNoListIsNotAnothers: no version has a component
// list, yet 3.6's CSD said the data give it none "of its own", as if
// another version's stood in. It now says what 4.0's says.
func TestVersionpartsCSDNoListIsNotAnothers(t *testing.T) {
	read := buildFixture(t, "versionparts")
	kindtest.SaysAll(t, versionparts36CSD, read(versionparts36CSD), "Known vulnerabilities in the components of version 3.6 are not stated.\n")
	kindtest.SaysNoneBecause(t, versionparts36CSD, read(versionparts36CSD), "no version's list stands in", "of its own")
	kindtest.SaysAll(t, versionpartsCSD, read(versionpartsCSD), "Known vulnerabilities in the components of version 4.0 are not stated.\n")
}
