package generator

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleJSONSupplierEndedDuringExtendedUpdates: in osend, the
// Windows 10 IoT Enterprise 2016 LTSB of version 4.6 lost Microsoft's
// support on 2026-10-13, while the Extended Security Updates Calloway buys
// for every cart run to 2027-10-12. The page says its supplier support
// ended; lifecycle.json's support_ended, the supplier's support by its
// README definition, had said false. It now says true, and
// security_fixes_ended says the fixes continue.
func TestLifecycleJSONSupplierEndedDuringExtendedUpdates(t *testing.T) {
	read := buildFixture(t, "osend")
	var doc struct {
		Versions []struct {
			Version   string `json:"version"`
			Attention []struct {
				Name       string `json:"name"`
				Ended      *bool  `json:"support_ended"`
				FixesEnded *bool  `json:"security_fixes_ended"`
			} `json:"components_needing_attention"`
		} `json:"versions"`
	}
	if err := json.Unmarshal([]byte(read("vireo/lifecycle.json")), &doc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, v := range doc.Versions {
		for _, c := range v.Attention {
			if v.Version != "4.6" || c.Name != "Windows 10 IoT Enterprise 2016 LTSB" {
				continue
			}
			found = true
			if got := boolOrAbsent(c.Ended); got != "true" {
				t.Errorf("4.6's %s: support_ended %s, want true (supplier support ended on 2026-10-13)", c.Name, got)
			}
			if got := boolOrAbsent(c.FixesEnded); got != "false" {
				t.Errorf("4.6's %s: security_fixes_ended %s, want false (extended updates for every customer until 2027-10-12)", c.Name, got)
			}
		}
	}
	if !found {
		t.Fatal("Windows 10 IoT Enterprise 2016 LTSB is not among 4.6's components needing attention")
	}
	// A component without extended updates has no security_fixes_ended.
	kindtest.SaysAll(t, "lifecycle.json", read("vireo/lifecycle.json"), `"security_fixes_ended"`)
	if n := strings.Count(read("vireo/lifecycle.json"), `"security_fixes_ended"`); n != 1 {
		t.Errorf("lifecycle.json has security_fixes_ended %d times, want once (only the component with extended_until)", n)
	}
}

// boolOrAbsent is b as JSON gives it, "absent" for no key.
func boolOrAbsent(b *bool) string {
	if b == nil {
		return "absent"
	}
	return strconv.FormatBool(*b)
}

// TestLifecycleAssessedListsOlderSupportedVersion: osend's Windows 10
// IoT Enterprise 2016 LTSB is Calloway's own assessment for version 4.6
// (components.versions), still supported; "Components assessed one by
// one" listed only the current version 5.0's.
func TestLifecycleAssessedListsOlderSupportedVersion(t *testing.T) {
	page := buildFixture(t, "osend")("vireo/lifecycle.md")
	i := strings.Index(page, "### Components assessed one by one")
	j := strings.Index(page, "## 5. Lifecycle stages")
	if i < 0 || j < i {
		t.Fatalf("no section \"Components assessed one by one\" before section 5:\n%s", page)
	}
	kindtest.SaysAll(t, "lifecycle.md, components assessed one by one", page[i:j],
		"Calloway Imaging Systems, Inc. states its own assessment of the support of the one component listed for version `5.0`.",
		"| Windows 10 Enterprise LTSC 2019 | 1809 | Not stated | 2029-01-09 |",
		"Calloway Imaging Systems, Inc. states its own assessment of the support of the one component listed for version `4.6`.",
		"| Windows 10 IoT Enterprise 2016 LTSB | 1607 | Level not stated; supplier support ended on 2026-10-13 | 2026-10-13; extended security updates until 2027-10-12 |")
}

// TestLifecycleModelEndOfSupportBoundedByVersions: fixedfw's patch P1
// runs release 1.0 only, whose end of support is 2027-09-30. Its own end
// of support is not announced, and the models' table said only that; it
// now says when the only version it runs reaches its end of support.
func TestLifecycleModelEndOfSupportBoundedByVersions(t *testing.T) {
	page := buildFixture(t, "fixedfw")("thermalink/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", page,
		"| P1 | ThermaLink patch P1 (catalogue no. TL-P1-25, box of 25) | 2025-03-31 | 2025-03-31 | Not announced (the only version it runs, `1.0`, reaches its end of support on 2027-09-30) | P2 |",
		// P2 and G1 run 2.0, whose end of support is not announced.
		"| P2 | ThermaLink patch P2 (catalogue no. TL-P2-25, box of 25) | Not announced | Not announced | Not announced | None named |")
}

// TestHostedOnlyProductionDoesNotApply: fhirapi's SepsiScore runs only
// where Harrowgate hosts it, so nothing of it is produced. Its lifecycle
// page and CSD printed an end of production "Passed, date not stated" for
// the retired 1.2 and "Not announced" for 1.4.
func TestHostedOnlyProductionDoesNotApply(t *testing.T) {
	read := buildFixture(t, "fhirapi")
	for _, doc := range []string{"sepsiscore/lifecycle.md", "sepsiscore/csd.md"} {
		kindtest.SaysAll(t, doc, read(doc),
			"| 1.2 | End of Support | 2024-10-07 | Not set | Does not apply | Passed, date not stated | Not set | 2026-06-30 |",
			"| 1.4 | Support | 2026-03-02 | Not announced | Does not apply | Not announced | Not announced | Not announced |",
			`A milestone marked "Does not apply" is one the version will never reach.`)
	}
	var js struct {
		Versions []struct {
			Version       string   `json:"version"`
			NotApplicable []string `json:"milestones_not_applicable"`
		} `json:"versions"`
	}
	if err := json.Unmarshal([]byte(read("sepsiscore/lifecycle.json")), &js); err != nil {
		t.Fatal(err)
	}
	for _, v := range js.Versions {
		if strings.Join(v.NotApplicable, ",") != "end_of_production" {
			t.Errorf("lifecycle.json version %s: milestones_not_applicable %v, want [end_of_production]", v.Version, v.NotApplicable)
		}
	}
}

// TestHostedStagesAccountsOnlyWhenCustomerManaged: fhirapi's only account
// is the EHR's API client, which Harrowgate registers; whether the
// hospital manages it is not stated. The lifecycle page named "its
// accounts" among the customer's controls all the same; it does so only
// where the customer manages an account.
func TestHostedStagesAccountsOnlyWhenCustomerManaged(t *testing.T) {
	const stem = "at every stage, the controls the customer can add are on its own side, such as "
	page := buildFixture(t, "fhirapi")("sepsiscore/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", page, stem+"the systems that reach the product.")
	kindtest.SaysNone(t, "lifecycle.md", page, "its accounts")
	files, _ := buildFixtureEdited(t, "fhirapi", "sepsiscore.toml", func(s string) string {
		return strings.Replace(s, "kind = \"service\"\n", "kind = \"service\"\ncustomer_managed = true\n", 1)
	})
	kindtest.SaysAll(t, "lifecycle.md (customer-managed account)", files["sepsiscore/lifecycle.md"], stem+"its accounts and the systems that reach the product.")
}
