package vuln_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/openvex/go-vex/pkg/vex"
)

// TestKnownByBeforeTheFixStatesAnAction: an entry stated as of a day
// before its fix (a past revision, or a fix whose day is recorded ahead)
// loses the fix's remediation (TestKnownBy: a fixed one was affected
// then). An affected statement needs an action (OpenVEX's action
// statement, CSAF's remediation of a known-affected product), so it
// gives what the data state for that day, its compensating controls,
// else that no fix is out yet (NoRemediationYet), never the fix still to
// come; from the fix's day on, the fix's remediation.
func TestKnownByBeforeTheFixStatesAnAction(t *testing.T) {
	d := content.NewDate
	const id = "CVE-2025-77777"
	for _, c := range []struct {
		name     string
		on       content.Date
		controls []string
		status   string
		action   string // the whole OpenVEX action statement, "" for none
	}{
		{"before the fix, nothing else stated", d(2025, 4, 1), nil, "affected", vuln.NoRemediationYet("4.1.0")},
		{"before the fix, with controls", d(2025, 4, 1), []string{"Block port 443 at the firewall."}, "affected", "Compensating controls: Block port 443 at the firewall."},
		{"on the fix's day", d(2025, 5, 12), nil, "affected", "Update to 4.2.1."},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := content.Vulnerability{ID: id, Components: []content.VulnerableComponent{{Name: "openssl", Version: "3.0.8"}},
				Versions: []string{"4.1.0"}, Status: "affected", Risk: "controlled", FixedIn: "4.2.1", Remediation: "Update to 4.2.1.",
				CompensatingControls: c.controls, Discovered: d(2025, 3, 1), Disclosed: d(2025, 3, 1), Fixed: d(2025, 5, 12)}
			set, diags := loadSet(t, "", nil, []content.Vulnerability{e})
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			_, p := exampleProduct(t)
			on := set.KnownBy(c.on)
			var x *vuln.Vulnerability
			for _, v := range on.For("4.1.0") {
				if v.ID == id {
					x = v
				}
			}
			if x == nil {
				t.Fatalf("%s not stated on %s", id, c.on)
			}
			if string(x.Status) != c.status {
				t.Fatalf("status %q, want %q", x.Status, c.status)
			}
			if c.on.Before(e.Fixed) && strings.Contains(x.Action(), "4.2.1") {
				t.Errorf("the fix still to come is stated: %q", x.Action())
			}
			if c.controls != nil && strings.Contains(x.Action(), vuln.NoRemediationYet("4.1.0")) {
				t.Errorf("controls stated, yet %q", x.Action())
			}

			pub := vuln.Publisher{Name: "M", Tool: "jspgen test", AsOf: c.on}
			b, err := on.OpenVEX(p, "4.1.0", "https://m.example/vex.json", pub)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := vex.Parse(b)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for i := range doc.Statements {
				st := &doc.Statements[i]
				if string(st.Vulnerability.Name) != id {
					continue
				}
				found = true
				if err := st.Validate(); err != nil {
					t.Errorf("OpenVEX statement invalid: %v", err)
				}
				if c.action != "" && st.ActionStatement != c.action {
					t.Errorf("action statement %q, want %q", st.ActionStatement, c.action)
				}
			}
			if !found {
				t.Fatalf("no OpenVEX statement about %s", id)
			}

			b, err = on.CycloneDX(p, "4.1.0", pub)
			if err != nil {
				t.Fatal(err)
			}
			var bom struct {
				Vulnerabilities []struct {
					ID             string `json:"id"`
					Recommendation string `json:"recommendation"`
					Workaround     string `json:"workaround"`
				} `json:"vulnerabilities"`
			}
			if err := json.Unmarshal(b, &bom); err != nil {
				t.Fatal(err)
			}
			for _, v := range bom.Vulnerabilities {
				if v.ID == id && c.status == "affected" && v.Recommendation+v.Workaround == "" {
					t.Errorf("CycloneDX: affected with neither recommendation nor workaround")
				}
			}
		})
	}
}
