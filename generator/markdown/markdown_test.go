package markdown

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark/ast"
)

func TestHeadingIDs(t *testing.T) {
	src := []byte("# Données à caractère personnel\n\n## Scope\n\n## Scope\n\n### 524B(b)(1) — Monitoring & CVD\n\n## Ωμέγα Жук\n\n## ---\n")
	doc := Parse(src)
	var got []string
	ast.Walk(doc.Root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			id, _ := h.AttributeString("id")
			got = append(got, string(id.([]byte)))
		}
		return ast.WalkContinue, nil
	})
	want := []string{"données-à-caractère-personnel", "scope", "scope-1", "524b-b-1-monitoring-cvd", "ωμέγα-жук", "section"}
	if len(got) != len(want) {
		t.Fatalf("got %d IDs %q, want %q", len(got), got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("heading %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestSlugEmpty(t *testing.T) {
	if got := Slug("—!?"); got != "section" {
		t.Errorf("Slug of punctuation = %q, want %q", got, "section")
	}
}

func TestHeadingsPlainText(t *testing.T) {
	doc := Parse([]byte("# A \\*literal\\* `code` &amp; *emph* \\&copy;\n\n## Second <b>x</b>\n"))
	got := doc.Headings()
	want := []Heading{{1, "a-literal-code-emph-copy", "A *literal* code & emph &copy;"}, {2, "second-x", "Second x"}}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("heading %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// A heading never takes an ID of the page layout.
func TestHeadingIDsAvoidLayoutIDs(t *testing.T) {
	doc := Parse([]byte("# Main content\n\n## Contents\n\n## Toc title\n"))
	var got []string
	for n := doc.Root.FirstChild(); n != nil; n = n.NextSibling() {
		if id, ok := n.AttributeString("id"); ok {
			got = append(got, string(id.([]byte)))
		}
	}
	want := []string{"main-content-1", "contents", "toc-title-1"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("heading IDs = %q, want %q", got, want)
	}
	if Slug("Main content") != "main-content-1" {
		t.Errorf("Slug and the rendered ID disagree: %q", Slug("Main content"))
	}
}
