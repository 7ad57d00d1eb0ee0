package content

import (
	"strings"
	"testing"
)

// TestSaMDWithoutPartsIsAnError: software as a medical device that lists
// no [[parts]] would be written up as hardware of its own (the CSD's
// firewall rules "to Device", the MDS2 form's CONN-1.x), as health IT
// would; so the build stops, whichever documents it builds, with one
// error at "parts" that names each runs value. A device without parts
// is only warned about, and a SaMD with a part is not reported.
func TestSaMDWithoutPartsIsAnError(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const samdWhy = "parts: missing: where the product runs; it is software as a medical device (samd = true) and lists no [[parts]], so every document would describe it as hardware of its own (\"the device\"): add a [[parts]] entry with runs = where it runs (\"customer_hosted\" for software on the customer's servers, \"customer_device\" for an app on the customer's own phones, tablets or computers, \"manufacturer_hosted\" for a service you host, \"device\" for hardware of its own) and patching = who installs its updates"
	const healthITWhy = "parts: missing: where the product runs; it is not a medical device (medical_device = false) and lists no [[parts]]"
	for _, tc := range []struct {
		name, src string
		want      string // the one parts diagnostic; "" for none
	}{
		{"samd", "samd = true\n", "p.toml:1: " + samdWhy},
		{"samd, CSD and MDS2 form", "samd = true\n[documents]\nbuild = [\"csd\", \"mds2\"]\n", "p.toml:1: " + samdWhy},
		{"samd, risk report only", "samd = true\n[documents]\nbuild = [\"risk_report\"]\n", "p.toml:1: " + samdWhy},
		{"health IT", "medical_device = false\n", "p.toml:1: " + healthITWhy},
		{"samd with a part", "samd = true\n\n[[parts]]\ninterfaces_complete = true\nid = \"server\"\nname = \"Server\"\nruns = \"customer_hosted\"\nhosting = \"premises\"\n", ""},
		{"device", "", "p.toml:1: warning: parts: not stated: who installs updates on the device"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []Diagnostic
			for _, d := range validated(t, head+tc.src) {
				if d.Path == "parts" {
					got = append(got, d)
				}
			}
			switch {
			case tc.want == "" && len(got) != 0:
				t.Errorf("parts diagnostics %v, want none", got)
			case tc.want == "":
			case len(got) != 1 || !strings.HasPrefix(got[0].String(), tc.want):
				t.Errorf("parts diagnostics %v, want one starting %q", got, tc.want)
			case !strings.Contains(tc.want, "warning:") && got[0].Severity != Error:
				t.Errorf("parts diagnostic %v is not an error", got[0])
			}
		})
	}
}

// TestPlatformOnTheAssumedPart: a platform that names "device" in a
// product that lists no [[parts]] names the part assumed for it; the
// error says so and that the fix is a [[parts]] entry of the customer's
// (REPORT-onpremsamd finding 10), not only that "device" runs on the
// device. A part the file writes keeps the error that names its runs.
func TestPlatformOnTheAssumedPart(t *testing.T) {
	const platform = "\n[[platforms]]\nname = \"Windows Server 2022\"\nparts = [\"device\"]\nversions = [{ version = \"21H2\" }]\n"
	diags := validated(t, "schema_version = 2\nid = \"p\"\n"+platform)
	wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.HasPrefix(d.Path, "platforms") }, []string{
		`p.toml:6: platforms[0].parts[0]: part "device" is the part assumed because the product lists no [[parts]], and it runs on the device: a platform is what the customer supplies beneath the product's software, on a part it hosts or owns; add a [[parts]] entry with runs = "customer_hosted" (software on the customer's servers) or "customer_device" (an app on the customer's own phones, tablets or computers) and name that part here`,
	})
	written := "schema_version = 2\nid = \"p\"\n\n[[parts]]\nid = \"device\"\nname = \"Device\"\nruns = \"device\"\n" + platform
	wantDiagnostics(t, validated(t, written), func(d Diagnostic) bool { return strings.HasPrefix(d.Path, "platforms") }, []string{
		`p.toml:11: platforms[0].parts[0]: part "device" runs device (on the device): a platform is what the customer supplies`,
	})
}
