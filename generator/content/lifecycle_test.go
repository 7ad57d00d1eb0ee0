package content

import (
	"strings"
	"testing"
)

// lifecycleBase is a partial product: what the notices below refer to.
const lifecycleBase = `schema_version = 2
[[models]]
id = "M1"
name = "Model one"
[[models]]
id = "M2"
name = "Model two"
[[versions]]
version = "1.0"
models = ["M1"]
general_availability = 2020-01-01
end_of_life = 2023-01-01
end_of_guaranteed_support = 2024-06-30
end_of_support = 2025-01-01
[[versions]]
version = "2.0"
general_availability = 2024-01-01
[[interfaces]]
id = "usb"
kind = "usb"
can_disable = true
[[interfaces]]
id = "uart"
kind = "serial"
can_disable = false
[[ports]]
number = 443
interface = "usb"
[end_of_life]
notice_months = 30
`

// wifiFrom2 is lifecycleBase with a Wi-Fi interface version 2.0 adds.
var wifiFrom2 = strings.Replace(lifecycleBase, "general_availability = 2024-01-01\n", "general_availability = 2024-01-01\n[[versions.changes.interfaces_added]]\nid = \"wifi\"\nkind = \"wifi\"\ncan_disable = true\n", 1)

// lanOnM2 is lifecycleBase with the port on an Ethernet interface of
// model M2 only: 1.0, which M1 alone runs, joins no network.
var lanOnM2 = strings.Replace(lifecycleBase, "[[ports]]\nnumber = 443\ninterface = \"usb\"\n",
	"[[interfaces]]\nid = \"lan\"\nkind = \"ethernet\"\nmodels = [\"M2\"]\nname = \"LAN\"\n[[ports]]\nnumber = 443\ninterface = \"lan\"\n", 1)

// notice returns a notice with every required item, with extra lines
// appended to the [[notices]] table (before its sub-tables).
func notice(extra string) string {
	return `[[notices]]
id = "eos-1"
kind = "end_of_support"
issued = 2022-01-01
summary = "S"
versions = ["1.0"]
operating_systems = ["Linux"]
maintenance = "None"
compensating_controls = ["Isolate"]
decommissioning = "Sanitise"
` + extra + `
[[notices.components]]
name = "openssl"
version = "1.1.1"
concern = "EOL"
[[notices.stops]]
what = "updates"
milestone = "end_of_support"
[notices.customer_actions]
network_isolation = "VLAN"
backup = "Export"
[[notices.upgrade_paths]]
kind = "software_only"
to_version = "2.0"
description = "Free"
[notices.document]
id = "N-1"
revision = "A"
release_date = 2022-01-01
owner = "O"
[[notices.document.approvals]]
role = "R"
name = "N"
date = 2022-01-01
[[notices.document.history]]
revision = "A"
date = 2022-01-01
summary = "First"
`
}

// securityNotice returns a security notice with every required item,
// with extra lines appended to the [[notices]] table.
func securityNotice(extra string) string {
	return `[[notices]]
id = "sa-1"
kind = "security"
issued = 2022-01-01
summary = "S"
vulnerabilities = ["CVE-2024-1086"]
` + extra + `
[notices.document]
id = "SA-1"
revision = "A"
release_date = 2022-01-01
owner = "O"
[[notices.document.approvals]]
role = "R"
name = "N"
date = 2022-01-01
[[notices.document.history]]
revision = "A"
date = 2022-01-01
summary = "First"
`
}

func diagStrings(diags Diagnostics) []string {
	out := make([]string, len(diags))
	for i, d := range diags {
		out[i] = d.String()
	}
	return out
}

func TestNoticeValidation(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // a diagnostic starting with this must be present ("" = none of absent may be present)
		absent    string // no diagnostic may contain this
	}{
		// (end of life 24 months after the notice, which announces it too)
		{"complete notice raises nothing about notices", strings.Replace(lifecycleBase, "end_of_life = 2023-01-01", "end_of_life = 2024-01-01", 1) + notice(""), "", "notices["},
		{"unknown version", lifecycleBase + strings.Replace(notice(""), `versions = ["1.0"]`, `versions = ["1.0", "9.9"]`, 1),
			`p.toml:36: notices[0].versions[1]: unknown version "9.9" (want one of 1.0, 2.0)`, ""},
		{"unknown model", lifecycleBase + notice(`models = ["M1", "M7"]`), `p.toml:41: notices[0].models[1]: unknown model "M7" (want one of M1, M2)`, ""},
		{"model that runs none of the versions", lifecycleBase + notice(`models = ["M2"]`), `p.toml:41: warning: notices[0].models[0]: model "M2" runs none of the versions`, ""},
		{"every model that runs the version named", lifecycleBase + notice(`models = ["M1"]`), "", "notices[0].models"},
		{"a model that runs the version left out", strings.Replace(lifecycleBase, `models = ["M1"]`, `models = ["M1", "M2"]`, 1) + notice(`models = ["M1"]`),
			"p.toml:41: notices[0].models: leaves out M2, which runs the versions this notice names", ""},
		{"notice less than 24 months ahead", lifecycleBase + strings.ReplaceAll(notice(""), "2022-01-01", "2023-06-01"),
			"p.toml:34: warning: notices[0].issued: issued 2023-06-01, 19 months before version 1.0's end of support on 2025-01-01; IMDRF N70 asks for at least 24 months' notice", ""},
		{"exactly 24 months is enough for N70 but not for the plan's 30", lifecycleBase + strings.ReplaceAll(notice(""), "2022-01-01", "2023-01-01"),
			"p.toml:34: warning: notices[0].issued: issued 2023-01-01, 24 months before version 1.0's end of support on 2025-01-01; end_of_life.notice_months commits to 30", "end of support on 2025-01-01; IMDRF N70 asks"},
		{"19 months breaks the plan's 30 as well as N70's 24", lifecycleBase + strings.ReplaceAll(notice(""), "2022-01-01", "2023-06-01"),
			"p.toml:34: warning: notices[0].issued: issued 2023-06-01, 19 months before version 1.0's end of support on 2025-01-01; end_of_life.notice_months commits to 30", ""},
		{"19 months keeps a commitment of 12", strings.Replace(lifecycleBase, "notice_months = 30", "notice_months = 12", 1) + strings.ReplaceAll(notice(""), "2022-01-01", "2023-06-01"),
			"p.toml:34: warning: notices[0].issued: issued 2023-06-01, 19 months before version 1.0's end of support on 2025-01-01; IMDRF N70 asks", "notice_months commits"},
		{"under a month ahead is said in days, not 0 months", lifecycleBase + strings.ReplaceAll(notice(""), "2022-01-01", "2024-12-04"),
			"p.toml:34: warning: notices[0].issued: issued 2024-12-04, 28 days before version 1.0's end of support on 2025-01-01; IMDRF N70 asks for at least 24 months' notice", ""},
		{"30 months raises no notice-period warning", lifecycleBase + notice(""), "", "months before version 1.0's end of support"},
		{"exactly the plan's 30 months is enough", lifecycleBase + strings.ReplaceAll(notice(""), "2022-01-01", "2022-07-01"), "", "months before version 1.0's end of support"},

		{"end-of-life notice for a version without end of life", lifecycleBase + strings.Replace(strings.Replace(notice(""), `kind = "end_of_support"`, `kind = "end_of_life"`, 1), `versions = ["1.0"]`, `versions = ["2.0"]`, 1),
			"p.toml:36: notices[0].versions: version 2.0 has no end_of_life date", ""},
		{"version notice without versions", lifecycleBase + strings.Replace(notice(""), `versions = ["1.0"]`, `versions = []`, 1),
			"p.toml:36: notices[0].versions: missing: an end_of_support notice names the versions it concerns", ""},
		{"component notice without components", lifecycleBase + strings.Replace(strings.Replace(notice(""), `kind = "end_of_support"`, `kind = "component_end_of_support"`, 1), "[[notices.components]]\nname = \"openssl\"\nversion = \"1.1.1\"\nconcern = \"EOL\"\n", "", 1),
			"p.toml:31: notices[0].components: missing: a component_end_of_support notice names the components", ""},
		{"component reference without version", lifecycleBase + strings.Replace(notice(""), "version = \"1.1.1\"\n", "", 1),
			"p.toml:42: notices[0].components[0]: want purl, or name and version", ""},
		{"unknown kind", lifecycleBase + strings.Replace(notice(""), `kind = "end_of_support"`, `kind = "eol"`, 1),
			`p.toml:33: notices[0].kind: want one of end_of_life, end_of_support, component_end_of_support, security; got "eol"`, ""},
		{"unsafe notice id", lifecycleBase + strings.Replace(notice(""), `id = "eos-1"`, `id = "../x"`, 1), "p.toml:32: notices[0].id: want a slug", ""},
		{"duplicate notice id", lifecycleBase + notice("") + notice(""), `p.toml:70: notices[1].id: duplicate id "eos-1" (first at notices[0], line 31)`, ""},
		{"stop with milestone and date", lifecycleBase + strings.Replace(notice(""), `milestone = "end_of_support"`, "milestone = \"end_of_support\"\ndate = 2025-01-01", 1),
			"p.toml:49: notices[0].stops[0].date: give milestone or date, not both", ""},
		{"stop at a milestone the version lacks", lifecycleBase + strings.Replace(notice(""), `milestone = "end_of_support"`, `milestone = "end_of_production"`, 1),
			"p.toml:48: notices[0].stops[0].milestone: version 1.0 has no end_of_production date", ""},
		{"unknown interface to disable", lifecycleBase + strings.Replace(notice(""), `network_isolation = "VLAN"`, "disable_interfaces = [\"wifi\"]\nnetwork_isolation = \"VLAN\"", 1),
			`p.toml:50: notices[0].customer_actions.disable_interfaces[0]: unknown interface "wifi" (want one of uart, usb)`, ""},
		{"interface the customer cannot disable", lifecycleBase + strings.Replace(notice(""), `network_isolation = "VLAN"`, "disable_interfaces = [\"uart\"]\nnetwork_isolation = \"VLAN\"", 1),
			`p.toml:50: warning: notices[0].customer_actions.disable_interfaces[0]: interface "uart" cannot be disabled`, ""},
		{"unknown port to block", lifecycleBase + strings.Replace(notice(""), `network_isolation = "VLAN"`, "block_ports = [443, 22]\nnetwork_isolation = \"VLAN\"", 1),
			"p.toml:50: notices[0].customer_actions.block_ports[1]: unknown port 22 (want one of the [[ports]] numbers: 443)", ""},
		{"upgrade to a retired version", lifecycleBase + strings.Replace(notice(""), `to_version = "2.0"`, `to_version = "1.0"`, 1),
			"p.toml:54: notices[0].upgrade_paths[0].to_version: 1.0 is one of the versions this notice retires", ""},
		{"upgrade to an unknown version", lifecycleBase + strings.Replace(notice(""), `to_version = "2.0"`, `to_version = "3.0"`, 1),
			`p.toml:54: notices[0].upgrade_paths[0].to_version: unknown version "3.0" (want one of 1.0, 2.0)`, ""},
		{"issue date differs from first revision", lifecycleBase + strings.Replace(notice(""), "date = 2022-01-01\nsummary", "date = 2022-02-01\nsummary", 1),
			"p.toml:67: notices[0].document.history[0].date: the first revision's date 2022-02-01 differs from the issue date 2022-01-01", ""},
		{"no decommissioning anywhere", lifecycleBase + strings.Replace(notice(""), "decommissioning = \"Sanitise\"\n", "", 1),
			"p.toml:31: warning: notices[0].decommissioning: not stated: no decommissioning steps", ""},
		{"no network isolation for a device", lifecycleBase + strings.Replace(notice(""), "network_isolation = \"VLAN\"\n", "", 1),
			"p.toml:49: warning: notices[0].customer_actions.network_isolation: not stated: IMDRF N70 asks a notice how the customer should isolate", ""},
		{"no network isolation for a home user's app", "home_use = true\n" + lifecycleBase + strings.Replace(notice(""), "network_isolation = \"VLAN\"\n", "", 1) +
			"[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\n", "", "customer_actions"},
		{"no network isolation for a hospital's app", lifecycleBase + strings.Replace(notice(""), "network_isolation = \"VLAN\"\n", "", 1) +
			"[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\n",
			"p.toml:49: warning: notices[0].customer_actions.network_isolation: not stated: IMDRF N70 asks a notice how the customer should isolate", ""},
		{"no network isolation for a service the manufacturer hosts", lifecycleBase + strings.Replace(notice(""), "network_isolation = \"VLAN\"\n", "", 1) +
			"[[parts]]\nid = \"svc\"\nname = \"Service\"\nruns = \"manufacturer_hosted\"\n[[parts]]\nid = \"idp\"\nname = \"IdP\"\nruns = \"customer_infrastructure\"\n", "", "customer_actions"},
		// Backup: a device's notice says what to back up; nothing of a
		// product only the manufacturer hosts is the customer's to back up,
		// and the notice says so itself.
		{"no backup for a device", lifecycleBase + strings.Replace(notice(""), "backup = \"Export\"\n", "", 1),
			"p.toml:49: warning: notices[0].customer_actions.backup: not stated: no backup instructions here or in the product's [backup]", ""},
		{"no backup for a service the manufacturer hosts", lifecycleBase + strings.Replace(notice(""), "backup = \"Export\"\n", "", 1) +
			"[[parts]]\nid = \"svc\"\nname = \"Service\"\nruns = \"manufacturer_hosted\"\n[[parts]]\nid = \"idp\"\nname = \"IdP\"\nruns = \"customer_infrastructure\"\n", "", "customer_actions.backup"},
		{"no backup for a hospital's app", lifecycleBase + strings.Replace(notice(""), "backup = \"Export\"\n", "", 1) +
			"[[parts]]\nid = \"svc\"\nname = \"Service\"\nruns = \"manufacturer_hosted\"\n[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\n",
			"p.toml:49: warning: notices[0].customer_actions.backup: not stated: no backup instructions", ""},
		{"missing N70 item", lifecycleBase + strings.Replace(notice(""), "operating_systems = [\"Linux\"]\n", "", 1),
			"p.toml:31: warning: notices[0].operating_systems: not written: the notice says which operating system the affected version runs on is not stated", ""},
		{"lifecycle notice without stops", lifecycleBase + strings.Replace(notice(""), "[[notices.stops]]\nwhat = \"updates\"\nmilestone = \"end_of_support\"\n", "", 1),
			"p.toml:31: warning: notices[0].stops: not stated: IMDRF N70 asks a notice what stops", ""},
		{"lifecycle notice naming vulnerabilities", lifecycleBase + notice(`vulnerabilities = ["CVE-2024-1086"]`),
			"p.toml:41: notices[0].vulnerabilities: only a security notice names vulnerabilities; this one is end_of_support", ""},
		// A security notice: no stops, maintenance, upgrade paths or
		// customer actions required; its versions come from its
		// vulnerabilities and may not be restated.
		{"complete security notice raises nothing about notices", lifecycleBase + securityNotice(""), "", "notices["},
		{"security notice without vulnerabilities", lifecycleBase + strings.Replace(securityNotice(""), "vulnerabilities = [\"CVE-2024-1086\"]\n", "", 1),
			"p.toml:31: notices[0].vulnerabilities: missing: a security notice names the vulnerabilities", ""},
		{"security notice restating versions", lifecycleBase + securityNotice(`versions = ["1.0"]`),
			"p.toml:37: notices[0].versions: a security notice does not state versions: the affected and fixed versions come from its vulnerabilities", ""},
		{"security notice with stops", lifecycleBase + securityNotice("") + "[[notices.stops]]\nwhat = \"updates\"\ndate = 2025-01-01\n",
			"p.toml:51: notices[0].stops: a security notice does not state stops", ""},
		{"security notice naming a vulnerability twice", lifecycleBase + strings.Replace(securityNotice(""), `["CVE-2024-1086"]`, `["CVE-2024-1086", "CVE-2024-1086"]`, 1),
			"p.toml:36: notices[0].vulnerabilities[1]: CVE-2024-1086 is named twice", ""},
		{"notice moving a milestone raises nothing about it", lifecycleBase + notice(`date_changes = [{ version = "1.0", milestone = "end_of_support", previous = 2026-01-01 }]`), "", "date_changes"},
		{"moved milestone of a version the notice does not name", lifecycleBase + notice(`date_changes = [{ version = "2.0", milestone = "end_of_support", previous = 2026-01-01 }]`),
			`p.toml:41: notices[0].date_changes[0].version: "2.0" is not one of the notice's versions (1.0)`, ""},
		{"moved milestone the version has no date for", lifecycleBase + notice(`date_changes = [{ version = "1.0", milestone = "end_of_production", previous = 2026-01-01 }]`),
			"p.toml:41: notices[0].date_changes[0].milestone: version 1.0 has no end_of_production date to move to", ""},
		{"moved milestone whose date did not move", lifecycleBase + notice(`date_changes = [{ version = "1.0", milestone = "end_of_support", previous = 2025-01-01 }]`),
			"p.toml:41: notices[0].date_changes[0].previous: version 1.0's end_of_support is still 2025-01-01: a date that did not move is not a change", ""},
		// The interfaces a notice's customer actions name are those of the
		// versions it concerns: of every version when it names none (a
		// security notice), of its own versions only when it names some.
		{"interface only a later version adds, to disable on a notice about an earlier one", wifiFrom2 + strings.Replace(notice(""), `network_isolation = "VLAN"`, "disable_interfaces = [\"wifi\"]\nnetwork_isolation = \"VLAN\"", 1),
			`p.toml:54: notices[0].customer_actions.disable_interfaces[0]: unknown interface "wifi" (want one of uart, usb)`, ""},
		{"interface only a later version adds, to disable on a notice naming no version", wifiFrom2 + securityNotice("") + "[notices.customer_actions]\ndisable_interfaces = [\"wifi\"]\n",
			"", "disable_interfaces"},
		// Backup instructions in the product's [backup] serve every notice.
		{"backup instructions in the product's [backup] only", lifecycleBase + "[backup]\nscope = \"Settings and logs\"\n" + strings.Replace(notice(""), "backup = \"Export\"\n", "", 1),
			"", "customer_actions.backup"},
		// A notice about a related system's versions only names no
		// component of the product's software: none is asked for.
		{"notice about related versions only names no component", relatedHead + relatedSystem + relatedNotice, "", "notices[0].components"},
		// The notice's document control: issued on or before its
		// current revision's release; its first revision is of the issue
		// date. Without a release date or a history (each reported as
		// missing) there is nothing to compare.
		{"notice issued after its current revision's release", lifecycleBase + strings.Replace(notice(""), "release_date = 2022-01-01", "release_date = 2021-12-01", 1),
			"p.toml:34: notices[0].issued: issued 2022-01-01, after the release date 2021-12-01 of its current revision", ""},
		{"notice document without a release date", lifecycleBase + strings.Replace(notice(""), "release_date = 2022-01-01\n", "", 1), "", "after the release date"},
		{"notice document without a history", lifecycleBase + strings.Replace(notice(""), "[[notices.document.history]]\nrevision = \"A\"\ndate = 2022-01-01\nsummary = \"First\"\n", "", 1), "", "history[0]"},
		{"end-of-support notice for a version without end of support", lifecycleBase + strings.Replace(notice(""), `versions = ["1.0"]`, `versions = ["2.0"]`, 1),
			"p.toml:36: notices[0].versions: version 2.0 has no end_of_support date for this end-of-support notice to announce", ""},
		{"end-of-life notice without an issue date, for a version without end of life", lifecycleBase + strings.NewReplacer(`kind = "end_of_support"`, `kind = "end_of_life"`, `versions = ["1.0"]`, `versions = ["2.0"]`, "issued = 2022-01-01\n", "").Replace(notice("")),
			"p.toml:35: notices[0].versions: version 2.0 has no end_of_life date", ""},
		{"end-of-life notice for a version without end of support", strings.Replace(lifecycleBase, "general_availability = 2024-01-01\n", "general_availability = 2024-01-01\nend_of_life = 2026-01-01\n", 1) +
			strings.NewReplacer(`kind = "end_of_support"`, `kind = "end_of_life"`, `versions = ["1.0"]`, `versions = ["2.0"]`).Replace(notice("")), "", "for this end-of-support notice"},
		// A version without end of support does not stop the check of the
		// next one the notice names.
		{"a version without end of support before one with it", strings.Replace(lifecycleBase, "[[versions]]\nversion = \"1.0\"", "[[versions]]\nversion = \"0.9\"\ngeneral_availability = 2019-01-01\nend_of_life = 2026-01-01\n[[versions]]\nversion = \"1.0\"", 1) +
			strings.NewReplacer(`kind = "end_of_support"`, `kind = "end_of_life"`, `versions = ["1.0"]`, `versions = ["0.9", "1.0"]`, "2022-01-01", "2023-06-01").Replace(notice("")),
			"p.toml:38: warning: notices[0].issued: issued 2023-06-01, 19 months before version 1.0's end of support on 2025-01-01; IMDRF N70 asks", ""},
		// A notice about a related system's versions only concerns the
		// product as written: a device on the customer's network, whose
		// isolation the notice states.
		// A model family: 1.0 runs on M1 alone, whose only link is USB;
		// the Ethernet port and its port are M2's (interfaces.models). The
		// notice about 1.0 concerns M1, which joins no network: nothing
		// to isolate, whatever M2 has. The same notice with the Ethernet
		// port on every model, or 1.0 run by M2 too, asks for isolation.
		{"no network isolation for a model that joins no network", lanOnM2 + strings.Replace(notice(""), "network_isolation = \"VLAN\"\n", "", 1), "", "customer_actions"},
		{"no network isolation, Ethernet on every model", strings.Replace(lanOnM2, "models = [\"M2\"]\nname = \"LAN\"", "name = \"LAN\"", 1) + strings.Replace(notice(""), "network_isolation = \"VLAN\"\n", "", 1),
			"p.toml:53: warning: notices[0].customer_actions.network_isolation: not stated: IMDRF N70 asks a notice how the customer should isolate", ""},
		{"no network isolation, the version on the Ethernet model too", strings.Replace(lanOnM2, `models = ["M1"]`, `models = ["M1", "M2"]`, 1) + strings.Replace(notice(""), "network_isolation = \"VLAN\"\n", "", 1),
			"p.toml:54: warning: notices[0].customer_actions.network_isolation: not stated: IMDRF N70 asks a notice how the customer should isolate", ""},
		// A software-only upgrade keeps the hardware: it leads to a
		// version one of the notice's models runs, or is refused.
		{"software-only upgrade to a version only other models run", strings.Replace(lifecycleBase, "general_availability = 2024-01-01\n", "models = [\"M2\"]\ngeneral_availability = 2024-01-01\n", 1) + notice(""),
			"p.toml:55: notices[0].upgrade_paths[0].to_version: version 2.0 runs on model M2 only (versions.models), none of the models this notice concerns (M1): a software-only upgrade keeps their hardware", ""},
		{"partial upgrade to a version only other models run", strings.Replace(lifecycleBase, "general_availability = 2024-01-01\n", "models = [\"M2\"]\ngeneral_availability = 2024-01-01\n", 1) + strings.Replace(notice(""), `kind = "software_only"`, `kind = "partial"`, 1),
			"", "none of the models this notice concerns"},
		{"software-only upgrade to a version the notice's model runs", strings.Replace(lifecycleBase, "general_availability = 2024-01-01\n", "models = [\"M1\"]\ngeneral_availability = 2024-01-01\n", 1) + notice(""),
			"", "none of the models this notice concerns"},
		{"notice about related versions only, without network isolation", relatedHead + relatedSystem + strings.Replace(relatedNotice, "network_isolation = \"N\"\n", "", 1),
			"p.toml:41: warning: notices[0].customer_actions.network_isolation: not stated: IMDRF N70 asks a notice how the customer should isolate", ""},
		// Each moved milestone is checked, after one that is not the
		// notice's; one of an unknown version, or without a milestone,
		// is reported as such (unknown, missing), not compared.
		{"a moved milestone that did not move, after one of another version", lifecycleBase + notice(`date_changes = [{ version = "2.0", milestone = "end_of_support", previous = 2026-01-01 }, { version = "1.0", milestone = "end_of_support", previous = 2025-01-01 }]`),
			"p.toml:41: notices[0].date_changes[1].previous: version 1.0's end_of_support is still 2025-01-01", ""},
		{"a moved milestone that did not move, after one without its milestone", lifecycleBase + notice(`date_changes = [{ version = "1.0", previous = 2026-01-01 }, { version = "1.0", milestone = "end_of_support", previous = 2025-01-01 }]`),
			"p.toml:41: notices[0].date_changes[1].previous: version 1.0's end_of_support is still 2025-01-01", ""},
		{"end of support moved to exactly 24 months after the notice", lifecycleBase + strings.Replace(notice(`date_changes = [{ version = "1.0", milestone = "end_of_support", previous = 2026-01-01 }]`), "2022-01-01", "2023-01-01", -1),
			"", "date_changes"},
		{"end of support moved to 23 months after the notice", lifecycleBase + strings.Replace(notice(`date_changes = [{ version = "1.0", milestone = "end_of_support", previous = 2026-01-01 }]`), "2022-01-01", "2023-02-01", -1),
			"p.toml:41: warning: notices[0].date_changes[0]: moves version 1.0's end of support to 2025-01-01, 23 months after the notice is issued (2023-02-01)", ""},
		// A stop at a milestone needs a version to date it.
		{"stop at a milestone of a notice naming no version", lifecycleBase + strings.NewReplacer(`kind = "end_of_support"`, `kind = "component_end_of_support"`, "versions = [\"1.0\"]\n", "").Replace(notice("")),
			"p.toml:47: notices[0].stops[0].milestone: the notice names no version whose end_of_support could date this", ""},
		{"moved milestone of an unknown version", lifecycleBase + strings.Replace(notice(`date_changes = [{ version = "9.9", milestone = "end_of_support", previous = 2026-01-01 }]`), `versions = ["1.0"]`, `versions = ["1.0", "9.9"]`, 1),
			`p.toml:36: notices[0].versions[1]: unknown version "9.9"`, "date_changes"},
		{"moved milestone without its milestone", lifecycleBase + notice(`date_changes = [{ version = "1.0", previous = 2026-01-01 }]`),
			"", "date to move to"},
		{"upgrade without the version it leads to", lifecycleBase + strings.Replace(notice(""), "to_version = \"2.0\"\n", "", 1),
			"p.toml:52: notices[0].upgrade_paths[0].to_version: missing: a software_only upgrade names the version it leads to", ""},
		{"full replacement naming neither product nor version", lifecycleBase + strings.NewReplacer(`kind = "software_only"`, `kind = "full_replacement"`, "to_version = \"2.0\"\n", "").Replace(notice("")),
			"p.toml:52: notices[0].upgrade_paths[0].target: missing: a full replacement names the product or model that replaces the device", "upgrade_paths[0].to_version"},
		// An interface or port of the devices the notice concerns is not
		// warned about as on other models only.
		{"interface the notice's devices have, to disable", lifecycleBase + strings.Replace(notice(""), `network_isolation = "VLAN"`, "disable_interfaces = [\"usb\"]\nnetwork_isolation = \"VLAN\"", 1),
			"", "disable_interfaces"},
		{"port the notice's devices have, to block", lifecycleBase + strings.Replace(notice(""), `network_isolation = "VLAN"`, "block_ports = [443]\nnetwork_isolation = \"VLAN\"", 1),
			"", "block_ports"},
		{"no lifecycle page document control", lifecycleBase, "p.toml:1: warning: documents: missing [documents.lifecycle]", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(tc.src))
			if tc.want != "" && !strings.Contains("\n"+strings.Join(got, "\n"), "\n"+tc.want) {
				t.Errorf("no diagnostic starting with\n  %s\ngot:\n  %s", tc.want, strings.Join(got, "\n  "))
			}
			if tc.absent != "" {
				for _, g := range got {
					if strings.Contains(g, tc.absent) {
						t.Errorf("unexpected diagnostic %s", g)
					}
				}
			}
		})
	}
}

// Stage boundaries: each milestone's own day already belongs to the next
// stage; the day before does not.
func TestStageBoundaries(t *testing.T) {
	v := Version{GeneralAvailability: NewDate(2020, 3, 1), EndOfMarketing: NewDate(2022, 1, 1), EndOfLife: NewDate(2023, 6, 30),
		EndOfGuaranteedSupport: NewDate(2024, 12, 31), EndOfSupport: NewDate(2025, 6, 30)}
	for _, tc := range []struct {
		d    Date
		want string
	}{
		{NewDate(2020, 2, 29), "Development"},
		{NewDate(2020, 3, 1), "Support"},
		{NewDate(2022, 1, 1), "Support"}, // end of marketing alone does not change the stage
		{NewDate(2023, 6, 29), "Support"},
		{NewDate(2023, 6, 30), "Limited Support"},
		{NewDate(2024, 12, 31), "Limited Support"}, // nor does end of guaranteed support
		{NewDate(2025, 6, 29), "Limited Support"},
		{NewDate(2025, 6, 30), "End of Support"},
		{NewDate(2040, 1, 1), "End of Support"},
	} {
		if got := v.Stage(tc.d); got != tc.want {
			t.Errorf("Stage(%s) = %q, want %q", tc.d, got, tc.want)
		}
	}
	// Without end of life, a version goes straight from Support to End of Support.
	w := Version{GeneralAvailability: NewDate(2020, 1, 1), EndOfSupport: NewDate(2021, 1, 1)}
	if got := w.Stage(NewDate(2020, 12, 31)); got != "Support" {
		t.Errorf("no end of life: Stage before end of support = %q", got)
	}
	// Without end of life but past the end of guaranteed support, the end
	// of life (no later) has passed too.
	g := Version{GeneralAvailability: NewDate(2020, 1, 1), EndOfGuaranteedSupport: NewDate(2022, 1, 1), EndOfSupport: NewDate(2030, 1, 1)}
	for d, want := range map[Date]string{NewDate(2021, 12, 31): "Support", NewDate(2022, 1, 1): "Limited Support", NewDate(2030, 1, 1): "End of Support"} {
		if got := g.Stage(d); got != want {
			t.Errorf("no end of life, end of guaranteed support 2022-01-01: Stage(%s) = %q, want %q", d, got, want)
		}
	}
	if got := (Version{}).Stage(NewDate(2020, 1, 1)); got != "Development" {
		t.Errorf("no general availability: Stage = %q", got)
	}
	if m := v.NextMilestone(NewDate(2023, 6, 30)); m.Key != "end_of_guaranteed_support" {
		t.Errorf("NextMilestone on the end-of-life day = %q, want the following milestone", m.Key)
	}
	if m := v.NextMilestone(NewDate(2025, 6, 30)); !m.Date.IsZero() {
		t.Errorf("NextMilestone after the last = %+v", m)
	}
}

func TestCycloneDXProperty(t *testing.T) {
	for key, want := range map[string]string{
		"general_availability":      "cdx:lifecycle:milestone:generalAvailability",
		"end_of_marketing":          "cdx:lifecycle:milestone:endOfMarketing",
		"end_of_production":         "cdx:lifecycle:milestone:endOfProduction",
		"end_of_life":               "cdx:lifecycle:milestone:endOfLife",
		"end_of_guaranteed_support": "cdx:lifecycle:milestone:endOfGuaranteedSupport",
		"end_of_support":            "cdx:lifecycle:milestone:endOfSupport",
	} {
		if got := CycloneDXProperty(key); got != want {
			t.Errorf("CycloneDXProperty(%q) = %q, want %q", key, got, want)
		}
	}
}

func TestNoticeTitle(t *testing.T) {
	for _, tc := range []struct {
		n    Notice
		want string
	}{
		{Notice{Kind: "end_of_support", Versions: []string{"3.8.2"}}, "End-of-Support Notice: software 3.8.2"},
		{Notice{Kind: "end_of_life", Versions: []string{"4.1.0", "4.1.1"}}, "End-of-Life Notice: software 4.1.0, 4.1.1"},
		{Notice{Kind: "component_end_of_support", Components: []NoticeComponent{{Name: "openssl", Version: "3.0.16"}, {PURL: "pkg:x/y@1"}}}, "Component End-of-Support Notice: openssl 3.0.16, pkg:x/y@1"},
		{Notice{Kind: "end_of_life", Title: "Own title"}, "Own title"},
	} {
		if got := tc.n.DisplayTitle(); got != tc.want {
			t.Errorf("DisplayTitle() = %q, want %q", got, tc.want)
		}
	}
}

// TestNoticeLeadFromFirstAnnouncement: the notice customers had of a
// milestone is that of the first notice announcing the same date for the
// same version; a later notice (a formal end-of-support notice on the
// day, a notice saying support has ended) is not judged by its own issue
// date, and one issued after the milestone that nothing announced before
// is a warning saying what to do, not an error.
func TestNoticeLeadFromFirstAnnouncement(t *testing.T) {
	// eol is an end-of-life notice for 1.0 issued on issued (it announces
	// the end of support of 2025-01-01 too).
	eol := func(issued string) string {
		return strings.NewReplacer(`id = "eos-1"`, `id = "eol-1"`, `kind = "end_of_support"`, `kind = "end_of_life"`,
			`id = "N-1"`, `id = "N-0"`, "2022-01-01", issued).Replace(notice(""))
	}
	eos := func(issued, extra string) string { return strings.ReplaceAll(notice(extra), "2022-01-01", issued) }
	// component is a component notice about 1.0 issued on issued.
	component := func(issued, extra string) string {
		return strings.NewReplacer(`kind = "end_of_support"`, `kind = "component_end_of_support"`, `id = "eos-1"`, `id = "c-1"`,
			`id = "N-1"`, `id = "N-0"`, "2022-01-01", issued).Replace(notice(extra))
	}
	tests := []struct {
		name, src string
		want      []string // diagnostics containing each must be present
		absent    []string // no diagnostic may contain any
	}{
		{"end-of-support notice on the day, announced 36 months ahead by the end-of-life notice",
			lifecycleBase + eol("2022-01-01") + eos("2025-01-01", ""), nil,
			[]string{"notices[1].issued"}},
		{"end-of-support notice after the day, announced ahead",
			lifecycleBase + eol("2022-01-01") + eos("2025-02-01", ""), nil,
			[]string{"notices[1].issued", "before it comes", "after version"}},
		{"the end-of-support notice alone on the day",
			lifecycleBase + eos("2025-01-01", ""),
			[]string{"warning: notices[0].issued: issued 2025-01-01, on the day of version 1.0's end of support on 2025-01-01; IMDRF N70 asks for at least 24 months' notice; a notice issued earlier that announced the same date counts: add it to [[notices]] if one was sent",
				"warning: notices[0].issued: issued 2025-01-01, on the day of version 1.0's end of support on 2025-01-01; end_of_life.notice_months commits to 30"},
			nil},
		{"the end-of-support notice alone after the day",
			lifecycleBase + eos("2025-02-01", ""),
			[]string{"warning: notices[0].issued: issued 2025-02-01, after version 1.0's end of support on 2025-01-01, and no notice issued earlier announces that date: customers had no notice of it (IMDRF N70 asks for at least 24 months'); if the date is wrong, correct it in [[versions]]; a notice issued earlier that announced the same date counts: add it to [[notices]] if one was sent"},
			[]string{"before it comes", "notices[0].issued: issued 2025-02-01, 0 months"}},
		{"a late end-of-life notice is judged, the end-of-support notice after it is not",
			lifecycleBase + eol("2024-01-01") + eos("2025-01-01", ""),
			[]string{"warning: notices[0].issued: issued 2024-01-01, 12 months before version 1.0's end of support on 2025-01-01; IMDRF N70 asks"},
			[]string{"notices[1].issued"}},
		{"an earlier notice of another date does not count: the notice that moved it is judged",
			lifecycleBase + eol("2021-01-01") + eos("2024-06-01", `date_changes = [{ version = "1.0", milestone = "end_of_support", previous = 2024-06-30, short_notice_reason = "R" }]`),
			[]string{"warning: notices[1].issued: issued 2024-06-01, 7 months before version 1.0's end of support on 2025-01-01; IMDRF N70 asks"},
			[]string{"notices[0].issued: issued 2021-01-01"}},
		{"a component notice announcing the end of support counts",
			lifecycleBase + component("2022-01-01", "") + eos("2025-01-01", ""),
			nil, []string{"version 1.0's end of support"}},
		// It counts because it shows the date: when it came late, so did
		// customers' notice, and it is the notice judged.
		{"a late component notice is the first to announce the end of support",
			lifecycleBase + component("2024-06-01", "") + eos("2024-07-01", ""),
			[]string{"p.toml:34: warning: notices[0].issued: issued 2024-06-01, 7 months before version 1.0's end of support on 2025-01-01; IMDRF N70 asks for at least 24 months' notice"},
			[]string{"notices[1].issued: issued 2024-07-01, 6 months before"}},
		// The end of life it moves is the date change's to judge: with
		// short_notice_reason, the notice says why the notice is short.
		{"a component notice moving the end of life, saying why at short notice",
			lifecycleBase + component("2022-06-01", `date_changes = [{ version = "1.0", milestone = "end_of_life", previous = 2022-09-01, short_notice_reason = "R" }]`),
			nil, []string{"notices[0].issued", "notices[0].date_changes"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(tc.src))
			all := strings.Join(got, "\n")
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("no diagnostic containing\n  %s\ngot:\n  %s", w, strings.Join(got, "\n  "))
				}
			}
			for _, a := range tc.absent {
				for _, g := range got {
					if strings.Contains(g, a) {
						t.Errorf("unexpected diagnostic %s", g)
					}
				}
			}
		})
	}
}
