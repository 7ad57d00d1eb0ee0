package content

import (
	"strings"
	"testing"
)

// TestExampleLeftovers: a product of another manufacturer whose text still
// names Meridian (copied by jspgen init) is warned at each place, the
// first five named and the rest counted; Meridian's own products and
// products without such text are not.
func TestExampleLeftovers(t *testing.T) {
	product := func(texts ...string) *Product {
		p := &Product{ID: "cuff"}
		for _, s := range texts {
			p.Safeguards = append(p.Safeguards, Safeguard{Title: s})
		}
		return p
	}
	site := func(name string) *Site { s := &Site{}; s.Manufacturer.Name = name; return s }
	for _, tc := range []struct {
		name  string
		site  *Site
		p     *Product
		paths []string
		more  string
	}{
		{"another maker, leftover text", site("Aurora Home Health GmbH"), product("Alarm", "Meridian procedure SOP-0412"), []string{"safeguards[1].title"}, ""},
		{"another maker, clean", site("Aurora Home Health GmbH"), product("Alarm"), nil, ""},
		{"the example's maker", site("Meridian Infusion Systems, Inc."), product("Meridian procedure SOP-0412"), nil, ""},
		{"many leftovers", site("Aurora"), product("Meridian 1", "Meridian 2", "Meridian 3", "Meridian 4", "Meridian 5", "Meridian 6", "Meridian 7"),
			[]string{"safeguards[0].title", "safeguards[1].title", "safeguards[2].title", "safeguards[3].title", "safeguards[4].title", ""}, "2 more values name Meridian"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := ruleExampleLeftovers(tc.site, Source{}, tc.p)
			var paths []string
			for _, x := range d {
				paths = append(paths, x.Path)
			}
			if strings.Join(paths, ",") != strings.Join(tc.paths, ",") {
				t.Errorf("warned at %q, want %q", paths, tc.paths)
			}
			if tc.more != "" && !strings.Contains(d[len(d)-1].Message, tc.more) {
				t.Errorf("last warning %q, want %q", d[len(d)-1].Message, tc.more)
			}
		})
	}
	// The site file: the example's PSIRT under a new manufacturer's name.
	s := site("Aurora Home Health GmbH")
	s.Manufacturer.PSIRT.Name = "Meridian PSIRT"
	if d := ruleExampleLeftovers(s, Source{}, nil); len(d) != 1 || d[0].Path != "manufacturer.psirt.name" {
		t.Errorf("site file: %v, want one warning at manufacturer.psirt.name", d)
	}
}
