package content

import "testing"

// TestWiFiInternalWarnsOnlyWithoutSecurity: the warning about a Wi-Fi
// radio marked internal asks the file to say in security how the link is
// kept private; a radio whose security says so (a Wi-Fi Direct group of
// the product's own two parts) is not warned about, one with no security
// written still is.
func TestWiFiInternalWarnsOnlyWithoutSecurity(t *testing.T) {
	const warning = `warning: interfaces[1].internal: interface "radio" is a Wi-Fi radio marked internal`
	for _, tc := range []struct {
		name, extra string
		warn        bool
	}{
		{"no security written", "", true},
		{"security written", "security = \"Wi-Fi Direct group of the two parts only, WPA2 with a per-unit passphrase; joins no other network.\"\n", false},
		{"security blank", "security = \"  \"\n", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, internalBase+internalIface("radio", "wifi", "recon", true)+tc.extra)
			if got := hasDiagIn(diags, warning); got != tc.warn {
				t.Errorf("warned = %v, want %v\n  %s", got, tc.warn, diagText(diags))
			}
		})
	}
}

// TestEndpointWarningHintsAtDescriptions: the warning about an outbound
// port with no approved endpoint says that a system of the customer's own,
// whose address only the customer knows, may be written as a description.
func TestEndpointWarningHintsAtDescriptions(t *testing.T) {
	const src = "schema_version = 2\nid = \"p\"\ncustomer = \"hospital\"\n" +
		"[[interfaces]]\nid = \"up\"\nkind = \"wifi\"\nname = \"Wi-Fi\"\npurpose = \"P\"\n" +
		"[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"up\"\n"
	want := "warning: ports[0].endpoints: port 443/tcp is used outbound but names no approved endpoint; hospitals need the destinations to write firewall rules (FDA labeling item 3): " +
		"write endpoints, the host names it connects to, or, for a system of the hospital's own whose address only the hospital knows, a description of it such as \"the hospital's integration engine\""
	if diags := validated(t, src); !hasDiagIn(diags, want) {
		t.Errorf("want %q\n  %s", want, diagText(diags))
	}
}
