package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDSettingsRiskOnlyAsDecided: 11.2 keeps the remote-service switch
// the customer controls (remote_service.customer_controls) beside the
// settings it lists, and 11.3 says no change raises risk only of what the
// data decide: of the listed settings when each is known not to, and of
// all settings only where none is listed and no switch is left unlisted.
// A listed setting that is the remote-service switch speaks for itself.
func TestCSDSettingsRiskOnlyAsDecided(t *testing.T) {
	const (
		also     = "The hospital can also turn remote service on and off (see [4.3 Secure servicing](#4-3-secure-servicing))."
		apart    = "The hospital can turn remote service on and off (see [4.3 Secure servicing](#4-3-secure-servicing)); no other security setting can be configured."
		listed   = "None of the settings listed in 11.2 raises risk when changed."
		all      = "No setting change raises risk."
		toggleRk = "Whether turning remote service on or off raises risk is not stated."
	)
	harmless := content.SecuritySetting{Name: "Session timeout", Default: "3 minutes", ChangedBy: "Administrator", RaisesRisk: content.False}
	risky := content.SecuritySetting{Name: "USB service port", Default: "Disabled", ChangedBy: "Biomed user", RaisesRisk: content.True, Risk: "Anyone with the service credential can install configuration."}
	remote := content.SecuritySetting{Name: "Remote-service session", Default: "Closed", ChangedBy: "Administrator", RaisesRisk: content.True, Risk: "An engineer can reach the device while open."}
	for _, tc := range []struct {
		name     string
		settings []content.SecuritySetting // nil: written empty
		toggle   bool
		says     []string
		never    []string
	}{
		{"a harmless setting and the switch", []content.SecuritySetting{harmless}, true,
			[]string{also, listed + " " + toggleRk}, []string{all}},
		{"a harmless setting, no switch", []content.SecuritySetting{harmless}, false,
			[]string{listed + "\n"}, []string{all, also, toggleRk}},
		{"a risky setting and the switch", []content.SecuritySetting{harmless, risky}, true,
			[]string{also, "- **USB service port** (as shipped: Disabled).", "\n\n" + toggleRk}, []string{all, listed}},
		{"the switch listed as a setting", []content.SecuritySetting{harmless, remote}, true,
			[]string{"- **Remote-service session** (as shipped: Closed)."}, []string{all, also, toggleRk}},
		{"written empty, the switch", nil, true,
			[]string{apart, toggleRk}, []string{all, listed}},
		{"written empty, no switch", nil, false,
			[]string{"The user can configure no security setting.", all}, []string{listed, toggleRk}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			p.SecuritySettings = tc.settings
			p.RemoteService = content.RemoteService{Offered: content.True, CustomerControls: content.False}
			if tc.toggle {
				p.RemoteService.CustomerControls = content.True
			}
			// security_settings written (empty or not): the data state them.
			p.Source = content.SourceOfText(p.Source.File, []byte("id = \"halcyon-lvp7\"\nsecurity_settings = []\n"))
			md := renderExample(t, c, p)
			sec := csdSection(t, md, "### 11.2 User-configurable security settings") + csdSection(t, md, "### 11.3 Changes that raise risk")
			kindtest.SaysAll(t, "11.2 and 11.3", sec, tc.says...)
			kindtest.SaysNone(t, "11.2 and 11.3", sec, tc.never...)
		})
	}
}

// TestRemoteSwitchListed: a setting named for the manufacturer's remote
// service is the switch; one for the customer's own remote functions is
// not.
func TestRemoteSwitchListed(t *testing.T) {
	for name, want := range map[string]bool{
		"Remote-service session": true, "Remote support access": true, "remote access": true, "Remote service": true,
		"Remote bolus": false, "Session timeout": false, "Syslog forwarding": false,
	} {
		p := &content.Product{SecuritySettings: []content.SecuritySetting{{Name: name}}}
		if got := (CSDData{}).RemoteSwitchListed(p); got != want {
			t.Errorf("RemoteSwitchListed(%q) = %v, want %v", name, got, want)
		}
	}
}
