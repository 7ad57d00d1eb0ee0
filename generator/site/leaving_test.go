package site

import (
	"maps"
	"net/url"
	"path"
	"slices"
	"strings"
	"testing"
)

func TestLeaving(t *testing.T) {
	const page, folder = "pump/notices/eos.html", "pump"
	tests := []struct {
		link Link
		kept bool
	}{
		{Link{Tag: "a", Attr: "href", URL: "#scope"}, false},
		{Link{Tag: "a", Attr: "href", URL: ""}, true},
		{Link{Tag: "a", Attr: "href", URL: "../csd.html#ports"}, false},
		{Link{Tag: "a", Attr: "href", URL: "eol.html"}, false},
		{Link{Tag: "a", Attr: "href", URL: "../../pump/csd.html"}, false},
		{Link{Tag: "a", Attr: "href", URL: "../../index.html"}, true},
		{Link{Tag: "link", Rel: "stylesheet", Attr: "href", URL: "../../assets/style.css"}, true},
		{Link{Tag: "a", Attr: "href", URL: "../../pumpx/csd.html"}, true},
		{Link{Tag: "a", Attr: "href", URL: "../../other/csd.html#ports"}, true},
		{Link{Tag: "a", Attr: "href", URL: "../../../outside.html"}, true},
		{Link{Tag: "a", Attr: "href", URL: "../"}, true},
		{Link{Tag: "a", Attr: "href", URL: "/pump/csd.html"}, true},
		{Link{Tag: "a", Attr: "href", URL: "//example.com/x"}, true},
		{Link{Tag: "a", Attr: "href", URL: "%zz"}, true},
		{Link{Tag: "a", Attr: "href", URL: "https://example.com/"}, false},
		{Link{Tag: "a", Attr: "href", URL: "mailto:psirt@example.com"}, false},
		{Link{Tag: "link", Rel: "canonical", Attr: "href", URL: "https://example.com/pump/notices/eos.html"}, false},
	}
	p := &Page{IDs: []string{"scope"}}
	for _, tt := range tests {
		p.Links = append(p.Links, tt.link)
	}
	got := p.Leaving(page, folder)
	if !slices.Equal(got.IDs, p.IDs) {
		t.Errorf("ids %v, want %v", got.IDs, p.IDs)
	}
	for _, tt := range tests {
		if kept := slices.Contains(got.Links, tt.link); kept != tt.kept {
			t.Errorf("%q: kept %v, want %v", tt.link.URL, kept, tt.kept)
		}
	}
	// a page outside folder keeps every link
	if got := p.Leaving("other/csd.html", folder); len(got.Links) != len(p.Links) {
		t.Errorf("a page outside the folder kept %d of %d links", len(got.Links), len(p.Links))
	}
}

// FuzzLeaving: a link Leaving drops gets the same answer from the check
// whatever the site holds outside folder (here: nothing, or a site whose
// other folders and top-level files have every name the link could mean).
func FuzzLeaving(f *testing.F) {
	for _, link := range []string{"#a", "plan.html#b", "csd.pdf", "csd.pdf#page=2", "../pump/plan.html", "https://x.example/",
		"#", "plan.html#", "../index.html", "../other/x.html#c", "./plan.html", "../pump/", "..", "../pumpx/a.html", "%2e%2e/index.html",
		"plan.html?x=1", "  #a ", "../pump/../index.html", "a:b", "./a:b", "../../x"} {
		f.Add(link, "a")
	}
	f.Fuzz(func(t *testing.T, link, tag string) {
		const page, folder = "pump/sub/csd.html", "pump"
		l := Link{Tag: tag, Rel: "canonical", Attr: "href", URL: link}
		if len((&Page{Links: []Link{l}}).Leaving(page, folder).Links) != 0 {
			return // kept: checked again
		}
		inside := map[string]*Page{page: {IDs: []string{"a"}}, "pump/plan.html": {IDs: []string{"b"}}}
		files := map[string]bool{page: true, "pump/plan.html": true, "pump/csd.pdf": true}
		alone := checkLink(page, l, files, inside)
		// everything outside folder that the link could name
		more, morePages := maps.Clone(files), maps.Clone(inside)
		for _, target := range []string{path.Join("pump/sub", l.URL), path.Join("pump/sub", strings.TrimSpace(l.URL))} {
			if u, err := url.Parse(strings.TrimSpace(link)); err == nil {
				target = path.Join("pump/sub", u.Path)
				for _, t := range []string{target, path.Join(target, "index.html")} {
					if !strings.HasPrefix(t, folder+"/") {
						more[t] = true
						morePages[t] = &Page{IDs: []string{u.Fragment}}
					}
				}
			}
			more[target] = more[target] || !strings.HasPrefix(target, folder+"/")
		}
		if got := checkLink(page, l, more, morePages); got != alone {
			t.Errorf("%q dropped, yet its answer depends on the site outside %s: %q alone, %q with more", link, folder, alone, got)
		}
	})
}
