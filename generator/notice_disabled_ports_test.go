package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeDisabledInterfaceLeavesNeededPorts: the example's 3.8.2
// end-of-support notice, told to disable the Wi-Fi as well as the USB-C
// service port, no longer lists the pump's Wi-Fi ports among those the
// device needs (they close with the interface, and the notice says so),
// while the same ports on Ethernet stay needed. As shipped, with the
// Wi-Fi kept on, its ports stay needed and nothing is said closed.
func TestNoticeDisabledInterfaceLeavesNeededPorts(t *testing.T) {
	const (
		wifiRow = "| 53/UDP | DNS | Halcyon LVP-7 pump (on the device) | Outbound | Wi-Fi |"
		ethRow  = "| 53/UDP | DNS | Halcyon LVP-7 pump (on the device) | Outbound | Ethernet |"
		closed  = "The ports on an interface this notice says to disable (9.1) close with it, so the device does not need them: 53/UDP, 67/UDP, 123/UDP and 443/TCP on the Wi-Fi (802.11a/b/g/n/ac, 2.4 and 5 GHz)."
	)
	for _, disabled := range []bool{true, false} {
		var edit func(string) string // nil: the example as shipped
		if disabled {
			edit = kindtest.Replace("(compensating control 2).\ndisable_interfaces = [\"usb-c\"]", "(compensating control 2).\ndisable_interfaces = [\"usb-c\", \"wifi\"]")
		}
		site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", edit)
		out := filepath.Join(t.TempDir(), "site")
		if _, err := Build(Options{SiteFile: site, ContentDir: dir, OutDir: out}); err != nil {
			t.Fatal(err)
		}
		md := string(readTree(t, out)["halcyon-lvp7/notices/eos-3.8.2.md"])
		_, ports, ok := strings.Cut(md, "### 9.2 Network ports\n")
		if !ok {
			t.Fatal("eos-3.8.2.md: no section 9.2")
		}
		ports, _, _ = strings.Cut(ports, "\n### ")
		_, needed, ok := strings.Cut(ports, "the product needs only these ports")
		if !ok {
			t.Fatalf("disabled=%v: no table of the ports the product needs:\n%s", disabled, ports)
		}
		if got := strings.Contains(needed, wifiRow); got == disabled {
			t.Errorf("disabled=%v: Wi-Fi DNS port among those needed: %v", disabled, got)
		}
		if !strings.Contains(needed, ethRow) {
			t.Errorf("disabled=%v: Ethernet DNS port not among those needed", disabled)
		}
		if got := strings.Contains(ports, closed); got != disabled {
			t.Errorf("disabled=%v: says the Wi-Fi ports close with it: %v", disabled, got)
		}
	}
}
