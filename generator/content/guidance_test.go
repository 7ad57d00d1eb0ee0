package content

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

func TestGuidanceDefaults(t *testing.T) {
	tests := []struct {
		name     string
		toml     string
		wantErr  string
		wantID   string
		wantEdit string
	}{
		{name: "defaults when absent", wantID: "fda-premarket", wantEdit: DefaultGuidance[0].Edition},
		{name: "edition replaced by one edit", toml: "[[guidance]]\nid = \"fda-premarket\"\nedition = \"1 March 2027\"\n", wantID: "fda-premarket", wantEdit: "1 March 2027"},
		{name: "new id added", toml: "[[guidance]]\nid = \"iec-81001-5-1\"\ntitle = \"IEC 81001-5-1\"\nedition = \"2021\"\n", wantID: "iec-81001-5-1", wantEdit: "2021"},
		{name: "new id without edition", toml: "[[guidance]]\nid = \"iec-81001-5-1\"\ntitle = \"IEC 81001-5-1\"\n", wantErr: "jspgen.toml:12: guidance[0].edition: missing"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := minimalSite + tt.toml
			s := &Site{}
			_, diags, ok := DecodeTOML("jspgen.toml", []byte(src), s)
			if !ok || diags.Err() != nil {
				t.Fatalf("decode: %v", diags)
			}
			got := s.applyGuidanceDefaults(Source{File: "jspgen.toml", pos: tomlpos.Scan([]byte(src))})
			if tt.wantErr != "" {
				if len(got) == 0 || !strings.Contains(got[0].String(), tt.wantErr) {
					t.Fatalf("diagnostics %v, want %q", got, tt.wantErr)
				}
				return
			}
			if len(got) != 0 {
				t.Fatalf("unexpected diagnostics %v", got)
			}
			if e := s.Edition(tt.wantID); e.Edition != tt.wantEdit {
				t.Errorf("edition of %s = %q, want %q", tt.wantID, e.Edition, tt.wantEdit)
			}
			if len(s.Guidance) < len(DefaultGuidance) {
				t.Errorf("got %d editions, want at least the %d defaults", len(s.Guidance), len(DefaultGuidance))
			}
			if _, err := s.GuidanceFor("fda-premarket", "nope"); err == nil {
				t.Error("GuidanceFor with an unknown id: want an error")
			}
		})
	}
}
