package lifecycle

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleRelatedSystems: the lifecycle page and lifecycle.json list
// each related system's versions with their milestones and the notices
// that announce them; without related systems neither mentions them.
func TestLifecycleRelatedSystems(t *testing.T) {
	env, p, _ := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	lp, _ := kindtest.Prepare(t, Kind, env, p)
	page := kindtest.Render(t, env, p, lp.Documents[0])
	kindtest.SaysAll(t, "lifecycle page", page,
		"### Halcyon Connect",
		"| 4.2 | 3.8.2 | End of Support | 2019-06-03 | 2023-07-31 | 2025-07-31 | [End of support, issued 2022-11-15](notices/eos-3.8.2.html) |",
		"| 5.3 | 4.1.0, 4.2.1 | Support | 2024-11-04 | 2030-07-31 | 2031-07-31 | None |",
		"| 3.8.2; Halcyon Connect 4.2 |",
	)
	var doc struct {
		RelatedSystems []struct {
			ID, Runs string
			Versions []struct {
				Version    string
				Stage      string
				Properties []struct{ Name, Value string }
				Notices    []string
			}
		} `json:"related_systems"`
		Notices []struct {
			ID              string
			RelatedSystem   string   `json:"related_system"`
			RelatedVersions []string `json:"related_versions"`
		}
	}
	if err := json.Unmarshal(kindtest.File(t, lp, "lifecycle.json"), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.RelatedSystems) != 1 || doc.RelatedSystems[0].ID != "connect" || doc.RelatedSystems[0].Runs != "customer_hosted" || len(doc.RelatedSystems[0].Versions) != 3 {
		t.Fatalf("related_systems: %+v", doc.RelatedSystems)
	}
	v := doc.RelatedSystems[0].Versions[0]
	if v.Version != "4.2" || v.Stage != "End of Support" || len(v.Notices) != 1 || v.Notices[0] != "eos-3.8.2" {
		t.Errorf("Connect 4.2: %+v", v)
	}
	if last := v.Properties[len(v.Properties)-1]; last.Name != "cdx:lifecycle:milestone:endOfSupport" || last.Value != "2025-07-31" {
		t.Errorf("Connect 4.2's end of support: %+v", last)
	}
	found := false
	for _, n := range doc.Notices {
		if n.ID == "eos-3.8.2" {
			found = n.RelatedSystem == "connect" && len(n.RelatedVersions) == 1 && n.RelatedVersions[0] == "4.2"
		}
	}
	if !found {
		t.Errorf("notice eos-3.8.2 does not name Connect 4.2: %+v", doc.Notices)
	}

	p.RelatedSystems = nil
	for i := range p.Notices {
		p.Notices[i].RelatedSystem, p.Notices[i].RelatedVersions = "", nil
	}
	lp, _ = kindtest.Prepare(t, Kind, env, p)
	page = kindtest.Render(t, env, p, lp.Documents[0])
	if strings.Contains(page, "Halcyon Connect 4.2") || strings.Contains(page, "### Halcyon Connect") {
		t.Error("lifecycle page without related systems mentions them")
	}
	if js := string(kindtest.File(t, lp, "lifecycle.json")); strings.Contains(js, "related_system") {
		t.Error("lifecycle.json without related systems has related_system keys")
	}
}
