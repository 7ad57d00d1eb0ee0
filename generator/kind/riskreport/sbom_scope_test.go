package riskreport

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSBOMSectionSaysWhatEachFileDescribes: an infusion system's report
// said "The product's software consists of 4 components, listed in the
// machine-readable SBOM sbom-3.0.cdx.json", a file describing only the
// pump firmware, while the docking rack's firmware and the drug-library
// server's software are in no SBOM file. The report names what each file
// describes, as the CSD does, counts the components the files (and the
// product data) list, and, for a product whose software runs on several
// parts, says that software no file describes is not listed: which part
// a file covers the data do not say, so that is all it says, true as
// well where one file covers every part. A product of one part (the
// customer's own infrastructure is not one of its software's, nor is a
// related system's part: the example's Halcyon Connect server, which the
// plan's scope leaves out too) gets no such sentence.
func TestSBOMSectionSaysWhatEachFileDescribes(t *testing.T) {
	const (
		over     = "The product's software consists of"
		scope    = "The product's software runs on 2 parts: the Halcyon LVP-7 pump and the Halcyon Connect server. "
		oneFile  = scope + "Software on any of them that the SBOM file does not describe is not listed in it, and this report does not list its components."
		twoFiles = scope + "Software on any of them that none of the SBOM files describes is not listed in them, and this report does not list its components."
	)
	pump := &sbom.Document{Subject: &sbom.Component{Name: "Halcyon LVP-7 Pump Software", Version: "4.2.1"}}
	// ownServer makes the Halcyon Connect server a part of the product's
	// own, no related system's.
	ownServer := func(p *kind.Product) {
		q := *p.Product
		q.RelatedSystems = slices.Clone(q.RelatedSystems)
		for i := range q.RelatedSystems {
			if q.RelatedSystems[i].Part == "connect" {
				q.RelatedSystems[i].Part = ""
				q.RelatedSystems[i].Runs = q.Part("connect").Runs
			}
		}
		p.Product = &q
	}
	withFiles := func(files ...inventory.SBOMFile) func(p *kind.Product) {
		return func(p *kind.Product) {
			ownServer(p)
			inv := *p.Inventory
			inv.SBOMs = files
			p.Inventory = &inv
		}
	}
	for _, tc := range []struct {
		name        string
		edit        func(p *kind.Product)
		says, never []string
	}{
		{"the example: one file, the server a related system's part", nil,
			[]string{"The machine-readable SBOM [sbom.cdx.json](sbom.cdx.json), which describes Halcyon LVP-7 Pump Software 4.2.1, lists 36 components. Their support on"},
			[]string{over, "The product's software runs on", "Software on any of them"}},
		{"one file, two parts", ownServer,
			[]string{"The machine-readable SBOM [sbom.cdx.json](sbom.cdx.json), which describes Halcyon LVP-7 Pump Software 4.2.1, lists 36 components. Their support on", oneFile},
			[]string{over, twoFiles}},
		{"two files, one naming nothing", withFiles(inventory.SBOMFile{Path: "pump.cdx.json", Document: pump}, inventory.SBOMFile{Path: "connect.spdx.json", Document: &sbom.Document{}}),
			[]string{"The machine-readable SBOMs [pump.cdx.json](pump.cdx.json) (which describes Halcyon LVP-7 Pump Software 4.2.1) and [connect.spdx.json](connect.spdx.json) (which does not state what it describes) list 36 components. Their support on", twoFiles},
			[]string{over, oneFile}},
		{"a component in the product data only", func(p *kind.Product) {
			ownServer(p)
			inv := *p.Inventory
			inv.List = slices.Clone(inv.List)
			inv.List[0].SBOMFile = ""
			p.Inventory = &inv
		}, []string{"The machine-readable SBOM [sbom.cdx.json](sbom.cdx.json), which describes Halcyon LVP-7 Pump Software 4.2.1, and the product data list 36 components (1 of them in the product data only, not in the SBOM file). Their support on",
			scope + "Software on any of them that the SBOM file does not describe is not listed in it, and this report lists its components only where the product data list them."},
			[]string{over, oneFile}},
		{"the server is the customer's own infrastructure", func(p *kind.Product) {
			ownServer(p)
			q := *p.Product
			q.Parts = slices.Clone(q.Parts)
			for i := range q.Parts {
				if q.Parts[i].ID == "connect" {
					q.Parts[i].Runs = "customer_infrastructure"
				}
			}
			p.Product = &q
		}, []string{"The machine-readable SBOM [sbom.cdx.json](sbom.cdx.json), which describes Halcyon LVP-7 Pump Software 4.2.1, lists 36 components."},
			[]string{over, "The product's software runs on", "Software on any of them"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			p, _ := kindtest.Product(t, c, kindtest.Example)
			if tc.edit != nil {
				tc.edit(&p)
			}
			md := renderReport(t, c, p)
			kindtest.SaysAll(t, "report", md, tc.says...)
			kindtest.SaysNone(t, "report", md, tc.never...)
		})
	}
}

// TestSoftwareParts: the parts the product's software runs on, the
// customer's own infrastructure and a related system's part left out (as
// the plan's scope does: content.Product.SoftwareParts); none named for
// one part.
func TestSoftwareParts(t *testing.T) {
	part := func(id, name string, runs content.PartRuns) content.Part {
		return content.Part{ID: id, Name: name, Runs: runs}
	}
	for _, tc := range []struct {
		name  string
		parts []content.Part
		want  string
		n     int
	}{
		{"three parts", []content.Part{part("pump", "Infuvia volumetric pump", "device"), part("rack", "Infuvia docking rack", "device"),
			part("server", "Infuvia drug-library server", "customer_hosted")},
			"the Infuvia volumetric pump, the Infuvia docking rack and the Infuvia drug-library server", 3},
		{"two parts and a related system's", []content.Part{part("pump", "Infuvia volumetric pump", "device"), part("connect", "Infuvia Connect", "manufacturer_hosted"),
			part("server", "Infuvia drug-library server", "customer_hosted")},
			"the Infuvia volumetric pump and the Infuvia drug-library server", 2},
		{"one part and the customer's infrastructure", []content.Part{part("gw", "Gateway VM", "customer_hosted"), part("idp", "Hospital identity provider", "customer_infrastructure")}, "", 0},
		{"one part", []content.Part{part("pump", "Infuvia volumetric pump", "device")}, "", 0},
		{"no part listed", nil, "", 0},
	} {
		related := []content.RelatedSystem{{ID: "connect", Part: "connect"}}
		got, n := softwareParts(&content.Product{Parts: tc.parts, RelatedSystems: related})
		if got != tc.want || n != tc.n {
			t.Errorf("%s: softwareParts = %q, %d; want %q, %d", tc.name, got, n, tc.want, tc.n)
		}
	}
}
