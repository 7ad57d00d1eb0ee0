package notices

import (
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
)

// TestAffectedOnlyGivesNoLaterReleaseAsPlanned: a notice released on
// 2024-03-28, built on 2026-11-30, says of 2.0 (out on 2025-02-03, after
// the notice) that it was planned, not that it was planned for the day it
// came out, which the data do not say was the plan then; 3.0, still to
// come on the build's as-of date, keeps its planned date.
func TestAffectedOnlyGivesNoLaterReleaseAsPlanned(t *testing.T) {
	date := content.NewDate
	on := date(2024, time.March, 28)
	p := &content.Product{
		Models: []content.Model{{ID: "LC-2"}},
		Versions: []content.Version{
			{Version: "1.6", GeneralAvailability: date(2021, time.April, 12)},
			{Version: "2.0", GeneralAvailability: date(2025, time.February, 3)},
			{Version: "3.0", GeneralAvailability: date(2027, time.April, 1)},
		},
	}
	paths := []content.UpgradePath{{Kind: "software_only", ToVersion: "2.0"}, {Kind: "software_only", ToVersion: "3.0"}} // named by the notice
	v := &NoticeView{Notice: content.Notice{Versions: []string{"1.6"}, UpgradePaths: paths}, product: p, asOf: date(2026, time.November, 30)}
	const want = "Affected only while it runs software 1.6; the later software 2.0 and 3.0 (planned; general availability 2027-04-01), which this notice does not concern, are planned to run on it too."
	if got := v.AffectedOnly("LC-2", on); got != want {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
	// Still to come on the as-of date too: the date is the plan the data give.
	v.asOf = date(2024, time.December, 1)
	const then = "Affected only while it runs software 1.6; the later software 2.0 (planned; general availability 2025-02-03) and 3.0 (planned; general availability 2027-04-01), which this notice does not concern, are planned to run on it too."
	if got := v.AffectedOnly("LC-2", on); got != then {
		t.Errorf("as of 2024-12-01:\n got %q\nwant %q", got, then)
	}
}
