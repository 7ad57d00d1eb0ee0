package content

import (
	"strings"
	"testing"
)

// TestCloudServiceDataBesideFlows: a cloud service that is a part the
// manufacturer hosts (by name or ID) whose data leave out a kind a flow
// from another part to it carries is told, naming the kinds and the
// flows, and so is data = [] beside such a flow; one that lists every
// kind the product's parts send it (not what it sends, nor what an
// outside system or the customer's infrastructure sends it), whose data
// are not written, or that is no hosted part says nothing; a version
// whose flow adds a kind is told as that version; a product that builds
// no CSD is not asked.
func TestCloudServiceDataBesideFlows(t *testing.T) {
	const base = `schema_version = 2
id = "p"

[[parts]]
id = "app"
name = "Sleep app"
runs = "customer_device"

[[parts]]
id = "idp"
name = "Hospital identity provider"
runs = "customer_infrastructure"

[[parts]]
id = "cloud"
name = "Somnara Cloud"
runs = "manufacturer_hosted"

[[data_flows]]
id = "DF-01"
from = "app"
to = "cloud"
data = ["phi", "pii", "credentials", "therapy"]
protection = "HTTPS."

[[data_flows]]
id = "DF-02"
from = "cloud"
to = "app"
data = ["phi", "software"]
protection = "HTTPS."

[[data_flows]]
id = "DF-03"
from = "Pharmacy system"
to = "cloud"
data = ["pii", "configuration"]

[[data_flows]]
id = "DF-04"
from = "idp"
to = "cloud"
data = ["logs"]
`
	service := func(name, data string) string {
		s := "\n[[cloud.services]]\nname = \"" + name + "\"\nprovider = \"Quillon\"\npurpose = \"Sync.\"\n"
		if data != "" {
			s += "data = " + data + "\n"
		}
		return s
	}
	const versions = `
[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
[[versions.changes.data_flows_changed]]
id = "DF-01"
from = "app"
to = "cloud"
data = ["phi", "pii", "credentials", "therapy", "logs"]
protection = "HTTPS."
`
	// The pharmacy's configuration (DF-03) and the identity provider's
	// logs (DF-04) are not the product's data: they are left out.
	all := `["phi", "pii", "credentials", "therapy"]`
	tests := []struct {
		name, src string
		want      []string
	}{
		{"the part's name, kinds left out", base + service("Somnara Cloud", `["phi", "pii", "credentials"]`),
			[]string{"warning: cloud.services[0].data: the CSD's cloud table (15.1) gives the data Somnara Cloud is sent as PHI, PII, Credentials, but the data flows to it carry Therapy data as well (DF-01): add the kinds"}},
		{"the part's ID", base + service("cloud", `["phi", "pii", "credentials"]`),
			[]string{"gives the data cloud is sent as PHI, PII, Credentials, but the data flows to it carry Therapy data as well (DF-01)"}},
		{"data = [] beside flows", base + service("Somnara Cloud", `[]`),
			[]string{"gives the data Somnara Cloud is sent as none, but the data flows to it carry PHI, PII, Credentials, Therapy data as well (DF-01)"}},
		// DF-02's software is what the cloud sends, not what it is sent.
		{"every kind sent to it listed", base + service("Somnara Cloud", all), nil},
		{"data not written", base + service("Somnara Cloud", ""), nil},
		{"no hosted part of that name", base + service("Firebase Crashlytics", `["logs"]`), nil},
		{"a later version's flow adds a kind", base + service("Somnara Cloud", all) + versions,
			[]string{"cloud.services[0].data: in version 2.0, the CSD's cloud table (15.1) gives the data Somnara Cloud is sent as PHI, PII, Credentials, Therapy data, but the data flows to it carry Logs as well (DF-01)"}},
		{"no CSD built", base + service("Somnara Cloud", `["phi"]`) + "\n[documents]\nbuild = [\"security_plan\"]\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Message, "CSD's cloud table (15.1) gives the data") }, tc.want)
		})
	}
}
