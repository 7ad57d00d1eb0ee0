package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMDS2RulesDecideNothingFromUnstatedFacts: a rule reads a yes/no fact
// only when it is stated; an unstated fact (the key omitted) never yields
// an answer, in either direction.
func TestMDS2RulesDecideNothingFromUnstatedFacts(t *testing.T) {
	const U, F, T = content.Unstated, content.False, content.True
	ports := func(set func(*content.Port, content.Tri), vs ...content.Tri) func(*content.Content, *content.Product) {
		return func(_ *content.Content, p *content.Product) {
			p.Interfaces = []content.Interface{{ID: "eth", Kind: "ethernet", Name: "LAN", Carries: content.DataKinds{"phi"}}}
			p.DataFlows = []content.DataFlow{{ID: "DF-1", Data: content.DataKinds{"phi"}, Interface: "eth"}}
			p.Ports = nil
			for _, v := range vs {
				pt := content.Port{Number: 443, Transport: "tcp", Service: "HTTPS", Direction: "in", Interface: "eth"}
				set(&pt, v)
				p.Ports = append(p.Ports, pt)
			}
		}
	}
	enc := func(pt *content.Port, v content.Tri) { pt.Encrypted = v }
	auth := func(pt *content.Port, v content.Tri) { pt.Authenticated = v }
	samd := func(v content.Tri) func(*content.Content, *content.Product) {
		return func(_ *content.Content, p *content.Product) { p.SaMD = v }
	}
	member := func(v content.Tri) func(*content.Content, *content.Product) {
		return func(c *content.Content, _ *content.Product) { c.Site.Manufacturer.ISAO.Member = v }
	}
	siem := func(v content.Tri) func(*content.Content, *content.Product) {
		return func(_ *content.Content, p *content.Product) { p.Logging.SIEM.Supported = v }
	}
	cloud := func(vs ...content.Tri) func(*content.Content, *content.Product) {
		return func(_ *content.Content, p *content.Product) {
			p.Cloud.Statement = "Cloud services are optional."
			p.Cloud.Services = nil
			for _, v := range vs {
				p.Cloud.Services = append(p.Cloud.Services, content.CloudService{Name: "Fleet", Required: v})
			}
		}
	}
	const none = mds2.Unanswered // decides nothing
	for _, tc := range []struct {
		name string
		id   string
		edit func(*content.Content, *content.Product)
		want mds2.Answer
	}{
		// A port's flags describe the transport: PII may be encrypted
		// before it is sent (TXCF-2), and TLS protects integrity without
		// authenticating the peer (TXIG-1). They decide neither.
		{"TXCF-2 every port unencrypted", "TXCF-2", ports(enc, F, F), none},
		{"TXCF-2 an encrypted port", "TXCF-2", ports(enc, T, F), none},
		{"TXIG-1 every port unauthenticated", "TXIG-1", ports(auth, F), none},
		{"TXIG-1 every port unencrypted and unauthenticated", "TXIG-1", func(c *content.Content, p *content.Product) {
			ports(auth, F)(c, p)
			p.Ports[0].Encrypted = F
		}, none},
		{"NAUT-1 every port states no authentication", "NAUT-1", ports(auth, F, F), mds2.No},
		{"NAUT-1 one port unstated", "NAUT-1", ports(auth, F, U), none},
		{"NAUT-1 an authenticated port", "NAUT-1", ports(auth, T), none},
		{"DOC-11 samd true", "DOC-11", samd(T), mds2.Yes},
		{"DOC-11 samd false", "DOC-11", samd(F), mds2.No},
		{"DOC-11 samd unstated", "DOC-11", samd(U), none},
		{"PLOK-1 samd unstated", "PLOK-1", samd(U), none},
		{"DOC-9 member true", "DOC-9", member(T), mds2.Yes},
		{"DOC-9 member false", "DOC-9", member(F), mds2.No},
		{"DOC-9 member unstated", "DOC-9", member(U), none},
		{"AUDT-5 siem true", "AUDT-5", siem(T), mds2.Yes},
		{"AUDT-5 siem unstated", "AUDT-5", siem(U), none},
		{"CONN-6 a required service", "CONN-6", cloud(F, T), mds2.Yes},
		{"CONN-6 every service optional", "CONN-6", cloud(F, F), mds2.No},
		{"CONN-6 a service unstated", "CONN-6", cloud(F, U), none},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := kindtest.Load(t, "testdata/jspgen.toml", "testdata/content")
			p := c.Products[0]
			tc.edit(c, p)
			env := kindtest.Env(c, content.NewDate(2026, 2, 16))
			f := newMDS2Facts(env, kind.Product{Product: p, Inventory: &inventory.Inventory{}})
			var got mds2.Answer = none
			found := false
			for _, d := range mds2Derivations {
				if d.ID != tc.id {
					continue
				}
				found = true
				if fa, ok := d.derive(f); ok {
					got = fa.Answer
				}
			}
			// TXCF-2 and TXIG-1 have no rule at all: no fact decides them.
			if !found && tc.id != "TXCF-2" && tc.id != "TXIG-1" {
				t.Fatalf("no derivation for %s", tc.id)
			}
			if got != tc.want {
				t.Errorf("%s = %q; want %q", tc.id, got, tc.want)
			}
		})
	}
}
