package notices

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestNeededOffAsShipped: only a port stated off as shipped is marked as
// needed once its feature is on; a port on, or whose state is not stated,
// leaves the notice as it was.
func TestNeededOffAsShipped(t *testing.T) {
	for _, tc := range []struct {
		name  string
		state []content.Tri
		some  bool // NeededOffAsShipped
	}{
		{"none", nil, false},
		{"all on", []content.Tri{content.True, content.True}, false},
		{"not stated", []content.Tri{content.True, content.Unstated}, false},
		{"one off", []content.Tri{content.True, content.False}, true},
		{"off and not stated", []content.Tri{content.False, content.Unstated}, true},
		{"all off", []content.Tri{content.False, content.False}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v := &NoticeView{}
			for i, s := range tc.state {
				v.Needed = append(v.Needed, content.Port{Number: 443 + i, Transport: "tcp", DefaultEnabled: s})
			}
			if got := v.NeededOffAsShipped(); got != tc.some {
				t.Errorf("NeededOffAsShipped() = %v, want %v", got, tc.some)
			}
		})
	}
}
