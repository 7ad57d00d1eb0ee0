package content

import "testing"

// FirewallRule.Names: a rule names a part at either end, in a Side that
// joins several parts with "; " or names a part's network after a comma;
// a name that only begins another part's name is not it.
func TestFirewallRuleNames(t *testing.T) {
	for _, c := range []struct {
		rule FirewallRule
		name string
		want bool
	}{
		{FirewallRule{Side: "Clinical workstations"}, "Clinical workstations", true},
		{FirewallRule{Side: "Gateway; Clinical workstations"}, "Clinical workstations", true},
		{FirewallRule{Side: "Gateway, Hospital network"}, "Gateway", true},
		{FirewallRule{Side: "Gateway", Peers: []string{"Hospital OIDC identity provider"}}, "Hospital OIDC identity provider", true},
		{FirewallRule{Side: "Gateway server"}, "Gateway", false},
		{FirewallRule{Side: "Gateway", Peers: []string{"app.example"}}, "Clinical workstations", false},
	} {
		if got := c.rule.Names(c.name); got != c.want {
			t.Errorf("%+v names %q: %v, want %v", c.rule, c.name, got, c.want)
		}
	}
}
