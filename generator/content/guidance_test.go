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
			if got, want := len(s.guidanceIDs()), len(strings.Split(guidanceIDs(), ", ")); got < want {
				t.Errorf("got %d guidance ids, want at least the %d shipped", got, want)
			}
			if _, err := s.GuidanceFor("fda-premarket", "nope"); err == nil {
				t.Error("GuidanceFor with an unknown id: want an error")
			}
		})
	}
}

// TestGuidanceInForceAtRelease: a document lists, per guidance, the newest
// edition published on or before its release, or none; an edition the
// site file sets without a date applies to every document.
func TestGuidanceInForceAtRelease(t *testing.T) {
	shipped := &Site{}
	for _, tc := range []struct {
		released Date
		id, want string // want "": none listed
	}{
		{NewDate(2026, 2, 16), "fda-premarket", "3 February 2026 (cybersecurity content of the June 2025 edition)"},
		{NewDate(2026, 2, 3), "fda-premarket", "3 February 2026 (cybersecurity content of the June 2025 edition)"},
		{NewDate(2026, 2, 2), "fda-premarket", "27 June 2025"},
		{NewDate(2025, 9, 15), "fda-premarket", "27 June 2025"},
		{NewDate(2024, 6, 6), "fda-premarket", "27 September 2023"},
		{NewDate(2023, 9, 26), "fda-premarket", ""},
		{NewDate(2022, 11, 15), "imdrf-n70", ""},
		{NewDate(2023, 5, 1), "imdrf-n70", "IMDRF/CYBER WG/N70FINAL:2023 (April 2023)"},
		{Date{}, "fda-premarket", "3 February 2026 (cybersecurity content of the June 2025 edition)"},
	} {
		got, err := shipped.GuidanceAt(tc.released, tc.id, "fda-postmarket")
		if err != nil {
			t.Fatal(err)
		}
		var edition string
		for _, g := range got {
			if g.ID == tc.id {
				if edition != "" {
					t.Errorf("%s: %s listed twice", tc.released, tc.id)
				}
				edition = g.Edition
			}
		}
		if edition != tc.want {
			t.Errorf("released %s: %s edition %q, want %q", tc.released, tc.id, edition, tc.want)
		}
	}
	src := minimalSite + "[[guidance]]\nid = \"fda-premarket\"\nedition = \"as revised by our QMS, 2022\"\n"
	s := &Site{}
	if _, diags, ok := DecodeTOML("jspgen.toml", []byte(src), s); !ok || diags.Err() != nil {
		t.Fatalf("decode: %v", diags)
	}
	s.applyGuidanceDefaults(Source{File: "jspgen.toml", pos: tomlpos.Scan([]byte(src))})
	if g, ok := s.EditionAt(NewDate(2022, 1, 1), "fda-premarket"); !ok || g.Edition != "as revised by our QMS, 2022" {
		t.Errorf("an undated edition the site sets: got %+v, %v; want it for every document", g, ok)
	}
}

// TestShippedGuidanceSaysWhereItIsPublished: every shipped edition gives
// where it is published, so a document's editions table never says "Not
// stated" of a statute or guidance its reader must find (the site file's
// own new entries may still lack a url).
func TestShippedGuidanceSaysWhereItIsPublished(t *testing.T) {
	for _, g := range DefaultGuidance {
		if !strings.HasPrefix(g.URL, "https://") {
			t.Errorf("shipped guidance %s (%s) has no https url: %q", g.ID, g.Edition, g.URL)
		}
	}
}
