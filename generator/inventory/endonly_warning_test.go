package inventory

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestUnsupportedEndOnly: for a product that is not a cyber device, a
// component that states its end of supplier support (here with extended
// updates) but no level is not told that the documents print its support
// as not stated, nor asked for the end it gives: its warning says the
// level is missing and that the documents print it as not stated beside
// its dates. Components that state nothing keep their own warning.
func TestUnsupportedEndOnly(t *testing.T) {
	p := &content.Product{MedicalDevice: content.False, SBOM: content.SBOM{Files: []string{"a.cdx.json"}}}
	win := Component{Component: sbom.Component{Name: "Windows 10 IoT Enterprise 2016 LTSB", Version: "1607"}, SBOMFile: "a.cdx.json",
		EndOfSupport: content.NewDate(2026, 10, 13), ExtendedUntil: content.NewDate(2027, 10, 12), ExtendedFor: content.ExtendedForEveryCustomer}
	bare := Component{Component: sbom.Component{Name: "zlib", Version: "1"}, SBOMFile: "a.cdx.json"}

	d := CheckSupport(p, []Component{win})
	want := "1 component has an end of supplier support but no support level and no justification (Windows 10 IoT Enterprise 2016 LTSB 1607): the documents print its level as not stated beside its dates; state support (or a justification of why none is known)"
	if len(d) != 1 || d[0].Severity != content.Warning || !strings.HasPrefix(d[0].Message, want) {
		t.Fatalf("got %v; want one warning starting %q", d, want)
	}
	if strings.Contains(d[0].Message, "support as not stated") || strings.Contains(d[0].Message, "end_of_support") {
		t.Errorf("the warning asks for the end of support the entry gives, or says the documents print its support as not stated: %q", d[0].Message)
	}

	d = CheckSupport(p, []Component{bare, win})
	if len(d) != 2 || !strings.HasPrefix(d[0].Message, "1 component has no support level and no justification (zlib 1): the documents print its support as not stated") ||
		!strings.HasPrefix(d[1].Message, "1 component has an end of supplier support but no support level") {
		t.Errorf("got %v; want one warning for zlib (nothing stated), one for Windows (end only)", d)
	}
}
