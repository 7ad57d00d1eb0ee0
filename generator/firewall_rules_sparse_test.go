package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNicuCamNoRuleToTheAppsEndpoint: KinView Cloud listens on one port
// for the cameras (camera.kinview.example) and the parents' app
// (app.kinview.example), which lists no port of its own. The camera's own
// port names only camera.kinview.example, so the rule derived for it from
// the cloud's listener allows that endpoint alone and merges with the
// camera's own rule: no rule lets the cameras reach the app's endpoint,
// and no second rule repeats the camera's connection with another state.
func TestNicuCamNoRuleToTheAppsEndpoint(t *testing.T) {
	read := buildFixture(t, "nicucam")
	csd := read("kinview/csd.md")
	rules := section(t, csd, "### 3.3 ", "## 4.")
	kindtest.SaysAll(t, "csd.md 3.3", rules, "| Allow | KinView bedside camera | camera.kinview.example | 443/TCP | HTTPS (TLS) (Wi-Fi) | As shipped |")
	if n := strings.Count(rules, "| Allow | KinView bedside camera |"); n != 1 {
		t.Errorf("csd.md 3.3 has %d allow rules from the camera, want 1:\n%s", n, rules)
	}
	kindtest.SaysNone(t, "csd.md 3.3", rules, "app.kinview.example", "(KinView Cloud endpoints)")
	kindtest.SaysNone(t, "csd.md key facts", csd, "TCP 443 (KinView bedside camera, to KinView Cloud)")
	kindtest.SaysNone(t, "eos-2.6.md", read("kinview/notices/eos-2.6.md"), "| KinView bedside camera | camera.kinview.example; app.kinview.example |")
}

// TestMDMVitalsPhonesNotIsolated: VitaTap runs only on iPhones the
// hospital owns (owned_by = "customer"); whether they stay on the
// hospital network is not stated, so no deny rule isolates them. The
// CSD's heading and introduction then promise no rules "to isolate" the
// product, section 3.3 neither says the phones leave the network nor that
// they stay, and the plan's end-of-support advice does not offer
// isolating the product.
func TestMDMVitalsPhonesNotIsolated(t *testing.T) {
	read := buildFixture(t, "mdmvitals")
	csd := read("vitatap/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "### 3.3 Firewall rules for the product's connections", "the firewall rules for its connections,")
	kindtest.SaysNone(t, "csd.md", csd, "to isolate the product", "firewall rules that isolate it")
	rules := section(t, csd, "### 3.3 ", "## 4.")
	kindtest.SaysAll(t, "csd.md 3.3", rules,
		"Such a device runs more than the product: these rules cover only the product's own connections",
		"No rule denies the rest: whether that device stays on the hospital network is not stated, and no other part of the product has a port there.")
	kindtest.SaysNone(t, "csd.md 3.3", rules, "connects from whatever network", "no part of the product stays", "Deny, log")
	plan := read("vitatap/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan, "should move to a supported version or replace the product.")
	kindtest.SaysNone(t, "security-plan.md", plan, "isolate the product")
}

// TestTeleICUPeerPartPortNotWarned: teleicu's 5004/udp names the
// console (a customer_device part on the hospital's own computers) as
// peer_part, which the firewall rules print as its destination: check
// does not warn that it "names no approved endpoint".
func TestTeleICUPeerPartPortNotWarned(t *testing.T) {
	files, res := buildFixtureEdited(t, "teleicu", "vigilon.toml", nil)
	kindtest.SaysAll(t, "csd.md", files["vigilon/csd.md"], "| Allow | Vigilon server | Vigilon Command Centre application | 5004/UDP |")
	if w := warningsText(res); strings.Contains(w, "port 5004/udp is used outbound but names no approved endpoint") {
		t.Errorf("teleicu: warned about 5004/udp, whose peer_part the rules name:\n%s", w)
	}
}

// TestMDMVitalsEndpointWarningHint: mdmvitals' ports to the hospital's own
// systems name no endpoint; the warning says that a description of such
// a system will do.
func TestMDMVitalsEndpointWarningHint(t *testing.T) {
	_, res := buildFixtureEdited(t, "mdmvitals", "vitatap.toml", nil)
	wantWarning(t, warningsText(res), "port 443/tcp is used outbound but names no approved endpoint; hospitals need the destinations to write firewall rules (FDA labeling item 3): write endpoints, the host names it connects to, or, for a system of the hospital's own whose address only the hospital knows, a description of it such as \"the hospital's integration engine\"")
}

// TestExoskeletonWiFiDirectNotWarned: exoskeleton's Wi-Fi Direct radios
// marked internal say in security how the link is kept private, as the
// warning about a Wi-Fi radio marked internal asks: no such warning.
func TestExoskeletonWiFiDirectNotWarned(t *testing.T) {
	_, res := buildFixtureEdited(t, "exoskeleton", "stridecore.toml", nil)
	if w := warningsText(res); strings.Contains(w, "Wi-Fi radio marked internal") {
		t.Errorf("exoskeleton: warned about a Wi-Fi radio whose security says how it is kept private:\n%s", w)
	}
}
