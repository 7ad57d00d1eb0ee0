package scaffold

import (
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen"
	"github.com/jspgen/jspgen/generator/content"
)

func decode(t *testing.T, src []byte) map[string]any {
	t.Helper()
	var v map[string]any
	if _, err := toml.Decode(string(src), &v); err != nil {
		t.Fatalf("decoding: %v\n%s", err, src)
	}
	return v
}

// TestAnnotateKeepsValues: comments only, the data decodes the same.
func TestAnnotateKeepsValues(t *testing.T) {
	files, err := Files(jspgen.Example, "0.1.0")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".toml") {
			continue
		}
		orig, err := jspgen.Example.ReadFile(f.Path)
		if err != nil {
			t.Fatal(err)
		}
		want := decode(t, orig)
		if f.Path == "jspgen.toml" {
			// left out on purpose: the example's consent for CSAF
			// aggregators is not the new manufacturer's
			// (TestFilesLeaveAggregatorConsentUndecided)
			delete(want["manufacturer"].(map[string]any), "csaf")
		}
		if diff := cmp.Diff(want, decode(t, f.Data)); diff != "" {
			t.Errorf("%s: annotating changed the data (-example +scaffold):\n%s", f.Path, diff)
		}
	}
}

type inner struct {
	Name  string   `toml:"name" jsp:"required" doc:"The name."`
	Kind  string   `toml:"kind" jsp:"oneof=a b" doc:"The kind."`
	Tags  []string `toml:"tags" doc:"Tags."`
	Count int      `toml:"count" doc:"How many."`
}

type outer struct {
	Title string       `toml:"title" jsp:"required" doc:"The title."`
	Text  string       `toml:"text" jsp:"markdown" doc:"Long text."`
	When  content.Date `toml:"when" doc:"A date."`
	Items []inner      `toml:"items" doc:"The items."`
	Group struct {
		Sub inner `toml:"sub" doc:"A sub-table."`
	} `toml:"group" doc:"A group with only a sub-table."`
	Unused inner `toml:"unused" doc:"Never used."`
}

func TestAnnotate(t *testing.T) {
	src := `title = "x"
text = """
looks = "like a key"
[not.a.table]
"""

[[items]]
name = "a"
tags = [
  "one", # a comment with = sign
  "two",
]

[[items]]
name = "b"
kind = "b"

[group.sub]
name = "c"
`
	want := `# The title. (required)
title = "x"
# Long text. Markdown: **bold**, lists and [links](https://…) are formatted.
# (optional)
text = """
looks = "like a key"
[not.a.table]
"""

# A date. (optional)
# when = 2026-01-31

# The items. (optional)
[[items]]
# The name. (required)
name = "a"
# Tags. (optional)
tags = [
  "one", # a comment with = sign
  "two",
]

# The kind. One of: a, b. (optional)
# kind = "a"
# How many. (optional)
# count = 0

[[items]]
name = "b"
# The kind. One of: a, b. (optional)
kind = "b"

# A group with only a sub-table. (optional)
# A sub-table. (optional)
[group.sub]
# The name. (required)
name = "c"

# The kind. One of: a, b. (optional)
# kind = "a"
# Tags. (optional)
# tags = []
# How many. (optional)
# count = 0

# ---------------------------------------------------------------------------
# Tables this file does not use yet. Uncomment and fill in what applies.

# Never used. (optional)
# [unused]
# The name. (required)
# name = ""
# The kind. One of: a, b. (optional)
# kind = "a"
# Tags. (optional)
# tags = []
# How many. (optional)
# count = 0
`
	got := string(Annotate([]byte(src), reflect.TypeFor[outer]()))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(decode(t, []byte(src)), decode(t, []byte(got))); diff != "" {
		t.Errorf("values changed:\n%s", diff)
	}
}
