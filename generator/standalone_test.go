package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildStandalone builds testdata/standalone: a handheld bladder scanner
// that joins no network (no Ethernet, Wi-Fi, Bluetooth or other radio,
// ports written empty), whose only data path is a USB service port, with
// encrypted patient data on the device and an SBOM per version. It
// returns a reader of the built site's files.
func buildStandalone(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "standalone")
}

// TestStandaloneNoticeHasNothingToIsolate: the end-of-support notice of a
// device that joins no network needs no network_isolation, and says the
// device has none rather than "Not stated" or "keep it off the network",
// which presumes it could be on one.
func TestStandaloneNoticeHasNothingToIsolate(t *testing.T) {
	read := buildStandalone(t)
	notice := read("bladderscan/notices/eos-2.0.md")
	kindtest.SaysAll(t, "notices/eos-2.0.md", notice,
		"The device has no network interface and uses no network port.",
		"### 9.3 Network isolation\n\nThe device joins no network, so there is nothing of it to isolate on one.")
	kindtest.SaysNoneBecause(t, "notices/eos-2.0.md", notice, "the device has no network interface",
		"keep it off the network", "### 9.3 Network isolation\n\nNot stated.")
}

// TestStandaloneNoticeNeedsIsolationOnceNetworked: the same notice about a
// version with a Wi-Fi interface is again held to say how to isolate it:
// check warns that network_isolation is not stated (the notice then says
// so; a manufacturer that has issued no such advice can still publish).
func TestStandaloneNoticeNeedsIsolationOnceNetworked(t *testing.T) {
	got := fixtureCheck(t, "standalone", "bladderscan.toml", func(s string) string {
		// Without the MDS2 form, whose networked answers the edit leaves open.
		s = strings.Replace(s, `build = ["security_plan", "csd", "mds2", "lifecycle", "notices"]`, `build = ["security_plan", "csd", "lifecycle", "notices"]`, 1)
		return strings.Replace(s, "[[interfaces]]\nid = \"screen\"", "[[interfaces]]\nid = \"wifi\"\nkind = \"wifi\"\nname = \"Wi-Fi\"\npurpose = \"Exam upload.\"\n\n[[interfaces]]\nid = \"screen\"", 1)
	})
	kindtest.SaysAll(t, "check", got, "customer_actions.network_isolation: not stated: IMDRF N70 asks a notice how the customer should isolate the affected devices on its network")
}

// TestStandaloneCSDGivesNoFirewallAdvice: the CSD of a device that joins
// no network tells the hospital neither to "block all traffic to and from
// it" nor that it gives "the firewall rules that isolate it", and does not
// explain the columns of a ports table it does not print.
func TestStandaloneCSDGivesNoFirewallAdvice(t *testing.T) {
	csd := buildStandalone(t)("bladderscan/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"securely: the interfaces it has (it joins no network), how its data is protected",
		"### 3.2 Network ports\n\nThe device opens no network port and connects to none.",
		"### 3.3 Firewall rules\n\nThe device joins no network: it has no network interface and uses no network port, so there is no traffic for a firewall to allow or block.",
		"| Connections the device opens as shipped | None | [3.3 Firewall rules](#3-3-firewall-rules) |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "the device has no network interface",
		"block all traffic to and from it", "the firewall rules that isolate it", `Direction "Out" means`, "Firewall rules to isolate the device")
}

// TestStandaloneLifecycleSaysWhichComponents: the lifecycle page lists the
// one component the manufacturer annotates, and says it is one of four,
// not that these are "the software components whose support ... it
// tracks" (the SBOM's own support properties of the other three, Zephyr's
// end of support among them, are tracked too and printed in the CSD).
func TestStandaloneLifecycleSaysWhichComponents(t *testing.T) {
	lc := buildStandalone(t)("bladderscan/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"Tideline Medical, Inc. states its own assessment of the support of 1 of the 4 software components of version `2.1`; the [customer security documentation](csd.html) gives the support of every component as stated.",
		"| lvgl | 9.2.0 | Actively maintained | LVGL publishes no end of support for a release; fixes come in new releases. |")
	kindtest.SaysNoneBecause(t, "lifecycle.md", lc, "three more components' support is tracked, from the SBOM",
		"The software components whose support level and end of support")
}

// standaloneAdvisory is an Mbed TLS vulnerability of firmware 2.0, fixed in
// 2.1, which does not contain the component, and the advisory about it.
const standaloneAdvisory = `
[[vulnerabilities]]
id = "CVE-2024-45159"
title = "Mbed TLS certificate check bypass"
versions = ["2.0"]
status = "affected"
cvss = "CVSS:3.1/AV:P/AC:H/PR:H/UI:N/S:U/C:N/I:L/A:N"
cwe = { id = "CWE-295", name = "Improper Certificate Validation" }
risk = "controlled"
remediation = "Fixed in firmware 2.1."
fixed_in = "2.1"
fix = "released"
discovered = 2024-09-10
fixed = 2025-09-01
components = [{ purl = "pkg:github/Mbed-TLS/mbedtls@v3.5.2" }]

[[vulnerabilities]]
id = "CVE-2024-45159"
versions = ["2.1"]
status = "not_affected"
justification = "component_not_present"
components = [{ purl = "pkg:github/Mbed-TLS/mbedtls@v3.5.2" }]
cwe = { id = "CWE-295", name = "Improper Certificate Validation" }

[[notices]]
id = "sa-2025-01"
kind = "security"
issued = 2025-09-01
summary = "Firmware 2.0 contains an Mbed TLS flaw; firmware 2.1 fixes it."
vulnerabilities = ["CVE-2024-45159"]

[notices.document]
id = "TM-BS3-SA-2025-01"
revision = "A"
release_date = 2025-09-01
owner = "BladderSense product security lead"
approvals = [{ role = "Product security lead", name = "A. Nakamura", date = 2025-08-25 }]
history = [{ revision = "A", date = 2025-09-01, summary = "First release." }]
`

// TestSecurityAdvisoryNotAffectedVersionAwaitsNoFix: a security advisory's
// table gives a version the vulnerability does not affect "Does not apply"
// under "Fixed in", not "Not yet", which says a fix for it is pending; and
// where the component is not present (component_not_present), it says so
// under "Components" rather than "Not stated", as the CSD's and the plan's
// vulnerability tables do rather than leave the cell blank.
func TestSecurityAdvisoryNotAffectedVersionAwaitsNoFix(t *testing.T) {
	files, _ := buildFixtureEdited(t, "standalone", "bladderscan.toml", func(s string) string {
		return strings.Replace(s, "\n[documents]\n", standaloneAdvisory+"\n[documents]\n", 1)
	})
	sa := files["bladderscan/notices/sa-2025-01.md"]
	kindtest.SaysAll(t, "sa-2025-01.md", sa,
		"| 2.0 | CVE-2024-45159 | mbedtls 3.5.2 | Affected | Controlled | 2.1 |",
		"| 2.1 | CVE-2024-45159 | None: the component is not in this version | Not affected | Does not apply | Does not apply |")
	kindtest.SaysNoneBecause(t, "sa-2025-01.md", sa, "2.1 is not affected and awaits no fix", "| Not affected | Does not apply | Not yet |")
	kindtest.SaysNoneBecause(t, "sa-2025-01.md", sa, "the VEX says the component is not present in 2.1", "| 2.1 | CVE-2024-45159 | Not stated |")
	// the CSD's and the plan's vulnerability tables: not a blank cell
	kindtest.SaysAll(t, "csd.md", files["bladderscan/csd.md"], "| CVE-2024-45159: Mbed TLS certificate check bypass | None in this version | Not affected (component not present) |") // the title given by 2.0's entry of the same id
	kindtest.SaysAll(t, "security-plan.md", files["bladderscan/security-plan.md"], "| CVE-2024-45159 | 2.1 | None in this version | Not affected (component not present) |")
}

// TestStandaloneCheckWarnings: check's warnings about the stand-alone
// device ask for nothing that cannot apply and claim nothing false. The
// multi-patient harm view, whose text the plan shows, has no drawing (no
// fleet of devices is reached through any flow): the warning says its
// drawing is left out, not the view, and how to say none is wanted.
func TestStandaloneCheckWarnings(t *testing.T) {
	dir := filepath.Join("testdata", "standalone")
	res, err := Check(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none"})
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, w := range res.Warnings {
		all = append(all, w.Path+": "+w.Message)
	}
	text := strings.Join(all, "\n")
	kindtest.SaysAll(t, "check", text, "architecture[1]: the multi-patient harm view's drawing is left out (its text is shown)", "write no_diagram = true in the entry")
	kindtest.SaysNoneBecause(t, "check", text, "the plan shows the multi-patient harm view's text", "multi-patient harm view is left out")
	kindtest.SaysNoneBecause(t, "check", text, "the device joins no network", "network_isolation", "[[ports]]")
	kindtest.SaysNoneBecause(t, "check", text, "the fixture answers only what its facts leave open", "repeats what the product data decides")
	// it runs firmware on an operating system (CSUP-2 Yes), so it runs
	// executable software (MLDP-1 Yes)
	kindtest.SaysNoneBecause(t, "check", text, "the scanner runs firmware on Zephyr, so it runs executable software", "the form answers CSUP-2 Yes and MLDP-1 No")
	kindtest.SaysAll(t, "plan", buildStandalone(t)("bladderscan/security-plan.md"), "#### 6.2.2 Multi-patient harm view\n\n**Harm to many patients at once**\n\nEach scanner stands alone")
}

// TestStandaloneCSDGivesTheGeneralContingency: the CSD of firmware 2.0,
// whose Zephyr 3.5 support ends before the version's, does not say "No
// contingency recorded" beside it while [suppliers] records a general one
// (required for the CSD, and printed nowhere else in it): it points to
// that contingency and prints it.
func TestStandaloneCSDGivesTheGeneralContingency(t *testing.T) {
	csd := buildStandalone(t)("bladderscan/2.0/csd.md")
	kindtest.SaysAll(t, "2.0/csd.md", csd,
		"| zephyr | 3.5.0 | Actively maintained | 2026-06-30 | Yes | The general contingency below |",
		"**General contingency.** When a component's support ends before the product's, it is replaced in the next release.")
	kindtest.SaysNoneBecause(t, "2.0/csd.md", csd, "suppliers.contingency records one", "No contingency recorded")
}

// TestStandalonePlanGivesTheGeneralContingency: with LVGL no longer
// maintained, the plan's table of components that need a contingency
// points to the general one it prints above, not "No contingency
// recorded" while suppliers.contingency records one.
func TestStandalonePlanGivesTheGeneralContingency(t *testing.T) {
	files, _ := buildFixtureEdited(t, "standalone", "bladderscan.toml", func(s string) string {
		return strings.Replace(s, "support = \"maintained\"\njustification = \"LVGL", "support = \"no_longer_maintained\"\njustification = \"LVGL", 1)
	})
	plan := files["bladderscan/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan, "| lvgl | 9.2.0 | No longer maintained | Ended; date not stated | The general contingency above |")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "suppliers.contingency records one", "No contingency recorded")
}

// TestStandalonePlanNoticeContentsWithoutANetwork: the plan's 11.2 said a
// notice is to state "the ports and interfaces to block, network isolation
// and backup" for a device that joins no network, whose notices say it has
// no port and nothing to isolate; a networked device keeps the words.
func TestStandalonePlanNoticeContentsWithoutANetwork(t *testing.T) {
	const networked = "the ports and interfaces to block, network isolation and backup"
	plan := buildFixture(t, "standalone")("bladderscan/security-plan.md")
	kindtest.SaysAll(t, "standalone security-plan.md", plan, "the compensating controls, the interfaces to disable (the device joins no network, so there is no port to block and nothing to isolate on one), backup, the upgrade paths")
	kindtest.SaysNoneBecause(t, "standalone security-plan.md", plan, "the device joins no network", networked)
	kindtest.SaysAll(t, "ventilator security-plan.md", buildFixture(t, "ventilator")("v500/security-plan.md"), "the compensating controls, "+networked+", the upgrade paths")
}
