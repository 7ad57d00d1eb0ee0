package content

import (
	"strings"
	"testing"
)

// TestExampleLeftovers: a product of another manufacturer whose text still
// names Meridian (copied by jspgen init) is warned at each place, every
// one of them at its own path (no count at line 1); Meridian's own products and
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
			[]string{"safeguards[0].title", "safeguards[1].title", "safeguards[2].title", "safeguards[3].title", "safeguards[4].title", "safeguards[5].title", "safeguards[6].title"}, ""},
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
	// The example's domain in an address, in lower case.
	s = site("Aurora Home Health GmbH")
	s.Manufacturer.PSIRT.Email = "security@meridian-infusion.example"
	if d := ruleExampleLeftovers(s, Source{}, nil); len(d) != 1 || d[0].Path != "manufacturer.psirt.email" {
		t.Errorf("site file: %v, want one warning at manufacturer.psirt.email", d)
	}
	// The example's ISAO membership, which names no Meridian; another
	// membership, or the example's own manufacturer, is not warned about.
	for _, tc := range []struct {
		name string
		isao ISAO
		site string
		want bool
	}{
		{"the example's membership", exampleISAO, "Aurora Home Health GmbH", true},
		{"another date", ISAO{Member: True, Name: "Health-ISAC", Since: NewDate(2021, 1, 1)}, "Aurora Home Health GmbH", false},
		{"not a member", ISAO{Member: False, Name: "Health-ISAC", Since: NewDate(2019, 4, 1)}, "Aurora Home Health GmbH", false},
		{"the example's maker", exampleISAO, "Meridian Infusion Systems, Inc.", false},
	} {
		s := site(tc.site)
		s.Manufacturer.ISAO = tc.isao
		d := ruleExampleISAO(s, Source{}, []KnownProduct{{ID: "p"}})
		if got := len(d) == 1 && d[0].Path == "manufacturer.isao"; got != tc.want || !tc.want && len(d) > 0 {
			t.Errorf("%s: %v; want a warning at manufacturer.isao: %v", tc.name, d, tc.want)
		}
	}
}

// TestExampleISAONamesBuiltDocuments: the warning about the example's ISAO
// membership names only the documents some product builds as publishing
// it (implant builds the CSD, the lifecycle page and the notices: neither
// the plan nor the form), and an MDS2 form answering DOC-9 by hand does
// not print the site's membership.
func TestExampleISAONamesBuiltDocuments(t *testing.T) {
	s := &Site{}
	s.Manufacturer.Name, s.Manufacturer.ISAO = "Cardiova Medical, Inc.", exampleISAO
	for _, tc := range []struct {
		name      string
		all       []KnownProduct
		want, not string
	}{
		{"neither built", []KnownProduct{{ID: "a", Build: []string{"csd", "lifecycle", "notices"}}}, "copied by jspgen init; state your own", "publish"},
		{"plan only", []KnownProduct{{ID: "a", Build: []string{"security_plan"}}}, "copied by jspgen init: the security plan publishes it as Cardiova Medical, Inc.'s;", "MDS2"},
		{"form answered by hand", []KnownProduct{{ID: "a", Build: []string{"mds2"}, DOC9: "yes"}}, "copied by jspgen init; state", "publish"},
		{"both, by two products", []KnownProduct{{ID: "a", Build: []string{"security_plan"}}, {ID: "b", Build: []string{"mds2"}}},
			"the security plan and the MDS2 form (DOC-9) publish it as Cardiova Medical, Inc.'s;", ""},
	} {
		d := ruleExampleISAO(s, Source{}, tc.all)
		if len(d) != 1 || !strings.Contains(d[0].Message, tc.want) || tc.not != "" && strings.Contains(d[0].Message, tc.not) {
			t.Errorf("%s: %v; want one warning saying %q and not %q", tc.name, d, tc.want, tc.not)
		}
	}
}
