package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSupportVersionOSPastSupport: hyperbaric 6.4 is in Support (no
// end_of_life) while its operating system, Windows Embedded Standard 7
// (components, versions = ["6.4"], no_longer_maintained), lost Microsoft's
// support on 2020-10-13. The stage tables promised it "security updates",
// plan 9.6 held every commitment for 6.4 until 2028 and 6.4's key facts gave
// the product-wide Windows update cycle; each now says beside it that its
// operating system gets no updates. 7.2, on a supported OS, says nothing.
func TestSupportVersionOSPastSupport(t *testing.T) {
	read := buildFixture(t, "hyperbaric")
	const says = "Version 6.4's operating system, Windows Embedded Standard 7, has had no security updates from Microsoft since 13 October 2020."
	kindtest.SaysAll(t, "lifecycle.md", read("nereid/lifecycle.md"),
		"| Support | General availability | Released and supported with security updates; a fix for an uncontrolled risk released within 60 days. "+says+" |")
	plan := read("nereid/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"these commitments hold for version `6.4` until then, except for its operating system, Windows Embedded Standard 7, whose supplier support ended on 13 October 2020.",
		"| Support | General availability | Released and supported with security updates on the timelines of [9.6 Patch and update timelines](#9-6-patch-and-update-timelines). "+says+" | 6.4, 7.2 |")
	kindtest.SaysAll(t, "6.4/csd.md", read("nereid/6.4/csd.md"),
		"| Software updates | One maintenance release a year; Windows updates validated quarterly. | Fixes for uncontrolled risks released within 60 days. "+says+" [6. Software updates]")
	kindtest.SaysNone(t, "csd.md (7.2)", read("nereid/csd.md"), "has had no security updates", "Windows Embedded Standard 7, whose")
}
