package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestWording79InterfaceStateUnstated: the key facts listed an interface
// whose state as shipped is not written as "Bluetooth Low Energy (state
// not stated)", which read badly and did not say which state; they now say
// that whether it is on is not stated (smartstapler finding 9).
func TestWording79InterfaceStateUnstated(t *testing.T) {
	csd := buildFixture(t, "smartstapler")("powerstitch/csd.md")
	kindtest.SaysAll(t, "smartstapler csd.md key facts", csd,
		"PowerStitch powered handle, as shipped: Bluetooth Low Energy (whether it is on is not stated); PowerStitch Companion, as installed: Bluetooth Low Energy (iPad) (whether it is on is not stated).")
	kindtest.SaysNone(t, "smartstapler csd.md key facts", csd, "(state not stated)")
}

// TestWording79UseEnvironmentLeadIn: section 1 "Recommended security
// controls" opened with the use environment as a bare paragraph, which
// read like a recommendation; it is now led in as context
// (smartstapler finding 10), for a stated and an unstated environment.
func TestWording79UseEnvironmentLeadIn(t *testing.T) {
	csd := buildFixture(t, "smartstapler")("powerstitch/csd.md")
	kindtest.SaysAll(t, "smartstapler csd.md section 1", csd,
		"## 1. Recommended security controls for the use environment\n\n**Use environment.** Hospital operating rooms.")
	unstated := buildFixture(t, "dexalegacy")("dxa-9/csd.md")
	kindtest.SaysAll(t, "dexalegacy csd.md section 1", unstated,
		"**Use environment.** The use environment of the device (where and by whom it is used, and the networks it joins) is not stated in the product data.")
}

// TestWording79NoPortsStatedKeyFact: ports = [] states that the device
// uses no network port (section 3.2 says so outright), so the key facts
// answer None to the ports it listens on, not "None listed; the device's
// interface list is not stated to be complete" (esugen finding 13, with
// no_network taken out so that ports = [] alone speaks).
func TestWording79NoPortsStatedKeyFact(t *testing.T) {
	files, _ := buildFixtureEdited(t, "esugen", "esg400.toml", func(s string) string {
		return strings.Replace(s, "\nno_network = true\n", "\n", 1)
	})
	csd := files["esg400/csd.md"]
	kindtest.SaysAll(t, "esugen csd.md (ports = [] only)", csd,
		"| Ports the device listens on as shipped | None |",
		"The device opens no network port and connects to none.")
	kindtest.SaysNone(t, "esugen csd.md (ports = [] only)", csd, "not stated to be complete |")
}

// TestWording79CadenceRemedy: check's remedy for a regular_cycle naming a
// cadence that release_cadence does not give told the author to set it,
// steering toward a release promise the data do not make (fallradar
// F11); it now says to set it only if the text is how often the product's
// own versions are released, and to leave it unset otherwise.
func TestWording79CadenceRemedy(t *testing.T) {
	diags := fixtureCheck(t, "fallradar", "", nil)
	var line string
	for _, l := range strings.Split(diags, "\n") {
		if strings.Contains(l, "postmarket.patching.regular_cycle: the text names a cadence") {
			line = l
		}
	}
	if line == "" {
		t.Fatalf("no cadence warning at postmarket.patching.regular_cycle:\n%s", diags)
	}
	for _, want := range []string{
		`the text names a cadence ("Monthly") that postmarket.patching.release_cadence does not state.`,
		"Set postmarket.patching.release_cadence only if the text is how often the product's own versions are released",
		"or if the product data do not say which, leave it unset",
	} {
		if !strings.Contains(line, want) {
			t.Errorf("cadence warning lacks %q:\n%s", want, line)
		}
	}
	if strings.Contains(line, "released, set it") {
		t.Errorf("cadence warning still tells the author to set it:\n%s", line)
	}
}
