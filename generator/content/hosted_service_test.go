package content

import (
	"strings"
	"testing"
)

// hostedHead is a product its manufacturer alone runs (a service it
// hosts, signed into through the customer's identity provider) with a
// version that reaches end of support on 2027-06-30, and an end-of-life
// notice about it issued on 2026-01-05; hostedTail is the notice's last
// keys. Each case adds hosted_service keys between them.
const hostedHead = `schema_version = 2
id = "p"
[[parts]]
id = "svc"
name = "Service"
runs = "manufacturer_hosted"
[[parts]]
id = "idp"
name = "Identity provider"
runs = "customer_infrastructure"
[[versions]]
version = "1.0"
general_availability = 2024-01-01
end_of_life = 2026-06-30
end_of_support = 2027-06-30
[[versions]]
version = "2.0"
general_availability = 2025-06-01
[[notices]]
id = "eol-1.0"
kind = "end_of_life"
issued = 2026-01-05
summary = "S"
versions = ["1.0"]
operating_systems = ["OS"]
maintenance = "M"
compensating_controls = ["C"]
stops = [{ what = "updates", milestone = "end_of_support" }]
upgrade_paths = [{ kind = "software_only", to_version = "2.0", description = "D" }]
decommissioning = "D"
[notices.customer_actions]
backup = "B"
`

// hosted is the notice's [notices.hosted_service] table with the given
// keys (none: no table).
func hosted(keys ...string) string {
	if len(keys) == 0 {
		return ""
	}
	return "[notices.hosted_service]\n" + strings.Join(keys, "\n") + "\n"
}

// onDevice makes hostedHead's service part a device: the product hosts
// nothing.
func onDevice(src string) string {
	return strings.Replace(src, `runs = "manufacturer_hosted"`, `runs = "device"`, 1)
}

// TestNoticeHostedServiceChecks: a notice about versions only the
// manufacturer runs says when it stops running them and what becomes of
// the customer's data (a warning for each it leaves out, none when it says
// all, none for a product that hosts nothing); dates that cannot be (an
// export after the data is deleted, an export window closed before the
// notice offered it) are errors; dates that can be but need a look (a
// switch-off before the version's end of support or the notice, a
// deletion before the switch-off) and the keys on a notice about versions
// no manufacturer runs are warnings; only a notice that retires versions
// may give them.
func TestNoticeHostedServiceChecks(t *testing.T) {
	all := []string{"switch_off = 2027-06-30", "export_until = 2027-07-31", `export = "From the web viewer."`, "data_deleted = 2027-08-31"}
	with := func(keys ...string) string { return hostedHead + hosted(keys...) }
	cases := []struct {
		name, src string
		want      []string // diagnostics, "warning: path: message prefix" (an error has no "error: ")
		none      []string // prefixes that must not be reported
	}{
		{"hosted-only, nothing stated", with(), []string{
			`warning: notices[0].hosted_service: not stated: the product runs only where the manufacturer hosts it`}, nil},
		{"hosted-only, everything stated", with(all...), nil, []string{"warning: notices[0].hosted_service", "notices[0].hosted_service"}},
		{"hosted-only, the export left out", with(all[0], all[1], all[3]), []string{
			"warning: notices[0].hosted_service.export: not stated: how the customer exports its data"},
			[]string{"warning: notices[0].hosted_service.switch_off", "warning: notices[0].hosted_service.data_deleted", "warning: notices[0].hosted_service.export_until"}},
		{"device, nothing stated", onDevice(with()), nil, []string{"warning: notices[0].hosted_service"}},
		{"device, keys given", onDevice(with(all...)), []string{
			"warning: notices[0].hosted_service: the versions this notice concerns run on no part the manufacturer hosts"}, nil},
		{"export after deletion", with("switch_off = 2027-06-30", "export_until = 2027-09-30", `export = "E"`, "data_deleted = 2027-08-31"), []string{
			"notices[0].hosted_service.export_until: 2027-09-30 is after data_deleted 2027-08-31"}, nil},
		{"export window closed before the notice", with("switch_off = 2027-06-30", "export_until = 2025-12-31", `export = "E"`, "data_deleted = 2027-08-31"), []string{
			"notices[0].hosted_service.export_until: 2025-12-31 is before the notice was issued (2026-01-05)"}, nil},
		{"switch-off before end of support", with("switch_off = 2027-03-31", all[1], all[2], all[3]), []string{
			"warning: notices[0].hosted_service.switch_off: 2027-03-31 is before version 1.0's end of support on 2027-06-30"}, nil},
		{"switch-off on end of support", with(all...), nil, []string{"warning: notices[0].hosted_service.switch_off"}},
		{"switch-off and deletion before the notice", with("switch_off = 2025-12-01", `export = "E"`, "data_deleted = 2025-12-31"), []string{
			"warning: notices[0].hosted_service.switch_off: 2025-12-01 is before the notice was issued (2026-01-05)",
			"warning: notices[0].hosted_service.data_deleted: 2025-12-31 is before the notice was issued (2026-01-05)"}, nil},
		{"deletion before switch-off", with("switch_off = 2027-06-30", "export_until = 2027-05-31", `export = "E"`, "data_deleted = 2027-05-31"), []string{
			"warning: notices[0].hosted_service.data_deleted: 2027-05-31 is before the switch-off 2027-06-30"},
			[]string{"notices[0].hosted_service.export_until"}},
		// A left-out key is warned about only on a product only the
		// manufacturer runs whose notices are built.
		{"device, the export left out", onDevice(with(all[0], all[1], all[3])), nil, []string{"warning: notices[0].hosted_service.export"}},
		{"hosted-only, the export left out, notices not built", strings.Replace(with(all[0], all[1], all[3]), "[[versions]]", "[documents]\nbuild = [\"lifecycle\"]\n[[versions]]", 1), nil,
			[]string{"warning: notices[0].hosted_service.export"}},
		{"hosted-only, no deletion date", with(all[0], all[1], all[2]), []string{
			"warning: notices[0].hosted_service.data_deleted: not stated: when the manufacturer deletes the customer data left"},
			// Neither export_until nor the switch-off is compared with the
			// missing date (printed empty: two spaces).
			[]string{"notices[0].hosted_service.export_until", "warning: notices[0].hosted_service.data_deleted:  "}},
		{"on a component notice", strings.Replace(with(all...), `kind = "end_of_life"`, "kind = \"component_end_of_support\"\ncomponents = [{ name = \"lib\", version = \"1\", concern = \"C\" }]", 1), []string{
			"notices[0].hosted_service: only an end_of_life or end_of_support notice retires versions"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			for _, w := range tc.want {
				if !hasDiagIn(diags, w) {
					t.Errorf("not reported: %s\n  %s", w, diagText(diags))
				}
			}
			for _, w := range tc.none {
				if hasDiagIn(diags, w) {
					t.Errorf("reported: %s\n  %s", w, diagText(diags))
				}
			}
		})
	}
}

// TestNoticeHostedServiceRelatedSwitchOff: a notice about versions of a
// related system the manufacturer runs is warned about when it switches
// them off before their end of support; not when the customer runs it,
// nor on the day support ends.
func TestNoticeHostedServiceRelatedSwitchOff(t *testing.T) {
	const warning = "warning: notices[0].hosted_service.switch_off: 2027-03-31 is before Server app 4.2's end of support on 2027-06-30"
	hostedRelated := strings.Replace(relatedSystem, `part = "server"`, `runs = "manufacturer_hosted"`, 1)
	switchOff := func(d string) string {
		return hosted("switch_off = "+d, "export_until = 2027-07-31", `export = "E"`, "data_deleted = 2027-08-31")
	}
	warnCases(t, warning, []warnCase{
		{"manufacturer runs it, switched off early", relatedHead + hostedRelated + relatedNotice + switchOff("2027-03-31"), true},
		{"customer runs it", relatedHead + relatedSystem + relatedNotice + switchOff("2027-03-31"), false},
	})
	warnCases(t, "warning: notices[0].hosted_service.switch_off: 2027-06-30 is before", []warnCase{
		{"manufacturer runs it, switched off on the day", relatedHead + hostedRelated + relatedNotice + switchOff("2027-06-30"), false},
	})
}
