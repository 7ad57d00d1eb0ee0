package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestComponentVersionNotStated: components[].version is optional. The
// tmsairgap fixture lists Microsoft Defender Antivirus without a version
// (it used to write version = "Not stated", which the documents glued to
// the name: "Microsoft Defender Antivirus Not stated"). The documents
// name the component alone in sentences, give "Not stated" in a version
// cell, and lifecycle.json leaves the version out.
func TestComponentVersionNotStated(t *testing.T) {
	read := buildFixture(t, "tmsairgap")
	life, csd, js := read("tms300/lifecycle.md"), read("tms300/csd.md"), read("tms300/lifecycle.json")
	kindtest.SaysAll(t, "lifecycle.md", life, "the end of supplier support of Windows 11 IoT Enterprise LTSC 2024 24H2 and Microsoft Defender Antivirus is not stated")
	kindtest.SaysAll(t, "csd.md", csd, "| Microsoft Defender Antivirus | Not stated | Microsoft |",
		"The end of supplier support of Microsoft Defender Antivirus and Windows 11 IoT Enterprise LTSC 2024 24H2 is not stated.")
	for name, s := range map[string]string{"lifecycle.md": life, "csd.md": csd} {
		kindtest.SaysNone(t, name, s, "Antivirus Not stated", "Antivirus  ", "Antivirus ``")
	}
	kindtest.SaysNone(t, "lifecycle.json", js, `"version": ""`)
}

// TestComponentVersionNotStatedMachineFiles: a component of unstated
// version that a vulnerability names (withdrawn's OkHttp, its version and
// the purl's version removed) keeps the VEX and CSAF files free of an
// empty version: no "version": "" in CycloneDX, no CSAF product id or name
// ending in a dangling "-" or space, and the documents name it alone.
func TestComponentVersionNotStatedMachineFiles(t *testing.T) {
	files, _ := buildFixtureEdited(t, "withdrawn", "sonabeat.toml", func(s string) string {
		s = strings.Replace(s, "name = \"OkHttp\"\nversion = \"4.12.0\"\npurl = \"pkg:maven/com.squareup.okhttp3/okhttp@4.12.0\"\n",
			"name = \"OkHttp\"\npurl = \"pkg:maven/com.squareup.okhttp3/okhttp\"\n", 1)
		return s + `
[[vulnerabilities]]
id = "CVE-2024-99990"
title = "Invented for this test"
components = [{ name = "OkHttp" }]
versions = ["3.1.1"]
status = "under_investigation"
discovered = 2025-04-01
disclosed = 2025-04-01
`
	})
	kindtest.SaysAll(t, "csd.md", files["sonabeat/csd.md"], "| OkHttp | Not stated |")
	sawVEX, sawCSAF := false, false
	for rel, s := range files {
		if !strings.HasSuffix(rel, ".json") && !strings.HasSuffix(rel, ".md") {
			continue
		}
		kindtest.SaysNone(t, rel, s, `"version": ""`, "OkHttp Not stated", `"component-OkHttp-"`, "OkHttp ``", "OkHttp  ")
		if strings.Contains(s, "CVE-2024-99990") && strings.Contains(rel, "vex-3.1.1.cdx.json") {
			sawVEX = true
		}
		if strings.Contains(s, "CVE-2024-99990") && strings.Contains(rel, "csaf") {
			sawCSAF = true
			kindtest.SaysAll(t, rel, s, `"product_id": "component-OkHttp"`)
		}
	}
	if !sawVEX || !sawCSAF {
		t.Errorf("the vulnerability should be in the CycloneDX VEX (%v) and a CSAF file (%v) of version 3.1.1", sawVEX, sawCSAF)
	}
}
