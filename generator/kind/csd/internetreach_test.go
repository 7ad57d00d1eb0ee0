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

// TestCSDInternetOptionalServicesNameOutsideReach: where every cloud
// service is optional (required = false), the key fact named only the
// services and dropped what else reaches outside, so a workstation that
// connects out for the manufacturer's remote service read as if the
// services were all its outside connections. The remote service is named
// after them, with CONN-4 cited where the form answers it Yes; with no
// remote service the row names the services alone and cites no CONN-4.
func TestCSDInternetOptionalServicesNameOutsideReach(t *testing.T) {
	const row = "| Needs the internet or a cloud service | "
	optional := func(remote content.RemoteService) func(p *content.Product) {
		return func(p *content.Product) {
			p.Ports = slices.DeleteFunc(slices.Clone(p.Ports), func(pt content.Port) bool { return pt.Number == 443 })
			p.Cloud.Services = []content.CloudService{{Name: "Viewpoint download site", Provider: "Meridian", Endpoints: []string{"download.meridian-infusion.example"}, Required: content.False}}
			p.RemoteService = remote
		}
	}
	for _, tc := range []struct {
		name  string
		edit  func(p *content.Product)
		says  string
		never string
	}{
		{"remote service off as shipped", optional(content.RemoteService{Offered: content.True, Connection: "outbound", EnabledAsShipped: content.False}),
			row + "Not for its intended use; optional cloud service: Viewpoint download site; it connects out for the manufacturer's remote service (off as shipped) | MDS2 form, CONN-4. [15.1",
			row + "Not for its intended use; optional cloud service: Viewpoint download site |"},
		{"no remote service", optional(content.RemoteService{Offered: content.False, Telemetry: content.False}),
			row + "Not for its intended use; optional cloud service: Viewpoint download site | [15.1", "CONN-4."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := workstationCSD(t, tc.edit)
			kindtest.SaysAll(t, "key facts", md, tc.says)
			kindtest.SaysNone(t, "key facts", md, tc.never)
		})
	}
}

// TestCSDInternetNamesServicesBesideHostedParts: a product with a part
// the manufacturer hosts had its optional services left out of the key
// fact, since the hosted parts named where they go; a third party's
// service (crash reporting) then went unnamed. Only a service that is a
// hosted part (here by an endpoint on the host where it listens) is left
// out now; the others are named after the hosted parts.
func TestCSDInternetNamesServicesBesideHostedParts(t *testing.T) {
	const row = "| Needs the internet or a cloud service | "
	sync := content.CloudService{Name: "Viewpoint Sync", Provider: "Meridian", Endpoints: []string{"https://sync.meridian-infusion.example/v1"}, Required: content.False}
	crash := content.CloudService{Name: "Crash reporting", Provider: "Example Analytics", Endpoints: []string{"crash.analytics.example"}, Required: content.False}
	hosted := func(services ...content.CloudService) func(p *content.Product) {
		return func(p *content.Product) {
			p.Ports = slices.DeleteFunc(slices.Clone(p.Ports), func(pt content.Port) bool { return pt.Number == 443 })
			p.Parts = append(slices.Clone(p.Parts), content.Part{ID: "sync", Name: "Viewpoint Sync service", Runs: "manufacturer_hosted"})
			p.Ports = append(p.Ports, content.Port{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Part: "sync", Endpoints: []string{"sync.meridian-infusion.example"}})
			p.Cloud.Services = services
		}
	}
	for _, tc := range []struct {
		name  string
		edit  func(p *content.Product)
		says  string
		never string
	}{
		{"a third party's service beside the hosted part", hosted(sync, crash),
			row + "Not for its intended use; some of it is hosted by the manufacturer: Viewpoint Sync service; optional cloud service: Crash reporting |", "optional cloud services: Viewpoint Sync"},
		{"only the hosted part's service", hosted(sync),
			row + "Not for its intended use; some of it is hosted by the manufacturer: Viewpoint Sync service |", "optional cloud service"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := workstationCSD(t, tc.edit)
			kindtest.SaysAll(t, "key facts", md, tc.says)
			kindtest.SaysNone(t, "key facts", md, tc.never)
		})
	}
}
