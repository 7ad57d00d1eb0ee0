package csd

import (
	"strings"
	"testing"

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
