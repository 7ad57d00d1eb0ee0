package mds2form

import (
	"strings"
	"testing"
)

// TestMDS2NotesTakeNoVerbFromAPartsName: a part's name may be plural
// ("the BleedAlert services"), and nothing in the data says which verb
// it takes. The notes on where PII is kept or sent, on the network an
// app reaches over its host and on where the parts run said "X, which
// runs on …", "X runs on …" and "X is hosted by …"; with a plural name
// they read "the BedView gateway services, which runs on". They now
// give no verb to the name: "X, on …, whose …", "The network connection
// of X (on …) is …", "X, hosted by …".
func TestMDS2NotesTakeNoVerbFromAPartsName(t *testing.T) {
	rename := func(from, to string) func(string) string {
		return func(s string) string {
			old := "name = \"" + from + "\"\n"
			if !strings.Contains(s, old) {
				t.Fatalf("fixture lacks %q", old)
			}
			return strings.Replace(s, old, "name = \""+to+"\"\n", 1)
		}
	}
	for _, tc := range []struct {
		name, site, prod string
		edit             func(string) string
		want, not        []string
	}{
		{"PII sent (smartbed)", "../../testdata/smartbed/jspgen.toml", "../../testdata/smartbed/content/corva.toml", rename("BedView gateway", "BedView gateway services"),
			[]string{"rest on the BedView gateway services, on a server the customer hosts, whose Gateway VM network adapter carries PHI and PII."},
			[]string{"services, which runs", "services runs"}},
		{"PII kept, app's network (hearingaid)", "../../testdata/hearingaid/jspgen.toml", "../../testdata/hearingaid/content/aurelle.toml", rename("Aurelle Fit", "Aurelle Fit tools"),
			[]string{"rest on the Aurelle Fit tools, on ", ", whose data store Aurelle Fit patient database keeps PHI and PII.", "The network connection of the Aurelle Fit tools (on "},
			[]string{"tools, which runs", "tools runs", "and keeps PHI"}},
		{"parts in different places (hostedplugin)", "../../testdata/hostedplugin/jspgen.toml", "../../testdata/hostedplugin/content/echomeasure.toml", func(s string) string {
			// telemetry on as shipped: an optional receiver alone gives
			// DOC-11.3 no Yes, and so no hosting note
			return rename("EchoMeasure plug-in", "EchoMeasure plug-ins")(strings.ReplaceAll(s, "default_enabled = false", "default_enabled = true"))
		},
			[]string{"different places: EchoMeasure plug-ins, on a medical device that Halvard Medical makes and maintains and the customer owns; EchoMeasure telemetry service, hosted by "},
			[]string{"plug-ins runs", "service is hosted by"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, copyCase(t, tc.site, tc.prod, tc.edit))
			var notes []string
			for _, row := range f.Rows() {
				if row.NoteText != "" {
					notes = append(notes, row.NoteText)
				}
			}
			all := strings.Join(notes, "\n")
			for _, w := range tc.want {
				if !strings.Contains(all, w) {
					t.Errorf("no note says %q; notes:\n%s", w, all)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(all, n) {
					t.Errorf("a note says %q; notes:\n%s", n, all)
				}
			}
		})
	}
}
