package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// patchWorld: a single-use patch model P1 whose only interface is a
// Bluetooth link to the product's own gateway, and a gateway model G1
// with a touchscreen and Wi-Fi showing and sending PHI, whose one port
// reaches the hospital's server (the fixedfw fixture); each part's
// interface list is whole. patchTo names the part the patch's flow goes
// to.
func patchWorld(patchTo string) *world {
	w := newWorld()
	w.p.Models = []content.Model{{ID: "P1", Name: "Patch P1"}, {ID: "G1", Name: "Gateway G1"}}
	w.p.Parts = []content.Part{
		{ID: "patch", Name: "Patch", Runs: "device", InterfacesComplete: content.True},
		{ID: "gateway", Name: "Gateway", Runs: "device", InterfacesComplete: content.True},
		{ID: "app", Name: "App", Runs: "customer_device", InterfacesComplete: content.True},
		{ID: "server", Name: "Server", Runs: "customer_infrastructure"},
	}
	on := func(it content.Interface, part string, models ...string) content.Interface {
		it.Part, it.Models = part, models
		return it
	}
	w.p.Interfaces = []content.Interface{
		on(iface("patch-ble", "bluetooth", "phi"), "patch", "P1"),
		on(iface("gw-ble", "bluetooth", "phi"), "gateway", "G1"),
		on(iface("gw-wifi", "wifi", "phi", "pii"), "gateway", "G1"),
		on(iface("gw-screen", "display", "phi", "pii"), "gateway", "G1"),
	}
	pt := port(443, "tcp", "out", "gw-wifi")
	pt.Part, pt.PeerPart = "gateway", "server"
	w.p.Ports = []content.Port{pt}
	f1 := flow("DF-01", "patch-ble", "phi")
	f1.From, f1.To = "patch", patchTo
	f2 := flow("DF-02", "gw-wifi", "phi", "pii")
	f2.From, f2.To = "gateway", "server"
	w.p.DataFlows = []content.DataFlow{f1, f2}
	return w
}

// TestPatchModelLacksDisplayAndNetwork: MPII-3.1 (PII on a screen) and
// CONN-3 (systems inside the customer's network) are Yes from the
// gateway's touchscreen and port. Asked of the patch model alone, whose
// only interface is a Bluetooth link whose only flow goes to the
// product's gateway, they were "not decided": the data give No (the
// displays are listed, each scoped to its models; the patch's link joins
// only the product's own parts). A flow of PHI to the product's app on a
// phone, a system of the customer's that may show it, leaves both
// undecided for the patch.
func TestPatchModelLacksDisplayAndNetwork(t *testing.T) {
	const giveNo = "The answer Yes to the questions that refer to this note holds for model G1 only: for the other model this form covers (P1), the product data give No to each of those questions."
	const open = "The answer Yes to the questions that refer to this note holds for model G1: for the other model this form covers (P1), the product data do not decide those questions."
	for _, tc := range []struct {
		patchTo, mpii, conn string
	}{
		{"gateway", giveNo, giveNo},
		{"app", open, open},
	} {
		w := patchWorld(tc.patchTo)
		form, _ := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
		for id, want := range map[string]string{"MPII-3.1": tc.mpii, "CONN-3": tc.conn} {
			row := formRow(form, id)
			if row.Answer != mds2.Yes || row.NoteText != want {
				t.Errorf("patch flow to %s: %s = %v with note %q, want Yes with %q", tc.patchTo, id, row.Answer, row.NoteText, want)
			}
		}
		if got := formRow(form, "JSP-MODELS").Text; tc.patchTo == "gateway" && (!strings.Contains(got, "MPII-3.1 (Yes for model G1 only") || !strings.Contains(got, "CONN-3 (Yes for model G1 only")) {
			t.Errorf("JSP-MODELS = %q, want MPII-3.1 and CONN-3 Yes for model G1 only", got)
		}
	}
}
