package riskreport

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestResidualRiskNamesOpenVulnerabilities: a ring's report concluded
// "every risk is controlled … The residual risk is acceptable" and never
// named the CVE its only version was affected by, unfixed, because the
// risk was recorded as controlled: only uncontrolled ones were named.
// The conclusion is the threat model's; every vulnerability still open
// in the version the report is about (affected, or under investigation)
// is named beside it, whatever its risk, with what its record says of the
// fix. Fixed and not affected ones, and another version's, are not.
func TestResidualRiskNamesOpenVulnerabilities(t *testing.T) {
	const lead = "Known vulnerabilities are assessed apart from the threat model;"
	zephyr := []sbom.Component{{Name: "Zephyr RTOS", Version: "3.6.0"}}
	affected := func(version string, edit func(v *vuln.Vulnerability)) *vuln.Vulnerability {
		v := &vuln.Vulnerability{ID: "CVE-2024-6135", Version: version, Components: zephyr, Status: "affected", Risk: "controlled",
			Discovered: content.NewDate(2025, 7, 1), Disclosed: content.NewDate(2024, 9, 11)}
		if edit != nil {
			edit(v)
		}
		return v
	}
	for _, tc := range []struct {
		name        string
		list        func(cur string) []*vuln.Vulnerability
		says, never []string
	}{
		{"affected, controlled, nothing said of a fix", func(cur string) []*vuln.Vulnerability {
			return []*vuln.Vulnerability{affected(cur, nil)}
		}, []string{lead + " one is still open in version `4.2.1` on 16 February 2026 (see the product security plan, 9.10):",
			"| CVE-2024-6135 | Zephyr RTOS 3.6.0 | Affected | Controlled | Not stated |"},
			[]string{", with an uncontrolled risk", "of them with an uncontrolled risk"}},
		{"affected, uncontrolled, fix planned", func(cur string) []*vuln.Vulnerability {
			return []*vuln.Vulnerability{affected(cur, func(v *vuln.Vulnerability) {
				v.Risk, v.FixedIn = "uncontrolled", "4.3.0" // generally available after the report's date
			})}
		}, []string{"threat model; one is still open in version `4.2.1` on 16 February 2026, with an uncontrolled risk (see",
			"| CVE-2024-6135 | Zephyr RTOS 3.6.0 | Affected | **Uncontrolled** | Version 4.3.0, planned for release on 2026-03-02 |"},
			[]string{"Released in version 4.3.0"}},
		{"two open, one uncontrolled, none planned", func(cur string) []*vuln.Vulnerability {
			return []*vuln.Vulnerability{affected(cur, func(v *vuln.Vulnerability) { v.Fix = "none_planned" }),
				affected(cur, func(v *vuln.Vulnerability) {
					v.ID, v.Status, v.Risk = "CVE-2025-0001", "under_investigation", "uncontrolled"
				})}
		}, []string{"threat model; 2 are still open in version `4.2.1` on 16 February 2026, one of them with an uncontrolled risk (see",
			"| CVE-2024-6135 | Zephyr RTOS 3.6.0 | Affected | Controlled | None planned |",
			"| CVE-2025-0001 | Zephyr RTOS 3.6.0 | Under investigation | **Uncontrolled** | Not determined yet |"},
			[]string{"| Controlled | Not stated |"}},
		{"fixed and not affected", func(cur string) []*vuln.Vulnerability {
			return []*vuln.Vulnerability{affected(cur, func(v *vuln.Vulnerability) { v.Status, v.Risk = "fixed", "" }),
				affected(cur, func(v *vuln.Vulnerability) { v.ID, v.Status, v.Risk = "CVE-2025-0001", "not_affected", "" })}
		}, nil, []string{lead, "CVE-2024-6135", "CVE-2025-0001"}},
		{"affected in another version only", func(string) []*vuln.Vulnerability {
			return []*vuln.Vulnerability{affected("4.1.0", nil)}
		}, nil, []string{lead, "CVE-2024-6135"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			p, _ := kindtest.Product(t, c, kindtest.Example)
			// 4.3.0, to fix it, comes out after the report's date.
			versions := append(slices.Clone(p.Vulnerabilities.Versions), vuln.Version{Version: "4.3.0", Available: content.NewDate(2026, 3, 2)})
			p.Vulnerabilities = &vuln.Set{Versions: versions, List: tc.list(p.VersionOf)}
			md := renderReport(t, c, p)
			kindtest.SaysAll(t, "report", md, tc.says...)
			kindtest.SaysNone(t, "report", md, tc.never...)
		})
	}
}

// renderReport is p's risk report as released, with what the build
// publishes for p.
func renderReport(t *testing.T, c *content.Content, p kind.Product) string {
	t.Helper()
	env := kindtest.Env(c, p.Documents.RiskReport.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	return kindtest.RenderBuilt(t, env, p, prep.Documents[0], kindtest.Built(p))
}
