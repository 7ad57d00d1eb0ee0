package generator

import (
	"strings"
	"testing"
)

// keyFactRow returns the CSD key-facts row whose question starts with
// question.
func keyFactRow(t *testing.T, csd, question string) string {
	t.Helper()
	for _, l := range strings.Split(csd, "\n") {
		if strings.HasPrefix(l, "| "+question) {
			return l
		}
	}
	t.Fatalf("no key-facts row %q in:\n%s", question, csd)
	return ""
}

// TestKeyFactsConnectionsKeepTheirEnds: pathscanner's scanner upload and
// object-store connection (state not stated) share TCP 443 with the
// server's optional connection to a third party (off as installed); none
// hides another, and each names its ends.
func TestKeyFactsConnectionsKeepTheirEnds(t *testing.T) {
	row := keyFactRow(t, buildFixture(t, "pathscanner")("cyrion/csd.md"), "Connections opened from")
	for _, want := range []string{
		"| TCP 443 (Cyrion slide scanner, to Cyrion image management server), TCP 443 (Cyrion image management server, to Hospital S3-compatible object store); whether each is used as shipped (Cyrion slide scanner) or installed (Cyrion image management server) is not stated; the product data state no port for any connection of the product's own to the hospital's identity provider that the sign-in of the \"Pathologist\" account needs |",
		"Can be enabled: TCP 443 (Cyrion image management server, to Quanta Dx cloud service).",
	} {
		if !strings.Contains(row, want) {
			t.Errorf("connections row lacks %q:\n%s", want, row)
		}
	}
	if strings.Contains(row, "| None |") {
		t.Errorf("connections row says None:\n%s", row)
	}
}

// TestKeyFactsOneConnectionInTwoStatesOnce: a monitor's connection to
// its server, on over Ethernet and off over Wi-Fi, is one connection and
// is not named with its ends beside another part's on the same port.
func TestKeyFactsOneConnectionInTwoStatesOnce(t *testing.T) {
	row := keyFactRow(t, buildFixture(t, "monitoringwifi")("sentinel-w/3.4/csd.md"), "Connections opened from")
	if strings.Contains(row, "TCP 7100 (") {
		t.Errorf("connections row splits one connection by its ends:\n%s", row)
	}
}

// TestKeyFactsStatedPortsOfUnknownState: ports that are stated, only
// their state is not, are named in the answer, not "Not stated".
func TestKeyFactsStatedPortsOfUnknownState(t *testing.T) {
	csd := buildFixture(t, "rtls")("wayfind/csd.md")
	for q, want := range map[string]string{
		"Ports listening on": "| TCP 443 (Wayfind location server), TCP 2575 (Wayfind location server), TCP 8883 (Wayfind location server); whether each is open as installed is not stated |",
		"Connections opened": "| TCP 636, TCP 8883; whether each is used as shipped (Wayfind gateways) or installed (Wayfind location server) is not stated |",
	} {
		if row := keyFactRow(t, csd, q); !strings.Contains(row, want) {
			t.Errorf("row %q lacks %q:\n%s", q, want, row)
		}
	}
}

// TestKeyFactsCustomerSystemsOnly: inhalerb2b's connections from the
// customer's network are its own browsers' and export client's to the
// manufacturer's cloud; nothing of the product is installed there, so the
// row gives no "as installed", and its answer names them. The cloud row
// names the part the manufacturer hosts beside the cloud statement.
func TestKeyFactsCustomerSystemsOnly(t *testing.T) {
	csd := buildFixture(t, "inhalerb2b")("breathlog/csd.md")
	row := keyFactRow(t, csd, "Connections opened from")
	if want := "| Connections opened from the customer's network | TCP 22 (Programme's export client, to BreathLog Cloud), TCP 443 (Care manager's web browser, to BreathLog Cloud); whether each is used by default is not stated |"; !strings.HasPrefix(row, want) {
		t.Errorf("connections row: want prefix %q, got:\n%s", want, row)
	}
	row = keyFactRow(t, csd, "Needs the internet")
	if want := "| See details; some of it is hosted by the manufacturer: BreathLog Cloud (data flows DF-03, DF-04, DF-05) |"; !strings.Contains(row, want) {
		t.Errorf("cloud row lacks %q:\n%s", want, row)
	}
}

// TestKeyFactsThirdPartyOnlyOnceEnabled: pathscanner hands data to Quanta
// Dx only over a connection off as installed: the key fact says so.
func TestKeyFactsThirdPartyOnlyOnceEnabled(t *testing.T) {
	row := keyFactRow(t, buildFixture(t, "pathscanner")("cyrion/csd.md"), "Data handed to another organisation")
	if want := "| Data handed to another organisation | Only once the hospital enables it (its connection is off as installed): DF-05 ("; !strings.HasPrefix(row, want) {
		t.Errorf("want prefix %q, got:\n%s", want, row)
	}
}
