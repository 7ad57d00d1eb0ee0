package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// workstationCSD renders the workstation's CSD after edit.
func workstationCSD(t *testing.T, edit func(p *content.Product)) string {
	t.Helper()
	c, _ := kindtest.Load(t, "../../testdata/workstation/jspgen.toml", "../../testdata/workstation/content")
	p, _ := kindtest.Product(t, c, "viewpoint-rw")
	edit(p.Product)
	env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	return kindtest.RenderBuilt(t, env, p, prep.Documents[0], kindtest.Built(p))
}

// TestCSDInternetNeedNamesOutsideReach: the form's CONN-6 No says only
// that the intended use needs no internet. A workstation that, as
// shipped, connects out to the manufacturer's host for remote service
// (and whose form answers CONN-4 Yes) is not printed a bare "No": the
// key fact names the connection, or at least cites CONN-4. "No" stays
// where nothing reaches outside and CONN-4 is No.
func TestCSDInternetNeedNamesOutsideReach(t *testing.T) {
	const row = "| Needs the internet or a cloud service | "
	setConn4 := func(p *content.Product, a string) {
		ans := p.MDS2.Answers["CONN-4"]
		ans.Answer = a
		p.MDS2.Answers["CONN-4"] = ans
	}
	dropRemotePort := func(p *content.Product) {
		p.Ports = slices.DeleteFunc(p.Ports, func(pt content.Port) bool { return pt.Number == 443 })
	}
	for _, tc := range []struct {
		name  string
		edit  func(p *content.Product)
		says  string
		never string
	}{
		{"as shipped", func(p *content.Product) {},
			row + "Not for its intended use; as shipped it connects to remote.meridian-infusion.example (443/TCP, HTTPS (remote service)) | MDS2 form, CONN-6. MDS2 form, CONN-4.", row + "No |"},
		{"only the form's CONN-4 says so", dropRemotePort,
			row + "Not for its intended use; it communicates with systems outside the customer's network | MDS2 form, CONN-6. MDS2 form, CONN-4.", row + "No |"},
		{"remote service off as shipped", func(p *content.Product) {
			dropRemotePort(p)
			p.RemoteService = content.RemoteService{Offered: content.True, Connection: "outbound", EnabledAsShipped: content.False}
		}, row + "Not for its intended use; it connects out for the manufacturer's remote service (off as shipped) |", row + "No |"},
		{"nothing reaches outside", func(p *content.Product) {
			dropRemotePort(p)
			setConn4(p, "no")
		}, row + "No | MDS2 form, CONN-6. [15.1", "CONN-4."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := workstationCSD(t, tc.edit)
			kindtest.SaysAll(t, "key facts", md, tc.says)
			kindtest.SaysNone(t, "key facts", md, tc.never)
		})
	}
}
