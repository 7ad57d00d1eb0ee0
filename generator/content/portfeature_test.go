package content

import (
	"strings"
	"testing"
)

// TestPortNeededForFeature: dexalegacy's CSD gave "Allow | Not stated |
// acquisition PC | 445/TCP | SMB | As shipped" for the file share of a
// Windows XP PC, which the maker says to turn off unless report export is
// used. ports.needed_for names the optional feature a port serves: its
// firewall rule is then allowed only where that feature is used, and left
// to the final deny elsewhere; a port without it keeps a plain Allow.
func TestPortNeededForFeature(t *testing.T) {
	const smb = "\n[[ports]]\nnumber = 445\ntransport = \"tcp\"\nservice = \"SMB\"\npurpose = \"Report export.\"\ndirection = \"in\"\ninterface = \"eth\"\ndefault_enabled = true\n"
	for _, tc := range []struct {
		name, extra          string
		action, needed, text string
		hardening            string
	}{
		{"not set", "", "Allow", "As shipped", "", ""},
		{"set, open as shipped", "needed_for = \"report export\"\n", "Allow only where used", "Only for report export",
			"Rule 1 is needed only for report export: allow it only where that feature is used, and where it is not, leave its port to rule 3, the final deny.",
			"SMB on 445/TCP is open as shipped, although it is needed only for report export."},
		{"set, off as shipped", "needed_for = \"report export\"\n", "Allow only where used", "Only for report export",
			"Rule 1 is needed only for report export: allow it only where that feature is used, and where it is not, leave its port to rule 3, the final deny.", ""},
		{"set, state not stated", "needed_for = \"report export\"\n", "Allow only where used", "Only for report export",
			"Rule 1 is needed only for report export: allow it only where that feature is used, and where it is not, leave its port to rule 3, the final deny.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			port := smb + tc.extra
			switch tc.name {
			case "set, off as shipped":
				port = strings.Replace(port, "default_enabled = true", "default_enabled = false", 1)
			case "set, state not stated":
				port = strings.Replace(port, "default_enabled = true\n", "", 1)
			}
			p, diags := loadParts(t, strings.Replace(remotePortBase, "[remote_service]", port+"\n[remote_service]", 1))
			wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Path, "needed_for") }, nil)
			rules := p.FirewallRules()
			if len(rules) != 2 {
				t.Fatalf("rules = %+v; want 2", rules)
			}
			if rules[0].Port != 445 || rules[1].Port != 2575 {
				t.Fatalf("rules = %+v; want 445 then 2575", rules)
			}
			if got := p.RuleAction(rules[1]) + " | " + p.RuleNeeded(rules[1]); got != "Allow | Not stated" {
				t.Errorf("rule 2 (HL7, no needed_for) = %q; want it unchanged", got)
			}
			if got, want := p.RuleAction(rules[0])+" | "+p.RuleNeeded(rules[0]), tc.action+" | "+tc.needed; got != want {
				t.Errorf("rule 1 = %q; want %q", got, want)
			}
			if got := p.FeatureRulesText(); got != tc.text {
				t.Errorf("FeatureRulesText = %q; want %q", got, tc.text)
			}
			if got := p.FeatureHardeningText(); got != tc.hardening {
				t.Errorf("FeatureHardeningText = %q; want %q", got, tc.hardening)
			}
			if tc.extra != "" && p.RulesWhenEnabled() || tc.extra != "" && p.RulesNeededUnstated(rules[:1]) {
				t.Errorf("a rule needed only for a feature reads \"When enabled\" or \"Not stated\"")
			}
		})
	}
	_, diags := loadParts(t, strings.Replace(remotePortBase, "[remote_service]", smb+"needed_for = \" \"\n\n[remote_service]", 1))
	wantDiagnostics(t, diags, func(d Diagnostic) bool { return strings.Contains(d.Path, "needed_for") }, []string{
		`ports[1].needed_for: must not be blank`})
}

// TestFeaturePortsText: a notice's list of the ports the device needs
// says to block a port that only an optional feature uses where that
// feature is not used, and says nothing of a port without needed_for.
func TestFeaturePortsText(t *testing.T) {
	p := &Product{}
	pt := Port{Number: 445, Transport: "tcp", Service: "SMB"}
	if got := p.FeaturePortsText([]Port{pt}); got != "" {
		t.Errorf("without needed_for: %q; want none", got)
	}
	pt.NeededFor = "report export"
	if got, want := p.FeaturePortsText([]Port{pt}), "SMB on 445/TCP is needed only for report export: where that feature is not used, block this port too."; got != want {
		t.Errorf("FeaturePortsText = %q; want %q", got, want)
	}
}
