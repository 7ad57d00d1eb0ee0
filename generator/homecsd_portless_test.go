package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The homecsd fixture: a USB-only home monitor and a desktop app on the
// patient's own computer, its ports written empty.
const (
	homecsdFile   = "cardiocheck.toml"
	homecsdCSD    = "cardiocheck/csd.md"
	homecsdNotice = "cardiocheck/notices/eos-1-4.md"
)

// homecsdPortsEmpty keeps the fixture's data, failing the test unless it
// writes its ports empty (a comment marks the copy as edited).
func homecsdPortsEmpty(t *testing.T) func(string) string {
	return func(s string) string {
		if !strings.Contains(s, "\nports = []\n") {
			t.Fatal("the homecsd fixture no longer writes ports = []")
		}
		return s + "\n# ports written empty\n"
	}
}

// homecsdInterface adds a network interface (and any more TOML) to the
// fixture after its last USB interface.
func homecsdInterface(extra string) func(string) string {
	return kindtest.Replace("purpose = \"The cable from the monitor.\"\n", "purpose = \"The cable from the monitor.\"\n"+extra)
}

// TestPortlessHomeProductGivesNoFirewallAdvice: a product none of whose
// parts is on the customer's network and whose ports are written empty
// (a USB-only monitor and a desktop app on the patient's own computer)
// gets no advice to block its traffic or keep it off a network: NoNetwork
// is false for it, as its app runs on a computer, but there is no traffic
// of the product for a firewall and nothing of it on a network. Its app
// is not said to connect from anywhere unless it has a port it connects
// from. The advice stays for a device on the customer's network.
func TestPortlessHomeProductGivesNoFirewallAdvice(t *testing.T) {
	const (
		csdNone     = "### 3.3 Firewall rules\n\nNo part of the product opens a network port or connects to one, so it has no traffic of its own for a firewall to allow or block."
		csdBlock    = "uses no network port: block all traffic to and from it."
		csdUnstated = "No firewall rules are given: the network ports the product's parts use are not stated."
		noticeNone  = "No part of the product opens a network port or connects to one."
		noticeKeep  = "needs no network port; keep it off the network."
		noticeUnst  = "The network ports the device needs are not stated"
		appNoPort   = "CardioCheck Sync runs on a computer the user owns, and no port of its own is listed."
		appConnects = "CardioCheck Sync runs on a computer the user owns and connects from whatever network that device is on."
	)
	for _, c := range []struct {
		name      string
		edit      func(*testing.T) func(string) string
		csd       []string // in the CSD
		notCSD    []string
		notice    []string // in the notice
		notNotice []string
	}{
		{"ports written empty", homecsdPortsEmpty,
			[]string{csdNone}, []string{csdBlock, csdUnstated},
			[]string{noticeNone, appNoPort}, []string{noticeKeep, noticeUnst, "connects from whatever network"}},
		{"ports not written", func(*testing.T) func(string) string { return kindtest.Replace("\nports = []\n", "\n") },
			[]string{csdUnstated}, []string{csdBlock, csdNone},
			[]string{noticeUnst, appNoPort}, []string{noticeKeep, noticeNone, "connects from whatever network"}},
		{"app connects out", func(*testing.T) func(string) string {
			return func(s string) string {
				s = kindtest.Replace("\nports = []\n", "\n")(s)
				return homecsdInterface("\n[[interfaces]]\nid = \"pc-net\"\nkind = \"ethernet\"\npart = \"sync\"\nname = \"Computer's network connection\"\npurpose = \"Checking for a newer app.\"\n\n[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"Checks for a newer app.\"\ndirection = \"out\"\ninterface = \"pc-net\"\nendpoints = [\"updates.veyra-health.example\"]\ndefault_enabled = false\nencrypted = true\n")(s)
			}
		},
			nil, []string{csdBlock, csdNone},
			[]string{appConnects}, []string{noticeKeep, noticeNone, appNoPort}},
		{"monitor on the customer's network", func(*testing.T) func(string) string {
			return func(s string) string {
				s = homecsdInterface("\n[[interfaces]]\nid = \"lan\"\nkind = \"ethernet\"\npart = \"monitor\"\nname = \"Ethernet\"\npurpose = \"Service.\"\n")(s)
				return kindtest.Replace("[notices.customer_actions]\n", "[notices.customer_actions]\nnetwork_isolation = \"Keep the monitor on its own network.\"\n")(s)
			}
		},
			[]string{csdBlock}, []string{csdNone},
			[]string{noticeKeep}, []string{noticeNone}},
	} {
		t.Run(c.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "homecsd", homecsdFile, c.edit(t))
			csd, notice := files[homecsdCSD], files[homecsdNotice]
			kindtest.SaysAll(t, homecsdCSD, csd, c.csd...)
			kindtest.SaysNone(t, homecsdCSD, csd, c.notCSD...)
			kindtest.SaysAll(t, homecsdNotice, notice, c.notice...)
			kindtest.SaysNone(t, homecsdNotice, notice, c.notNotice...)
		})
	}
}

// TestCSDBuildsWithoutSupplierContingency: a CSD build does not demand
// suppliers.contingency (the security plan does): a CSD without listed
// components never prints it, and one with them says it is not stated.
func TestCSDBuildsWithoutSupplierContingency(t *testing.T) {
	files, _ := buildFixtureEdited(t, "homecsd", homecsdFile,
		kindtest.Replace("contingency = \"When a third-party library's support ends, Veyra replaces it in the next release.\"\n", ""))
	if files[homecsdCSD] == "" {
		t.Error("no CSD built without suppliers.contingency")
	}
}
