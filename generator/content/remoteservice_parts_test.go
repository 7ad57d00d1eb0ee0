package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

// remotePartsBase is a dialysis machine, the clinic server beside it, the
// manufacturer's service cloud and the clinic's EMR, in two versions.
const remotePartsBase = `schema_version = 2
id = "p"
[[parts]]
id = "machine"
name = "Dialysis machine"
runs = "device"
[[parts]]
id = "server"
name = "Clinic Server"
runs = "device"
[[parts]]
id = "cloud"
name = "Service Cloud"
runs = "manufacturer_hosted"
[[parts]]
id = "emr"
name = "clinic EMR"
runs = "customer_infrastructure"
[[versions]]
version = "1.0"
[[versions]]
version = "2.0"
`

// decodeRemoteParts decodes src and runs the product's validation.
func decodeRemoteParts(t *testing.T, src string) (*Product, []Diagnostic) {
	t.Helper()
	p := &Product{}
	_, diags, ok := DecodeTOML("p.toml", []byte(src), p)
	if !ok {
		t.Fatalf("%v", diags)
	}
	p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
	v := &productValidator{p: p}
	v.run()
	return p, v.diags
}

// TestRemoteServicePartsChecked: remote_service.parts, and a version's,
// names parts on the customer's side that exist; an unknown part, one the
// manufacturer hosts, the customer's own infrastructure, an empty list
// and a part named twice are errors, and parts beside offered = false
// describe a service the product says it does not have.
func TestRemoteServicePartsChecked(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"a device part", remotePartsBase + "[remote_service]\noffered = true\nparts = [\"server\"]\n", ""},
		{"an unknown part", remotePartsBase + "[remote_service]\noffered = true\nparts = [\"server\", \"pump\"]\n",
			`remote_service.parts[1]: unknown part "pump" (want one of cloud, emr, machine, server)`},
		{"a part the manufacturer hosts", remotePartsBase + "[remote_service]\noffered = true\nparts = [\"cloud\"]\n",
			`remote_service.parts[0]: part "cloud" (Service Cloud) is hosted by the manufacturer`},
		{"the customer's infrastructure", remotePartsBase + "[remote_service]\noffered = true\nparts = [\"emr\"]\n",
			`remote_service.parts[0]: part "emr" (clinic EMR) is the customer's own infrastructure`},
		{"an empty list", remotePartsBase + "[remote_service]\noffered = true\nparts = []\n",
			`remote_service.parts: an empty list names no part`},
		{"a part twice", remotePartsBase + "[remote_service]\noffered = true\nparts = [\"server\", \"server\"]\n",
			`remote_service.parts[1]: "server" is listed twice`},
		{"a version's unknown part", remotePartsBase + "[versions.changes.remote_service]\nparts = [\"pump\"]\n[remote_service]\noffered = true\n",
			`versions[1].changes.remote_service.parts[0]: unknown part "pump"`},
		{"parts beside offered = false", remotePartsBase + "[remote_service]\noffered = false\nparts = [\"server\"]\n",
			`remote_service.parts: remote_service.offered = false says the manufacturer has no remote service, but remote_service.parts describes one`},
	} {
		_, diags := decodeRemoteParts(t, tc.src)
		var got []string
		for _, d := range diags {
			if strings.Contains(d.Path, "remote_service") {
				got = append(got, d.Path+": "+d.Message)
			}
		}
		switch all := strings.Join(got, "\n"); {
		case tc.want == "" && all != "":
			t.Errorf("%s: want no diagnostic, got\n%s", tc.name, all)
		case !strings.Contains(all, tc.want):
			t.Errorf("%s: want %q, got\n%s", tc.name, tc.want, all)
		}
	}
}

// TestRemoteServiceReach: the parts named are reached, the other parts on
// the customer's side (not the manufacturer's cloud, not the EMR) are
// not; without the key nothing is said.
func TestRemoteServiceReach(t *testing.T) {
	for _, tc := range []struct {
		name, parts, reach string
	}{
		{"one of two device parts", `["server"]`, "Clinic Server only, not the Dialysis machine"},
		{"both device parts", `["machine", "server"]`, "the Dialysis machine and Clinic Server"},
		{"not written", "", ""},
	} {
		src := remotePartsBase + "[remote_service]\noffered = true\n"
		if tc.parts != "" {
			src += "parts = " + tc.parts + "\n"
		}
		p, _ := decodeRemoteParts(t, src)
		if got := p.RemoteServiceReach(); got != tc.reach {
			t.Errorf("%s: RemoteServiceReach() = %q, want %q", tc.name, got, tc.reach)
		}
	}
}
