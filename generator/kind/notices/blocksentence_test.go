package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// portsSection is section 9.2 of a rendered notice.
func portsSection(t *testing.T, md string) string {
	t.Helper()
	_, after, ok := strings.Cut(md, "### 9.2 Network ports\n")
	if !ok {
		t.Fatal("no section 9.2")
	}
	section, _, _ := strings.Cut(after, "\n### ")
	return section
}

// TestNoticeBlockSentenceMatchesWhatFollows: section 9.2's first sentence
// says what follows it. Ports to block: "Block these ports" and their
// table. None to block, ports the device needs: the sentence points to
// the table of the ports it needs below, after which the rule to block
// every other port comes; never to "the rule below", as if a rule, not a
// table, came next. Neither: the sentence ends there.
func TestNoticeBlockSentenceMatchesWhatFollows(t *testing.T) {
	const pointer = "This notice names no port of the device to block by number: what to block follows from the ports it needs, listed below.\n\n"
	for _, tc := range []struct {
		name   string
		edit   func(p *content.Product)
		says   []string
		never  []string
		needed bool // the notices have ports needed
	}{
		{"none to block, ports needed", func(p *content.Product) {
			for i := range p.Notices {
				p.Notices[i].Actions.BlockPorts = nil
			}
		}, []string{pointer, "product needs only these ports; block every other port", ":\n\n| Port |"}, []string{"Block these ports", "beyond the rule below"}, true},
		{"ports to block and ports needed", func(p *content.Product) {
			for i := range p.Notices {
				p.Notices[i].Actions.BlockPorts = []int{4443}
			}
		}, []string{"Block these ports at the network:\n\n| Port", "product needs only these ports; block every other port"},
			[]string{"This notice names no port", "beyond the rule below"}, true},
		{"none to block, none needed", func(p *content.Product) {
			p.Ports = nil
			for i := range p.Notices {
				p.Notices[i].Actions.BlockPorts = nil
			}
		}, []string{"This notice names no port of the device to block.\n"},
			[]string{"by number", "listed below", "beyond the rule below", "needs only these ports"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, _ := kindtest.Load(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
			p, _ := kindtest.Product(t, c, kindtest.Example)
			tc.edit(p.Product)
			env := kindtest.Env(c, exampleAsOf)
			prep, diags := kindtest.Prepare(t, Kind, env, p)
			for _, d := range diags {
				if d.Severity == content.Error {
					t.Fatalf("unexpected: %s", d)
				}
			}
			n := 0
			for _, doc := range prep.Documents {
				v, ok := doc.Data.(*NoticeView)
				if !ok || (len(v.Needed) > 0) != tc.needed {
					continue // not a notice, or not the case this notice shows
				}
				md := kindtest.Render(t, env, p, doc)
				if !strings.Contains(md, "### 9.2 Network ports") {
					continue
				}
				n++
				section := portsSection(t, md)
				kindtest.SaysAll(t, doc.Path, section, tc.says...)
				kindtest.SaysNone(t, doc.Path, section, tc.never...)
			}
			if n == 0 {
				t.Fatal("no notice shows the case")
			}
		})
	}
}
