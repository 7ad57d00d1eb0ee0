package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRulesNeededUnstatedSaid: a firewall rule whose port states no
// default_enabled prints "Not stated" under "Needed" (pathscanner's
// scanner upload, which the product's core data flow uses). The CSD's 3.3
// and a notice's connections to keep open then say what that means, so
// the cell does not read as "maybe not needed"; a product whose every
// rule states it (alarmrelay) says nothing of the kind.
func TestRulesNeededUnstatedSaid(t *testing.T) {
	// pathscanner has rules of both directions so: an inbound rule's port, an outbound rule's connection
	const csdSays = `Where "Needed" says "Not stated", the product data do not state whether the port is open by default (for an inbound rule) or whether the connection is used by default (for an outbound rule); the rule is needed wherever its connection is in use.`
	read := buildFixture(t, "pathscanner")
	csd := read("cyrion/csd.md")
	kindtest.SaysAll(t, "pathscanner csd.md", csd,
		"| 2 | Allow | Cyrion slide scanner | Cyrion image management server | 443/TCP | HTTPS (Scanner Ethernet port) | Not stated |", csdSays)

	read = buildFixture(t, "inhalerb2b")
	kindtest.SaysAll(t, "inhalerb2b eos-gen1.md", read("breathlog/notices/eos-gen1.md"),
		`Where "Needed" says "Not stated", the product data do not state whether the port is open by default; the connection is needed wherever it is in use.`)

	read = buildFixture(t, "alarmrelay")
	kindtest.SaysNone(t, "alarmrelay csd.md", read("alertbridge/csd.md"), `Where "Needed" says`)
}
