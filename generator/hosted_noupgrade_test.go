package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// lastHostedNotice makes 3.1.0, cloudsamd's last version, the end of the
// LumenTriage line: a notice about it offers no upgrade (upgrade_paths =
// []), with the hosted-service facts given.
func lastHostedNotice(service string) func(string) string {
	return func(s string) string {
		s = strings.Replace(s, "general_availability = 2026-02-02\n", "general_availability = 2026-02-02\nend_of_life = 2027-06-30\nend_of_support = 2028-06-30\n", 1)
		return strings.Replace(s, "[documents]\n", `[[notices]]
id = "eol-3.1.0"
kind = "end_of_life"
issued = 2026-01-20
summary = "LumenTriage is discontinued; 3.1.0 is its last version."
operating_systems = ["Ubuntu 24.04 LTS container images, run by Northlight (maintained)"]
versions = ["3.1.0"]
maintenance = "Northlight keeps fixing vulnerabilities in the service until its end of support."
decommissioning = "Nothing to decommission at the hospital."
compensating_controls = []
stops = [{ what = "updates", milestone = "end_of_support" }]
upgrade_paths = []

[notices.customer_actions]
backup = "Nothing to back up at the hospital."
`+service+`
[notices.document]
id = "NL-LT-EOL-310"
revision = "A"
release_date = 2026-01-20
owner = "LumenTriage product security lead"
approvals = [{ role = "Product security lead", name = "E. de Vries", date = 2026-01-19 }]
history = [{ revision = "A", date = 2026-01-20, summary = "First release." }]

[documents]
`, 1)
	}
}

// TestHostedEndOfSupportNoUpgrade: the End of Support stage of a product
// only its manufacturer hosts told customers to "move to a supported
// version", on the lifecycle page and in the plan's 11.3, though the
// notice about the last version offers no upgrade: there is nothing to
// move to. The stage now says so, and what the notice writes of the
// service's switch-off and the customer's data, "not stated" for what it
// does not. While a later version or an upgrade path exists, the advice
// stands.
func TestHostedEndOfSupportNoUpgrade(t *testing.T) {
	const move = "customers should move to a supported version or replace the product"
	const noUpgrade = "The product runs only where Northlight Imaging AI B.V. hosts it, and no upgrade is offered from version `3.1.0`, the last version: there is no supported version to move to, and customers can only replace the product."
	lc := buildFixture(t, "cloudsamd")
	kindtest.SaysAll(t, "lifecycle.md, a later version to move to", lc("lumentriage/lifecycle.md"), move)
	kindtest.SaysAll(t, "security-plan.md, a later version to move to", lc("lumentriage/security-plan.md"), move)
	kindtest.SaysNone(t, "lifecycle.md, a later version to move to", lc("lumentriage/lifecycle.md"), "no upgrade is offered")

	files, _ := buildFixtureEdited(t, "cloudsamd", "lumentriage.toml", lastHostedNotice("\n[notices.hosted_service]\nswitch_off = 2028-06-30\ndata_deleted = 2028-09-30\n"))
	kindtest.SaysAll(t, "lifecycle.md, no upgrade from the last version", files["lumentriage/lifecycle.md"],
		"| End of Support | End of support | No further updates or support. "+noUpgrade+" Northlight Imaging AI B.V. stops running version `3.1.0` on 30 June 2028; the last day the customer can export its data is not stated, and Northlight Imaging AI B.V. deletes what remains of it on 30 September 2028 ([End-of-Life Notice: software 3.1.0](notices/eol-3.1.0.html)). |")
	kindtest.SaysAll(t, "security-plan.md, no upgrade from the last version", files["lumentriage/security-plan.md"],
		"| End of Support | End of support | No further updates or support. "+noUpgrade+" Northlight Imaging AI B.V. stops running version `3.1.0` on 30 June 2028; the last day the customer can export its data is not stated, and Northlight Imaging AI B.V. deletes what remains of it on 30 September 2028. |")
	for _, f := range []string{"lumentriage/lifecycle.md", "lumentriage/security-plan.md"} {
		kindtest.SaysNone(t, f+", no upgrade from the last version", files[f], move)
	}

	// Nothing of the service written: each fact reads "not stated".
	files, _ = buildFixtureEdited(t, "cloudsamd", "lumentriage.toml", lastHostedNotice(""))
	kindtest.SaysAll(t, "lifecycle.md, no hosted_service", files["lumentriage/lifecycle.md"],
		noUpgrade+" When Northlight Imaging AI B.V. stops running version `3.1.0` is not stated; the last day the customer can export its data is not stated, and when Northlight Imaging AI B.V. deletes what remains of it is not stated ([End-of-Life Notice: software 3.1.0](notices/eol-3.1.0.html)). |")
}
