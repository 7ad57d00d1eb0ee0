package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// TestMDS2HostingNote: a derived DOC-11.3 or DOC-11.4 Yes of a product
// whose parts run in several places refers to a note saying where each
// part runs and which parts the Yes is about (a plug-in on another
// maker's ultrasound system beside the telemetry service its maker
// hosts: the measuring software is not in the maker's cloud), and, of
// a manufacturer-hosted part the other parts reach only through
// connections off as shipped, that it is so. The Yes stays Yes. Parts
// all hosted in one place (by the customer, on premises and in its cloud
// tenancy, beside related systems the manufacturer hosts) get no note;
// nor does a DOC-11.4 Yes of a server the customer hosts beside an app on
// the customer's own phones (whether those count as its infrastructure is
// the manufacturer's reading), nor a Yes beside the manufacturer's own
// note.
func TestMDS2HostingNote(t *testing.T) {
	plugin := func(edit func(string) string) func(t *testing.T) mds2Case {
		return func(t *testing.T) mds2Case {
			return copyCase(t, "../../testdata/hostedplugin/jspgen.toml", "../../testdata/hostedplugin/content/echomeasure.toml", edit)
		}
	}
	hybrid := func(edit func(string) string) func(t *testing.T) mds2Case {
		return func(t *testing.T) mds2Case {
			return copyCase(t, "../../testdata/hybridhosted/jspgen.toml", "../../testdata/hybridhosted/content/ossiva-hx.toml", edit)
		}
	}
	relay := func(t *testing.T) mds2Case {
		return copyCase(t, "../../testdata/alarmrelay/jspgen.toml", "../../testdata/alarmrelay/content/alertbridge.toml", nil)
	}
	telemetryOn := plugin(func(s string) string {
		return strings.ReplaceAll(s, "default_enabled = false", "default_enabled = true")
	})
	const (
		where    = "The parts of Corvia EchoMeasure run in different places: EchoMeasure plug-in, on a medical device that Halvard Medical makes and maintains and the customer owns; EchoMeasure telemetry service, hosted by Corvia Analytics GmbH."
		yes113   = " The answer Yes to DOC-11.3 holds for EchoMeasure telemetry service only"
		onNote   = where + yes113 + "."
		viewerMH = "The parts of Ossiva HX run in different places: Ossiva HX DICOM gateway, on a server the customer hosts; Ossiva HX inference service, in the customer's own cloud tenancy; Ossiva HX web viewer, hosted by Ossiva Diagnostics GmbH. The answer Yes to DOC-11.3 holds for Ossiva HX web viewer only. The answer Yes to DOC-11.4 holds for Ossiva HX DICOM gateway and Ossiva HX inference service, not for Ossiva HX web viewer, which the manufacturer hosts."
	)
	for _, tc := range []struct {
		name   string
		c      func(t *testing.T) mds2Case
		rows   map[string]mds2.Answer // DOC-11.3 and DOC-11.4 as derived
		noted  []string               // the rows referring to the generated note
		note   string                 // its text; "" for no generated note
		manual bool                   // DOC-11.3 keeps the manufacturer's note 1
	}{
		// the only hosted part is optional (reached only through
		// connections off as shipped): DOC-11.3 is left to the
		// manufacturer, neither Yes nor No (hostedplugin review #1)
		{"plug-in beside telemetry off as shipped", plugin(nil), map[string]mds2.Answer{"DOC-11.3": mds2.Unanswered}, nil, "", false},
		{"telemetry on as shipped", telemetryOn, map[string]mds2.Answer{"DOC-11.3": mds2.Yes}, []string{"DOC-11.3"}, onNote, false},
		{"telemetry's connection on, its interface unstated", plugin(func(s string) string {
			s = strings.Replace(s, "default_enabled = false\ncan_disable = true\ncarries = [\"logs\"]", "can_disable = true\ncarries = [\"logs\"]", 1)
			return strings.Replace(s, "endpoints = [\"telemetry.corvia.example\"]\ndefault_enabled = false", "endpoints = [\"telemetry.corvia.example\"]", 1)
		}), map[string]mds2.Answer{"DOC-11.3": mds2.Yes}, []string{"DOC-11.3"}, onNote, false},
		{"the manufacturer's own note", plugin(func(s string) string {
			return addAnswer(`"DOC-11.3" = { answer = "yes", note = 1 }`)(strings.ReplaceAll(s, "default_enabled = false", "default_enabled = true"))
		}), map[string]mds2.Answer{"DOC-11.3": mds2.Yes}, nil, "", true},
		{"all hosted by the customer, related systems by the manufacturer", hybrid(nil), map[string]mds2.Answer{"DOC-11.3": mds2.No, "DOC-11.4": mds2.Yes}, nil, "", false},
		{"a server the customer hosts beside apps on its phones", relay, map[string]mds2.Answer{"DOC-11.4": mds2.Yes}, nil, "", false},
		{"customer-hosted beside a manufacturer-hosted viewer", hybrid(func(s string) string {
			return strings.Replace(s, "runs = \"customer_hosted\"\nhosting = \"cloud_tenancy\"\ndescription = \"Container image ossiva-hx-viewer", "runs = \"manufacturer_hosted\"\ndescription = \"Container image ossiva-hx-viewer", 1)
		}), map[string]mds2.Answer{"DOC-11.3": mds2.Yes, "DOC-11.4": mds2.Yes}, []string{"DOC-11.3", "DOC-11.4"}, viewerMH, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, tc.c(t))
			var generated []mds2.Note
			for _, n := range f.Notes {
				if n.Generated && strings.HasPrefix(n.Text, "The parts of ") {
					generated = append(generated, n)
				}
			}
			if tc.note == "" && len(generated) > 0 || tc.note != "" && (len(generated) != 1 || generated[0].Text != tc.note) {
				t.Errorf("generated hosting notes %+v; want %q", generated, tc.note)
			}
			for id, want := range tc.rows {
				row, ok := f.Row(id)
				if !ok {
					t.Fatalf("no row %s", id)
				}
				if want == mds2.Unanswered {
					if row.Answer != mds2.Unanswered {
						t.Errorf("%s = %s (%s %s); want it left to the manufacturer", id, row.Answer, row.Basis, row.From)
					}
					continue
				}
				if row.Answer != want || !fromData(&row) {
					t.Errorf("%s = %s (%s %s); want %s from the data", id, row.Answer, row.Basis, row.From, want)
				}
				switch {
				case tc.manual && id == "DOC-11.3":
					if row.Note != 1 {
						t.Errorf("%s note %d; want the manufacturer's note 1", id, row.Note)
					}
				case strings.Contains(strings.Join(tc.noted, " "), id):
					if len(generated) == 0 || row.Note != generated[0].Number || row.NoteText != tc.note {
						t.Errorf("%s note %d (%q); want the generated note", id, row.Note, row.NoteText)
					}
				case row.Note != 0 && row.NoteText == tc.note:
					t.Errorf("%s refers to the hosting note %d; want none", id, row.Note)
				}
			}
		})
	}
}

// TestOffAsShipped: a manufacturer-hosted part is off as shipped only
// when the data show every way the other parts reach it off; anything
// on, or not stated, leaves it not shown.
func TestOffAsShipped(t *testing.T) {
	F, T := content.False, content.True
	base := func() *content.Product {
		return &content.Product{
			Parts: []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}},
			Interfaces: []content.Interface{
				{ID: "net", Kind: "api", Part: "app", DefaultEnabled: F},
				{ID: "api", Kind: "api", Part: "cloud", DefaultEnabled: T},
			},
			Ports: []content.Port{
				{Number: 443, Transport: "tcp", Direction: "out", Interface: "net", Part: "app", Endpoints: []string{"c.example"}, DefaultEnabled: F},
				{Number: 443, Transport: "tcp", Direction: "in", Interface: "api", Part: "cloud", Endpoints: []string{"c.example"}, DefaultEnabled: T},
			},
			DataFlows: []content.DataFlow{{ID: "DF-1", From: "app", To: "cloud", Interface: "net"}},
		}
	}
	for _, tc := range []struct {
		name string
		edit func(p *content.Product)
		want bool
	}{
		{"the app's connection off", nil, true},
		{"a flow over the cloud's own interface from the app", func(p *content.Product) { p.DataFlows[0].Interface = "api" }, true},
		{"a flow to an outside system", func(p *content.Product) {
			p.DataFlows = append(p.DataFlows, content.DataFlow{ID: "DF-2", From: "cloud", To: "Mail provider"})
		}, true},
		{"the port on, its interface off", func(p *content.Product) { p.Ports[0].DefaultEnabled = content.Unstated }, true},
		{"port and interface on", func(p *content.Product) { p.Ports[0].DefaultEnabled, p.Interfaces[0].DefaultEnabled = T, T }, false},
		{"port and interface not stated", func(p *content.Product) {
			p.Ports[0].DefaultEnabled, p.Interfaces[0].DefaultEnabled = content.Unstated, content.Unstated
		}, false},
		{"reached by peer_part on", func(p *content.Product) {
			p.Ports = append(p.Ports, content.Port{Number: 8443, Transport: "tcp", Direction: "out", Interface: "net2", Part: "app", PeerPart: "cloud", DefaultEnabled: T})
		}, false},
		{"no connection listed", func(p *content.Product) { p.Ports = p.Ports[1:] }, false},
		{"a flow naming no interface", func(p *content.Product) { p.DataFlows[0].Interface = "" }, false},
		{"a flow over an interface on as shipped", func(p *content.Product) {
			p.Interfaces = append(p.Interfaces, content.Interface{ID: "ble", Kind: "bluetooth", Part: "app", DefaultEnabled: T})
			p.DataFlows[0].Interface = "ble"
		}, false},
		{"the cloud connects to the app, on", func(p *content.Product) {
			p.Ports = append(p.Ports, content.Port{Number: 5000, Transport: "tcp", Direction: "out", Interface: "api", Part: "cloud", PeerPart: "app", DefaultEnabled: T})
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			if tc.edit != nil {
				tc.edit(p)
			}
			if got := offAsShipped(p, p.Parts[1]); got != tc.want {
				t.Errorf("offAsShipped = %v; want %v", got, tc.want)
			}
		})
	}
}
