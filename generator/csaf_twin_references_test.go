package generator

import (
	"encoding/json"
	"net/url"
	"strings"
	"testing"

	kcsaf "github.com/jspgen/jspgen/generator/kind/csaf"
)

// TestInformationalTwinsHaveExternalReferences: the withdrawn fixture's
// site states neither base_url nor a disclosure policy nor an advisories
// page, only the manufacturer's website. Its end-of-support notice's CSAF
// twin (csaf_informational_advisory) still references the notice at an
// absolute URL under the website, where the provider metadata places the
// documents, as CSAF 2.0 asks of every informational advisory (mandatory
// test 6.1.27.2: at least one external reference); and every published
// document passes gocsaf's offline checks.
func TestInformationalTwinsHaveExternalReferences(t *testing.T) {
	buildFixture(t, "withdrawn")
	builtFixtures.Lock()
	files := builtFixtures.sites["withdrawn"]
	builtFixtures.Unlock()
	var pm struct {
		CanonicalURL string `json:"canonical_url"`
	}
	if err := json.Unmarshal(files[kcsaf.ProviderMetadata], &pm); err != nil {
		t.Fatalf("provider metadata: %v", err)
	}
	site := strings.TrimSuffix(pm.CanonicalURL, "/"+kcsaf.ProviderMetadata)
	informational := 0
	for path, data := range files {
		if !strings.HasPrefix(path, kcsaf.Root+"white/") || !strings.HasSuffix(path, ".json") {
			continue
		}
		for _, p := range gocsafAdvisoryProblems(site+"/"+path, data) {
			t.Errorf("%s: %s", path, p)
		}
		var d struct {
			Document struct {
				Category   string
				Tracking   struct{ ID string }
				References []struct{ Category, Summary, URL string }
			}
		}
		if err := json.Unmarshal(data, &d); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if d.Document.Category != "csaf_informational_advisory" {
			continue
		}
		informational++
		external := false
		for _, r := range d.Document.References {
			u, err := url.Parse(r.URL)
			if err != nil || !u.IsAbs() {
				t.Errorf("%s: reference %+v has no absolute URL", path, r)
			}
			if r.Category == "external" {
				external = true
			}
			if strings.Contains(r.Summary, d.Document.Tracking.ID) && !strings.HasPrefix(r.URL, site+"/") {
				t.Errorf("%s: the notice is referenced at %s, not under the provider's site %s", path, r.URL, site)
			}
		}
		if !external {
			t.Errorf("%s: no external reference (CSAF 2.0 6.1.27.2): %+v", path, d.Document.References)
		}
		if !strings.Contains(string(data), `"summary": "Notice `+d.Document.Tracking.ID) {
			t.Errorf("%s: no reference names notice %s", path, d.Document.Tracking.ID)
		}
	}
	if informational == 0 {
		t.Fatal("the withdrawn fixture published no informational advisory")
	}
}
