package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/fallradar: the Sentinel Server runs in an Ubuntu 22.04 LTS
// appliance image Stillwater supplies (platforms[].supplied_by =
// "manufacturer"), and its updates as signed packages; the CSD and the
// lifecycle page said the hospital supplies Ubuntu and "Stillwater
// neither supplies nor updates" it.
func TestFallradarPlatformFromMaker(t *testing.T) {
	read := buildFixture(t, "fallradar")
	for _, rel := range []string{"sentinel/csd.md", "sentinel/lifecycle.md"} {
		md := read(rel)
		kindtest.SaysAll(t, rel, md,
			"Sentinel Server runs on the platform versions below, which Stillwater Sensing Inc. supplies with Sentinel Server: who updates them is as the patching of Sentinel Server says (“Stillwater supplies server appliance updates as signed packages; the hospital's IT installs them”)")
		kindtest.SaysNone(t, rel, md, "neither supplies nor updates", "which the hospital supplies", "Version `4.0` runs on the platform")
	}
	kindtest.SaysAll(t, "csd.md", read("sentinel/csd.md"), "| Platforms the manufacturer supplies | Ubuntu Server 22.04 LTS |")
}

// testdata/smartstapler: the product's version is the handle's firmware;
// only the PowerStitch Companion app runs on iPadOS, whose versions are
// not written. The lifecycle page said "Version 2.2 runs on the platform
// versions below" above a table whose only version is Not stated.
func TestSmartstaplerPlatformPart(t *testing.T) {
	read := buildFixture(t, "smartstapler")
	lc := read("powerstitch/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"In version `2.2` of the product, PowerStitch Companion runs on the platforms below, which the hospital supplies:",
		"In version `2.3` of the product, PowerStitch Companion (version 5.1) runs on the platforms below, which the hospital supplies:")
	kindtest.SaysNone(t, "lifecycle.md", lc, "Version `2.2` runs on the platform", "platform versions below")
	csd := read("powerstitch/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "PowerStitch Companion (version 5.1) runs on the platforms below, which the hospital supplies:")
	kindtest.SaysNone(t, "csd.md", csd, "platform versions below")
}
