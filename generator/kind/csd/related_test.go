package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDRelatedSystems: the hospital learns which Connect versions work
// with the software version the CSD is for, who patches Connect, until when
// each version is supported, and its ports (from its part); a product
// without related systems prints nothing about them.
func TestCSDRelatedSystems(t *testing.T) {
	c, p := csdLoadExample(t)
	sec := csdSection(t, renderExample(t, c, p), "### 4.5 Related systems")
	kindtest.SaysAll(t, "4.5", sec,
		"**Halcyon Connect** is server software that runs on a server the customer hosts.",
		"| Versions that work with software 4.2.1 | 5.3 |",
		"| Who patches it | Meridian publishes a signed Connect maintenance release",
		"| 4.2 | 3.8.2 | 2019-06-03 | 2023-07-31 | 2025-07-31 | End of Support | Not stated |",
		"| 5.3 | 4.1.0, 4.2.1 | 2024-11-04 | 2030-07-31 | 2031-07-31 | Support | [connect/sbom-connect-5.3.cdx.json](connect/sbom-connect-5.3.cdx.json): 6 components (CycloneDX 1.5) |",
		"- TCP 443, HTTPS (mutual TLS), inbound (it listens): Pump connections:",
	)
	// A version that works with no listed Connect version says so.
	p.RelatedSystems[0].Versions[2].DeviceVersions = []string{"4.1.0"}
	if sec := csdSection(t, renderExample(t, c, p), "### 4.5 Related systems"); !strings.Contains(sec, "| Versions that work with software 4.2.1 | Not stated |") {
		t.Errorf("4.5 does not say Not stated for a version no Connect version works with:\n%s", sec)
	}
	// Without a part, no port list (ports come only from parts).
	p.RelatedSystems[0].Part, p.RelatedSystems[0].Runs = "", "customer_hosted"
	if sec := csdSection(t, renderExample(t, c, p), "### 4.5 Related systems"); strings.Contains(sec, "The network ports of") {
		t.Errorf("4.5 lists ports of a related system that names no part:\n%s", sec)
	}
	p.RelatedSystems = nil
	md := renderExample(t, c, p)
	kindtest.SaysNone(t, "CSD without related systems", md, "Related systems", "### 4.5")
}

// TestCSDRelatedKeptBy: 4.5 asks the customer to keep on a working
// version only the related systems the customer keeps (kept_by, default:
// the manufacturer for one it hosts, else the customer); of another
// maker's peripheral the manufacturer supplies and pairs it says the
// manufacturer keeps it on one, and of a service the manufacturer hosts
// it says nothing (it runs the version the manufacturer deploys).
func TestCSDRelatedKeptBy(t *testing.T) {
	const keep = "Keep it on a version that works with the device's software and is still supported."
	for _, tc := range []struct {
		name       string
		runs       content.PartRuns // Connect's runs; "" keeps its part's (customer_hosted)
		keptBy     string
		second     string // kept_by of a second system, another maker's, runs not stated; "-" for none
		says, none []string
	}{
		{name: "customer hosted, not written", second: "-", says: []string{keep}, none: []string{"MAKER keeps"}},
		{name: "customer hosted, kept by the customer", keptBy: "customer", second: "-", says: []string{keep}, none: []string{"MAKER keeps"}},
		{name: "customer hosted, kept by the manufacturer", keptBy: "manufacturer", second: "-",
			says: []string{"own versions and support dates. MAKER keeps it on a version that works with the device's software.\n"}, none: []string{"Keep it", "Keep each"}},
		{name: "manufacturer hosted, not written", runs: "manufacturer_hosted", second: "-",
			says: []string{"own versions and support dates.\n"}, none: []string{"Keep it", "MAKER keeps"}},
		{name: "manufacturer hosted, kept by the customer", runs: "manufacturer_hosted", keptBy: "customer", second: "-", says: []string{keep}},
		{name: "hosted and another maker's kept by the manufacturer", runs: "manufacturer_hosted", second: "manufacturer",
			says: []string{"MAKER keeps each on a version that works with the device's software."}, none: []string{"Keep each", "Keep Halcyon"}},
		{name: "hosted and another maker's not written", runs: "manufacturer_hosted", second: "",
			says: []string{"Keep each that MAKER does not host on a version that works with the device's software and is still supported."}, none: []string{"MAKER keeps"}},
		{name: "customer's and another maker's kept by the manufacturer", second: "manufacturer",
			says: []string{"Keep Halcyon Connect on a version that works with the device's software and is still supported; MAKER keeps Dexcom G7 CGM on one that works with it."}, none: []string{"Keep each"}},
		{name: "both the customer's", second: "customer",
			says: []string{"Keep each on a version that works with the device's software and is still supported."}, none: []string{"MAKER keeps"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			maker := c.Site.Manufacturer.Name
			p.RelatedSystems[0].KeptBy = tc.keptBy
			if tc.runs != "" {
				p.RelatedSystems[0].Runs = tc.runs
			}
			if tc.second != "-" {
				cgm := p.RelatedSystems[0]
				cgm.ID, cgm.Name, cgm.Maker, cgm.Part, cgm.Runs, cgm.KeptBy = "cgm", "Dexcom G7 CGM", "Dexcom, Inc.", "", "", tc.second
				p.RelatedSystems = append(p.RelatedSystems, cgm)
			}
			sec := csdSection(t, renderExample(t, c, p), "### 4.5 Related systems")
			for _, s := range tc.says {
				kindtest.SaysAll(t, "4.5", sec, strings.ReplaceAll(s, "MAKER", maker))
			}
			for _, s := range tc.none {
				kindtest.SaysNone(t, "4.5", sec, strings.ReplaceAll(s, "MAKER", maker))
			}
		})
	}
}
