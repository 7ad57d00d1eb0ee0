package kind

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/generator/vuln"
)

// TestStandInNotListed: the components of a version's vulnerability records that
// the list it borrows does not hold, by the record's purl, else by name
// (any case) and version; once each, in order.
func TestStandInNotListed(t *testing.T) {
	listed := func(name, version, purl string) inventory.Component {
		return inventory.Component{Component: sbom.Component{Name: name, Version: version, PURL: purl}}
	}
	list := []inventory.Component{listed("mbedtls", "3.6.0", "pkg:github/mbed-tls/mbedtls@v3.6.0"), listed("FreeRTOS-Kernel", "11.1.0", "")}
	rec := func(cs ...sbom.Component) *vuln.Vulnerability { return &vuln.Vulnerability{Components: cs} }
	old := sbom.Component{Name: "mbedtls", Version: "2.28.5"}
	tests := []struct {
		name string
		vs   []*vuln.Vulnerability
		want []string
	}{
		{"a version the list does not hold", []*vuln.Vulnerability{rec(old)}, []string{"mbedtls 2.28.5"}},
		{"the listed version, by name and version in another case", []*vuln.Vulnerability{rec(sbom.Component{Name: "freertos-kernel", Version: "11.1.0"})}, nil},
		{"the listed version, by purl", []*vuln.Vulnerability{rec(sbom.Component{Name: "Mbed TLS", Version: "3.6", PURL: "pkg:github/mbed-tls/mbedtls@v3.6.0"})}, nil},
		{"another purl, same name and version", []*vuln.Vulnerability{rec(sbom.Component{Name: "mbedtls", Version: "3.6.0", PURL: "pkg:generic/mbedtls@3.6.0"})}, []string{"mbedtls 3.6.0"}},
		{"once each, in order", []*vuln.Vulnerability{rec(old), rec(sbom.Component{Name: "lwip", Version: "2.1.3"}, old)}, []string{"mbedtls 2.28.5", "lwip 2.1.3"}},
		{"no records", nil, nil},
	}
	for _, tc := range tests {
		if got := StandInNotListed(tc.vs, list); !slices.Equal(got, tc.want) {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}
