package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDEventsNoneOfTheProductsLogs: an event with logs = [] says only
// that none of the product's [[logging.logs]] records it (README,
// logging.events.logs); dentalxray's Windows sign-in is recorded, its
// notification says, in the Windows event log of the practice's PC. The
// CSD's section 7 printed "Not logged" there, under "The device detects
// the events below", which the data do not say of an event no log of the
// product records. The cell now says "None of the device's logs", and the
// sentence says the device detects the events only where every event
// names one of its logs; otherwise it only lists them. The edits write
// the events out in full, both directions and an event whose logs are
// not written.
func TestCSDEventsNoneOfTheProductsLogs(t *testing.T) {
	events := func(signInLogs string) func(string) string {
		return func(s string) string {
			i, j := strings.Index(s, "[logging]\n"), strings.Index(s, "[[logging.logs]]\n")
			if i < 0 || j < i {
				t.Fatal("dentasense.toml: no [logging] before [[logging.logs]]")
			}
			return s[:i] + `[logging]
# written by TestCSDEventsNoneOfTheProductsLogs
[[logging.events]]
category = "authentication"
event = "Windows sign-in and failed sign-in"
notification = "Recorded in the Windows security event log of the practice's PC, not by DentaSense Imaging."
` + signInLogs + `
[[logging.events]]
category = "authorization"
event = "Image acquired, viewed, exported or deleted"
notification = "Recorded with the Windows user in the DentaSense Imaging audit log; no alert."
logs = ["imglog"]

` + s[j:]
		}
	}
	const (
		detects = "The device detects the events below. For each, the table says who is told and how, and which logs (see [12. Logs and forensic evidence](#12-logs-and-forensic-evidence)) record it."
		lists   = "Orvella Dental Imaging, Inc. lists the security events below. For each, the table says who is told and how, and which of the device's logs (see [12. Logs and forensic evidence](#12-logs-and-forensic-evidence)) record it."
		signIn  = "| Windows sign-in and failed sign-in | Authentication | Recorded in the Windows security event log of the practice's PC, not by DentaSense Imaging. | "
		image   = "| Image acquired, viewed, exported or deleted | Authorization | Recorded with the Windows user in the DentaSense Imaging audit log; no alert. | DentaSense Imaging audit log |"
	)
	for _, c := range []struct {
		name, logs  string
		intro, cell string
		never       []string
	}{
		{"logs = []", "logs = []\n", lists, "None of the device's logs |", []string{"Not logged", "The device detects"}},
		{"logs not written", "", lists, "Not stated |", []string{"Not logged", "None of the device's logs", "The device detects"}},
		{"every event names a log", "logs = [\"imglog\"]\n", detects, "DentaSense Imaging audit log |", []string{"Not logged", "None of the device's logs", "lists the security events"}},
	} {
		files, _ := buildFixtureEdited(t, "dentalxray", "dentasense.toml", events(c.logs))
		csd := files["dentasense/csd.md"]
		kindtest.SaysAll(t, c.name+": csd.md", csd, c.intro, signIn+c.cell, image)
		kindtest.SaysNone(t, c.name+": csd.md", csd, c.never...)
	}
}
