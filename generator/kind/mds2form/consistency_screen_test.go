package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// phoneAppWorld is a fertility app on the user's own phone (the
// fertilityapp fixture): its store keeps PHI and PII, its only interface,
// the phone's Bluetooth to a thermometer, carries measurements, so the
// form derives MPII-3 No unless the phone's screen is listed (the app's
// interface list is whole: interfaces_complete = true).
func phoneAppWorld(runs string) *world {
	w := newWorld()
	w.p.Parts = []content.Part{{ID: "app", Name: "Cycle app", Runs: content.PartRuns(runs), InterfacesComplete: content.True}}
	ble := iface("ble", "bluetooth", "measurements")
	ble.Part = "app"
	w.p.Interfaces = []content.Interface{ble}
	st := store("app-data", "phi", "pii")
	st.Part = "app"
	w.p.DataStores = []content.DataStore{st}
	return w
}

// TestWarnsOfUnlistedScreen: a PHI/PII store on a part on the customer's
// phone or on the device with no display listed, beside MPII-3 derived
// No, warns (the fertility app's form said PII could neither enter nor
// leave it, nor be shown, though the user types it in and reads it on the
// phone); a listed screen, a hand MPII-3, a store without PII or one the
// manufacturer hosts do not.
func TestWarnsOfUnlistedScreen(t *testing.T) {
	const want = "store app-data keeps PHI or PII on the Cycle app, which lists no display, and no interface carries PHI or PII, so the MDS2 form derives MPII-3 (any way for PII to enter or leave) No and MPII-3.1 (PII shown on a screen) N/A: list the screen that shows the data or takes them in"
	for _, tc := range []struct {
		name  string
		setup func(*world)
		warns bool
	}{
		{"app on the user's phone, no screen listed", nil, true},
		{"device, no screen listed", func(w *world) { w.p.Parts[0].Runs = "device" }, true},
		{"the phone's screen listed", func(w *world) {
			scr := iface("screen", "display", "phi", "pii")
			scr.Part = "app"
			w.p.Interfaces = append(w.p.Interfaces, scr)
		}, false},
		{"MPII-3 answered by hand", func(w *world) {
			w.p.MDS2.Answers = map[string]content.MDS2Answer{"MPII-3": {Answer: "yes"}}
		}, false},
		{"store without PHI or PII", func(w *world) { w.p.DataStores[0].Data = dataKinds([]string{"configuration"}) }, false},
		{"store where the manufacturer hosts it", func(w *world) { w.p.Parts[0].Runs = "manufacturer_hosted" }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := phoneAppWorld("customer_device")
			if tc.setup != nil {
				tc.setup(w)
			}
			_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
			found := false
			for _, d := range diags {
				if strings.Contains(d.Message, want) {
					found = true
				}
			}
			if found != tc.warns {
				t.Errorf("warned = %v, want %v; diagnostics:\n%v", found, tc.warns, diags)
			}
		})
	}
}
