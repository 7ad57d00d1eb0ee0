package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDPortsOfPartsNotShippedAreNotAsShipped: the holter's only port is
// its analysis software's, on the hospital's own PCs, which Halden does
// not ship, yet the key facts asked for the connections "as shipped",
// said "State as shipped not stated: TCP 2575", and 3.2 headed the
// ports' state "As shipped". With the software on the device, or no
// device at all (the example's Dosewise, whose shipped software is its
// gateway VM), the ports keep "as shipped"; with ports on the device
// and on a hospital-hosted server (the example's pump), each key-facts
// row names which part's ports are in which state; with the device's
// only ports at the manufacturer (ecgpatch), the state is where the
// manufacturer hosts them.
func TestCSDPortsOfPartsNotShippedAreNotAsShipped(t *testing.T) {
	const shippedState = `"As shipped" is the port's state before the hospital changes any setting.`
	for _, tc := range []struct {
		name, fixture, id string
		edit              func(p *kind.Product)
		says, never       []string
	}{
		{"holter as written", "holter", "rhythmtrace", func(*kind.Product) {},
			[]string{
				"| Ports listening on the hospital network as installed | None |",
				"| Connections opened from the hospital network as installed | TCP 2575; whether it is used as installed is not stated | [",
				`"Enabled" is the port's state once its part is installed, before the hospital changes any setting.`,
				"| Port | Service (interfaces) | Part | Direction | Enabled | Encrypted, authenticated |",
			},
			[]string{"network as shipped |", "State as shipped not stated", shippedState, "| Direction | As shipped |"}},
		{"holter with the software on the device", "holter", "rhythmtrace", func(p *kind.Product) { p.Parts[1].Runs = "device" },
			[]string{
				"| Ports listening on the hospital network as shipped | None |",
				"| TCP 2575; whether it is used as shipped is not stated; the product data state no port for the connections to the hospital's directory that the sign-in of the \"Clinician\" account needs |",
				shippedState,
				"| Port | Service (interfaces) | Part | Direction | As shipped | Encrypted, authenticated |",
			},
			[]string{"network as installed |", "State as installed", `"Enabled" is the port's state`, "| Direction | Enabled |"}},
		{"ecgpatch: the device's ports are at the manufacturer", "ecgpatch", "holterpatch", func(*kind.Product) {},
			[]string{
				`"Enabled" is the port's state where the manufacturer hosts its part.`,
				"| Port | Service (interfaces) | Part | Direction | Enabled | Encrypted, authenticated |",
			},
			[]string{`"As shipped" is the port's state`, "| Direction | As shipped |", "network as installed |"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md, _ := fixtureCSD(t, tc.fixture, tc.id, tc.edit)
			kindtest.SaysAll(t, tc.id+"/csd.md", md, tc.says...)
			kindtest.SaysNone(t, tc.id+"/csd.md", md, tc.never...)
		})
	}
	// The example's pump listens (4443, off as shipped) and connects beside
	// its server, which the hospital installs: each row names which part is
	// in which state. Dosewise has no device: its ports are as shipped. In
	// 3.2 each lists ports of a part not shipped (the pump's server; the
	// cloud service Dosewise hosts): the column is headed "Enabled" and the
	// legend says when it holds for each part, as under the plan's table.
	mixed := "as shipped (Halcyon LVP-7 pump) or installed (Halcyon Connect server) |"
	for id, rows := range map[string][]string{
		kindtest.Example: {"| Ports listening on the hospital network " + mixed, "| Connections opened from the hospital network " + mixed,
			`For the ports of the Halcyon LVP-7 pump, "Enabled" is their state as shipped. For the ports of the Halcyon Connect server, on a server the customer hosts, "Enabled" is their state once the part is installed there.`},
		"dosewise": {"| Ports listening on the hospital network as shipped |", "| Connections opened from the hospital network as shipped |",
			`For the ports of the Dosewise Connect gateway VM, "Enabled" is their state as shipped. For the ports of the Dosewise cloud service, "Enabled" is their state where the manufacturer hosts the part.`},
	} {
		t.Run("the example's "+id, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			p, _ := kindtest.Product(t, c, id)
			env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			md := kindtest.Render(t, env, p, prep.Documents[0])
			kindtest.SaysAll(t, id+"/csd.md", md, append(rows, "| Direction | Enabled |")...)
			kindtest.SaysNone(t, id+"/csd.md", md, "network as installed |", `"Enabled" is the port's state`, shippedState, "| Direction | As shipped |")
		})
	}
}
