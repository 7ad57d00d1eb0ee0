package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDHostedOnlyHardeningIsNotAsShipped: fhirapi's SepsiScore runs
// only where the manufacturer hosts it, yet its 11.1 was headed "As
// shipped" and said how it is "hardened as shipped". Hosted by the
// hospital, it keeps the shipped wording.
func TestCSDHostedOnlyHardeningIsNotAsShipped(t *testing.T) {
	for _, tc := range []struct {
		name        string
		edit        func(p *kind.Product)
		says, never []string
	}{
		{"as written", func(*kind.Product) {},
			[]string{"### 11.1 As the manufacturer hosts it\n", "How the product is hardened where the manufacturer hosts it is not stated"},
			[]string{"### 11.1 As shipped", "hardened as shipped"}},
		{"hosted by the hospital", func(p *kind.Product) { p.Parts[0].Runs = "customer_hosted" },
			[]string{"### 11.1 As shipped\n", "How the product is hardened as shipped is not stated"},
			[]string{"As the manufacturer hosts it", "hardened where the manufacturer hosts it"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md, _ := fixtureCSD(t, "fhirapi", "sepsiscore", tc.edit)
			kindtest.SaysAll(t, "sepsiscore/csd.md", md, tc.says...)
			kindtest.SaysNone(t, "sepsiscore/csd.md", md, tc.never...)
		})
	}
}

// TestCSDCustomerComputerInterfacesAreAsInstalled: the holter's analysis
// software runs on the hospital's own PCs, which Halden does not ship, yet
// the key facts gave the PC's USB port and Ethernet "as shipped", and the
// interfaces table headed their state "Enabled as shipped" with no word
// that the PC is not shipped: it heads it "Enabled" and says when that
// holds for each part. The recorder, a device, keeps "as shipped";
// with the software on the device too, the row is as before and no note
// is given.
func TestCSDCustomerComputerInterfacesAreAsInstalled(t *testing.T) {
	const note = `For the interfaces of the RT-7 recorder, "Enabled" is their state as shipped. For the interfaces of RhythmTrace Analyst, on a computer the customer owns, "Enabled" is their state once the part is installed there: what the part runs on is not shipped with the product.`
	for _, tc := range []struct {
		name        string
		edit        func(p *kind.Product)
		says, never []string
	}{
		{"as written", func(*kind.Product) {},
			[]string{"| Interfaces | 4 | RT-7 recorder, as shipped: microSD card slot, USB-C port (whether each of these 2 is on is not stated); RhythmTrace Analyst, as installed: USB port of the PC (dock), Network connection of the PC (whether each of these 2 is on is not stated) |", note},
			[]string{"(whether it is on is not stated) as shipped |"}},
		{"hosted by the hospital", func(p *kind.Product) { p.Parts[1].Runs = "customer_hosted" },
			[]string{"RhythmTrace Analyst, as installed: USB port", "For the interfaces of RhythmTrace Analyst, on "},
			[]string{"(whether it is on is not stated) as shipped |"}},
		{"on the device", func(p *kind.Product) { p.Parts[1].Runs = "device" },
			// one label leads the list: after it, it read as if the unknown
			// states were what ships; with no state stated, it is "Listed"
			[]string{"| Interfaces | 4 | Listed: RT-7 recorder: "},
			[]string{"as installed", "For the interfaces of", "(whether it is on is not stated) as shipped |"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md, _ := fixtureCSD(t, "holter", "rhythmtrace", tc.edit)
			kindtest.SaysAll(t, "rhythmtrace/csd.md", md, tc.says...)
			kindtest.SaysNone(t, "rhythmtrace/csd.md", md, tc.never...)
		})
	}
}
