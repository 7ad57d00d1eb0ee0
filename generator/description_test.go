package generator

import (
	"strings"
	"testing"
)

// TestDescriptionHTML: the index shows a description's relative links and
// images at the product's folder, and its in-page anchors on the product
// page; the product page shows them as written; links elsewhere are kept.
func TestDescriptionHTML(t *testing.T) {
	const src = "## Network\n\n![Network](diagrams/n.png) [notes](./notes.pdf#p2) [up](#network) [site](https://m.example/x) [mail](mailto:a@m.example) [root](/x.html)"
	for _, tc := range []struct {
		folder string
		want   []string
	}{
		{"", []string{`src="p/diagrams/n.png"`, `href="p/./notes.pdf#p2"`, `href="p/index.html#network"`,
			`href="https://m.example/x"`, `href="mailto:a@m.example"`, `href="/x.html"`}},
		{"p/", []string{`src="diagrams/n.png"`, `href="./notes.pdf#p2"`, `href="#network"`,
			`href="https://m.example/x"`, `href="mailto:a@m.example"`, `href="/x.html"`}},
	} {
		got, err := descriptionHTML(src, "p", tc.folder)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tc.want {
			if !strings.Contains(string(got), w) {
				t.Errorf("folder %q: no %s in\n%s", tc.folder, w, got)
			}
		}
	}
}
