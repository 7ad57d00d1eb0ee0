package generator

import (
	"regexp"
	"strings"
	"testing"
)

// telemetryPortState matches the state as shipped of the hostedplugin
// fixture's outbound telemetry port, the only port its notice lists in 9.2.
var telemetryPortState = regexp.MustCompile(`(interface = "plugin-net"\nendpoints = \["telemetry\.corvia\.example"\]\n)default_enabled = (true|false)`)

// TestNoticeOptionalPortsNotNeeded: a notice's 9.2 lists the ports the
// product needs at most. A port off as shipped belongs to a feature the
// customer may leave off (the hostedplugin notice tells them to keep its
// telemetry off), so the notice says such a port is needed only once its
// feature is turned on, and may be blocked while it stays off. The lead
// sentence stays the same either way: it would otherwise state the ports'
// state as shipped where the data leave it unstated
// (TestUnstatedFactsSayNotStated).
func TestNoticeOptionalPortsNotNeeded(t *testing.T) {
	const (
		needs  = "The product needs these ports; block every other port"
		marked = `A port marked "No" under "Enabled as shipped" is not used as shipped: the product needs it only once its feature is turned on`
	)
	for _, tc := range []struct {
		name    string
		enabled string
		want    []string
		notWant []string
	}{
		{"off as shipped", "false", []string{needs, marked}, nil},
		{"on as shipped", "true", []string{needs}, []string{marked}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "hostedplugin", "echomeasure.toml", func(s string) string {
				if !telemetryPortState.MatchString(s) {
					t.Fatal("the hostedplugin fixture has no telemetry port on plugin-net to edit")
				}
				// the comment makes the edit a change even where the state stays as written
				return telemetryPortState.ReplaceAllString(s, "${1}default_enabled = "+tc.enabled+" # set by the test")
			})
			notice, ok := files["echomeasure/notices/eos-2.0.md"]
			if !ok {
				t.Fatal("no echomeasure/notices/eos-2.0.md in the built site")
			}
			_, ports, _ := strings.Cut(notice, "### 9.2 Network ports")
			ports, _, _ = strings.Cut(ports, "### 9.3")
			for _, w := range tc.want {
				if !strings.Contains(ports, w) {
					t.Errorf("9.2 lacks %q:\n%s", w, ports)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(ports, w) {
					t.Errorf("9.2 says %q:\n%s", w, ports)
				}
			}
		})
	}
}
