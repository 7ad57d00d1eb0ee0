package generator

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestReviewContradictionsPlanted plants each contradiction a reviewer
// found in the pump example back into a copy of it and expects jspgen
// check to report it at the line of the key that carries it. The example
// itself is clean (TestExampleIsClean).
func TestReviewContradictionsPlanted(t *testing.T) {
	const product = "halcyon-lvp7.toml"
	const sbom = "halcyon-lvp7/sbom.cdx.json"
	tests := []plantedContradiction{
		{
			name: "T-01 mitigated only by controls acting on the device in use",
			file: product,
			edit: kindtest.Replace(`controls = ["C-SC-1", "C-INT-1", "C-UPD-1"]`, `controls = ["C-INT-1", "C-UPD-1"] # planted`),
			want: `threats[0].controls: T-01 arises in the supply chain phase, but none of its controls (C-INT-1, C-UPD-1) names that phase in phases`,
			at:   `controls = ["C-INT-1", "C-UPD-1"] # planted`,
		},
		{
			name: "the supply-chain control left mitigating no threat",
			file: product,
			edit: kindtest.Replace(`controls = ["C-SC-1", "C-INT-1", "C-UPD-1"]`, `controls = ["C-INT-1", "C-UPD-1"]`),
			want: `controls[20].id: control C-SC-1 mitigates no threat`,
			at:   `id = "C-SC-1"`,
		},
		{
			name: "T-07's rationale relies on labeling it does not name",
			file: product,
			edit: kindtest.Replace(`labeling = ["RC-01", "RC-02", "RC-11"]`+"\n", ""),
			want: `threats[6].rationale: T-07: the rationale relies on the labeling but the threat names no labeling item`,
			at:   `rationale = "The order must still match`,
		},
		{
			name: "the lock-out claim of C-AUTH-1 without the deferred PIN finding",
			file: product,
			edit: kindtest.Replace(`requirements = ["SR-01"]`+"\n"+`findings = ["PT-06"]`, `requirements = ["SR-01"]`+"\n"+`findings = [] # planted`),
			want: `controls[0].findings: C-AUTH-1 is contradicted by deferred finding PT-06 (PIN lock-out counter resets on reboot) but does not reference it`,
			at:   `findings = [] # planted`,
		},
		{
			name: "the MDS2 lock-out answer without the deferred PIN finding",
			file: product,
			edit: kindtest.Replace(`complexity rule, as the pump has no passwords."""`+"\n"+`findings = ["PT-06"]`, `complexity rule, as the pump has no passwords."""`+"\n"+`findings = [] # planted`),
			want: `mds2.notes[1].findings: mds2:PAUT-3 is contradicted by deferred finding PT-06`,
			at:   `findings = [] # planted`,
		},
		{
			name: "public disclosure before the regular fix is due",
			file: product,
			edit: kindtest.Replace("regular_days = 90\n", "regular_days = 120\n"),
			want: `postmarket.cvd.disclosure_days: public disclosure is targeted at 90 days, before the regular fix commitment of 120 days`,
			at:   `disclosure_days = 90`,
		},
		{
			name: "patch timelines without their justification",
			file: product,
			edit: func(s string) string {
				i := strings.Index(s, "justification = \"\"\"\nRisk decides each timeline.")
				if i < 0 {
					return s
				}
				j := i + len("justification = \"\"\"") + strings.Index(s[i+len("justification = \"\"\""):], "\"\"\"") + 3
				return s[:i] + `justification = "" # planted` + s[j:]
			},
			want: `postmarket.patching.justification: the patch timelines (90 days regular, 30 days critical, 7 days to interim mitigations) have no justification`,
			at:   `justification = "" # planted`,
		},
		{
			name: "end of life announced 6 months ahead",
			file: product,
			edit: func(s string) string {
				s = strings.Replace(s, "kind = \"end_of_life\"\nissued = 2023-09-29", "kind = \"end_of_life\"\nissued = 2025-03-17 # planted", 1)
				return strings.Replace(s, "revision = \"A\"\ndate = 2023-09-29", "revision = \"A\"\ndate = 2025-03-17", 1)
			},
			want: `notices[1].issued: issued 2025-03-17, 6 months before version 4.1.0's end of life on 2025-09-30; IMDRF N70 asks for at least 24 months' notice`,
			at:   `issued = 2025-03-17 # planted`,
		},
		{
			name: "a notice dated after the end of life it announces",
			file: product,
			edit: kindtest.Replace("kind = \"end_of_life\"\nissued = 2023-09-29", "kind = \"end_of_life\"\nissued = 2025-10-01 # planted"),
			want: `notices[1].issued: issued 2025-10-01, after version 4.1.0's end of life on 2025-09-30`,
			at:   `issued = 2025-10-01 # planted`,
		},
		{
			name: "4.2.1 in Support until 2030 while its kernels' support ends in 2026",
			file: product,
			// The old dates back, and the component notice no longer
			// claims to have moved them.
			edit: func(s string) string {
				s = kindtest.Replace("end_of_marketing = 2026-06-30\nend_of_production = 2026-06-30\nend_of_life = 2026-06-30\nend_of_guaranteed_support = 2028-04-30\nend_of_support = 2028-12-31",
					"end_of_marketing = 2029-12-31\nend_of_production = 2029-12-31\nend_of_life = 2030-06-30 # planted\nend_of_guaranteed_support = 2031-03-31\nend_of_support = 2031-06-30")(s)
				i := strings.Index(s, "date_changes = [")
				j := i + strings.Index(s[i:], "]\n") + 2
				return s[:i] + s[j:]
			},
			want: `versions[2].end_of_life: version 4.2.1 is in Support until its end of life on 2030-06-30, but major components lose their support before then: chrony 4.5 (support ends 2028-04-30), FreeRTOS-Kernel 11.1.0 (support ends 2026-06-30), linux-imx 6.6.52 (support ends 2026-12-31), nftables 1.0.9 (support ends 2028-04-30), openssl 3.0.16 (support ends 2026-09-07)`,
			at:   `end_of_life = 2030-06-30 # planted`,
		},
		{
			name: "an SBOM dated after the release it describes",
			file: sbom,
			edit: kindtest.Replace(`"timestamp": "2025-05-02T00:00:00Z"`, `"timestamp": "2026-03-02T00:00:00Z"`),
			want: `versions[2].changes.sbom_files[0]: SBOM sbom.cdx.json is dated 2026-03-02, after version 4.2.1's release on 2025-05-12`,
			at:   `sbom_files = ["sbom.cdx.json"]`,
		},
		{
			name: "the safety firmware keeps its version while its RTOS kernel changes",
			file: sbom,
			edit: kindtest.Replace(`"name": "halcyon-pump-controller-fw",
      "version": "4.2.1"`, `"name": "halcyon-pump-controller-fw",
      "version": "4.1.0"`),
			want: `versions[2].changes.sbom_files[0]: halcyon-pump-controller-fw 4.1.0 is built on FreeRTOS-Kernel 10.5.1 in version 4.1.0 and on CMSIS_5 5.9.0, FreeRTOS-Kernel 11.1.0, nanopb 0.4.8, stm32f4xx-hal-driver 1.8.3 in version 4.2.1: one version number names two different builds`,
			at:   `sbom_files = ["sbom.cdx.json"]`,
		},
		{
			name: "CVE-2024-1086 fixed 347 days after identification with no reason given",
			file: product,
			edit: func(s string) string {
				return strings.Replace(cutBlock(s, "fix_delay_reason = "), "fixed = 2025-05-12\n", "fixed = 2025-05-12 # planted\n", 1)
			},
			want: `vulnerabilities[0].fixed: CVE-2024-1086 affects 3.8.2 and 4.1.0 and its fix, released on 2025-05-12, came 347 days after it was identified (2024-05-30), 317 days beyond the 30 days the documents promise for an out-of-cycle fix of an uncontrolled risk (postmarket.patching.critical_days)`,
			at:   `fixed = 2025-05-12 # planted`,
		},
		{
			name: "PT-06 deferred without an interim plan",
			file: product,
			edit: func(s string) string {
				return strings.Replace(cutBlock(s, "interim_plan = "), "status = \"deferred\"\n", "status = \"deferred\" # planted\n", 1)
			},
			want: "verification.penetration_test.findings[5].status: finding PT-06 is deferred without interim_plan",
			at:   `status = "deferred" # planted`,
		},
		{
			name: "the safety-controller bootloader missing from the SBOM",
			file: sbom,
			edit: kindtest.Replace(`"name": "halcyon-safety-bootloader"`, `"name": "stm32-bootloader"`),
			want: `controls[7].components[1]: component "halcyon-safety-bootloader" of control C-INT-1 is in no SBOM file`,
			at:   `components = ["u-boot-imx", "halcyon-safety-bootloader"]`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assertPlanted(t, tt) })
	}
}

// cutBlock removes the first key that starts with key and holds a
// multi-line string ("""…"""), with its lines.
func cutBlock(s, key string) string {
	i := strings.Index(s, key+`"""`)
	if i < 0 {
		return s
	}
	body := i + len(key) + 3
	j := body + strings.Index(s[body:], `"""`) + 3
	if j < len(s) && s[j] == '\n' {
		j++
	}
	return s[:i] + s[j:]
}

// TestUncoveredReachFlowPlanted removes T-15 (the compromised Connect
// server or an insider publishing a drug library or configuration) from a
// copy of the pump: check then reports the Connect → pump flow that
// carries them, at the line of 4.2.1's entry for it, since no other
// threat reaches that flow at its sender (T-05 only spoofs it).
func TestUncoveredReachFlowPlanted(t *testing.T) {
	const product = "halcyon-lvp7.toml"
	edit := func(s string) string {
		i := strings.Index(s, "[[threats]]\nid = \"T-15\"")
		j := i + strings.Index(s[i:], "\n\n")
		if i < 0 || j < i {
			return s
		}
		s = s[:i] + s[j+2:]
		// Mark the line the warning belongs to: 4.2.1's DF-01.
		return strings.Replace(s, "[[versions.changes.data_flows_changed]]\nid = \"DF-01\"\n", "[[versions.changes.data_flows_changed]]\nid = \"DF-01\" # reported here\n", 1)
	}
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", product, edit)
	res, err := Check(Options{SiteFile: site, ContentDir: dir, TemplatesDir: "../templates-none"})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, product)
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("%s:%d: warning: versions[1].changes.data_flows_changed[0].id: flow DF-01 (Halcyon Connect server → Halcyon LVP-7 pump, every version) carries configuration and therapy data across a trust boundary (hosted by the customer → on the device) into the device, but no threat's path reaches it at its sender",
		file, lineOfText(t, string(src), `id = "DF-01" # reported here`))
	var got []string
	for _, w := range res.Warnings {
		got = append(got, w.String())
	}
	if all := strings.Join(got, "\n"); !strings.Contains(all, want) {
		t.Errorf("check lacks\n  %s\ngot:\n%s", want, all)
	}
	if strings.Contains(string(src), `id = "T-15"`) {
		t.Fatal("T-15 was not removed")
	}
}
