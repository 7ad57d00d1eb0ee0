package notices

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSecurityNoticeWeakness: the notice prints the weakness as known: ID
// and name, the ID alone when only the number is known (a CycloneDX VEX),
// "Not stated" when none is.
func TestSecurityNoticeWeakness(t *testing.T) {
	for _, c := range []struct {
		name string
		cwe  *content.CWE
		want string
	}{
		{"named", &content.CWE{ID: "CWE-416", Name: "Use After Free"}, "- Weakness: CWE-416 Use After Free.\n"},
		{"number only", &content.CWE{ID: "CWE-416"}, "- Weakness: CWE-416.\n"},
		{"not stated", nil, "- Weakness: Not stated.\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			env, p, doc := exampleNotice(t, "notices/sa-2024-02")
			doc.Data.(*SecurityView).Vulnerabilities[0].First().CWE = c.cwe
			if md := kindtest.Render(t, env, p, doc); !strings.Contains(md, c.want) {
				t.Errorf("want %q in:\n%s", c.want, md)
			}
		})
	}
}

// TestNoticePortsNotStated: a notice whose product does not write its
// ports says the ports are not stated; it never tells the hospital the
// device needs no port and can be taken off the network. Written empty,
// it does.
func TestNoticePortsNotStated(t *testing.T) {
	env, p, doc := exampleNotice(t, "notices/eos-3.8.2")
	doc.Data.(*NoticeView).Needed = nil
	facts := *doc.Product // the version's facts, edited on a copy
	doc.Product = &facts
	const none, unstated = "needs no network port; keep it off the network.", "needs are not stated"
	for _, c := range []struct {
		file string
		want string
		not  string
	}{
		{"id = \"halcyon-lvp7\"\n", unstated, none},
		{"ports = []\n", none, unstated},
	} {
		facts.Source = content.SourceOfText(facts.Source.File, []byte(c.file))
		md := kindtest.Render(t, env, p, doc)
		if !strings.Contains(md, c.want) || strings.Contains(md, c.not) {
			t.Errorf("file %q: want %q, not %q", c.file, c.want, c.not)
		}
	}
}

// exampleNotice prepares the example pump's notices and returns the
// document at path, with what rendering it needs.
func exampleNotice(t *testing.T, path string) (*kind.Env, kind.Product, kind.Document) {
	t.Helper()
	cont, _ := kindtest.Load(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	p, _ := kindtest.Product(t, cont, kindtest.Example)
	env := kindtest.Env(cont, exampleAsOf)
	out, diags := kindtest.Prepare(t, Kind, env, p)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(out.Documents, func(d kind.Document) bool { return d.Path == path })
	if i < 0 {
		t.Fatalf("no document %s", path)
	}
	return env, p, out.Documents[i]
}
