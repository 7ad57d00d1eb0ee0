package generator

import (
	"strings"
	"testing"
)

// TestCSDKeyFactsSayTheFormsNA: a key fact the CSD takes from the
// manufacturer's own MDS2 answer says an N/A as not applicable, citing the
// form's row and the reason (or note) as the form gives it, never "Not
// stated"; where the form is not built, the answer is not the CSD's to
// cite. RMOT-1, MLDP-2, SBOM-1 and CONN-6 are top-level questions that no
// rule derives N/A and no gating makes N/A (TestKeyFactQuestionsNeverNAByForm),
// so content.Product.MDS2NotApplicable sees every N/A the form prints there.
func TestCSDKeyFactsSayTheFormsNA(t *testing.T) {
	const (
		rmotLine = `"RMOT-1" = { answer = "na", reason = "Tallowmere runs the service itself; there is no device at the hospital to connect to" }`
		mldpLine = `"MLDP-2" = { answer = "no", note = 1 }`
		remote   = "| Remote service connections by the manufacturer | "
		malware  = "| Anti-malware | "
		sbom     = "| Software bill of materials | "
		inet     = "| Needs the internet or a cloud service | "
	)
	replace := func(t *testing.T, s, old, new string) string {
		t.Helper()
		if !strings.Contains(s, old) {
			t.Fatalf("the fixture no longer has %q", old)
		}
		return strings.Replace(s, old, new, 1)
	}
	tests := []struct {
		name  string
		edit  func(t *testing.T, s string) string
		row   string
		want  string // the row, from its answer cell on
		wantN string // not in the row
	}{
		{"RMOT-1 N/A with a reason", func(t *testing.T, s string) string {
			return replace(t, s, rmotLine, `"RMOT-1" = { answer = "na", reason = "Tallowmere runs the service itself | there is no device at the hospital" }`)
		}, remote, `Not applicable | MDS2 form, RMOT-1: Tallowmere runs the service itself \| there is no device at the hospital. Not counted here:`, "Not stated"},
		{"RMOT-1 written N/A", func(t *testing.T, s string) string {
			return replace(t, s, rmotLine, strings.Replace(rmotLine, `"na"`, `"N/A"`, 1))
		}, remote, "Not applicable | MDS2 form, RMOT-1: Tallowmere runs", "Not stated"},
		{"RMOT-1 N/A with a note, no reason", func(t *testing.T, s string) string {
			return replace(t, s, rmotLine, `"RMOT-1" = { answer = "na", note = 1 }`)
		}, remote, "Not applicable | MDS2 form, RMOT-1, note 1. Not counted here:", "Not stated"},
		{"MLDP-2 N/A with a reason", func(t *testing.T, s string) string {
			return replace(t, s, mldpLine, `"MLDP-2" = { answer = "na", reason = "the service runs in read-only containers" }`)
		}, malware, "Not applicable; application allow-listing not supported | MDS2 form, MLDP-2: the service runs in read-only containers. MDS2 form, MLDP-4. |", "Not stated"},
		{"SBOM-1 N/A with a reason", func(t *testing.T, s string) string {
			s = replace(t, s, "[sbom]\non_request = \"Hospitals request the SBOM from security@tallowmere.example.\"\n", "")
			return replace(t, s, `"SBOM-2" = "yes"`, `"SBOM-1" = { answer = "na", reason = "no SBOM is kept for this service" }
"SBOM-2" = "yes"`)
		}, sbom, "Not applicable | MDS2 form, SBOM-1: no SBOM is kept for this service. [5.", "Not stated"},
		{"CONN-6 N/A with a note over the derived Yes", func(t *testing.T, s string) string {
			return replace(t, s, rmotLine, rmotLine+"\n"+`"CONN-6" = { answer = "na", note = 1, reason = "the service is the internet's by design" }`)
		}, inet, "Not applicable | MDS2 form, CONN-6, note 1: the service is the internet's by design. [15.1", "Yes: it runs only where"},
		{"AUDT-5.1 written N/A is listed as N/A", func(t *testing.T, s string) string {
			return replace(t, s, `"AUDT-5.1" = "no"`, `"AUDT-5.1" = { answer = "N/A", reason = "the service has no physical media" }`)
		}, "| Security logging to a SIEM | ", "Not stated | MDS2 form: AUDT-5 (export) Yes, AUDT-5.1 (to physical media) N/A,", "not answered"},
		{"no MDS2 form built: its N/A is not cited", func(t *testing.T, s string) string {
			return replace(t, s, "\nbuild = [\"mds2\", \"csd\"]", "\nbuild = [\"csd\"]")
		}, remote, "Not stated | Not counted here:", "Not applicable"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "hostedmds2", "neuroflag.toml", func(s string) string { return tt.edit(t, s) })
			csd := files["neuroflag/csd.md"]
			line := lineWith(csd, tt.row)
			if !strings.Contains(line, tt.row+tt.want) {
				t.Errorf("the key fact does not read %q:\n%s", tt.want, line)
			}
			if strings.Contains(line, tt.wantN) {
				t.Errorf("the key fact says %q:\n%s", tt.wantN, line)
			}
		})
	}
}
