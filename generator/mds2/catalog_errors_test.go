package mds2

import (
	"strings"
	"testing"
)

// TestLoadCatalogErrorPlaces: every catalog error names the file, and the
// line (and column, for syntax errors) where known, exactly once.
func TestLoadCatalogErrorPlaces(t *testing.T) {
	tests := []struct {
		name, src, want string
		isList          bool // the message explains that the key is a list
	}{
		{"syntax error at a key", "schema_version = 1\nform = \"x\n",
			"bad.toml:2:10: form: strings cannot contain newlines", false},
		{"syntax error without a key", "schema_version = 1\n= 3\n",
			"bad.toml:2:20: unexpected '=': key name appears blank", false},
		{"no schema_version: no line", minimal[len("schema_version = 1\n"):],
			"bad.toml: schema_version: want 1, got 0", false},
		{"type error", "schema_version = \"one\"\n",
			"bad.toml:1: schema_version: incompatible types: TOML value has type string; destination has type integer", false},
		{"note_when not a list", minimal + "note_when = \"yes\"\n",
			"bad.toml:27: MPII-2.1: note_when: incompatible types: TOML value has type string; destination has type slice", true},
		{"kind not a string", strings.Replace(minimal, `kind = "yes_no"`+"\n"+`question = "Two one?"`, "kind = 3\n"+`question = "Two one?"`, 1),
			"bad.toml:24: MPII-2.1: kind: incompatible types: TOML value has type int64; destination has type string", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadCatalog("bad.toml", []byte(tt.src))
			if err == nil {
				t.Fatal("LoadCatalog succeeded, want an error")
			}
			got := err.Error()
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("error\n  %q\nwant it to start\n  %q", got, tt.want)
			}
			if strings.Contains(got, ": : ") || strings.Contains(got, "bad.toml:0") {
				t.Errorf("error %q has an empty key or line", got)
			}
			if list := strings.Contains(got, "(it is a list"); list != tt.isList {
				t.Errorf("error %q: explains a list %v, want %v", got, list, tt.isList)
			}
		})
	}
}
