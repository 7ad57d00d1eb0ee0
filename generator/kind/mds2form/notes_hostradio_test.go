package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestMDS2HostRadioNote: GlucoSense's sensor has no Wi-Fi or cellular
// radio, but its app on the patient's phone reaches GlucoSense Cloud over
// whatever connection the phone has (the cgmhome review): CONN-1.1.1 and
// CONN-1.1.3 stay No, with a note saying whose hardware the No is about
// and whose radios the app uses. Without the app's network interface
// (and its port), and for a device with no app (BladderScan), the No
// stands without a note.
func TestMDS2HostRadioNote(t *testing.T) {
	const note = "The answers No to CONN-1.1.1 and CONN-1.1.3 are about the device's own hardware, the GlucoSense sensor: that hardware has no Wi-Fi or cellular interface. The network connection of the GlucoSense app (on a phone the customer owns) is whatever connection the phone has, such as Wi-Fi or mobile data: those are the phone's, not the device's."
	const (
		cgmSite = "../../testdata/cgmhome/jspgen.toml"
		cgm     = "../../testdata/cgmhome/content/glucosense.toml"
	)
	noAppNet := func(s string) string {
		for _, block := range []string{
			"[[interfaces]]\nid = \"app-net\"\nkind = \"api\"\npart = \"app\"\nname = \"Phone internet connection (used by the app)\"\npurpose = \"Signs the patient in to GlucoSense Cloud and uploads the readings over HTTPS.\"\n\n",
			"[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"Sign-in to GlucoSense Cloud and upload of the readings.\"\ndirection = \"out\"\ninterface = \"app-net\"\nendpoints = [\"api.glucosense.example\"]\nencrypted = true\n\n",
		} {
			if !strings.Contains(s, block) {
				t.Fatalf("fixture lacks %q", block)
			}
			s = strings.Replace(s, block, "", 1)
		}
		return s
	}
	for _, tc := range []struct {
		name       string
		site, prod string
		edit       func(string) string
		note       string
	}{
		{"app on the patient's phone", cgmSite, cgm, nil, note},
		{"app with no network interface", cgmSite, cgm, noAppNet, ""},
		{"device only", "../../testdata/standalone/jspgen.toml", "../../testdata/standalone/content/bladderscan.toml", nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, copyCase(t, tc.site, tc.prod, tc.edit))
			for _, id := range []string{"CONN-1.1.1", "CONN-1.1.3"} {
				row, ok := f.Row(id)
				if !ok {
					t.Fatalf("no row %s", id)
				}
				if row.Answer != mds2.No || !fromData(&row) {
					t.Errorf("%s = %s (%s); want No from the data", id, row.Answer, row.Basis)
				}
				if row.NoteText != tc.note {
					t.Errorf("%s note %d %q; want %q", id, row.Note, row.NoteText, tc.note)
				}
			}
		})
	}
}
