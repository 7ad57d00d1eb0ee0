package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildMobileApp builds testdata/mobileapp: an insulin bolus calculator
// that is only an app on the patient's own phone (iOS and Android, from
// the app stores), with an optional sync service the manufacturer hosts
// and turned off as installed; used at home, no hospital network, no
// hardware of its own. It returns the file at rel (e.g.
// "bolusguide/csd.md").
func buildMobileApp(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "mobileapp")
}

// TestMobileAppCSDCountsOnlyConnectionsOnAsShipped: the app's only
// connection (to the sync service and crash reporting) is off until the
// patient turns Sync on (ports default_enabled = false). The key facts
// counted it among the connections opened as shipped, because a port of
// a part on the customer's own device was listed whatever its state; it
// is now listed as one that can be enabled, as a rule's port is.
func TestMobileAppCSDCountsOnlyConnectionsOnAsShipped(t *testing.T) {
	csd := buildMobileApp(t)("bolusguide/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Connections opened from the customer's network as shipped | None | Can be enabled: TCP 443 (BolusGuide app). BolusGuide app runs on a phone, tablet or computer the customer owns and connects from whatever network that device is on: no firewall rule is given for it.",
	)
	kindtest.SaysNone(t, "csd.md", csd, "a connection off as shipped counted as on",
		"as shipped | BolusGuide app: TCP 443 |",
	)
}

// TestMobileAppMDS2AsksWhatThePhoneCarries: the app's network API on the
// patient's phone carries PHI over the phone's Wi-Fi or mobile data. The
// form derived MPII-3.6 (PII over a wireless connection) No, because no
// interface of the product is a radio; the phone's radios are not the
// product's, so nothing in the data decides it, and the manufacturer's
// hand answer (Yes, note 19) stands. The rule's both directions are table
// tests in generator/kind/mds2form (rules_mpii_test.go).
func TestMobileAppMDS2AsksWhatThePhoneCarries(t *testing.T) {
	mds2 := buildMobileApp(t)("bolusguide/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| MPII-3.6 | Can the device transfer PII over a wireless connection, such as Wi-Fi, Bluetooth or cellular? | Yes | Note\u00a019 |",
	)
	kindtest.SaysNone(t, "mds2.md", mds2, "a No the data does not decide",
		"lists no wireless interface that carries PHI or PII",
	)
}

// TestMobileAppCSDSubjectNamesNoFirewallRules: the CSD of the app gives
// no firewall rule (section 3.3 says none is given: the app runs on the
// patient's phone, the sync service at the manufacturer), yet its HTML
// description and PDF subject listed "firewall rules" among its
// contents. They name them only where section 3.3 gives some, as the
// wearable's does (a rule for the clinics reaching the portal).
func TestMobileAppCSDSubjectNamesNoFirewallRules(t *testing.T) {
	html := buildMobileApp(t)("bolusguide/csd.html")
	kindtest.SaysAll(t, "csd.html", html,
		`<meta name="description" content="Customer security documentation: interfaces and ports, data protection, updates,`,
	)
	kindtest.SaysNone(t, "csd.html", html, "a document that gives no firewall rule", "firewall rules, data protection")
	kindtest.SaysAll(t, "csd.md", buildMobileApp(t)("bolusguide/csd.md"), "No firewall rule is given:")
	kindtest.SaysAll(t, "wearable csd.html", buildFixture(t, "wearable")("glucowear/csd.html"),
		`<meta name="description" content="Customer security documentation: interfaces and ports, firewall rules, data protection,`)
}

// TestMobileAppPlanRemoteFunctionsAsStated: the app's updates reach it
// from the app stores, which the patient or the phone installs; the
// plan's 6.8 said the manufacturer "reaches" the app over a network for
// software updates, as if it connected in. It now lists the other remote
// functions as the data names them.
func TestMobileAppPlanRemoteFunctionsAsStated(t *testing.T) {
	plan := buildMobileApp(t)("bolusguide/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"Tidewell Digital Health, Inc. states that it does not service the Tidewell BolusGuide remotely.",
		"Other things Tidewell Digital Health, Inc. does with the Tidewell BolusGuide over a network: software updates.",
	)
	kindtest.SaysNone(t, "security-plan.md", plan, "the manufacturer said to connect into the patient's app", "also reaches the Tidewell BolusGuide")
}
