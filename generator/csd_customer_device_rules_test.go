package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDFirewallSaysRulesApplyOnlyToPartsTheyName: the AED's 3.0 CSD
// said of RescueView, a program on the customer's own Windows PC that
// talks to the AED over USB alone, "its rules apply where such a device
// is on the customer's network", though no rule is for it, and the final
// deny below then read as covering that PC (content/customercomputers.go:
// a document must not tell the customer to deny everything else on its
// own computers). Now a part on the customer's own device that no rule
// names gets "no rule below names it" and the final deny is kept off its
// computer; one that a rule names, by a port of its own or as the client
// of a service the manufacturer hosts, still has its rules.
func TestCSDFirewallSaysRulesApplyOnlyToPartsTheyName(t *testing.T) {
	const (
		where   = "RescueView runs on a computer the customer owns"
		applies = where + ": its rules apply where such a device is on the customer's network."
		none    = where + ", and no port of its own is listed: no rule below names it, and the final deny is not for that device's traffic."
		csd     = "lifeguard/csd.md"
	)
	// RescueView checks for updates over the PC's network connection.
	ownPort := kindtest.Replace("[[interfaces]]\nid = \"portal-api\"", strings.Join([]string{
		"[[interfaces]]", `id = "rv-net"`, `kind = "virtual_nic"`, `part = "rescueview"`, `name = "PC network connection (used by RescueView)"`,
		`purpose = "RescueView checks for updates."`, "default_enabled = true", "",
		"[[ports]]", "number = 443", `transport = "tcp"`, `service = "HTTPS"`, `purpose = "RescueView update check."`, `direction = "out"`,
		`interface = "rv-net"`, `endpoints = ["updates.brightwell-rescue.example"]`, "default_enabled = true", "encrypted = true", "authenticated = true", "",
		"[[interfaces]]", `id = "portal-api"`}, "\n"))
	for _, tc := range []struct {
		name        string
		edit        func(string) string
		says, never []string
	}{
		{"no rule names it", nil, []string{none}, []string{applies}},
		// the fixture answers MPII-3.6, which the new interface leaves to
		// the manufacturer
		{"a port of its own", ownPort,
			[]string{applies, "| Allow | RescueView | updates.brightwell-rescue.example | 443/TCP |"}, []string{"no rule below names it"}},
		{"the client of the hosted web portal", kindtest.Replace("interface = \"portal-web\"\n", "interface = \"portal-web\"\npeer_part = \"rescueview\"\n"),
			[]string{applies, "| Allow | RescueView | readynet.brightwell-rescue.example | 443/TCP |"}, []string{"no rule below names it"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var md string
			if tc.edit == nil {
				md = buildFixture(t, "aed")(csd)
			} else {
				files, _ := buildFixtureEdited(t, "aed", "lifeguard.toml", tc.edit)
				md = files[csd]
			}
			kindtest.SaysAll(t, "the AED's 3.0 CSD", md, tc.says...)
			kindtest.SaysNone(t, "the AED's 3.0 CSD", md, tc.never...)
		})
	}
}
