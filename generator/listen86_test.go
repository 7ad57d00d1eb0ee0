package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestListenNoneSaysWhyAndAgrees: where the CSD's key facts hedge "None
// listed" on the ports listening on the customer's network, the reason is
// the data's own (aed's RescueView declares interfaces_complete = true, but
// no interface of it is listed while a data flow reaches it), and the plan
// and the notice hedge alike; a part on phones its users own (nicucam's
// parents' app, owned_by = "users") is not on the hospital network and
// hedges nothing; an app on a phone the customer owns at home (withdrawn)
// is never said to be off the customer's network, only that no part
// listens there; and the customer's own terminal server (serialonly) gets
// no instruction the manufacturer did not give.
func TestListenNoneSaysWhyAndAgrees(t *testing.T) {
	t.Run("aed", func(t *testing.T) {
		read := buildFixture(t, "aed")
		why := "no interface of RescueView is listed, though a data flow reaches it"
		for _, doc := range []string{"lifeguard/csd.md", "lifeguard/2.1/csd.md"} {
			kindtest.SaysAll(t, doc, read(doc), "| Ports listening on the customer's network as shipped | None listed; "+why+" |")
			kindtest.SaysNone(t, doc, read(doc), "RescueView is not stated to be complete")
		}
		kindtest.SaysAll(t, "security-plan.md", read("lifeguard/security-plan.md"),
			"As shipped, the parts on the customer's network listen on no port listed below; "+why+".")
		kindtest.SaysAll(t, "eol-2.1.md", read("lifeguard/notices/eol-2.1.md"),
			"No port of the product listens on the customer's network as far as its listed interfaces show ("+why+"), but")
	})
	t.Run("nicucam", func(t *testing.T) {
		csd := buildFixture(t, "nicucam")("kinview/csd.md")
		kindtest.SaysAll(t, "kinview/csd.md", csd, "| Ports listening on the hospital network as shipped | None | [3.2 Network ports]")
		kindtest.SaysNone(t, "kinview/csd.md", csd, "not stated to be complete")
	})
	t.Run("withdrawn", func(t *testing.T) {
		read := buildFixture(t, "withdrawn")
		kindtest.SaysAll(t, "security-plan.md", read("sonabeat/security-plan.md"),
			"No part of the product listens on the customer's network: the SonaBeat app runs on a device the customer owns and connects from whatever network that device is on.")
		kindtest.SaysNone(t, "security-plan.md", read("sonabeat/security-plan.md"), "No part of the product runs on the customer's network")
		notice := read("sonabeat/notices/eos-3.0.0.md")
		kindtest.SaysAll(t, "eos-3.0.0.md", notice,
			"No part of the Wrenfield SonaBeat listens on the customer's network: the SonaBeat probe joins no network of the customer's; the SonaBeat app runs on a device the customer owns and connects from whatever network that device is on;")
		kindtest.SaysNone(t, "eos-3.0.0.md", notice, "is on the customer's network:", "nothing of the product to isolate")
	})
	t.Run("serialonly", func(t *testing.T) {
		csd := buildFixture(t, "serialonly")("gx7/csd.md")
		kindtest.SaysAll(t, "gx7/csd.md", csd, "Its data reach the hospital network through the Hospital serial-to-Ethernet terminal server, which is the hospital's own.")
		kindtest.SaysNone(t, "gx7/csd.md", csd, "restrict it to", "configures and secures")
	})
}
