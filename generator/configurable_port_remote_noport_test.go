package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSterilizerPortTheHospitalConfigures: the sterilizer connects out to
// the host and port the hospital configures, but ports.number was
// required, so its CSD's ports table and firewall rule, its notice's 9.2
// ("block every other port") and the CSAF twin named 6100/TCP, a factory
// default, as the one port. With ports.configurable = true every one of
// them names the port the hospital configures, with its default.
func TestSterilizerPortTheHospitalConfigures(t *testing.T) {
	const port = "TCP port the hospital configures (default 6100)"
	site := buildFixture(t, "sterilizer")
	csd := site("vaporex800/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| "+port+" | Calloway cycle-record protocol (text over TCP) (Ethernet) | Out |",
		"| 1 | Allow | Vaporex 800 sterilizer | The hospital's instrument tracking system (host and port configured by the hospital) | "+port+" |",
		"| "+port+"; whether it is used as shipped is not stated |")
	notice := site("vaporex800/notices/eos-7.1.md")
	kindtest.SaysAll(t, "eos-7.1.md", notice, "| "+port+" | Calloway cycle-record protocol (text over TCP) | Outbound |")
	twin := site(".well-known/csaf/white/2024/cs-vx8-n-001.json")
	kindtest.SaysAll(t, "cs-vx8-n-001.json", twin, "- "+port+", Calloway cycle-record protocol (text over TCP), outbound")
	for name, doc := range map[string]string{"csd.md": csd, "eos-7.1.md": notice, "cs-vx8-n-001.json": twin} {
		kindtest.SaysNone(t, name, doc, "6100/TCP", "TCP 6100")
	}
}

// TestNoticeUsesPortsWhoseStateIsUnstated: the sterilizer's notice said
// "The device needs these ports" above a table whose only row says
// "Enabled as shipped: Not stated" (the CSD: "Needed: Not stated"), and
// its twin "The product needs these ports". Both now say the device (the
// product) uses them; with the port stated enabled as shipped, "needs"
// again.
func TestNoticeUsesPortsWhoseStateIsUnstated(t *testing.T) {
	site := buildFixture(t, "sterilizer")
	notice := site("vaporex800/notices/eos-7.1.md")
	kindtest.SaysAll(t, "eos-7.1.md", notice, "The device uses these ports (whether each is enabled as shipped is stated in the table, where it is known); block every other port of the device and every endpoint not listed:")
	kindtest.SaysNone(t, "eos-7.1.md", notice, "needs these ports")
	twin := site(".well-known/csaf/white/2024/cs-vx8-n-001.json")
	kindtest.SaysAll(t, "cs-vx8-n-001.json", twin, "The product uses these ports on the customer's network;", "(whether it is enabled as shipped is not stated)")
	kindtest.SaysNone(t, "cs-vx8-n-001.json", twin, "needs these ports")

	files, _ := buildFixtureEdited(t, "sterilizer", "vaporex800.toml", kindtest.Replace("configurable = true\n", "configurable = true\ndefault_enabled = true\n"))
	kindtest.SaysAll(t, "eos-7.1.md (enabled as shipped)", files["vaporex800/notices/eos-7.1.md"], "The device needs these ports; block every other port")
	kindtest.SaysNone(t, "eos-7.1.md (enabled as shipped)", files["vaporex800/notices/eos-7.1.md"], "where it is known")
}

// TestEEGRemoteServiceWithoutPort: eegremote offers remote service
// (VantaAssist) with no connection stated and no port carrying it; its
// CSD's key facts said "Ports listening … None", the plan "listen on no
// port", and the final deny had no caveat for it; with connection =
// "inbound", "None" stood beside "in to the device, which listens for
// it". The listening ports are now not stated, saying why, and the CSD
// asks the hospital to check the connection before the final deny.
func TestEEGRemoteServiceWithoutPort(t *testing.T) {
	const reaches = "Aldermoor Neurodiagnostics, Inc.'s remote service reaches the VigilEEG acquisition workstation by a connection whose port and direction are not stated"
	site := buildFixture(t, "eegremote")
	csd := site("vigileeg/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Ports listening on the hospital network as shipped | Not stated | "+reaches+". [3.2 Network ports]",
		"The product data state no port for the remote-service connection by which Aldermoor Neurodiagnostics, Inc. reaches the VigilEEG acquisition workstation: check which connection it needs before applying rule 3, the final deny, and allow it.")
	kindtest.SaysNone(t, "csd.md", csd, "| Ports listening on the hospital network as shipped | None |")
	kindtest.SaysAll(t, "security-plan.md", site("vigileeg/security-plan.md"), "As shipped, the parts on the customer's network listen on no port listed below; "+reaches+".")

	files, res := buildFixtureEdited(t, "eegremote", "vigileeg.toml", kindtest.Replace("[remote_service]\noffered = true\n", "[remote_service]\noffered = true\nconnection = \"inbound\"\n"))
	csd = files["vigileeg/csd.md"]
	kindtest.SaysAll(t, "csd.md (inbound)", csd, "| Ports listening on the hospital network as shipped | Not stated | Aldermoor Neurodiagnostics, Inc.'s remote service connects in to the VigilEEG acquisition workstation on a port that is not stated.")
	kindtest.SaysNone(t, "csd.md (inbound)", csd, "| Ports listening on the hospital network as shipped | None |")
	var warned bool
	for _, d := range res.Warnings {
		warned = warned || strings.Contains(d.Message, `remote_service.connection = "inbound" says the manufacturer connects in to the VigilEEG acquisition workstation, but no port of the VigilEEG acquisition workstation listens`)
	}
	if !warned {
		t.Errorf("no warning about the inbound remote service with no port: %v", res.Warnings)
	}
}

// TestNoticeTwinPortsMixedStates: the example's CSAF twins said of the
// Halcyon Connect server's ports, on a server the hospital hosts, "not
// used as shipped: needed only once its feature is turned on", while the
// notice heads their state "Enabled" and says it is theirs once
// installed. The twin now says they are off as installed.
func TestNoticeTwinPortsMixedStates(t *testing.T) {
	site := buildExampleSite(t, nil)
	for _, rel := range []string{".well-known/csaf/white/2022/mis-lvp7-eos-382.json", ".well-known/csaf/white/2023/mis-lvp7-eol-410.json"} {
		kindtest.SaysAll(t, rel, site[rel], "over Halcyon Connect server network adapter, to Hospital syslog collectors (off as installed: needed only once its feature is turned on)")
		kindtest.SaysNone(t, rel, site[rel], "not used as shipped")
	}
}
