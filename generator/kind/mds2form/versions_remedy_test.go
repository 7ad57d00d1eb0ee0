package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// TestOneVersionRemedy: a product that already gives each supported
// version a form of its own (documents.versions = "supported") is not
// told to set it; the multi-version warnings tell it to list only the
// form's version in mds2.versions, and name the covered versions that
// already have forms of their own (transferred: 5.2.0 and 5.4.0, beside
// a form about 6.0.0 covering all three; REPORT-transferred #8). A
// product without it gets no such remedy ("": the warnings keep theirs).
func TestOneVersionRemedy(t *testing.T) {
	on := date(2026, 10, 1)
	p := &content.Product{Versions: []content.Version{
		{Version: "5.2.0", GeneralAvailability: date(2022, 1, 1)},
		{Version: "5.4.0", GeneralAvailability: date(2023, 1, 1)},
		{Version: "6.0.0", GeneralAvailability: date(2025, 2, 1)},
	}}
	p.MDS2.Versions = []string{"5.2.0", "5.4.0", "6.0.0"}
	env := &kind.Env{AsOf: on}
	if got := oneVersionRemedy(env, kind.Product{Product: p}, "6.0.0", p.MDS2.Versions); got != "" {
		t.Errorf("without documents.versions: %q, want none", got)
	}
	p.Documents.Versions = "supported"
	got := oneVersionRemedy(env, kind.Product{Product: p}, "6.0.0", p.MDS2.Versions)
	if !strings.Contains(got, "list only 6.0.0 in mds2.versions") || strings.Contains(got, "set documents.versions") ||
		!strings.Contains(got, "versions 5.2.0 and 5.4.0, which it also covers, already have forms of their own") {
		t.Errorf("with documents.versions = \"supported\": %q", got)
	}
}
