package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// pocketusWithHostKinds builds the pocketus fixture (a probe on a Wi-Fi
// Direct link of its own, the app on phones and tablets the clinicians or
// their organisation own, a cloud service) with the app's host_kinds
// written as kinds, and returns its CSD's section 3.3.
func pocketusWithHostKinds(t *testing.T, kinds string) string {
	t.Helper()
	const app = "runs = \"customer_device\"\nhost_kinds = [\"phone\", \"tablet\"]\n"
	files, _ := buildFixtureEdited(t, "pocketus", "sonvirapocket.toml", func(s string) string {
		if !strings.Contains(s, app) {
			t.Fatal("the fixture's app part no longer runs on phones and tablets")
		}
		return strings.Replace(s, app, "runs = \"customer_device\"\n"+kinds, 1)
	})
	csd, ok := files["sonvirapocket/csd.md"]
	if !ok {
		t.Fatal("no sonvirapocket/csd.md built")
	}
	return section(t, csd, "### 3.3 ", "## 4.")
}

// TestCSDDenyRowOnlyWhereAPartStays: a final "deny everything else" rule
// isolates the product's parts on the customer's network. The pocketus
// app runs on phones and tablets that connect from whatever network they
// are on, and nothing else of the product is on the customer's network
// (the probe talks to the app over a link of its own): the table ends
// with its allow rules, and the text says why no deny rule follows. An
// app that may run on a computer, which may stay on the customer's
// network, or whose kinds of device are not written, keeps the deny row
// and the text about it.
func TestCSDDenyRowOnlyWhereAPartStays(t *testing.T) {
	const (
		denyRow  = "| Deny, log | Any | Any | Any | Everything else | Always |"
		noDeny   = "Such a device runs more than the product and connects from whatever network it is on: these rules cover only the product's own connections, not its other traffic, such as its operating system's updates and the other software its owner uses on it. No rule denies the rest: no part of the product stays on the customer's network to isolate."
		denyRest = "and deny the rest."
		notFor   = "so the final deny is not for its other traffic"
	)
	for _, tc := range []struct {
		name  string
		kinds string
		deny  bool
	}{
		{"tablets and phones", "host_kinds = [\"tablet\", \"phone\"]\n", false}, // the fixture's, reordered: an edit must change the file
		{"phones only", "host_kinds = [\"phone\"]\n", false},
		{"phones, tablets or computers", "host_kinds = [\"phone\", \"tablet\", \"computer\"]\n", true},
		{"kinds of device not written", "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sec := pocketusWithHostKinds(t, tc.kinds)
			kindtest.SaysAll(t, "csd.md 3.3", sec, "| Allow | Sonvira Pocket app |")
			if tc.deny {
				kindtest.SaysAll(t, "csd.md 3.3", sec, denyRow, denyRest, notFor)
				kindtest.SaysNone(t, "csd.md 3.3", sec, "No rule denies the rest")
				return
			}
			kindtest.SaysAll(t, "csd.md 3.3", sec, noDeny)
			kindtest.SaysNoneBecause(t, "csd.md 3.3", sec, "no part of the product stays on the customer's network to isolate",
				"Deny, log", denyRest, "final deny")
		})
	}
}
