package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDHomePartsProvidedNotTheProduct: the psgsleep hospital gives
// patients the HST-3 recorder and keeps SomnoScore on its own PCs, yet the
// opening said it "provides the Veltmoor SomnoTrack Sleep Study System to
// them". What it provides is what patients use at home: "it" for one
// part, "both" for two, "these" for more; with no part of its own at home
// the product itself, as before.
func TestCSDHomePartsProvidedNotTheProduct(t *testing.T) {
	// with more than one device part, each is said to go home only where
	// at_home says so (content.Product.DeviceAtHome)
	markHome := func(p *kind.Product) {
		for i := range p.Parts {
			if p.Parts[i].Runs.IsDevice() {
				p.Parts[i].AtHome = content.True
			}
		}
	}
	addDevice := func(p *kind.Product) {
		p.Parts = append(p.Parts, content.Part{ID: "dock", Name: "HST-3 charging dock", Runs: "device"})
		markHome(p)
	}
	for _, tc := range []struct {
		name        string
		fixture, id string
		edit        func(p *kind.Product)
		says        string
	}{
		{"one part at home", "psgsleep", "somnotrack", func(*kind.Product) {},
			"Patients use the HST-3 recorder at home; the hospital provides it to them and uses SomnoScore on its own computers."},
		{"two parts at home", "psgsleep", "somnotrack", addDevice,
			"Patients use the HST-3 recorder and the HST-3 charging dock at home; the hospital provides both to them and uses SomnoScore on its own computers."},
		{"three parts at home", "hearingaid", "aurelle", func(p *kind.Product) {
			p.Parts = append(p.Parts, content.Part{ID: "dock", Name: "Aurelle charger", Runs: "device"})
			markHome(p)
		}, "Patients use the Aurelle hearing aids, the Aurelle app and the Aurelle charger at home; the customer provides the Aurelle hearing aids and the Aurelle charger to them and uses Aurelle Fit on its own computers; the Aurelle app runs on the patients' or caregivers' own phones."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md, _ := fixtureCSD(t, tc.fixture, tc.id, tc.edit)
			kindtest.SaysAll(t, tc.id+"/csd.md", md, tc.says)
			kindtest.SaysNone(t, tc.id+"/csd.md", md, "provides the Veltmoor SomnoTrack Sleep Study System to them", "provides the Tessaly Aurelle Hearing Aid System to them")
		})
	}
}

// TestCSDNamesTheModelsItCovers: smartbed's CSD covers the Corva MS and
// the Corva ICU, which differ in what the bed measures, and ophlaser's
// both laser models, yet no sentence said so. The opening names them
// (one model too); a product without models names none, and a model
// whose own support ended is left out, as the document says it does not
// cover it. Each is named as the MDS2 form's DOC-3 names it, with its ID
// in front where the name does not begin with it.
func TestCSDNamesTheModelsItCovers(t *testing.T) {
	for _, tc := range []struct {
		name        string
		fixture, id string
		edit        func(p *kind.Product)
		says, never []string
	}{
		{"two models", "smartbed", "corva", func(*kind.Product) {},
			[]string{"for software version `5.1`. This document covers models Corva MS (medical-surgical) and Corva ICU (intensive care)."}, []string{"covers model Corva"}},
		{"two models (ophlaser)", "ophlaser", "aurion", func(*kind.Product) {},
			[]string{". This document covers models Aurion 532 (532 nm) and Aurion 577 (577 nm)."}, []string{"covers model Aurion"}},
		{"one model", "smartbed", "corva", func(p *kind.Product) { p.Models = p.Models[:1] },
			[]string{"for software version `5.1`. This document covers model Corva MS (medical-surgical)."}, []string{"covers models"}},
		{"names that do not begin with the ID", "smartbed", "corva", func(p *kind.Product) {
			p.Models[0].Name, p.Models[1].Name = "Med-surg bed (catalogue no. 1)", "ICU bed (catalogue no. 2)"
		}, []string{"This document covers models Corva MS: Med-surg bed (catalogue no. 1); and Corva ICU: ICU bed (catalogue no. 2)."}, []string{"covers models Corva MS and"}},
		{"no models", "smartbed", "corva", func(p *kind.Product) { p.Models = nil },
			[]string{"for software version `5.1`."}, []string{"This document covers model"}},
		{"a model's support ended", "smartbed", "corva", func(p *kind.Product) {
			p.Models[1].EndOfSupport = content.NewDate(2020, 1, 1)
		}, []string{"This document covers model Corva MS (medical-surgical).", "this document does not cover it."}, []string{"covers models"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md, _ := fixtureCSD(t, tc.fixture, tc.id, tc.edit)
			kindtest.SaysAll(t, tc.id+"/csd.md", md, tc.says...)
			kindtest.SaysNone(t, tc.id+"/csd.md", md, tc.never...)
		})
	}
}

// TestCSDPortStateFollowsTheRowsPorts: smartbed's listening ports are
// all on the BedView gateway, which the hospital installs, yet the key
// facts gave them "as shipped" because the bed, a device, opens a
// connection. Each row now says the state of its own ports: the
// listeners as installed, the connections (the bed's and the gateway's)
// as shipped or installed, naming which part is which. With the gateway
// on the device, both rows are as shipped.
func TestCSDPortStateFollowsTheRowsPorts(t *testing.T) {
	for _, tc := range []struct {
		name        string
		edit        func(p *kind.Product)
		says, never []string
	}{
		{"as written", func(*kind.Product) {},
			[]string{
				"| Ports listening on the hospital network | TCP 2576 (BedView gateway), TCP 7310 (BedView gateway); whether each is open as installed is not stated |",
				"| Connections opened from the hospital network as shipped (Corva bed controller) or installed (BedView gateway) | TCP 2575, TCP 7310; whether each is used as shipped (Corva bed controller) or installed (BedView gateway) is not stated |",
			},
			[]string{"| Ports listening on the hospital network as shipped |", "| Connections opened from the hospital network as shipped |"}},
		{"gateway on the device", func(p *kind.Product) {
			for i := range p.Parts {
				if p.Parts[i].ID == "gateway" {
					p.Parts[i].Runs = "device"
					p.Parts[i].Hosting = ""
				}
			}
		},
			// every listener's state unstated: the heading asserts none, the answer says which is not stated
			[]string{"| Ports listening on the hospital network | TCP 2576 (BedView gateway), TCP 7310 (BedView gateway); whether each is open as shipped is not stated |", "| Connections opened from the hospital network as shipped |"},
			[]string{"as installed |", "or installed", "open as installed"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md, _ := fixtureCSD(t, "smartbed", "corva", tc.edit)
			kindtest.SaysAll(t, "corva/csd.md", md, tc.says...)
			kindtest.SaysNone(t, "corva/csd.md", md, tc.never...)
		})
	}
}

// TestCSDServedPartWithoutPortIsNotStated: webcalc's intranet copy is
// served by the hospital's web server (a web_ui interface) but lists no
// port, yet the key facts said "None" listen on the hospital network and
// 3.3 that "no port of the product listens there". Both now say its ports
// are not stated. With the interface a display (nothing served), or with
// the port it listens on written, the wording is as before.
func TestCSDServedPartWithoutPortIsNotStated(t *testing.T) {
	const served = "The Intranet copy serves Calculator web pages (intranet), a web user interface, on ports that are not stated."
	for _, tc := range []struct {
		name        string
		edit        func(p *kind.Product)
		says, never []string
	}{
		{"as written", func(*kind.Product) {},
			[]string{
				"| Ports listening on the hospital network as shipped | Not stated | " + served,
				"None lets a connection into the hospital network, and no deny rule is given: no port listed for the product listens there, but the Intranet copy serves Calculator web pages (intranet), a web user interface, on ports that are not stated; no rule below is for it.",
			},
			[]string{"| Ports listening on the hospital network as shipped | None |", "as no port of the product listens there"}},
		{"its port written", func(p *kind.Product) {
			p.Ports = append(p.Ports, content.Port{Number: 443, Transport: "tcp", Service: "HTTPS", Purpose: "Pages.", Direction: "in", Interface: "intranet-web", Part: "intranet"})
		},
			[]string{"| Ports listening on the hospital network | TCP 443 (Intranet copy); whether it is open as shipped is not stated |"},
			[]string{served, "on ports that are not stated"}},
		{"nothing served", func(p *kind.Product) {
			for i := range p.Interfaces {
				if p.Interfaces[i].ID == "intranet-web" {
					p.Interfaces[i].Kind = "virtual_nic"
				}
			}
		},
			// the browsers' flow to it then rides no stated port: which end
			// listens is not stated (content.Product.FlowPortsUnstated)
			[]string{"| Ports listening on the hospital network as shipped | Not stated | The product data state no port for data flow"},
			[]string{served, "on ports that are not stated", "| Ports listening on the hospital network as shipped | None |"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md, _ := fixtureCSD(t, "webcalc", "paedidose", tc.edit)
			kindtest.SaysAll(t, "paedidose/csd.md", md, tc.says...)
			kindtest.SaysNone(t, "paedidose/csd.md", md, tc.never...)
		})
	}
}

// TestCSDServedPartBeforeTheFinalDeny: a web user interface on a part of
// smartbed's (the gateway, which listens on other ports) is no such case;
// on the bed, which lists no listening port, the rules that end with the
// final deny say its ports are not stated and to allow them first.
func TestCSDServedPartBeforeTheFinalDeny(t *testing.T) {
	md, _ := fixtureCSD(t, "smartbed", "corva", func(p *kind.Product) {
		p.Interfaces = append(p.Interfaces, content.Interface{ID: "bed-web", Kind: "web_ui", Part: "bed", Name: "Bed service pages", Purpose: "Service."})
	})
	kindtest.SaysAll(t, "corva/csd.md", md,
		"and deny the rest. The Corva bed controller serves Bed service pages, a web user interface, on ports that are not stated. Allow the ports it listens on before applying the final deny.")
	md, _ = fixtureCSD(t, "smartbed", "corva", func(p *kind.Product) {
		p.Interfaces = append(p.Interfaces, content.Interface{ID: "gw-web", Kind: "web_ui", Part: "gateway", Name: "Gateway pages", Purpose: "Admin."})
	})
	kindtest.SaysNone(t, "corva/csd.md", md, "on ports that are not stated")
}
