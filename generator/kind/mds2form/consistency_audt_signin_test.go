package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// signInsInAudit: the device's audit log, in a store of the device,
// records an authentication event.
func signInsInAudit(w *world) {
	w.p.Parts = []content.Part{{ID: "dev", Name: "Console", Runs: "device"}, {ID: "cloud", Name: "Portal", Runs: "manufacturer_hosted"}}
	w.p.DataStores = []content.DataStore{{ID: "disk", Name: "Disk", Part: "dev"}, {ID: "clouddb", Name: "Portal database", Part: "cloud"}}
	w.p.Logging.Logs = []content.Log{{ID: "audit", Name: "Audit log", DataStore: "disk"}, {ID: "portal", Name: "Portal log", DataStore: "clouddb"}}
	w.p.Logging.Events = []content.SecurityEvent{
		{Event: "Settings changed", Category: "configuration", Logs: []string{"audit"}},
		{Event: "Sign-in and failed sign-in", Category: "authentication", Logs: []string{"audit"}},
	}
}

// TestCheckSignInsLogged: AUDT-2.1 and AUDT-2.2 both No, at least one by
// hand, beside an event of category authentication that a log of the
// device records warns at the hand answer (AUDT-2.2's when both are); a
// note on either, a Yes to either, an event of another category, one
// recorded in no log or whose logs are not stated, one recorded only in
// the log of a portal the manufacturer hosts beside the device, and
// neither answer given do not. A product only the manufacturer hosts
// keeps its logs as its own.
func TestCheckSignInsLogged(t *testing.T) {
	y, n := mds2.Yes, mds2.No
	no, noNote := content.MDS2Answer{Answer: "no"}, content.MDS2Answer{Answer: "no", Note: 5}
	const msg = "the form answers AUDT-2.1 (successful logins and logouts recorded) No and AUDT-2.2 (failed ones recorded) No, but logging.events (content/p.toml:1) lists \"Sign-in and failed sign-in\", an event of category authentication, recorded in log audit: a recorded authentication either succeeded or failed; correct one of the answers, or the event's logs, or explain it in a note ({ answer = \"no\", note = n })"
	both := givens(giv("AUDT-2.1", no), giv("AUDT-2.2", no))
	tests := []struct {
		name     string
		setup    func(*world)
		a21, a22 mds2.Answer
		givens   map[string]given
		wantAt   string // "" for no warning
	}{
		{"both No by hand", signInsInAudit, n, n, both, "mds2.answers.AUDT-2.2"},
		{"successful ones No by hand, failed ones derived", signInsInAudit, n, n, givens(giv("AUDT-2.1", no)), "mds2.answers.AUDT-2.1"},
		{"a note on the successful ones", signInsInAudit, n, n, givens(giv("AUDT-2.1", noNote), giv("AUDT-2.2", no)), ""},
		{"a note on the failed ones", signInsInAudit, n, n, givens(giv("AUDT-2.1", no), giv("AUDT-2.2", noNote)), ""},
		{"failed ones recorded", signInsInAudit, n, y, givens(giv("AUDT-2.1", no), giv("AUDT-2.2", content.MDS2Answer{Answer: "yes"})), ""},
		{"neither by hand", signInsInAudit, n, n, givens(), ""},
		{"an event of another category", func(w *world) {
			signInsInAudit(w)
			w.p.Logging.Events[1].Category = "authorization"
		}, n, n, both, ""},
		{"recorded in no log", func(w *world) {
			signInsInAudit(w)
			w.p.Logging.Events[1].Logs = []string{}
		}, n, n, both, ""},
		{"logs not stated", func(w *world) {
			signInsInAudit(w)
			w.p.Logging.Events[1].Logs = nil
		}, n, n, both, ""},
		{"recorded only in the portal's log", func(w *world) {
			signInsInAudit(w)
			w.p.Logging.Events[1].Logs = []string{"portal"}
		}, n, n, both, ""},
		{"recorded in the portal's log and the device's", func(w *world) {
			signInsInAudit(w)
			w.p.Logging.Events[1].Logs = []string{"portal", "audit"}
		}, n, n, both, "mds2.answers.AUDT-2.2"},
		{"a log kept in no data store", func(w *world) {
			signInsInAudit(w)
			w.p.Logging.Logs[0].DataStore = ""
		}, n, n, both, "mds2.answers.AUDT-2.2"},
		{"a hosted-only product's own log", func(w *world) {
			signInsInAudit(w)
			w.p.Parts = w.p.Parts[1:]
			w.p.DataStores = w.p.DataStores[1:]
			w.p.Logging.Events[1].Logs = []string{"portal"}
		}, n, n, both, "mds2.answers.AUDT-2.2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			tc.setup(w)
			r := newResolver(w)
			// Through checkAgainstData, which runs it after the one-answer checks.
			r.checkAgainstData(map[string]mds2.Answer{"AUDT-2": y, "AUDT-2.1": tc.a21, "AUDT-2.2": tc.a22}, tc.givens)
			if tc.wantAt == "" {
				wantWarning(t, r.diags, "")
				return
			}
			if len(r.diags) != 1 || r.diags[0].Path != tc.wantAt || r.diags[0].Severity != content.Warning {
				t.Fatalf("got %v; want one warning at %s", r.diags, tc.wantAt)
			}
			if tc.name == "both No by hand" && r.diags[0].Message != msg {
				t.Errorf("message:\n got %q\nwant %q", r.diags[0].Message, msg)
			}
		})
	}
}
