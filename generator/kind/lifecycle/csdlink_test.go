package lifecycle

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestComponentSectionLinksTheVersionsCSD: section 4 links each
// supported version to the CSD built about it even when the page cannot
// judge its components (none stated; another version's list only), as
// it does when it can; a version no CSD is built about is sent to none.
func TestComponentSectionLinksTheVersionsCSD(t *testing.T) {
	env, p, _ := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	var versions []string
	for _, sv := range supported(p, exampleAsOf) {
		versions = append(versions, sv.Version.Version)
	}
	if len(versions) < 2 {
		t.Fatalf("the example has %d supported versions, want 2 or more", len(versions))
	}
	cur, old := versions[len(versions)-1], versions[0]
	for _, tc := range []struct {
		name string
		inv  func(v string) *inventory.Inventory // the inventory of version v's view
	}{
		{"components not stated", func(string) *inventory.Inventory { return &inventory.Inventory{} }},
		{"another version's list only", func(v string) *inventory.Inventory {
			list := p.ByVersion[cur].Inventory.List
			if v == cur {
				return &inventory.Inventory{List: list}
			}
			return &inventory.Inventory{List: list, ListedFor: cur}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := p
			q.ByVersion = map[string]kind.Product{}
			for v, view := range p.ByVersion {
				view.Inventory = tc.inv(v)
				q.ByVersion[v] = view
			}
			q.Inventory = q.ByVersion[cur].Inventory
			lq, _ := kindtest.Prepare(t, Kind, env, q)
			built := kindtest.Built(q)
			built.CSDOf = map[string]string{old: old + "/csd"}
			section := componentSection(kindtest.RenderBuilt(t, env, q, lq.Documents[0], built))
			kindtest.SaysAll(t, "section 4", section,
				"Version `"+old+"` is described in its [customer security documentation]("+old+"/csd.html)")
			kindtest.SaysNone(t, "section 4", section, "Version `"+cur+"` is described in its")
		})
	}
}

// componentSection is section 4 of a lifecycle page, "Software component
// support".
func componentSection(page string) string {
	_, after, _ := strings.Cut(page, "## 4. ")
	before, _, _ := strings.Cut(after, "\n## ")
	return before
}
