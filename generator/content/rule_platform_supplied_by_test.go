package content

import (
	"strings"
	"testing"
)

// TestPlatformSuppliedByCustomerRunOnly: platforms[].supplied_by =
// "manufacturer" is for a platform under parts the customer runs; on one
// whose parts the manufacturer hosts (or that are the customer's own
// infrastructure) it is an error at the key, and on a customer-run part,
// or without the key, nothing is said about it.
func TestPlatformSuppliedByCustomerRunOnly(t *testing.T) {
	parts := "\n[[parts]]\nid = \"srv\"\nname = \"Server\"\nruns = \"customer_hosted\"\n" +
		"\n[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\n" +
		"\n[[parts]]\nid = \"cloud\"\nname = \"Cloud\"\nruns = \"manufacturer_hosted\"\n" +
		"\n[[parts]]\nid = \"cloud2\"\nname = \"Cloud 2\"\nruns = \"manufacturer_hosted\"\n" +
		"\n[[parts]]\nid = \"db\"\nname = \"Hospital SQL Server\"\nruns = \"customer_infrastructure\"\n"
	tests := []struct {
		name, parts, supplied string
		want                  []string
	}{
		{"hosted", `"cloud", "cloud2"`, "manufacturer", []string{
			`platforms[0].supplied_by: is "manufacturer" on a platform whose parts the manufacturer hosts (part "cloud" runs manufacturer_hosted, part "cloud2" runs manufacturer_hosted)`,
		}},
		{"infrastructure", `"db"`, "manufacturer", []string{
			`platforms[0].supplied_by: is "manufacturer", but no part on the platform is one the customer runs (found: part "db" runs customer_infrastructure); supplied_by = "manufacturer" is only for a platform under a part the customer runs (runs = customer_hosted or customer_device)`,
		}},
		{"customer hosted", `"srv"`, "manufacturer", nil},
		{"customer device", `"app"`, "manufacturer", nil},
		{"customer hosted beside infrastructure", `"srv", "db"`, "manufacturer", nil},
		{"hosted, not supplied by", `"cloud"`, "", nil},
		{"infrastructure, not supplied by", `"db"`, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pl := "\n[[platforms]]\nname = \"Ubuntu Server\"\nparts = [" + tc.parts + "]\nversions = [{ version = \"22.04\" }]\n"
			if tc.supplied != "" {
				pl += "supplied_by = \"" + tc.supplied + "\"\n"
			}
			diags := validated(t, "schema_version = 2\nid = \"p\"\n"+parts+pl)
			wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.HasSuffix(d.Path, ".supplied_by") }, tc.want)
			for _, d := range diags {
				if strings.HasSuffix(d.Path, ".supplied_by") && d.Severity != Error {
					t.Errorf("%v is not an error", d)
				}
			}
		})
	}
}
