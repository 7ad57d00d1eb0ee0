package generator

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/internal/kindtest"
	"github.com/jspgen/jspgen/templates"
)

// probeInterfaces renders body, a template using the interface partials,
// with p as the product.
func probeInterfaces(t *testing.T, p *content.Product, body string) string {
	t.Helper()
	files := render.Files{Shipped: templates.FS, OverrideName: "test",
		Override: fstest.MapFS{"probe.md.tmpl": {Data: []byte(body)}}}
	md, err := render.Markdown(files, "probe.md.tmpl", kind.DocumentData{Product: p})
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(md))
}

// ringProduct is a BLE ring, its app on the patient's phone and the
// maker's cloud, whose interfaces write neither carries nor security: the
// flows over them state both (the thinprogramme fixture's shape).
func ringProduct(src string) *content.Product {
	return &content.Product{ID: "ring", Name: "Ring", Source: content.SourceOfText("ring.toml", []byte(src)),
		Interfaces: []content.Interface{
			{ID: "ble", Kind: "bluetooth", Name: "BLE radio", At: "interfaces[0]"},
			{ID: "net", Kind: "api", Name: "App connection", At: "interfaces[1]"},
			{ID: "portal", Kind: "web_ui", Name: "Portal", At: "interfaces[2]"},
			{ID: "usb", Kind: "usb", Name: "Charging port", At: "interfaces[3]"},
		},
		DataFlows: []content.DataFlow{
			{ID: "DF-01", From: "ring", To: "app", Data: content.DataKinds{"phi"}, Interface: "ble", Protection: "Bluetooth LE pairing."},
			{ID: "DF-02", From: "app", To: "cloud", Data: content.DataKinds{"phi", "configuration"}, Interface: "net", Protection: "HTTPS"},
			{ID: "DF-03", From: "cloud", To: "app", Data: content.DataKinds{"software", "phi"}, Interface: "net", Protection: "HTTPS"},
			{ID: "DF-04", From: "app", To: "cloud", Data: content.DataKinds{"logs"}, Interface: "net", Protection: "Signed log bundles."},
		},
	}
}

// TestInterfaceTablesTakeWhatTheFlowsState: an interface whose entry
// writes no carries said "Data carried: Not stated", and one that writes
// no security "Its protection is not stated.", beside a flow table
// showing PHI on the same link with its protection. Unwritten, the
// interface now carries at least what its flows send, and its flows'
// protection is given as theirs, each naming the flows; written
// (carries = [] or a security text), the interface's own facts stand; an
// interface that no flow uses stays not stated.
func TestInterfaceTablesTakeWhatTheFlowsState(t *testing.T) {
	cell := `{{ range .Product.Interfaces }}{{ .ID }}: {{ template "interface-carries" (dict "Interface" . "Product" $.Product) }}
{{ end }}`
	for _, c := range []struct {
		name, src, want string
	}{
		{"nothing written", "", "ble: At least: PHI (data flow DF-01)\nnet: At least: PHI, Configuration, Software, Logs (data flows DF-02, DF-03 and DF-04)\nportal: Not stated\nusb: Not stated"},
		{"carries = [] written on the radio", "[[interfaces]]\ncarries = []\n", "ble: None\nnet: At least: PHI, Configuration, Software, Logs (data flows DF-02, DF-03 and DF-04)\nportal: Not stated\nusb: Not stated"},
	} {
		if got := probeInterfaces(t, ringProduct(c.src), cell); got != c.want {
			t.Errorf("%s: carries\n%s\nwant\n%s", c.name, got, c.want)
		}
	}
	p := ringProduct("")
	p.Interfaces[0].Carries = content.DataKinds{"therapy"}
	if got := probeInterfaces(t, p, cell); !strings.HasPrefix(got, "ble: Therapy data\n") {
		t.Errorf("an interface's own carries gave way to its flows:\n%s", got)
	}

	protection := `{{ range .Product.Interfaces }}- {{ .ID }}: {{ template "interface-protection" (dict "Interface" . "Product" $.Product) }}
{{ end }}`
	want := strings.Join([]string{
		"- ble: Its own protection is not stated. Data flow DF-01 over it: Bluetooth LE pairing.",
		"- net: Its own protection is not stated. Data flows DF-02 and DF-03 over it: HTTPS. Data flow DF-04 over it: Signed log bundles.",
		"- portal: Protection: not stated.",
		"- usb: Protection: not stated.",
	}, "\n")
	if got := probeInterfaces(t, ringProduct(""), protection); got != want {
		t.Errorf("protection\n%s\nwant\n%s", got, want)
	}
	p = ringProduct("")
	p.Interfaces[0].Security = "LE Secure Connections."
	if got := probeInterfaces(t, p, protection); !strings.HasPrefix(got, "- ble: LE Secure Connections.\n") {
		t.Errorf("an interface's own security gave way to its flows:\n%s", got)
	}
}

// TestPortProtectionByItsService: an HTTPS port whose encrypted key is
// not written said "Not stated" for its encryption; HTTPS is HTTP over
// TLS, so it is encrypted, whatever is said of its peer's
// authentication. A stated encrypted key stands, and a service that may
// or may not run over TLS (HTTP, Syslog), or names two, decides nothing.
func TestPortProtectionByItsService(t *testing.T) {
	for _, c := range []struct {
		service       string
		encrypted     content.Tri
		authenticated content.Tri
		want          string
	}{
		{"HTTPS", content.Unstated, content.Unstated, "Encrypted (HTTPS); peer authentication not stated"},
		{"HTTPS (mutual TLS)", content.Unstated, content.True, "Encrypted (HTTPS); peer authenticated"},
		{"ssh", content.Unstated, content.False, "Encrypted (ssh); peer not authenticated"},
		{"HTTPS", content.False, content.Unstated, "Not encrypted; peer authentication not stated"},
		{"HTTPS", content.True, content.True, "Encrypted, peer authenticated"},
		{"HTTP", content.Unstated, content.Unstated, "Not stated"},
		{"HTTP/HTTPS", content.Unstated, content.Unstated, "Not stated"},
		{"Syslog", content.Unstated, content.True, "Encryption not stated; peer authenticated"},
		{"HTTPS redirect to HTTP", content.Unstated, content.Unstated, "Not stated"},
		{"HTTPS (or HTTP when TLS is off)", content.Unstated, content.Unstated, "Not stated"},
	} {
		p := &content.Product{ID: "p", Name: "P"}
		pt := content.Port{Number: 443, Transport: "tcp", Service: c.service, Encrypted: c.encrypted, Authenticated: c.authenticated}
		files := render.Files{Shipped: templates.FS, OverrideName: "test",
			Override: fstest.MapFS{"probe.md.tmpl": {Data: []byte(`{{ template "port-protection" .Port }}`)}}}
		md, err := render.Markdown(files, "probe.md.tmpl", map[string]any{"Product": p, "Port": pt})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.TrimSpace(string(md)); got != c.want {
			t.Errorf("service %q, encrypted %s, authenticated %s: %q, want %q", c.service, c.encrypted, c.authenticated, got, c.want)
		}
	}
}

// TestInterfaceTableOfABuiltCSDTakesItsFlows: the wearable's sensor radio
// with its carries and security left out: its CSD's interface table
// says what data flow DF-01 sends over it, not "Not stated".
func TestInterfaceTableOfABuiltCSDTakesItsFlows(t *testing.T) {
	site, _ := buildFixtureEdited(t, "wearable", "glucowear.toml", func(s string) string {
		out := strings.Replace(s, "carries = [\"phi\"]\nsecurity = \"LE Secure Connections pairing with the app; readings are sent only to the paired phone.\"\n", "", 1)
		if out == s {
			t.Fatal("the wearable fixture's sensor radio no longer reads as the test expects")
		}
		return out
	})
	csd := site["glucowear/csd.md"]
	kindtest.SaysAll(t, "glucowear/csd.md", csd, "| At least: PHI (data flow DF-01) |")
}
