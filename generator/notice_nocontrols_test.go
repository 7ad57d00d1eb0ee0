package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// A maker whose own measures leave the customer nothing to do (h145's
// remote monitoring kit moves every tablet itself through its device
// management) had to invent compensating controls: check required at
// least one. compensating_controls = [] now states that the customer
// needs none, and the notice and its CSAF twin say so; left out, check
// still requires the key.

const oemControls = `compensating_controls = ["Ship firmware 5.0 in the monitor's next software update."]`

// TestNoticeWithNoCompensatingControls: written empty, the notice says
// the manufacturer states none is needed, never "put these controls in
// place"; its CSAF says the same.
func TestNoticeWithNoCompensatingControls(t *testing.T) {
	files, _ := buildFixtureEdited(t, "oemmodule", "oxicore.toml", func(s string) string {
		return strings.Replace(s, oemControls, "compensating_controls = []", 1)
	})
	md := files["oxicore/notices/eos-4.2.md"]
	kindtest.SaysAll(t, "eos-4.2.md", md, "## 8. Compensating controls\n\nNone: Merrow Photonics Ltd states that the customer needs no compensating control for the affected devices")
	kindtest.SaysNone(t, "eos-4.2.md", md, "put these controls in place", "Not stated.\n\n## 9")
	kindtest.SaysAll(t, "the notice's CSAF", files[".well-known/csaf/white/2025/mp-om5-eos-42.json"],
		`"title": "Compensating controls"`, "None: the manufacturer states that the customer needs none.")
}

// TestNoticeWithoutCompensatingControlsKey: left out, check still
// warns of the key (the notice says which controls are recommended is
// not stated), naming the empty list as the way to say none.
func TestNoticeWithoutCompensatingControlsKey(t *testing.T) {
	got := fixtureCheck(t, "oemmodule", "oxicore.toml", func(s string) string { return strings.Replace(s, oemControls, "", 1) })
	kindtest.SaysAll(t, "check", got, "compensating_controls: not stated: IMDRF N70 asks a notice for the compensating controls the customer should put in place, so the notice says which the manufacturer recommends is not stated (compensating_controls = [] when the customer needs none)")
}
