package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDNamesTheOnlyAPIByItsName: smartapp's 2.3 documents called the
// scoring API "Network API", its kind, in every table but the interface
// list, because it was the product's only API; 3.0, which added a second
// API, called it by its name. The same firewall rule to the same host
// read differently per version. A software interface (an API, a web user
// interface, a virtual network adapter) now reads as its name in every
// version, while a hardware kind keeps its label (in the key facts' list
// only where no interface of the list is named).
func TestCSDNamesTheOnlyAPIByItsName(t *testing.T) {
	const (
		rule = "| 2 | Allow | Clinician workstation (EHR client) | api.sepsisguard.example | 443/TCP | HTTPS (scoring API) (SepsisGuard scoring API) | When its interface is used |"
		flow = "| SepsisGuard cloud service | PHI, PII | SepsisGuard scoring API |"
	)
	read := buildFixture(t, "smartapp")
	for _, rel := range []string{"sepsisguard/csd.md", "sepsisguard/2.3/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd, rule, flow)
		kindtest.SaysNoneBecause(t, rel, csd, "the kind names no endpoint", "(Network API)", "| PHI, PII | Network API |", "Network API (on)")
	}
	// A hardware kind that is the only one of its kind keeps its label in
	// the key facts only where no interface of the list is named: beside
	// the APIs' names, the touchscreen is named too.
	kindtest.SaysAll(t, "homedialysis csd.md", buildFixture(t, "homedialysis")("solace-hhd/csd.md"), "Solace machine, as shipped: Touchscreen (on)", "Solace Connect, where the manufacturer hosts it: Solace Connect machine API (on), Solace Connect clinic portal (on)")
}
