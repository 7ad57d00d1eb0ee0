package generator

import (
	"encoding/json"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
)

// TestOpenVEXIdsAreIRIs: OpenVEX requires every @id (the document's, a
// product's, a subcomponent's) to be an IRI; a component without purl
// was written as "name@version" (the surgical robot's codec), which no
// consumer that checks the schema accepts.
func TestOpenVEXIdsAreIRIs(t *testing.T) {
	dirs, _ := filepath.Glob("testdata/*/jspgen.toml")
	files := 0
	for _, d := range dirs {
		name := filepath.Base(filepath.Dir(d))
		read := buildFixture(t, name)
		for rel := range builtFixtures.sites[name] {
			if !strings.HasSuffix(rel, ".openvex.json") {
				continue
			}
			files++
			var doc struct {
				ID         string `json:"@id"`
				Statements []struct {
					Products []struct {
						ID            string `json:"@id"`
						Subcomponents []struct {
							ID string `json:"@id"`
						} `json:"subcomponents"`
					} `json:"products"`
				} `json:"statements"`
			}
			if err := json.Unmarshal([]byte(read(rel)), &doc); err != nil {
				t.Fatalf("%s %s: %v", name, rel, err)
			}
			ids := []string{doc.ID}
			for _, st := range doc.Statements {
				for _, p := range st.Products {
					ids = append(ids, p.ID)
					for _, sc := range p.Subcomponents {
						ids = append(ids, sc.ID)
					}
				}
			}
			for _, id := range ids {
				if u, err := url.Parse(id); err != nil || u.Scheme == "" || strings.ContainsAny(id, " \t\n") {
					t.Errorf("%s %s: @id %q is not an IRI", name, rel, id)
				}
			}
		}
	}
	if files == 0 {
		t.Fatal("no fixture publishes an OpenVEX file")
	}
}
