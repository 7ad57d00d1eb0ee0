package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/hostedplugin is an AI measurement plug-in (SaMD) that the
// hospital installs on another maker's ultrasound system through that
// maker's app platform (parts.host_maker); its product file's header says
// what it holds.

// TestHostedPluginPlatformSupplier: the Vista's system software is
// Halvard Medical's, which supplies and updates it; the hospital owns the
// hardware but supplies no platform, so "which the hospital supplies"
// named the wrong party in the CSD and the notice.
func TestHostedPluginPlatformSupplier(t *testing.T) {
	read := buildFixture(t, "hostedplugin")
	csd := read("echomeasure/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Platforms Halvard Medical supplies | Halvard Vista system software 7, Halvard Vista system software 8 |",
		"runs on the platform versions below, which Halvard Medical supplies: Corvia Analytics GmbH neither supplies nor updates them")
	kindtest.SaysNone(t, "csd.md", csd, "Platforms the hospital supplies", "which the hospital supplies")
	notice := read("echomeasure/notices/eos-2.0.md")
	kindtest.SaysAll(t, "notices/eos-2.0.md", notice, "platform versions, which Halvard Medical supplies:")
	kindtest.SaysNone(t, "notices/eos-2.0.md", notice, "which the customer supplies")
}

// TestHostedPluginRunsOnAnotherMakersDevice: the plug-in runs on a
// medical device Halvard makes and maintains, not on "a phone, tablet or
// computer the customer owns", and the firewall rules' final deny leaves
// the device's own traffic (Halvard's updates and service) alone instead
// of speaking of software the hospital uses on it.
func TestHostedPluginRunsOnAnotherMakersDevice(t *testing.T) {
	read := buildFixture(t, "hostedplugin")
	csd := read("echomeasure/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| EchoMeasure plug-in | On Halvard Medical's device |",
		"EchoMeasure plug-in runs on a medical device that Halvard Medical makes and maintains and the customer owns",
		"so the final deny is not for the device's own traffic, such as the updates and service Halvard Medical gives it, which Halvard Medical's documentation for the device describes.")
	kindtest.SaysNone(t, "csd.md", csd, "phone, tablet or computer", "On the customer's own device", "the other software the hospital uses on it")
	notice := read("echomeasure/notices/eos-2.0.md")
	kindtest.SaysAll(t, "notices/eos-2.0.md", notice,
		"except the device's own traffic, such as the updates and service that Halvard Medical gives the device that the EchoMeasure plug-in runs on")
	kindtest.SaysNone(t, "notices/eos-2.0.md", notice, "phones, tablets or computers", "the other software the customer uses")
}

// TestHostedPluginDefaultPatching: with patching not written, the
// plug-in's part says Halvard, not the hospital, updates the host's
// operating system.
func TestHostedPluginDefaultPatching(t *testing.T) {
	files, _ := buildFixtureEdited(t, "hostedplugin", "echomeasure.toml", func(s string) string {
		i := strings.Index(s, "patching = \"Corvia publishes")
		j := strings.Index(s[i:], "\n")
		return s[:i] + s[i+j+1:]
	})
	csd := files["echomeasure/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"| EchoMeasure plug-in | On Halvard Medical's device | Halvard Medical, the device's maker, updates the device's operating system and platform; for the application's updates, see the software updates section |")
	kindtest.SaysNone(t, "csd.md", csd, "The customer keeps the device's operating system up to date")
}

// TestHostedPluginHostMakerOnlyOnCustomerDevice: host_maker names the
// maker of the device a customer_device part runs on; on any other part
// it is an error at its line.
func TestHostedPluginHostMakerOnlyOnCustomerDevice(t *testing.T) {
	dir := filepath.Join("testdata", "hostedplugin")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "echomeasure.toml", func(s string) string {
		return strings.Replace(s, "runs = \"manufacturer_hosted\"\n", "runs = \"manufacturer_hosted\"\nhost_maker = \"Halvard Medical\"\n", 1)
	})
	_, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	if err == nil || !strings.Contains(err.Error(), "host_maker") {
		t.Errorf("host_maker on a manufacturer-hosted part: want an error naming host_maker, got %v", err)
	}
}

// TestHostedPluginHostedByManufacturerNote: the only part Corvia hosts
// is the telemetry service, which the plug-in reaches only through a
// connection off as shipped; the measuring software runs on Halvard's
// device. DOC-11.3 is therefore not derived Yes from the telemetry
// service (a Yes read as "the measuring software runs in Corvia's
// cloud"), nor No: it is left to the manufacturer, and no hosting note
// is generated (review 84, hostedplugin #1).
func TestHostedPluginHostedByManufacturerNote(t *testing.T) {
	read := buildFixture(t, "hostedplugin")
	mds2 := read("echomeasure/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| DOC-11.3 | Is the SaMD hosted by the manufacturer, for example as a cloud service? | Not stated |")
	kindtest.SaysNone(t, "mds2.md", mds2, "manufacturer_hosted for EchoMeasure telemetry service.", "The answer Yes to DOC-11.3 holds for")
}
