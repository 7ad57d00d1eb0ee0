package generator

import (
	"strings"
	"testing"
)

// TestSbomvexComponentsGivenAndNotPresent: the BMC firmware, which no
// SBOM lists and [[components]] gives to 3.0 and 3.1, is listed in 3.0's
// CSD, and its KEV vulnerability is stated for 3.0 too (check refused it
// there); "not affected: component not present" about OpenSSH, which no
// version contains, is stated from the product file and the imported
// OpenVEX file (check refused both) in every document and VEX or CSAF
// file of each version. The plan says a fix stated released but undated
// is released, and one CVE's rows share its exploitation.
func TestSbomvexComponentsGivenAndNotPresent(t *testing.T) {
	read := buildFixture(t, "sbomvex")
	for _, tc := range []struct{ file, want string }{
		{"pumpbridge/3.0/csd.md", "| tarvos-bmc-firmware | B2.11 | Tarvos Systems Co., Ltd. | Not stated |"},
		{"pumpbridge/3.0/csd.md", "| CVE-2024-54085: BMC Redfish authentication bypass | tarvos-bmc-firmware B2.11 | Affected; **known to be exploited** | 10.0 Critical (v3.1) | Controlled | Brenmoor field service installs Tarvos BMC firmware B2.14"},
		{"pumpbridge/security-plan.md", "| CVE-2024-54085 | 3.0 | tarvos-bmc-firmware B2.11 | Affected | 10.0 Critical (v3.1) | Known to be exploited | Controlled | 2025-03-14 | Released (date not stated) |"},
		{"pumpbridge/3.0/csd.md", "| CVE-2024-6387: OpenSSH sshd signal handler race condition (regreSSHion) | openssh 9.6p1 | Not affected (component not present) | Not scored | Does not apply | The gateway contains no OpenSSH: its only SSH server is Dropbear. |"},
		{"pumpbridge/csd.md", "| CVE-2024-6387: OpenSSH sshd signal handler race condition (regreSSHion) | openssh 9.6p1 | Not affected (component not present) |"},
		{"pumpbridge/security-plan.md", "| CVE-2024-6387 | 3.0 | openssh 9.6p1 | Not affected (component not present) |"},
		{"pumpbridge/security-plan.md", "| CVE-2024-6387 | 3.1 | openssh 9.6p1 | Not affected (component not present) |"},
		// Exploitation is the vulnerability's: the fixed entry leaves it
		// to the affected one.
		{"pumpbridge/security-plan.md", "| CVE-2024-1086 | 3.1 | linux 6.1.112 | Fixed | Not scored | Known to be exploited |"},
	} {
		if got := read(tc.file); !strings.Contains(got, tc.want) {
			t.Errorf("%s lacks %q", tc.file, tc.want)
		}
	}
	compact := func(s string) string { return strings.Join(strings.Fields(s), "") }
	for _, v := range []string{"3.0", "3.1"} {
		ov := compact(read("pumpbridge/vex-" + v + ".openvex.json"))
		if !strings.Contains(ov, `"name":"CVE-2024-54085"`) {
			t.Errorf("vex-%s.openvex.json lacks CVE-2024-54085", v)
		}
		if !strings.Contains(ov, `"name":"CVE-2024-6387"},"products":[{"@id":"pkg:generic/brenmoor/pumpbridge-gateway@`+v+`"`) ||
			!strings.Contains(ov, `"status":"not_affected","justification":"component_not_present"`) {
			t.Errorf("vex-%s.openvex.json does not state CVE-2024-6387 not affected, component not present:\n%s", v, ov)
		}
		cdx := compact(read("pumpbridge/vex-" + v + ".cdx.json"))
		if !strings.Contains(cdx, `"id":"CVE-2024-54085"`) ||
			!strings.Contains(cdx, `"id":"CVE-2024-6387","source":{"name":"NVD","url":"https://nvd.nist.gov/vuln/detail/CVE-2024-6387"},"analysis":{"state":"not_affected","justification":"requires_dependency"`) {
			t.Errorf("vex-%s.cdx.json lacks CVE-2024-54085 or CVE-2024-6387 not affected:\n%s", v, cdx)
		}
	}
	for _, tc := range []struct{ file, pid string }{
		{".well-known/csaf/white/2023/pumpbridge-3_0-vex.json", "pumpbridge-3.0"},
		{".well-known/csaf/white/2024/pumpbridge-3_1-vex.json", "pumpbridge-3.1"},
	} {
		csaf := compact(read(tc.file))
		if !strings.Contains(csaf, `"cve":"CVE-2024-54085"`) ||
			!strings.Contains(csaf, `"cve":"CVE-2024-6387","flags":[{"label":"component_not_present","product_ids":["`+tc.pid+`"]}]`) ||
			!strings.Contains(csaf, `"known_not_affected":["`+tc.pid+`"]`) {
			t.Errorf("%s lacks CVE-2024-54085 or CVE-2024-6387 not affected, component not present", tc.file)
		}
	}
}
