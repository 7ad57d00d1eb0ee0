package content

import (
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

func TestMarketedBefore524B(t *testing.T) {
	d := func(y int, m time.Month, day int) Date { return NewDate(y, m, day) }
	tests := []struct {
		name     string
		versions []Version
		want     Date
	}{
		{"no versions", nil, Date{}},
		{"no date stated", []Version{{Version: "1.0"}}, Date{}},
		{"the day before", []Version{{Version: "1.0", GeneralAvailability: d(2023, time.March, 28)}}, d(2023, time.March, 28)},
		{"the day itself", []Version{{Version: "1.0", GeneralAvailability: d(2023, time.March, 29)}}, Date{}},
		{"earliest of several, in any order", []Version{
			{Version: "2.0", GeneralAvailability: d(2024, time.May, 1)},
			{Version: "1.0", GeneralAvailability: d(2019, time.June, 3)},
		}, d(2019, time.June, 3)},
		{"all after", []Version{{Version: "1.0", GeneralAvailability: d(2024, time.May, 1)}}, Date{}},
	}
	for _, tc := range tests {
		p := &Product{Versions: tc.versions}
		if got := p.MarketedBefore524B(); got != tc.want {
			t.Errorf("%s: MarketedBefore524B() = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestCyberDeviceWarningCountsConnectivity: a product stated not to be a
// cyber device is warned about its connectivity interfaces, a USB port
// included, never about a display, which connects to nothing.
func TestCyberDeviceWarningCountsConnectivity(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n[documents]\nbuild = [\"security_plan\"]\n[cyber_device]\napplies = false\nrationale = \"No network.\"\n"
	const screen = "[[interfaces]]\nid = \"screen\"\nkind = \"display\"\nname = \"Touchscreen\"\npurpose = \"Results.\"\n"
	const usb = "[[interfaces]]\nid = \"usb\"\nkind = \"usb\"\nname = \"USB service port\"\npurpose = \"Updates.\"\n"
	tests := []struct{ name, src, want string }{
		{"a display only", head + screen, ""},
		{"a display and a USB port", head + screen + usb, "the device has 1 connectivity interface (USB) but is not declared a 524B cyber device"},
	}
	for _, tc := range tests {
		p := &Product{}
		if _, diags, ok := DecodeTOML("p.toml", []byte(tc.src), p); !ok {
			t.Fatal(diags)
		}
		p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(tc.src))}
		v := &productValidator{p: p}
		v.completeness()
		var got []string
		for _, d := range v.diags {
			if d.Path == "cyber_device.applies" {
				got = append(got, d.Message)
			}
		}
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%s: got %q; want no warning on cyber_device.applies", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: got %q; want one saying %q", tc.name, got, tc.want)
		}
	}
}
