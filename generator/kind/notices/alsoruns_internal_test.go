package notices

import (
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
)

// TestAffectedOnlyNamesTheLaterVersionsOnTheModel: a model of a notice
// about release 1.0 is affected only while it runs 1.0 when a later
// version runs on it too; an earlier version, one whose support has
// ended or one withdrawn by the notice's release is no way on, and a
// version still to come is said to be planned. A model that runs only
// the notice's versions, and a notice about a model's own end of
// support, get no sentence.
func TestAffectedOnlyNamesTheLaterVersionsOnTheModel(t *testing.T) {
	date := content.NewDate
	on := date(2025, time.June, 1)
	p := &content.Product{
		Models: []content.Model{{ID: "G1"}, {ID: "P1"}},
		Versions: []content.Version{
			{Version: "0.9", Models: []string{"G1"}, GeneralAvailability: date(2022, time.January, 1)},
			{Version: "1.0", Models: []string{"G1", "P1"}, GeneralAvailability: date(2023, time.May, 1)},
			{Version: "1.5", Models: []string{"G1"}, GeneralAvailability: date(2024, time.January, 1), EndOfSupport: date(2025, time.January, 1)},
			{Version: "1.6", Models: []string{"G1"}, GeneralAvailability: date(2024, time.March, 1), Withdrawn: date(2024, time.June, 1)},
			{Version: "2.0", Models: []string{"G1"}, GeneralAvailability: date(2024, time.April, 1)},
			{Version: "3.0", Models: []string{"G1"}, GeneralAvailability: date(2026, time.April, 1)},
		},
	}
	// 3.0, not out on the notice's release, is named as its upgrade path
	v := &NoticeView{Notice: content.Notice{Versions: []string{"1.0"}, UpgradePaths: []content.UpgradePath{{Kind: "software_only", ToVersion: "3.0"}}}, product: p}
	const want = "Affected only while it runs software 1.0; the later software 2.0 and 3.0 (planned; general availability 2026-04-01), which this notice does not concern, run or are planned to run on it too."
	if got := v.AffectedOnly("G1", on); got != want {
		t.Errorf("G1:\n got %q\nwant %q", got, want)
	}
	if got := v.AffectedOnly("P1", on); got != "" {
		t.Errorf("P1 runs 1.0 only, yet %q", got)
	}
	v.EndsModels = []content.Model{{ID: "G1"}}
	if got := v.AffectedOnly("G1", on); got != "" {
		t.Errorf("a model's own end of support, yet %q", got)
	}
}

// TestAffectedOnlyTenseOfTheLaterVersions: a later version out by the
// notice's release runs on the model; one not out then is planned to run
// on it (the verb says planned, so its bare "(planned)" is dropped); a
// mix of both runs or is planned to.
func TestAffectedOnlyTenseOfTheLaterVersions(t *testing.T) {
	date := content.NewDate
	on := date(2024, time.March, 28)
	asOf := date(2026, time.November, 30)
	for _, tc := range []struct {
		name   string
		latest []content.Version
		want   string
	}{
		{"out by the notice", []content.Version{{Version: "2.0", GeneralAvailability: date(2024, time.January, 8)}},
			"Affected only while it runs software 1.6; the later software 2.0, which this notice does not concern, runs on it too."},
		{"out after the notice", []content.Version{{Version: "2.0", GeneralAvailability: date(2025, time.February, 3)}},
			"Affected only while it runs software 1.6; the later software 2.0, which this notice does not concern, is planned to run on it too."},
		{"two out after the notice", []content.Version{{Version: "2.0", GeneralAvailability: date(2025, time.February, 3)}, {Version: "3.0"}},
			"Affected only while it runs software 1.6; the later software 2.0 and 3.0, which this notice does not concern, are planned to run on it too."},
		{"still planned on as_of", []content.Version{{Version: "3.0", GeneralAvailability: date(2027, time.April, 1)}},
			"Affected only while it runs software 1.6; the later software 3.0 (planned; general availability 2027-04-01), which this notice does not concern, is planned to run on it too."},
		{"one out, one not", []content.Version{{Version: "2.0", GeneralAvailability: date(2024, time.January, 8)}, {Version: "3.0", GeneralAvailability: date(2025, time.February, 3)}},
			"Affected only while it runs software 1.6; the later software 2.0 and 3.0 (planned), which this notice does not concern, run or are planned to run on it too."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{Models: []content.Model{{ID: "C1"}}}
			p.Versions = append(p.Versions, content.Version{Version: "1.6", Models: []string{"C1"}, GeneralAvailability: date(2023, time.May, 2)})
			for _, v := range tc.latest {
				v.Models = []string{"C1"}
				p.Versions = append(p.Versions, v)
			}
			// each later version is one the notice's upgrade paths name
			var paths []content.UpgradePath
			for _, l := range tc.latest {
				paths = append(paths, content.UpgradePath{Kind: "software_only", ToVersion: l.Version})
			}
			v := &NoticeView{Notice: content.Notice{Versions: []string{"1.6"}, UpgradePaths: paths}, product: p, asOf: asOf}
			if got := v.AffectedOnly("C1", on); got != tc.want {
				t.Errorf("\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
