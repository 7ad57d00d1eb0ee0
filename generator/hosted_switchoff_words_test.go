package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// replaceOnce applies old→new pairs to s, failing the test when one is
// not found (the fixture moved under the test).
func replaceOnce(t *testing.T, s string, pairs ...string) string {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("the fixture no longer has %q", pairs[i])
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

const (
	readlineLC   = "readline/lifecycle.md"
	readlineNote = "readline/notices/eos-2024-3.md"
	readlineOld  = "readline/notices/eos-2023-2.md"
	halvorsen    = "Halvorsen Cardiac Informatics, Inc."
)

// TestHostedSwitchOffParagraphSaysWhatTheNoticesState: the lifecycle page
// of a service only its manufacturer hosts said "Halvorsen … runs a
// hosted service of each version below" of a version switched off before
// the page's date, and that each version's notice says "what becomes of
// the customer's data; how the customer exports its data is in the
// notice" while both notices printed "Not stated" for all of it. The
// paragraph now speaks in the tense of the page's date (a switch-off on
// that very day is past) and names the data only as far as a notice
// states it; the notice's 9.4 points to 5.1 for the data only then.
func TestHostedSwitchOffParagraphSaysWhatTheNoticesState(t *testing.T) {
	const oldClaim = "how the customer exports its data is in the notice"
	const dataDates = "including the last day the customer can export its data"
	const runs = halvorsen + " runs a hosted service of each version below for its customers until the version's switch-off"
	mixed := runs + "; where that day is on or before 16 June 2025, it has stopped running the version. The dates below are those stated in the notice that retires each version."
	noData := "This notice gives no way or deadline to export the customer's data and no date on which " + halvorsen + " deletes it."
	inFive := "What becomes of the customer's data when " + halvorsen + " stops running the affected versions is in [5.1 Switch-off"

	read := buildFixture(t, "hostedlifecycle")
	kindtest.SaysAll(t, "lifecycle.md, 2023.2 switched off, 2024.3 not", read(readlineLC), mixed)
	kindtest.SaysNone(t, "lifecycle.md, no data facts", read(readlineLC), oldClaim, dataDates, "also says how the customer exports")
	kindtest.SaysAll(t, "eos-2024-3.md, no data facts", read(readlineNote), "there is nothing of it for the customer to back up. "+noData)
	// the notice's summary may say in words what becomes of the data
	// ("clinics keep their ECGs and reports"): "not stated" would deny it
	kindtest.SaysNone(t, "eos-2024-3.md, no data facts", read(readlineNote), inFive, "stops running the affected versions is not stated")

	cases := []struct {
		name       string
		edit       []string
		want, none []string
	}{
		{"neither switched off yet", []string{"switch_off = 2025-01-31", "switch_off = 2025-12-31"},
			[]string{runs + ". The dates below are those stated in the notice that retires each version."},
			[]string{"has stopped running", " ran a hosted service"}},
		{"both switched off, the later on the page's day", []string{"switch_off = 2025-12-31", "switch_off = 2025-06-16"},
			[]string{halvorsen + " ran a hosted service of each version below for its customers and switched each off on the day below. The dates below are those stated in the notice that retires each version."},
			[]string{" runs a hosted service"}},
		{"one notice states the data", []string{"switch_off = 2025-12-31\n", "switch_off = 2025-12-31\nexport_until = 2025-12-31\nexport = \"From Administration > Export.\"\ndata_deleted = 2026-03-31\n"},
			[]string{"The dates below are those stated in the notice that retires each version, including the last day the customer can export its data and the day " + halvorsen + " deletes what remains of it, where the notice states them. [End-of-Support Notice: software 2024.3](notices/eos-2024-3.html) also says how the customer exports its data; the other notice does not state it."},
			[]string{oldClaim, "Each notice also says"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "hostedlifecycle", "readline.toml", func(s string) string { return replaceOnce(t, s, tc.edit...) })
			kindtest.SaysAll(t, "lifecycle.md", files[readlineLC], tc.want...)
			kindtest.SaysNone(t, "lifecycle.md", files[readlineLC], tc.none...)
			if tc.name == "one notice states the data" {
				kindtest.SaysAll(t, "eos-2024-3.md, the data stated", files[readlineNote], "there is nothing of it for the customer to back up. "+inFive)
				kindtest.SaysAll(t, "eos-2023-2.md, no data facts", files[readlineOld], "there is nothing of it for the customer to back up. "+noData)
			}
		})
	}
}

// discontinuedReadLine makes 2025.1, ReadLine's last release, the end of
// the service: an end-of-support notice offers no upgrade from it and
// gives the switch-off (2026-12-31), the last day of export (2026-12-31)
// and the deletion of the data (2027-03-31); the lifecycle page gets a
// revision released on day.
func discontinuedReadLine(t *testing.T, day string) func(string) string {
	return func(s string) string {
		return replaceOnce(t, s,
			"general_availability = 2025-03-17\n", "general_availability = 2025-03-17\nend_of_life = 2026-06-30\nend_of_support = 2026-12-31\n",
			"[documents]\n", `[[notices]]
id = "eos-2025-1"
kind = "end_of_support"
issued = 2026-01-15
summary = "ReadLine is discontinued; 2025.1, the last release, is retired on 31 December 2026."
versions = ["2025.1"]
maintenance = "Halvorsen fixes security vulnerabilities in 2025.1 until it is retired."
stops = [{ what = "security_updates", milestone = "end_of_support" }]
compensating_controls = []
upgrade_paths = []
[notices.hosted_service]
switch_off = 2026-12-31
export_until = 2026-12-31
export = "From Administration > Export."
data_deleted = 2027-03-31
[notices.document]
id = "HCI-RL-EOS-20251"
revision = "A"
release_date = 2026-01-15
owner = "ReadLine product manager"
approvals = [{ role = "Product manager", name = "M. Lindqvist", date = 2026-01-12 }]
history = [{ revision = "A", date = 2026-01-15, summary = "First release." }]

[documents]
`,
			"revision = \"C\"\nrelease_date = 2025-06-16\n", "revision = \"D\"\nrelease_date = "+day+"\n",
			`summary = "2023.2 retired; retirement of 2024.3 announced." }]`, `summary = "2023.2 retired; retirement of 2024.3 announced." }, { revision = "D", date = `+day+`, summary = "Service discontinued." }]`)
	}
}

// TestHostedNoUpgradeSpeaksAsOfTheDocument: the End of Support stage of a
// discontinued hosted product said "stops running version 2025.1 on 31
// December 2026; the customer can export its data until 31 December
// 2026" on a page dated 15 January 2027. The stage now speaks as of the
// document's date: a switch-off or deletion on or before it, and a last
// export day before it, in the past tense. So does the security plan's
// 11.3 (cloudsamd, whose service is switched off before the plan's date).
func TestHostedNoUpgradeSpeaksAsOfTheDocument(t *testing.T) {
	const lead = "there is no supported version to move to, and customers can only replace the product. "
	for _, tc := range []struct{ day, want string }{
		{"2026-01-15", halvorsen + " stops running version `2025.1` on 31 December 2026; the customer can export its data until 31 December 2026, and " + halvorsen + " deletes what remains of it on 31 March 2027"},
		{"2026-12-31", halvorsen + " stopped running version `2025.1` on 31 December 2026; the customer can export its data until 31 December 2026, and " + halvorsen + " deletes what remains of it on 31 March 2027"},
		{"2027-01-15", halvorsen + " stopped running version `2025.1` on 31 December 2026; the customer could export its data until 31 December 2026, and " + halvorsen + " deletes what remains of it on 31 March 2027"},
		{"2027-04-01", halvorsen + " stopped running version `2025.1` on 31 December 2026; the customer could export its data until 31 December 2026, and " + halvorsen + " deleted what remained of it on 31 March 2027"},
	} {
		t.Run(tc.day, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "hostedlifecycle", "readline.toml", discontinuedReadLine(t, tc.day))
			kindtest.SaysAll(t, "lifecycle.md as of "+tc.day, files[readlineLC], lead+tc.want+" ([End-of-Support Notice: software 2025.1](notices/eos-2025-1.html)). |")
		})
	}

	files, _ := buildFixtureEdited(t, "cloudsamd", "lumentriage.toml", lastHostedNotice("\n[notices.hosted_service]\nswitch_off = 2026-01-25\nexport_until = 2026-01-30\ndata_deleted = 2026-06-30\n"))
	kindtest.SaysAll(t, "security-plan.md, switched off before the plan's date", files["lumentriage/security-plan.md"],
		"Northlight Imaging AI B.V. stopped running version `3.1.0` on 25 January 2026; the customer could export its data until 30 January 2026, and Northlight Imaging AI B.V. deletes what remains of it on 30 June 2026. |")
}

// TestHostedOnlyNoticeSaysNothingRunsAtTheCustomer: a notice about a
// service nothing of which runs at the customer needed operating systems
// and decommissioning steps to be built, so the fixture wrote "Not
// applicable" lines for them. Without them the notice says itself that
// nothing runs at the customer, in sections 2 and 11, as it does of
// backup in 9.4. A notice that writes them prints them (cloudsamd's).
func TestHostedOnlyNoticeSaysNothingRunsAtTheCustomer(t *testing.T) {
	notice := buildFixture(t, "hostedlifecycle")(readlineNote)
	kindtest.SaysAll(t, "eos-2024-3.md", notice,
		"## 2. Operating systems\n\nNothing of the Halvorsen ReadLine ECG Over-read Service runs at the customer: "+halvorsen+" hosts the affected version, so no operating system of the customer's runs it. Which operating systems "+halvorsen+"'s hosting uses is not stated.\n",
		"## 11. Decommissioning and data sanitisation\n\nNothing of the Halvorsen ReadLine ECG Over-read Service runs at the customer: "+halvorsen+" hosts it, so there is nothing of it for the customer to decommission. This notice gives no way or deadline to export the customer's data and no date on which "+halvorsen+" deletes it.\n")
	kindtest.SaysNone(t, "eos-2024-3.md", notice, "Not applicable")

	files, _ := buildFixtureEdited(t, "cloudsamd", "lumentriage.toml", lastHostedNotice("\n[notices.hosted_service]\nswitch_off = 2028-06-30\ndata_deleted = 2028-09-30\n"))
	own := files["lumentriage/notices/eol-3.1.0.md"]
	kindtest.SaysAll(t, "eol-3.1.0.md, its own lines", own,
		"## 2. Operating systems\n\n- Ubuntu 24.04 LTS container images, run by Northlight (maintained)\n",
		"## 11. Decommissioning and data sanitisation\n\nNothing to decommission at the hospital.\n")
	kindtest.SaysNone(t, "eol-3.1.0.md, its own lines", own, "no operating system of the customer's", "nothing of it for the customer to decommission")
}
