package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// backupWorld is a clinic server (on the device) keeping PHI in a store,
// whose only interface, Ethernet, states what it carries: MPII-3.3 is No
// from the interfaces unless the server's backup says otherwise.
func backupWorld(backup string, data ...string) *world {
	w := newWorld()
	w.p.Parts = []content.Part{{ID: "server", Name: "Clinic Server", Runs: "device", Backup: backup}}
	lan := iface("lan", "ethernet", "phi")
	lan.Part = "server"
	w.p.Interfaces = []content.Interface{lan}
	st := store("records", data...)
	st.Part = "server"
	w.p.DataStores = []content.DataStore{st}
	return w
}

// TestRemovableMediaPIIBackup: a part keeping PHI or PII whose stated
// backup names removable media (a rotated USB disk) leaves MPII-3.3's No
// to the manufacturer; a backup to a network share, none stated, one of
// a store without PII, or one of the manufacturer's cloud store beside
// the device leave it No. Prose never gives Yes.
func TestRemovableMediaPIIBackup(t *testing.T) {
	no := noBy("interfaces", "lists no removable-media interface that carries PHI or PII")
	for _, tc := range []struct {
		name  string
		setup func() *world
		want  outcome
	}{
		{"nightly backup to a rotated USB disk", func() *world {
			return backupWorld("The clinic server backs itself up each night to a USB disk that the clinic rotates.", "phi", "pii")
		}, decidesNothing},
		{"backup to tape", func() *world { return backupWorld("Weekly to LTO tapes kept off site.", "pii") }, decidesNothing},
		{"backup to an external drive", func() *world { return backupWorld("Copied to an external hard drive.", "phi") }, decidesNothing},
		{"[backup] method names an SD card, the part's own backup unwritten", func() *world {
			w := backupWorld("", "phi")
			w.p.Backup = content.Backup{Scope: "Treatment records.", Method: "Each evening to the SD card in the front slot."}
			return w
		}, decidesNothing},
		{"backup to a network share", func() *world {
			return backupWorld("The clinic server backs itself up each night to a network share on the clinic's file server.", "phi", "pii")
		}, no},
		{"backup not stated", func() *world { return backupWorld("", "phi", "pii") }, no},
		{"USB disk backup of a store without PHI or PII", func() *world {
			return backupWorld("Each night to a USB disk.", "configuration")
		}, no},
		{"the manufacturer's cloud backs up to tape beside the device", func() *world {
			w := backupWorld("", "configuration")
			w.p.Parts = append(w.p.Parts, content.Part{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted", Backup: "Nightly to tape."})
			cloud := store("archive", "phi")
			cloud.Part = "cloud"
			w.p.DataStores = append(w.p.DataStores, cloud)
			return w
		}, no},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, decided := tc.setup().facts().removableMediaPII()
			if decided != tc.want.decided {
				t.Fatalf("decided = %v, want %v (got %s)", decided, tc.want.decided, got)
			}
			if decided && (got.Answer != tc.want.answer || got.Path != tc.want.path) {
				t.Errorf("got %s, want %s", got, tc.want)
			}
		})
	}
	// A removable_media interface carrying PHI still gives Yes.
	w := backupWorld("Each night to a USB disk.", "phi")
	w.p.Interfaces = append(w.p.Interfaces, iface("sd", "removable_media", "phi"))
	if got, ok := w.facts().removableMediaPII(); !ok || got.Answer != mds2.Yes {
		t.Errorf("removable_media carrying PHI: got %s (decided %v), want Yes", got, ok)
	}
}

// TestCheckBackupMediaPII: MPII-3.3 No beside DTBK-3 Yes warns where a
// data store keeps PHI or PII, at MPII-3.3 when answered there; a note on
// MPII-3.3, no PII store, MPII-3.3 Yes or DTBK-3 No do not.
func TestCheckBackupMediaPII(t *testing.T) {
	y, n := mds2.Yes, mds2.No
	both := func(mpii, dtbk mds2.Answer) map[string]mds2.Answer {
		return map[string]mds2.Answer{"MPII-3.3": mpii, "DTBK-3": dtbk}
	}
	const want = "the form answers MPII-3.3 (PII read from or written to removable media) No, but DTBK-3 (a built-in backup to removable media) Yes, and data_stores[0].data lists PHI or PII (records): a backup to removable media of a store that keeps PII writes PII to removable media"
	for _, tc := range []struct {
		name   string
		data   []string
		final  map[string]mds2.Answer
		givens map[string]given
		want   string
		at     string
	}{
		{"derived No, DTBK-3 Yes, PII store", []string{"phi", "pii"}, both(n, y),
			givens(giv("DTBK-3", content.MDS2Answer{Answer: "yes", Note: 3})), want, "mds2.answers.DTBK-3"},
		{"hand No, DTBK-3 Yes, PII store", []string{"pii"}, both(n, y),
			givens(giv("MPII-3.3", content.MDS2Answer{Answer: "no"}), giv("DTBK-3", content.MDS2Answer{Answer: "yes", Note: 3})), want, "mds2.answers.MPII-3.3"},
		{"explained in MPII-3.3's note", []string{"phi"}, both(n, y),
			givens(giv("MPII-3.3", content.MDS2Answer{Answer: "no", Note: 2}), giv("DTBK-3", content.MDS2Answer{Answer: "yes"})), "", ""},
		{"no store keeps PII", []string{"configuration"}, both(n, y),
			givens(giv("DTBK-3", content.MDS2Answer{Answer: "yes"})), "", ""},
		{"MPII-3.3 Yes", []string{"phi"}, both(y, y), nil, "", ""},
		{"no backup to removable media", []string{"phi"}, both(n, n), nil, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := backupWorld("", tc.data...)
			r := &mds2Resolver{p: kind.Product{Product: w.p}, facts: w.facts()}
			r.checkBackupMediaPII(tc.final, tc.givens)
			wantWarning(t, r.diags, tc.want)
			if tc.want != "" && len(r.diags) == 1 && r.diags[0].Path != tc.at {
				t.Errorf("warned at %s, want %s", r.diags[0].Path, tc.at)
			}
		})
	}
}
