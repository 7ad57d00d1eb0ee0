package notices

import (
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
)

// TestAffectedOnlyOfAHostedOnlyProductIsNotInstalled: a product that
// runs only where its manufacturer hosts it is installed nowhere the
// customer controls, so the affected-models row says the notice's
// version is served to the customer, not installed (REPORT-cloudsamd 5);
// software the customer installs still "is installed".
func TestAffectedOnlyOfAHostedOnlyProductIsNotInstalled(t *testing.T) {
	date := content.NewDate
	on := date(2026, time.January, 5)
	for _, tc := range []struct {
		runs content.PartRuns
		want string
	}{
		{"manufacturer_hosted", "Affected only where software 3.0.0 is served to the customer; the later software 3.1.0, which this notice does not concern, is also released for it."},
		{"customer_hosted", "Affected only where software 3.0.0 is installed; the later software 3.1.0, which this notice does not concern, is also released for it."},
	} {
		p := &content.Product{
			Models: []content.Model{{ID: "E1"}},
			Parts:  []content.Part{{ID: "svc", Name: "Service", Runs: tc.runs}},
			Versions: []content.Version{
				{Version: "3.0.0", Models: []string{"E1"}, GeneralAvailability: date(2025, time.February, 3)},
				{Version: "3.1.0", Models: []string{"E1"}, GeneralAvailability: date(2025, time.December, 1)},
			},
		}
		v := &NoticeView{Notice: content.Notice{Versions: []string{"3.0.0"}}, product: p}
		got := v.AffectedOnly("E1", on)
		if got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.runs, got, tc.want)
		}
		if tc.runs == "manufacturer_hosted" && strings.Contains(got, "installed") {
			t.Errorf("a hosted-only product's notice says its version is installed: %q", got)
		}
	}
}
