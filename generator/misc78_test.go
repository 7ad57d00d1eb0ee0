package generator

import (
	"strings"
	"testing"
)

// TestMisc78SparseFixtures: findings of the sparse-specification reports
// on the breastpump and wmtstelemetry fixtures. An account whose
// authentication is not stated prints "Not stated" (the key is optional),
// not words the author had to invent; the lifecycle page's Support stage
// gives the pump firmware's patching, not only the app's; a shared login
// with no password is not printed as "used without signing in"; and a
// site with neither notices nor advisories does not offer a feed "of
// security advisories" as if it held some.
func TestMisc78SparseFixtures(t *testing.T) {
	bp := buildFixture(t, "breastpump")
	csd := bp("nurtura-duo-pro/csd.md")
	if !strings.Contains(csd, "| Mother (Nurtura account, optional) | User | Not stated | ") {
		t.Errorf("breastpump csd.md: want the mother's account authentication Not stated; got %q", lineWith(csd, "| Mother (Nurtura account"))
	}
	if strings.Contains(csd, "Not stated in the product data.") {
		t.Errorf("breastpump csd.md: still prints the forced authentication text")
	}
	lc := bp("nurtura-duo-pro/lifecycle.md")
	if l := lineWith(lc, "| Support | General availability |"); !strings.Contains(l, "Patching of the Nurtura Duo Pro pump: Firmware updates are installed on the pump") {
		t.Errorf("breastpump lifecycle.md: the Support stage does not give the pump firmware's patching: %q", l)
	}

	wm := buildFixture(t, "wmtstelemetry")
	if l := lineWith(wm("teletrack/csd.md"), "| Nurse (shared login) |"); strings.Contains(l, "without signing in") || !strings.Contains(l, "Shared login with no password") {
		t.Errorf("wmtstelemetry csd.md: the shared Nurse login: %q", l)
	}
	// eprotrial: the platforms are the patients' phones, not the sponsor's
	// infrastructure (REPORT-eprotrial 12).
	ep := buildFixture(t, "eprotrial")("eprotrial/csd.md")
	if !strings.Contains(ep, "Anything else the product requires of it is not stated.") || strings.Contains(ep, "Beyond the platforms below") {
		t.Errorf("eprotrial csd.md 4.1 frames the patients' platforms as the customer's infrastructure: %q", lineWith(ep, "infrastructure is not stated"))
	}
	idx := wm("index.html")
	if !strings.Contains(idx, "Atom feed of security advisories (empty: no advisory is published on this site)") {
		t.Errorf("wmtstelemetry index.html: the feed's label does not say that it is empty: %q", lineWith(idx, "Atom feed"))
	}
}
