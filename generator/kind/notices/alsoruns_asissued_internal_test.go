package notices

import (
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
)

// TestAffectedOnlySpeaksAsOfTheNotice: a notice issued in 2020 does not
// name 4.0.1, out in 2025 only because 4.0 was recalled, as planned then:
// a later version not out by the notice's date is named only where the
// notice's own upgrade paths lead to it by software alone. A version those
// paths reach only with hardware replaced (partial, full replacement) is
// not said to run on the customer's model, out or not: it is offered by
// an upgrade path that replaces hardware.
func TestAffectedOnlySpeaksAsOfTheNotice(t *testing.T) {
	date := content.NewDate
	asOf := date(2026, time.November, 2)
	p := &content.Product{
		Models: []content.Model{{ID: "HV-WS"}},
		Versions: []content.Version{
			{Version: "3.0", GeneralAvailability: date(2017, time.March, 1)},
			{Version: "3.2", GeneralAvailability: date(2019, time.May, 1)},
			{Version: "4.0", GeneralAvailability: date(2025, time.October, 6), Withdrawn: date(2025, time.November, 20)},
			{Version: "4.0.1", GeneralAvailability: date(2025, time.November, 21)},
		},
	}
	for _, tc := range []struct {
		name  string
		about string
		on    content.Date
		paths []content.UpgradePath
		want  string
	}{
		{"later versions not named", "3.0", date(2020, time.September, 15), nil,
			"Affected only while it runs software 3.0; the later software 3.2, which this notice does not concern, runs on it too."},
		{"a later version named by a software-only path", "3.0", date(2020, time.September, 15),
			[]content.UpgradePath{{Kind: "software_only", ToVersion: "4.0"}},
			"Affected only while it runs software 3.0; the later software 3.2 and 4.0 (planned), which this notice does not concern, run or are planned to run on it too."},
		{"a later version named by a partial path only", "3.0", date(2020, time.September, 15),
			[]content.UpgradePath{{Kind: "partial", ToVersion: "4.0"}},
			"Affected only while it runs software 3.0; the later software 3.2, which this notice does not concern, runs on it too; the later software 4.0 (planned), which it does not concern either, is offered only by an upgrade path that replaces hardware (see the upgrade paths below)."},
		{"out, but reached by a partial path only", "3.2", date(2025, time.November, 24),
			[]content.UpgradePath{{Kind: "partial", ToVersion: "4.0.1"}},
			"Affected only while it runs software 3.2; the later software 4.0.1, which this notice does not concern, is offered only by an upgrade path that replaces hardware (see the upgrade paths below)."},
		{"a software-only path beside a partial one", "3.2", date(2025, time.November, 24),
			[]content.UpgradePath{{Kind: "partial", ToVersion: "4.0.1"}, {Kind: "software_only", ToVersion: "4.0.1"}},
			"Affected only while it runs software 3.2; the later software 4.0.1, which this notice does not concern, runs on it too."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := &NoticeView{Notice: content.Notice{Versions: []string{tc.about}, UpgradePaths: tc.paths}, product: p, asOf: asOf}
			if got := v.AffectedOnly("HV-WS", tc.on); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
