package generator

import (
	"strings"
	"testing"
)

// TestCustomerNetworkSparseFixtures: what the parts decide about the
// customer's network. The prosthetic hand (Bluetooth only, ports = [],
// apps on the clinic's iPad and the user's phone) gets no firewall rule
// and no SIEM; the insomnia app (on patients' own phones, with a cloud the
// manufacturer hosts) has nothing on the customer's network; the oxygen
// concentrator, whose interface list may be incomplete, is not said to be
// off it.
func TestCustomerNetworkSparseFixtures(t *testing.T) {
	for _, c := range []struct {
		fixture, file string
		says, never   []string
	}{
		{"prosthetichand", "kestrel/csd.md", []string{
			"No firewall rule is given: Kestrel Hand has no network interface (Bluetooth only), and Kestrel Fit and Kestrel Go open no network port and connect to none.",
			"| Security logging to a SIEM | No: no part of the product opens a network port or connects to one |",
			"No part of the product opens a network port or connects to one, so it forwards no events to a SIEM or log collector.",
			"the interfaces it uses (no part of it opens a network port or connects to one)",
			"### 3.3 Firewall rules\n",
		}, []string{"block all traffic", "the firewall rules that isolate it", "Security logging to a SIEM | Not stated"}},
		{"dtxinsomnia", "somnara/csd.md", []string{
			"| Ports listening on the customer's network as shipped | None |",
			"No part of the product is on the customer's network: the Somnara Rx app runs on a patient's or caregiver's own phone; Somnara Cloud is hosted by the manufacturer.",
			"### 3.3 Firewall rules\n",
		}, []string{"Firewall rules for the parts on the customer's network"}},
		{"oxygenhome", "airaflow/csd.md", []string{
			"| Ports listening on the customer's network as shipped | Not stated |",
			"None of the listed interfaces puts the AiraFlow Home 5 concentrator on the customer's network (its cellular interface goes over the mobile operator's network); whether it has other interfaces is not stated.",
		}, []string{"No part of the product is on the customer's network", "connects to a network only over cellular"}},
	} {
		t.Run(c.fixture, func(t *testing.T) {
			csd := buildFixture(t, c.fixture)(c.file)
			for _, s := range c.says {
				if !strings.Contains(csd, s) {
					t.Errorf("%s does not say %q", c.file, s)
				}
			}
			for _, s := range c.never {
				if strings.Contains(csd, s) {
					t.Errorf("%s says %q", c.file, s)
				}
			}
		})
	}
}

// TestCustomerNetworkPortsWarningNamesParts: labeling item 3's warning for
// a product with no device part names the parts' network interfaces.
func TestCustomerNetworkPortsWarningNamesParts(t *testing.T) {
	_, res := buildFixtureEdited(t, "dtxinsomnia", "somnara.toml", func(s string) string { return s + "\n# edited\n" })
	var item3 string
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, "FDA labeling item 3") {
			item3 = w.Message
		}
	}
	if !strings.Contains(item3, "(interfaces app-net of part app, cloud-api of part cloud, portal of part cloud and pharmacy-api of part cloud are network interfaces)") {
		t.Errorf("item 3 warning = %q, want the parts' network interfaces named", item3)
	}
}
