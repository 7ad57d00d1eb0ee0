package vuln_test

import (
	"testing"

	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestSameComponent: the SBOM files of one version list a component once
// when they name it alike: by purl when either states one, else by name
// (any case) and version.
func TestSameComponent(t *testing.T) {
	ssl := sbom.Component{Name: "openssl", Version: "3.0.8", PURL: "pkg:generic/openssl@3.0.8"}
	bare := sbom.Component{Name: "openssl", Version: "3.0.8"}
	for _, c := range []struct {
		name string
		a, b sbom.Component
		want bool
	}{
		{"same purl", ssl, sbom.Component{Name: "OpenSSL", Version: "3.0.8", PURL: " pkg:generic/openssl@3.0.8"}, true},
		{"purl on the first only", ssl, bare, false},
		{"purl on the second only", bare, ssl, false},
		{"same name in another case and version", bare, sbom.Component{Name: "OpenSSL", Version: "3.0.8"}, true},
		{"same name, another version", bare, sbom.Component{Name: "openssl", Version: "3.0.9"}, false},
		{"another name, same version", bare, sbom.Component{Name: "zlib", Version: "3.0.8"}, false},
	} {
		if got := vuln.SameComponent(c.a, c.b); got != c.want {
			t.Errorf("%s: same %v; want %v", c.name, got, c.want)
		}
	}
}
