package content

import (
	"strings"
	"testing"
)

// nonDeviceCase is a diagnostic that cites a source written for medical
// devices: device is the warning a medical device gets (medical_device
// not written, or true), health the one health IT gets (medical_device =
// false); "" for none.
type nonDeviceCase struct {
	name, src      string
	device, health string
}

// checkNonDevice runs each case as a device and as health IT: each gets
// its own warning and not the other's.
func checkNonDevice(t *testing.T, cases []nonDeviceCase, load func(t *testing.T, src string) Diagnostics) {
	t.Helper()
	const head = "schema_version = 2\nid = \"p\"\n"
	for _, tc := range cases {
		for _, md := range []struct {
			name, line string
			device     bool
		}{{"medical_device unset", "", true}, {"medical_device = true", "medical_device = true\n", true}, {"medical_device = false", "medical_device = false\n", false}} {
			t.Run(tc.name+"/"+md.name, func(t *testing.T) {
				diags := load(t, head+md.line+tc.src)
				want, not := tc.device, tc.health
				if !md.device {
					want, not = not, want
				}
				if want != "" && !hasDiagIn(diags, want) {
					t.Errorf("want %q\n  %s", want, diagText(diags))
				}
				if not != "" && hasDiagIn(diags, not) {
					t.Errorf("want no %q\n  %s", not, diagText(diags))
				}
			})
		}
	}
}

func validated(t *testing.T, src string) Diagnostics {
	t.Helper()
	_, diags := loadParts(t, src)
	return diags
}

// TestNonDeviceCompleteness: the plan's completeness warnings cite FDA or
// N70 as asking something of a device only; for health IT they name the
// empty section of the plan, or N70 as written for medical devices.
func TestNonDeviceCompleteness(t *testing.T) {
	checkNonDevice(t, []nonDeviceCase{
		{"notice months", "[end_of_life]\nnotice_months = 18\n",
			"warning: end_of_life.notice_months: 18 months of notice is less than the 24 months IMDRF N70 asks for",
			"warning: end_of_life.notice_months: 18 months of notice is less than the 24 months IMDRF N70, written for medical devices, recommends"},
		{"control category", "",
			`warning: controls: no control in the FDA category "Authentication"`,
			`warning: controls: no control in the category "Authentication": the security plan says "None recorded" there`},
		{"security use case view", "",
			`warning: architecture: no "Security use case views" architecture view (FDA premarket guidance expects one)`,
			`warning: architecture: no "Security use case views" architecture view: the security plan says "None recorded" there`},
	}, validated)
}

// TestNonDeviceNoticeLead: a notice given less than 24 months ahead, or
// none, is warned about for health IT too, citing N70 as written for
// medical devices; a notice naming no component says what customers
// lack.
func TestNonDeviceNoticeLead(t *testing.T) {
	base := strings.TrimPrefix(lifecycleBase, "schema_version = 2\n")
	eos := func(issued string) string { return strings.ReplaceAll(notice(""), "2022-01-01", issued) }
	noComponents := strings.Replace(notice(""), "[[notices.components]]\nname = \"openssl\"\nversion = \"1.1.1\"\nconcern = \"EOL\"\n", "", 1)
	moved := "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2020-01-01\nend_of_life = 2026-06-30\nend_of_support = 2028-12-31\n" +
		"[[notices]]\nid = \"n\"\nkind = \"component_end_of_support\"\nissued = 2026-01-20\nversions = [\"1.0\"]\n" +
		"date_changes = [{ version = \"1.0\", milestone = \"end_of_life\", previous = 2030-06-30 }]\n"
	related := strings.TrimPrefix(relatedHead, "schema_version = 2\nid = \"p\"\n") + relatedSystem +
		strings.NewReplacer(`id = "eos-srv"`, `id = "eos-srv-day"`, "issued = 2025-06-01", "issued = 2027-06-30").Replace(relatedNotice)
	checkNonDevice(t, []nonDeviceCase{
		{"on the day", base + eos("2025-01-01"),
			"warning: notices[0].issued: issued 2025-01-01, on the day of version 1.0's end of support on 2025-01-01; IMDRF N70 asks for at least 24 months' notice;",
			"warning: notices[0].issued: issued 2025-01-01, on the day of version 1.0's end of support on 2025-01-01; IMDRF N70, written for medical devices, recommends at least 24 months' notice;"},
		{"after the day", base + eos("2025-02-01"),
			"warning: notices[0].issued: issued 2025-02-01, after version 1.0's end of support on 2025-01-01, and no notice issued earlier announces that date: customers had no notice of it (IMDRF N70 asks for at least 24 months');",
			"warning: notices[0].issued: issued 2025-02-01, after version 1.0's end of support on 2025-01-01, and no notice issued earlier announces that date: customers had no notice of it (IMDRF N70, written for medical devices, recommends at least 24 months');"},
		{"no component", base + noComponents,
			// the notice names its operating systems (operating_systems)
			"warning: notices[0].components: no software component named besides its operating_systems: IMDRF N70 expects a notice to list the software components concerned",
			"warning: notices[0].components: no software component named besides its operating_systems: customers cannot tell which other software components of the product the notice concerns (IMDRF N70, written for medical devices, expects a notice to list them)"},
		{"moved shortly", moved,
			"warning: notices[0].date_changes[0]: moves version 1.0's end of life to 2026-06-30, 5 months after the notice is issued (2026-01-20); IMDRF N70 asks for at least 24 months' notice",
			"warning: notices[0].date_changes[0]: moves version 1.0's end of life to 2026-06-30, 5 months after the notice is issued (2026-01-20); IMDRF N70, written for medical devices, recommends at least 24 months' notice"},
		{"related system's end of support", related,
			"warning: notices[0].issued: issued 2027-06-30, on the day of Server app 4.2's end of support on 2027-06-30; IMDRF N70 asks for at least 24 months' notice",
			"warning: notices[0].issued: issued 2027-06-30, on the day of Server app 4.2's end of support on 2027-06-30; IMDRF N70, written for medical devices, recommends at least 24 months' notice"},
	}, validated)
}

// TestNonDeviceReviewWarnings: warnings that cite FDA's labeling item 3
// or premarket guidance, or speak of devices and biomedical engineers,
// still fire for health IT, which needs the same facts, but without
// claiming FDA asks them of it.
func TestNonDeviceReviewWarnings(t *testing.T) {
	port := func(kind string) string {
		return "[[interfaces]]\nid = \"up\"\nkind = \"" + kind + "\"\nname = \"Uplink\"\npurpose = \"P\"\n" +
			"[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"up\"\n"
	}
	checkNonDevice(t, []nonDeviceCase{
		{"outbound port without endpoints", port("ethernet"),
			"warning: ports[0].endpoints: port 443/tcp is used outbound but names no approved endpoint; hospitals need the destinations to write firewall rules (FDA labeling item 3)",
			"warning: ports[0].endpoints: port 443/tcp is used outbound but names no approved endpoint; hospitals need the destinations to write firewall rules: write endpoints"},
		{"cellular port without endpoints", port("cellular"),
			"warning: ports[0].endpoints: port 443/tcp is used outbound on a cellular interface but names no approved endpoint; FDA labeling item 3 asks for the destinations of every port",
			"warning: ports[0].endpoints: port 443/tcp is used outbound on a cellular interface but names no approved endpoint; the CSD's readers need the destinations of every port"},
		{"patch timelines without justification", "[postmarket.patching]\nregular_days = 90\ncritical_days = 30\ncritical_mitigation_days = 7\n",
			"warning: postmarket.patching.justification: the patch timelines (90 days regular, 30 days critical, 7 days to interim mitigations) have no justification: say why each is right for the risk (FDA premarket guidance VII.C.1)",
			"warning: postmarket.patching.justification: the patch timelines (90 days regular, 30 days critical, 7 days to interim mitigations) have no justification: say why each is right for the risk\x00"},
		{"deferred finding without interim plan", "[verification.penetration_test]\n[[verification.penetration_test.findings]]\nid = \"PT-1\"\ntitle = \"T\"\nstatus = \"deferred\"\n",
			"warning: verification.penetration_test.findings[0].status: finding PT-1 is deferred without interim_plan: say which devices get the fix, how long it takes to reach them and what protects them meanwhile (FDA premarket guidance V.C)",
			"warning: verification.penetration_test.findings[0].status: finding PT-1 is deferred without interim_plan: say which installations get the fix, how long it takes to reach them and what protects them meanwhile\x00"},
		{"home use not stated", "",
			"warning: home_use: not stated; the CSD is written for a hospital's network, security and biomedical engineering teams",
			"warning: home_use: not stated; the CSD is written for a hospital's network, security and IT teams"},
	}, validatedEnded)
}

// validatedEnded is validated with a NUL after each diagnostic, so that a
// case can want a message to end where the device's goes on to cite FDA.
func validatedEnded(t *testing.T, src string) Diagnostics {
	t.Helper()
	diags := validated(t, src)
	for i := range diags {
		diags[i].Message += "\x00"
	}
	return diags
}

// TestNonDeviceSaysProduct: diagnostics that speak of the device speak of
// the product when it is health IT that is not a medical device, and the
// related-system support warning cites IMDRF N70 for a device only.
func TestNonDeviceSaysProduct(t *testing.T) {
	related := strings.TrimPrefix(relatedHead, "schema_version = 2\nid = \"p\"\n") + strings.Replace(relatedSystem, `part = "server"`, `part = "pump"`, 1)
	base := strings.TrimPrefix(lifecycleBase, "schema_version = 2\n")
	replacement := strings.Replace(notice(""), "kind = \"software_only\"\nto_version = \"2.0\"\n", "kind = \"full_replacement\"\n", 1)
	checkNonDevice(t, []nonDeviceCase{
		{"related system on the device part", related,
			"related_systems[0].part: a related system is not the device itself: describe the device's own software in [[parts]], [[versions]] and the SBOM",
			"related_systems[0].part: a related system is not the product itself: describe the product's own software in [[parts]], [[versions]] and the SBOM"},
		{"full replacement without target", base + replacement,
			"notices[0].upgrade_paths[0].target: missing: a full replacement names the product or model that replaces the device",
			"notices[0].upgrade_paths[0].target: missing: a full replacement names the product or model that replaces the product"},
		{"security notice with decommissioning and a related system", "[[notices]]\nid = \"sa\"\nkind = \"security\"\nissued = 2025-01-01\nsummary = \"S\"\ndecommissioning = \"D\"\nrelated_system = \"srv\"\n",
			"notices[0].decommissioning: a security notice does not state decommissioning: it retires no device",
			"notices[0].decommissioning: a security notice does not state decommissioning: it retires no product"},
		{"security notice naming a related system", "[[notices]]\nid = \"sa\"\nkind = \"security\"\nissued = 2025-01-01\nsummary = \"S\"\nrelated_system = \"srv\"\n",
			"notices[0].related_system: a security notice does not state related_system: it announces vulnerabilities of the device software",
			"notices[0].related_system: a security notice does not state related_system: it announces vulnerabilities of the product software"},
		{"no parts", "",
			`warning: parts: not stated: who installs updates on the device; the CSD's responsibility table and the plan's updatability view say "Not stated" (the product lists no [[parts]]: add one with runs = "device"`,
			`parts: missing: where the product runs; it is not a medical device (medical_device = false) and lists no [[parts]], so every document would describe it as hardware of its own ("the device"): add a [[parts]] entry with runs = where it runs ("customer_hosted" for software on the customer's servers`},
	}, validated)

	// The rule needs the as-of date: run it alone.
	support := strings.NewReplacer(old53, `device_versions = ["1.0"]`, old42+"\n", `device_versions = ["1.0", "2.0"]`+"\n").
		Replace(strings.TrimPrefix(relatedSupportProduct, "schema_version = 2\nid = \"p\"\n"))
	checkNonDevice(t, []nonDeviceCase{
		{"related version ended", support,
			"warning: related_systems[0].versions[0].device_versions: software 2.0 is supported until 2030-06-30, but the Server version that works with it (4.2) ended its support on 2025-06-30, before the as-of date 2026-01-01: a supported device on an unsupported Server (IMDRF N70);",
			"warning: related_systems[0].versions[0].device_versions: software 2.0 is supported until 2030-06-30, but the Server version that works with it (4.2) ended its support on 2025-06-30, before the as-of date 2026-01-01: a supported product on an unsupported Server;"},
	}, func(t *testing.T, src string) Diagnostics {
		p, _ := loadParts(t, src)
		return RuleRelatedSupport(p, NewDate(2026, 1, 1))
	})
	checkNonDevice(t, []nonDeviceCase{
		{"related version ends first", support,
			"warning: related_systems[0].versions[0].device_versions: software 2.0 is supported until 2030-06-30, but the Server version that works with it (4.2) is supported only until 2025-06-30: until the device's end of support it would depend on an unsupported Server (IMDRF N70);",
			"warning: related_systems[0].versions[0].device_versions: software 2.0 is supported until 2030-06-30, but the Server version that works with it (4.2) is supported only until 2025-06-30: until the product's end of support it would depend on an unsupported Server;"},
	}, func(t *testing.T, src string) Diagnostics {
		p, _ := loadParts(t, src)
		return RuleRelatedSupport(p, NewDate(2025, 3, 1))
	})
}

// TestNonDeviceWithoutPartsIsAnError: a product that is not a medical
// device must say where it runs: without [[parts]] every document would
// describe it as hardware of its own, so the build stops, whichever
// documents it builds; a device without parts is only warned about.
func TestNonDeviceWithoutPartsIsAnError(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	for _, tc := range []struct {
		name, src string
		want      Severity // of the one parts diagnostic
	}{
		{"health IT", "medical_device = false\n", Error},
		{"health IT, MDS2 form only", "medical_device = false\n[documents]\nbuild = [\"mds2\"]\n", Error},
		{"device", "", Warning},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []Diagnostic
			for _, d := range validated(t, head+tc.src) {
				if d.Path == "parts" {
					got = append(got, d)
				}
			}
			if len(got) != 1 || got[0].Severity != tc.want {
				t.Errorf("parts diagnostics %v, want one of severity %v", got, tc.want)
			}
		})
	}
}
