package content

import (
	"strings"
	"testing"
)

// TestRuleHostedPHIUnkept: a part the manufacturer hosts that a flow
// sends PHI to, with data stores written and none on that part, is
// warned about at the flow (ctscanner: the Service Centre receives logs
// and PHI, and the CSD says no data at rest is listed on it); a store on
// the part, a flow without PHI or PII, a part the customer hosts, or
// data_stores left unwritten says nothing.
func TestRuleHostedPHIUnkept(t *testing.T) {
	const parts = `schema_version = 2
id = "p"
[[parts]]
id = "console"
name = "Console"
runs = "device"
[[parts]]
id = "svc"
name = "Service Centre"
runs = "manufacturer_hosted"
`
	const flow = `[[data_flows]]
id = "DF-1"
from = "console"
to = "svc"
data = ["logs", "phi"]
`
	const storeOnConsole = `[[data_stores]]
id = "DS-1"
name = "Images"
data = ["phi"]
part = "console"
location = "disk"
`
	const storeOnSvc = `[[data_stores]]
id = "DS-2"
name = "Uploads"
data = ["phi"]
part = "svc"
location = "cloud"
`
	want := "p.toml:11: warning: data_flows[0]: data flow DF-1 sends PHI to Service Centre, which the manufacturer hosts, but no data store is listed on svc"
	tests := []struct {
		name, src, want string
	}{
		{"PHI to hosted part, no store on it", parts + flow + storeOnConsole, want},
		{"store on the hosted part", parts + flow + storeOnConsole + storeOnSvc, ""},
		{"no PHI or PII", parts + strings.Replace(flow, `"logs", "phi"`, `"logs"`, 1) + storeOnConsole, ""},
		{"customer-hosted part", strings.Replace(parts, "manufacturer_hosted", "customer_hosted", 1) + flow + storeOnConsole, ""},
		{"data stores not written", parts + flow, ""},
		{"no CSD or plan", parts + "[documents]\nbuild = [\"mds2\"]\n" + flow + storeOnConsole, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := ruleProduct(t, tc.src)
			got := (&Content{siteUnread: true}).validateProduct(p)
			mine := Diagnostics{}
			for _, d := range got {
				if strings.Contains(d.Message, "which the manufacturer hosts, but no data store is listed") {
					mine = append(mine, d)
				}
			}
			if tc.want == "" {
				if len(mine) > 0 {
					t.Errorf("got %v; want nothing", mine)
				}
				return
			}
			if len(mine) != 1 || !strings.HasPrefix(mine[0].String(), tc.want) {
				t.Errorf("got %v; want one starting %q", mine, tc.want)
			}
		})
	}
}
