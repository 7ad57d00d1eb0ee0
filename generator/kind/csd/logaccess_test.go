package csd

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDLogAccessFromItsDataStore: a log kept in a data store takes its
// location and retention from that store, but its Access row said "Not
// stated" although 2.2 says how the store is protected (who may read
// it). It now gives the store's protection, named as the store's and
// linked to 2.2, where the log states no access of its own; a log's own
// access stands, and a log in no data store stays not stated.
func TestCSDLogAccessFromItsDataStore(t *testing.T) {
	c, _ := csdLoadExample(t)
	const (
		fromStore = "| Access | Not stated for the log itself; its data store, Audit log ([2.2 Data at rest](#2-2-data-at-rest)), is protected so: Encrypted at rest; append-only with object lock; readable by the hospital's administrators and Meridian security staff. |"
		own       = "| Access | Exported by the hospital's administrators. |"
		unstated  = "| Access | Not stated |"
	)
	for _, tc := range []struct {
		name, access, store string
		want                string
		never               []string
	}{
		{"in a data store, no access of its own", "", "audit-log", fromStore, []string{unstated, own}},
		{"its own access", "Exported by the hospital's administrators.", "audit-log", own, []string{unstated, "Not stated for the log itself"}},
		{"in no data store", "", "", unstated, []string{"Not stated for the log itself"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			kp, _ := kindtest.Product(t, c, "dosewise")
			p := kp.Product
			if len(p.Logging.Logs) != 1 || p.Logging.Logs[0].DataStore != "audit-log" {
				t.Fatalf("the example's Dosewise no longer keeps one log in the store audit-log: %+v", p.Logging.Logs)
			}
			p.Logging.Logs[0].Access, p.Logging.Logs[0].DataStore = tc.access, tc.store
			if tc.store == "" {
				p.Logging.Logs[0].Location = "Cloud log storage"
			}
			s12 := csdSection(t, renderExample(t, c, p), "## 12. Logs and forensic evidence")
			kindtest.SaysAll(t, tc.name, s12, tc.want)
			kindtest.SaysNone(t, tc.name, s12, tc.never...)
		})
	}
}
