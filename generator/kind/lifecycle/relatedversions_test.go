package lifecycle

import (
	"encoding/json"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRelatedVersionsNotStated: a related system whose data state no
// versions has no "versions" key in lifecycle.json (its versions are not
// stated, as the page says; [] would say it has none), and one that
// states them lists them.
func TestRelatedVersionsNotStated(t *testing.T) {
	env, p, _ := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	versions := func() (json.RawMessage, bool) {
		t.Helper()
		out, err := JSON(env, p)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			RelatedSystems []map[string]json.RawMessage `json:"related_systems"`
		}
		if err := json.Unmarshal(out, &doc); err != nil {
			t.Fatal(err)
		}
		if len(doc.RelatedSystems) != 1 {
			t.Fatalf("related systems: %d, want the example's one", len(doc.RelatedSystems))
		}
		v, ok := doc.RelatedSystems[0]["versions"]
		return v, ok
	}
	if v, ok := versions(); !ok || len(v) < 3 {
		t.Errorf("Halcyon Connect, which states its versions: versions %s (present %v), want them listed", v, ok)
	}
	for i := range p.RelatedSystems {
		p.RelatedSystems[i].Versions = nil
	}
	for i := range p.Notices {
		p.Notices[i].RelatedSystem, p.Notices[i].RelatedVersions = "", nil
	}
	if v, ok := versions(); ok {
		t.Errorf("Halcyon Connect with no versions stated: versions %s, want no key (not stated, not none)", v)
	}
}
