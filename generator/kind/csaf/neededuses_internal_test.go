package csaf

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNeededIntroUsesWhereTheStateIsUnstated: the sterilizer's twin said
// "The product needs these ports" of a port whose default_enabled is not
// written, which the CSD's rule gives as "Needed: Not stated". It now
// says the product uses them, and the port's line that its state is not
// stated; a port stated on keeps "needs" and no mark, and an off one its
// "needed only once" mark.
func TestNeededIntroUsesWhereTheStateIsUnstated(t *testing.T) {
	q := &content.Product{Parts: []content.Part{{ID: "dev", Name: "Sterilizer", Runs: "device"}}}
	port := func(state content.Tri) content.Port {
		return content.Port{Number: 6100, Transport: "tcp", Service: "Cycle records", Direction: "out", Part: "dev", Interface: "lan", Endpoints: []string{"Tracking system"}, DefaultEnabled: state}
	}
	unstated := []content.Port{port(content.Unstated)}
	kindtest.SaysAll(t, "unstated", neededIntro(q, unstated, false), "The product uses only these ports on the customer's network;")
	kindtest.SaysNone(t, "unstated", neededIntro(q, unstated, false), "needs")
	kindtest.SaysAll(t, "unstated line", portLines(q, unstated, true)[0], "(whether it is enabled as shipped is not stated)")

	on := []content.Port{port(content.True)}
	kindtest.SaysAll(t, "on", neededIntro(q, on, false), "The product needs only these ports on the customer's network;")
	kindtest.SaysNone(t, "on line", portLines(q, on, true)[0], "(")

	off := []content.Port{port(content.False)}
	kindtest.SaysAll(t, "off line", portLines(q, off, true)[0], "(not used as shipped: needed only once its feature is turned on)")
	kindtest.SaysAll(t, "off line, to block", portLines(q, off, false)[0], "(not enabled as shipped)")

	c := port(content.True)
	c.Configurable = true
	kindtest.SaysAll(t, "configurable line", portLines(q, []content.Port{c}, true)[0], "- TCP port the hospital configures (default 6100), Cycle records, outbound")
}
