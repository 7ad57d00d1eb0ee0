package generator

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecycleNamesNoticesOnlyWhereThereAreSome: a product that does not
// build its notices (euonly: documents.build without "notices") and whose
// file lists none had its lifecycle.json listed on the index as
// "Lifecycle dates and notices", the page say the file holds "the
// notices", the page's description name "the end-of-life and
// end-of-support notices issued", the file give "notices": [] (read as
// "none issued", where the page says not stated) and the index offer an
// "Atom feed of notices and advisories" on a site with no notice. The
// same product building its notices still says all of it.
func TestLifecycleNamesNoticesOnlyWhereThereAreSome(t *testing.T) {
	const (
		label    = "Lifecycle dates and notices (JSON"
		holds    = "the components that need attention in the supported versions and the notices, for asset-management"
		describe = "component end of support and the end-of-life and end-of-support notices issued"
		feed     = "Atom feed of notices and advisories"
	)
	hasNoticesKey := func(t *testing.T, body string) (top, versions bool) {
		t.Helper()
		var doc struct {
			Notices  *json.RawMessage `json:"notices"`
			Versions []struct {
				Notices *json.RawMessage `json:"notices"`
			} `json:"versions"`
		}
		if err := json.Unmarshal([]byte(body), &doc); err != nil {
			t.Fatal(err)
		}
		for _, v := range doc.Versions {
			versions = versions || v.Notices != nil
		}
		return doc.Notices != nil, versions
	}

	read := buildFixture(t, "euonly")
	kindtest.SaysNoneBecause(t, "index.html", read("index.html"), "no notice is built or listed", label, feed)
	kindtest.SaysAll(t, "index.html", read("index.html"), "Lifecycle dates (JSON, CycloneDX lifecycle properties)", "Atom feed of security advisories")
	kindtest.SaysNoneBecause(t, "infuvia/index.html", read("infuvia/index.html"), "no notice is built or listed", label)
	kindtest.SaysNoneBecause(t, "infuvia/lifecycle.md", read("infuvia/lifecycle.md"), "no notice is built or listed", holds, "and the notices")
	kindtest.SaysAll(t, "infuvia/lifecycle.md", read("infuvia/lifecycle.md"), "the components that need attention in the supported versions, for asset-management")
	kindtest.SaysNoneBecause(t, "infuvia/lifecycle.html", read("infuvia/lifecycle.html"), "the page lists no notice", describe)
	if top, versions := hasNoticesKey(t, read("infuvia/lifecycle.json")); top || versions {
		t.Errorf("infuvia/lifecycle.json: notices key at the top %v, in a version %v; want none: no notice is built or listed, so none is not stated", top, versions)
	}

	files, _ := buildFixtureEdited(t, "euonly", "infuvia.toml", func(s string) string {
		return strings.Replace(s, `build = ["security_plan", "csd", "mds2", "lifecycle", "risk_report"]`, `build = ["security_plan", "csd", "mds2", "lifecycle", "notices", "risk_report"]`, 1)
	})
	kindtest.SaysAll(t, "index.html (notices built)", files["index.html"], label)
	kindtest.SaysAll(t, "infuvia/lifecycle.md (notices built)", files["infuvia/lifecycle.md"], holds)
	kindtest.SaysAll(t, "infuvia/lifecycle.html (notices built)", files["infuvia/lifecycle.html"], describe)
	if top, versions := hasNoticesKey(t, files["infuvia/lifecycle.json"]); !top || !versions {
		t.Errorf("infuvia/lifecycle.json (notices built): notices key at the top %v, in every version %v; want both: the product publishes its notices, so an empty list says none issued", top, versions)
	}
	// A site with notices names them in its feed's link.
	kindtest.SaysAll(t, "index.html (standalone)", buildFixture(t, "standalone")("index.html"), feed)
}
