package generator

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestCSAFModelNoticeNamesItsModels: the end-of-support notice of the
// TV-300T model (models = ["TV-300T"]) is about versions 5.0 and 5.1 on
// that model only; its CSAF twin's product tree named "TV-300 5.0" and
// "5.1" alone, which a tool matching the tree reads as every installation
// of them, on the TV-300B and TV-300W too. It now names the model's
// versions under the model, and no other model; a notice about whole
// versions keeps the versions' tree.
func TestCSAFModelNoticeNamesItsModels(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	var doc struct {
		ProductTree json.RawMessage `json:"product_tree"`
	}
	if err := json.Unmarshal([]byte(read(".well-known/csaf/white/2025/tv-eos-300t.json")), &doc); err != nil {
		t.Fatal(err)
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, doc.ProductTree); err != nil {
		t.Fatal(err)
	}
	tree := compact.String()
	for _, want := range []string{`"category":"product_family"`, `"name":"TV-300T transport monitor (catalogue no. 300-300)"`, `"product_id":"tv300-TV-300T-5.0"`, `"product_id":"tv300-TV-300T-5.1"`} {
		if !strings.Contains(tree, want) {
			t.Errorf("the TV-300T notice's product tree lacks %s:\n%s", want, tree)
		}
	}
	for _, not := range []string{`"product_id":"tv300-5.0"`, "TV-300B", "TV-300W"} {
		if strings.Contains(tree, not) {
			t.Errorf("the TV-300T notice's product tree names %s:\n%s", not, tree)
		}
	}
	// The end-of-life notice of version 5.0, about every model running it.
	if err := json.Unmarshal([]byte(read(".well-known/csaf/white/2024/tv-eol-50.json")), &doc); err != nil {
		t.Fatal(err)
	}
	compact.Reset()
	if err := json.Compact(&compact, doc.ProductTree); err != nil {
		t.Fatal(err)
	}
	if tree := compact.String(); !strings.Contains(tree, `"product_id":"tv300-5.0"`) || strings.Contains(tree, "product_family") {
		t.Errorf("the 5.0 notice's product tree is not the version's:\n%s", tree)
	}
}
