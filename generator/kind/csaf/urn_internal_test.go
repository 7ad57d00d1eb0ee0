package csaf

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestSiteIdentifiers: without a base URL the OpenVEX @id and the Atom
// IDs are name-based UUID URNs (a registered namespace, not an invented
// "urn:jspgen:"), the same in every build, and different for two
// manufacturers whose sites use the same product IDs and titles; with a
// base URL the @id is the file's URL.
func TestSiteIdentifiers(t *testing.T) {
	env := func(maker, base string) *kind.Env {
		return &kind.Env{Content: &content.Content{Site: &content.Site{Title: "Security", BaseURL: base,
			Manufacturer: content.Manufacturer{Name: maker}}}}
	}
	a := docIRI(env("Acme Medical", ""), "pump", "vex/1.0/openvex.json")
	if !strings.HasPrefix(a, "urn:uuid:") || len(a) != len("urn:uuid:")+36 {
		t.Errorf("docIRI without base URL = %q, want a urn:uuid", a)
	}
	if again := docIRI(env("Acme Medical", ""), "pump", "vex/1.0/openvex.json"); again != a {
		t.Errorf("docIRI differs between builds: %q, %q", a, again)
	}
	if other := docIRI(env("Borealis Health", ""), "pump", "vex/1.0/openvex.json"); other == a {
		t.Errorf("two manufacturers' pump VEX documents share the @id %q", a)
	}
	if other := docIRI(env("Acme Medical", ""), "pump", "vex/2.0/openvex.json"); other == a {
		t.Errorf("two files share the @id %q", a)
	}
	if got, want := docIRI(env("Acme Medical", "https://acme.example/security/"), "pump", "vex/1.0/openvex.json"),
		"https://acme.example/security/pump/vex/1.0/openvex.json"; got != want {
		t.Errorf("docIRI with base URL = %q, want %q", got, want)
	}
	if siteURN(env("Acme Medical", ""), "feed:Security") == siteURN(env("Borealis Health", ""), "feed:Security") {
		t.Error("two manufacturers' feeds titled alike share an ID")
	}
}
