package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLifecyclePageNamesOnlyTheKeysItsJSONHolds: section 7 of the
// lifecycle page said lifecycle.json holds "the components that need
// attention in the supported versions" for every product, though the file
// leaves that key out where no version's components, or their support,
// are stated (wearable, inhouse). It now names the component keys the
// file holds (lifecycle.LifecycleView.JSONAttentionKeys): none for
// wearable, those whose support is not stated for inhouse, and the
// notice-named ones for modelfamily's stand-in versions.
func TestLifecyclePageNamesOnlyTheKeysItsJSONHolds(t *testing.T) {
	const (
		attention = "the components that need attention in the supported versions"
		notStated = "the components whose support is not stated"
		named     = "the notice-named components that need attention in versions without a component list of their own"
	)
	for _, tc := range []struct {
		fixture, page string
		says, never   []string
	}{
		{"wearable", "glucowear/lifecycle.md", nil, []string{attention, notStated, named}},
		{"inhouse", "sepsiswatch/lifecycle.md", []string{notStated}, []string{attention, named}},
		{"modelfamily", "tv300/lifecycle.md", []string{attention, named}, []string{notStated}},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			read := buildFixture(t, tc.fixture)
			page := tc.page
			md := read(page)
			kindtest.SaysAll(t, page, md, "holds the stage and every announced milestone of every version")
			kindtest.SaysAll(t, page, md, tc.says...)
			kindtest.SaysNone(t, page, md, tc.never...)
		})
	}
}
