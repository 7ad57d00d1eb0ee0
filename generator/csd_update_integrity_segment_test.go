package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOrvideoCSDWordsWhatTheDataState: the OR recorder's data give the
// remote-service switch to the hospital (remote_service.customer_controls),
// not to each OR user; they state a control that signs update packages,
// which section 6 cited as "not stated"; and they say nothing of what
// else the hospital's share serves.
func TestOrvideoCSDWordsWhatTheDataState(t *testing.T) {
	csd := buildFixture(t, "orvideo")("orrecord/csd.md")
	kindtest.SaysAll(t, "orrecord/csd.md", csd,
		"The hospital can turn remote service on and off (see [4.3 Secure servicing](#4-3-secure-servicing), which also gives Strata Medical GmbH's own words on it); which security settings users can configure is not stated.",
		"How the integrity and authenticity of an update are verified is not stated beyond control C-SIGN (\"The recorder installs only update packages signed by Strata Medical\").",
		"Rule 3 names the Hospital network share, part of the hospital's own infrastructure, which may serve more than the product:")
	kindtest.SaysNoneBecause(t, "orrecord/csd.md", csd, "the data decide none of these",
		"The user can turn remote service on and off",
		"and how the integrity and authenticity of an update are verified are not stated",
		"which serves more than the product")
}

// TestRetinakioskCSDWordsWhatTheDataState: section 1 states no
// segmentation or firewall control, so 3.3 tells the customer no segment
// it was never asked to make; the manufacturer's two hosted parts are
// two, not one named twice; and the signed-update control is cited.
func TestRetinakioskCSDWordsWhatTheDataState(t *testing.T) {
	csd := buildFixture(t, "retinakiosk")("iriscan/csd.md")
	kindtest.SaysAll(t, "iriscan/csd.md", csd,
		"Where the customer keeps the parts on network segments of their own, apply the rules at the boundary of those segments and deny the rest.",
		"Not counted here: Veldra Vision, Inc.'s own access to the Iriscan Auto cloud AI service and the Veldra device management service, which it runs itself.",
		"which carries updates, and control C-UPD (\"The kiosk installs only updates Veldra Vision has validated and signed\").")
	kindtest.SaysNoneBecause(t, "iriscan/csd.md", csd, "no segmentation is stated; two parts are not one",
		"Apply the rules at the boundary of the network segments that hold the parts",
		"the Iriscan Auto cloud AI service, the Veldra device management service")
}
