package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// loadedCleanly fails the test on any error loading c: an interface kind
// or data kind the vocabulary does not know is one.
func loadedCleanly(t *testing.T, c mds2Case) {
	t.Helper()
	_, diags := content.Load(c.site, c.dir)
	for _, d := range diags {
		if d.Severity == content.Error {
			t.Fatalf("loading: %s", d)
		}
	}
}

// TestMDS2ContactClosurePort: the Corva bed's nurse-call connector is a
// contact closure (kind contact): an "other physical connection port"
// (CONN-1.2.4 Yes, naming its kind, not "serial") and wired connectivity
// (CONN-1.2). Written as a USB port instead, no serial port or contact
// closure is left, and CONN-1.2.4 is No, naming both kinds.
func TestMDS2ContactClosurePort(t *testing.T) {
	for _, tc := range []struct {
		name   string
		edit   func(string) string
		answer mds2.Answer
		from   string
	}{
		{"contact closure", nil, mds2.Yes, "interfaces[0] is a contact-closure interface"},
		{"serial", func(s string) string {
			return strings.Replace(s, "id = \"nursecall\"\nkind = \"contact\"", "id = \"nursecall\"\nkind = \"serial\"", 1)
		}, mds2.Yes, "interfaces[0] is a serial interface"},
		{"neither", func(s string) string {
			return strings.Replace(s, "id = \"nursecall\"\nkind = \"contact\"", "id = \"nursecall\"\nkind = \"usb\"", 1)
		}, mds2.No, "interfaces lists no serial or contact-closure interface"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := copyCase(t, "../../testdata/smartbed/jspgen.toml", "../../testdata/smartbed/content/corva.toml", func(s string) string {
				if tc.edit == nil {
					return s
				}
				out := tc.edit(s)
				if out == s {
					t.Fatal("edit changed nothing")
				}
				return out
			})
			loadedCleanly(t, c)
			f, _, _, _ := resolveCase(t, c)
			row, ok := f.Row("CONN-1.2.4")
			if !ok {
				t.Fatal("no row CONN-1.2.4")
			}
			if row.Answer != tc.answer || !fromData(&row) || row.From != tc.from {
				t.Errorf("CONN-1.2.4 = %s from %q (%s); want %s from the data: %q", row.Answer, row.From, row.Basis, tc.answer, tc.from)
			}
			if wired, _ := f.Row("CONN-1.2"); wired.Answer != mds2.Yes {
				t.Errorf("CONN-1.2 = %s (%s); want Yes", wired.Answer, wired.Basis)
			}
		})
	}
}

// TestMDS2MeasurementsNotPersonal: the SomnoTrack recorder's USB-C port
// and the lab PC's USB port carry the recording, labelled with a study
// ID only (data kind measurements): no PHI or PII, so MPII-3.4 (PII over
// a dedicated cable) stays No. Carrying PHI instead, the USB ports leave
// it open (a USB port may be a cable or a socket for drives).
func TestMDS2MeasurementsNotPersonal(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(string) string
		no   bool
	}{
		{"measurements", nil, true},
		{"phi", func(s string) string {
			return strings.ReplaceAll(s, `carries = ["measurements", "software"]`, `carries = ["phi", "software"]`)
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := copyCase(t, "../../testdata/psgsleep/jspgen.toml", "../../testdata/psgsleep/content/somnotrack.toml", tc.edit)
			loadedCleanly(t, c)
			f, _, _, _ := resolveCase(t, c)
			row, ok := f.Row("MPII-3.4")
			if !ok {
				t.Fatal("no row MPII-3.4")
			}
			if got := row.Answer == mds2.No && fromData(&row); got != tc.no {
				t.Errorf("MPII-3.4 = %s (%s); want derived No: %v", row.Answer, row.Basis, tc.no)
			}
		})
	}
}
