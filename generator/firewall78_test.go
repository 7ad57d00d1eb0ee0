package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildFirewall78 builds one fixture into a temporary directory and
// returns its CSD's Markdown and the warnings' messages by key path.
func buildFirewall78(t *testing.T, fixture, product string) (string, map[string][]string) {
	t.Helper()
	dir := filepath.Join("testdata", fixture)
	out := filepath.Join(t.TempDir(), "site")
	res, err := Build(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: out})
	if err != nil {
		t.Fatal(err)
	}
	warns := map[string][]string{}
	for _, w := range res.Warnings {
		warns[w.Path] = append(warns[w.Path], w.Message)
	}
	return string(readTree(t, out)[product+"/csd.md"]), warns
}

// TestDexalegacyInboundRuleSourceUnstated: DXA-9's firewall rule 3 let
// SMB (445/TCP) in to the Windows XP acquisition PC from "Not stated",
// which a reader copies as "from anywhere". The section now says that
// "Not stated" there names no source and that only the systems the
// hospital knows use the port are to be allowed.
func TestDexalegacyInboundRuleSourceUnstated(t *testing.T) {
	csd, _ := buildFirewall78(t, "dexalegacy", "dxa-9")
	kindtest.SaysAll(t, "dexalegacy csd.md", csd,
		"| 3 | Allow only where used | Not stated | acquisition PC | 445/TCP | SMB (Windows file sharing) (Ethernet) | Only for report export |", // ports.needed_for (portfeature)
		"Rule 3 is needed only for report export: allow it only where that feature is used, and where it is not, leave its port to rule 4, the final deny.",
		` Where "From" says "Not stated" (rule 3), the product data name no system that connects: allow only the systems the hospital knows to use that port, never every source.`)
}

// TestWmtstelemetryRemoteServiceAndReceivers: TeleTrack's remote service,
// through the hospital's VPN with remote_service.parts not written, was
// said to reach every part, the radio-only transmitter among them, and
// the hospital was told to allow the VPN to each. It now names no part,
// and check asks for remote_service.parts. The receivers' Ethernet link,
// with no port or data flow, is named before the final deny, and check
// warns about it.
func TestWmtstelemetryRemoteServiceAndReceivers(t *testing.T) {
	csd, warns := buildFirewall78(t, "wmtstelemetry", "teletrack")
	kindtest.SaysAll(t, "wmtstelemetry csd.md", csd,
		"Corvane Monitoring Inc.'s remote service reaches the product through the hospital's own remote-access means, which the hospital runs and controls under its own rules; which of its parts it reaches is not stated: let those rules decide what that means may connect to before applying rule 1, the final deny.",
		"The product data list no port or data flow for the interface Network connection of the receivers (dedicated VLAN) of the Ceiling antennas and receivers, so which connections it carries is not stated: check which connections the product needs there before applying rule 1, the final deny, and allow them.") // rule 1: ports 6661 and 3000 state no direction, so they give no rule (task portdir)
	kindtest.SaysNone(t, "wmtstelemetry csd.md", csd, "remote service reaches the Patient-worn transmitter", "needs to the Patient-worn transmitter")
	if !strings.Contains(strings.Join(warns["remote_service.offered"], "\n"), "remote_service.parts is not written") {
		t.Errorf("no warning that remote_service.parts is not written; remote_service.offered warnings: %q", warns["remote_service.offered"])
	}
	found := false
	for path, ms := range warns {
		for _, m := range ms {
			if strings.HasPrefix(path, "interfaces[") && strings.Contains(m, `"rx-lan"`) && strings.Contains(m, "lists no port and no data flow names it") {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("no warning about the receivers' interface rx-lan with no port or flow")
	}
}
