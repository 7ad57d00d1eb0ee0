package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestModelNoticeOtherModelsVerb: a notice about one model's end of
// support says which other models also run each of its versions with a
// verb that agrees with them: "the TV-300B and TV-300W, which also run
// it"; once 5.0 runs on the TV-300T and TV-300W alone, "the TV-300W,
// which also runs it", in the notice and in its CSAF twin.
func TestModelNoticeOtherModelsVerb(t *testing.T) {
	const notice, twin = "tv300/notices/eos-tv300t.md", ".well-known/csaf/white/2025/tv-eos-300t.json"
	read := buildFixture(t, "modelfamily")
	kindtest.SaysAll(t, notice, read(notice), "its own dates apply on the TV-300B and TV-300W, which also run it.")
	kindtest.SaysAll(t, twin, read(twin), "its own dates apply on TV-300B and TV-300W, which also run it.")

	files, _ := buildFixtureEdited(t, "modelfamily", "tv300.toml", func(s string) string {
		const at = "version = \"5.0\"\nsummary"
		if !strings.Contains(s, at) {
			t.Fatalf("tv300.toml has no %q", at)
		}
		return strings.Replace(s, at, "version = \"5.0\"\nmodels = [\"TV-300T\", \"TV-300W\"]\nsummary", 1)
	})
	kindtest.SaysAll(t, notice+" (5.0 on one other model)", files[notice],
		"- Software `5.0`: this notice announces none of its milestones; its own dates apply on the TV-300W, which also runs it.")
	kindtest.SaysAll(t, twin+" (5.0 on one other model)", files[twin],
		"Version 5.0 — none of its milestones is announced by this notice; its own dates apply on TV-300W, which also runs it.")
}
