package generator

import (
	"strings"
	"testing"
)

// Remote service that is off as shipped and that the customer turns on
// is not a standing service: the plan's 6.8 and the CSD's key facts say
// so, not a bare "services … remotely" or "Yes" (genomicscloud, teleicu:
// offered, enabled_as_shipped = false, customer_controls = true).
func TestRemoteServiceSummaryOffAsShipped(t *testing.T) {
	for _, tc := range []struct {
		fixture, slug, maker, product, who, mds2Details string
	}{
		{"genomicscloud", "helixa", "Nucleon Dx B.V.", "Nucleon Helixa Interpret", "customer", "MDS2 form, RMOT-1. Nucleon has no access"},
		{"teleicu", "vigilon", "Caridas Telehealth, Inc.", "Caridas Vigilon eICU", "hospital", "MDS2 form, RMOT-1."},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			read := buildFixture(t, tc.fixture)
			plan, csd := read(tc.slug+"/security-plan.md"), read(tc.slug+"/csd.md")
			wantPlan := tc.maker + " offers remote service of the " + tc.product + "; it is off as shipped, and the " + tc.who + " turns it on and off."
			if !strings.Contains(plan, wantPlan) {
				t.Errorf("plan 6.8 lacks %q", wantPlan)
			}
			if bad := tc.maker + " services the " + tc.product + " remotely."; strings.Contains(plan, bad) {
				t.Errorf("plan 6.8 still says %q", bad)
			}
			row := keyFactsRow(t, csd, "| Remote access by the manufacturer |")
			wantCell := "| Yes, off as shipped; the " + tc.who + " turns it on and off | " + tc.mds2Details
			if !strings.Contains(row, wantCell) || !strings.Contains(row, "[4.3 Secure servicing](#4-3-secure-servicing)") {
				t.Errorf("key-facts row %q lacks %q and the link to 4.3", row, wantCell)
			}
		})
	}
}

// Only what the data state: no word of the state as shipped where
// enabled_as_shipped is not written, and "only <maker>" where the
// customer cannot turn it on; neither written keeps the plain sentence.
func TestRemoteServiceSummaryOnlyStatedFacts(t *testing.T) {
	for _, tc := range []struct {
		name, replace, with, plan, cell string
	}{
		{"as shipped not written", "enabled_as_shipped = false\n", "",
			"Nucleon Dx B.V. offers remote service of the Nucleon Helixa Interpret; the customer turns it on and off.",
			"| Yes; the customer turns it on and off |"},
		{"manufacturer controls", "customer_controls = true\n", "customer_controls = false\n",
			"Nucleon Dx B.V. offers remote service of the Nucleon Helixa Interpret; it is off as shipped, and only Nucleon Dx B.V. turns it on and off.",
			"| Yes, off as shipped; only Nucleon Dx B.V. turns it on and off |"},
		{"neither written", "enabled_as_shipped = false\ncustomer_controls = true\n", "",
			"Nucleon Dx B.V. services the Nucleon Helixa Interpret remotely.",
			"| Yes | MDS2 form, RMOT-1. Nucleon has no access"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "genomicscloud", "helixa.toml", func(s string) string {
				if !strings.Contains(s, tc.replace) {
					t.Fatalf("helixa.toml lacks %q", tc.replace)
				}
				return strings.Replace(s, tc.replace, tc.with, 1)
			})
			if !strings.Contains(files["helixa/security-plan.md"], tc.plan) {
				t.Errorf("plan 6.8 lacks %q", tc.plan)
			}
			if row := keyFactsRow(t, files["helixa/csd.md"], "| Remote access by the manufacturer |"); !strings.Contains(row, tc.cell) {
				t.Errorf("key-facts row %q lacks %q", row, tc.cell)
			}
		})
	}
}

// The plan's remote-service table names the customer as the CSD does
// ("customer" for a laboratory's cloud account, "hospital" for a health
// system), not "the site".
func TestRemoteServiceTableCustomerWord(t *testing.T) {
	for _, tc := range []struct{ fixture, slug, who string }{
		{"genomicscloud", "helixa", "customer"},
		{"teleicu", "vigilon", "hospital"},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			read := buildFixture(t, tc.fixture)
			plan, csd := read(tc.slug+"/security-plan.md"), read(tc.slug+"/csd.md")
			for _, row := range []string{
				"| The " + tc.who + " can turn it on and off | Yes |",
				"| Each session needs the approval of a user at the " + tc.who + " | Not stated |",
				"| Users at the " + tc.who + " can see that a session is active | Not stated |",
			} {
				if !strings.Contains(plan, row) || !strings.Contains(csd, row) {
					t.Errorf("plan and CSD do not both have %q", row)
				}
			}
			for _, old := range []string{"approval of a user at the site", "Users at the site can see"} {
				if strings.Contains(plan, old) {
					t.Errorf("plan still says %q", old)
				}
			}
		})
	}
}

// keyFactsRow returns the line of md that starts with prefix.
func keyFactsRow(t *testing.T, md, prefix string) string {
	t.Helper()
	for _, l := range strings.Split(md, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	t.Fatalf("no row starts with %q", prefix)
	return ""
}
