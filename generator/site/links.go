package site

import (
	"fmt"
	"maps"
	"net/url"
	"path"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/internal/parallel"
)

// LinkProblem is one link of a page that does not resolve inside the site.
type LinkProblem struct {
	Page   string // the page, relative to the site root
	Line   int
	Attr   string // href or src
	Link   string // as written
	Reason string
}

func (p LinkProblem) String() string {
	return fmt.Sprintf("%s:%d: %s=%q: %s", p.Page, p.Line, p.Attr, p.Link, p.Reason)
}

// LinkError lists every broken link of a build.
type LinkError struct {
	Problems []LinkProblem
}

func (e *LinkError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d broken link(s) in the site:", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		b.WriteString(p.String())
	}
	return b.String()
}

// linkAttrs are the attributes whose values are URLs the site must resolve.
var linkAttrs = map[string]bool{"href": true, "src": true, "poster": true, "data": true, "action": true, "cite": true}

// Page is what the link check keeps of one HTML page: its links and the
// ids (and named anchors) a fragment may point at, not the page itself.
type Page struct {
	IDs   []string // sorted, once each
	Links []Link   // in page order
}

// Link is one URL-valued attribute of a page.
type Link struct {
	Tag  string // the element, lower case
	Rel  string // its rel attribute, for link elements
	Line int
	Attr string // href, src, ...
	URL  string // as written
}

// ScanPage reads the links and ids of an HTML page.
func ScanPage(src []byte) *Page {
	p := &Page{}
	visitTags(src, func(t Tag) {
		if id, ok := t.Get("id"); ok && id != "" {
			p.IDs = append(p.IDs, id)
		}
		if t.Name == "a" {
			if name, ok := t.Get("name"); ok && name != "" {
				p.IDs = append(p.IDs, name)
			}
		}
		for _, a := range t.Attrs {
			if !linkAttrs[a.Name] || (a.Name == "data" && t.Name != "object") {
				continue
			}
			l := Link{Tag: t.Name, Line: t.Line, Attr: a.Name, URL: a.Value}
			if t.Name == "link" {
				l.Rel, _ = t.Get("rel")
			}
			p.Links = append(p.Links, l)
		}
	})
	slices.Sort(p.IDs)
	p.IDs = slices.Clip(slices.Compact(p.IDs))
	p.Links = slices.Clip(p.Links)
	return p
}

func (p *Page) hasID(id string) bool {
	_, ok := slices.BinarySearch(p.IDs, id)
	return ok
}

// CheckLinks verifies that every link of every HTML page in pages (keyed
// by the page's slash path relative to the site root) resolves: a link to a
// file of the site names a file in files, a fragment names an id (or a
// named anchor) of the target page, and a link is relative, so the site
// works from disk, under any sub-path and on any host. Links with a scheme
// (https:, mailto:, tel:) leave the site and are not followed. It returns a
// *LinkError naming each page and link that fails, or nil.
func CheckLinks(pages map[string][]byte, files map[string]bool) error {
	scanned := make(map[string]*Page, len(pages))
	for page, src := range pages {
		scanned[page] = ScanPage(src)
	}
	return CheckPages(scanned, files)
}

// CheckPages is CheckLinks on pages already read with ScanPage, so that a
// build keeps the links and ids of its pages rather than the pages.
// The pages are checked on as many goroutines as there are processors.
func CheckPages(pages map[string]*Page, files map[string]bool) error {
	names := slices.Collect(maps.Keys(pages))
	found := make([][]LinkProblem, len(names)) // by page, sorted below
	parallel.ForEach(len(names), func(i int) {
		page := names[i]
		for _, l := range pages[page].Links {
			if reason := checkLink(page, l, files, pages); reason != "" {
				found[i] = append(found[i], LinkProblem{Page: page, Line: l.Line, Attr: l.Attr, Link: l.URL, Reason: reason})
			}
		}
	})
	problems := slices.Concat(found...)
	if len(problems) == 0 {
		return nil
	}
	slices.SortFunc(problems, func(a, b LinkProblem) int {
		if c := strings.Compare(a.Page, b.Page); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return strings.Compare(a.Link, b.Link)
	})
	return &LinkError{Problems: problems}
}

// checkLink returns why l, found in page, does not resolve, or "".
func checkLink(page string, l Link, files map[string]bool, pages map[string]*Page) string {
	link := strings.TrimSpace(l.URL)
	if l.Tag == "link" {
		if rel := l.Rel; strings.EqualFold(rel, "canonical") || strings.EqualFold(rel, "alternate") {
			return "" // absolute on purpose: the published address
		}
	}
	if link == "" {
		return "empty link"
	}
	u, err := url.Parse(link)
	if err != nil {
		return "not a valid URL: " + err.Error()
	}
	if u.Scheme != "" {
		return "" // leaves the site
	}
	if u.Host != "" || strings.HasPrefix(link, "//") {
		return "protocol-relative link: write https:// for another site, or a relative path inside this one"
	}
	if strings.HasPrefix(u.Path, "/") {
		return "absolute path: links inside the site must be relative so it works from disk and under any sub-path"
	}
	target := page
	if u.Path != "" {
		target = path.Join(path.Dir(page), u.Path)
		if target == ".." || strings.HasPrefix(target, "../") {
			return "points outside the site folder"
		}
		if strings.HasSuffix(u.Path, "/") || u.Path == "." || u.Path == ".." {
			if files[path.Join(target, "index.html")] {
				return "links to a folder: name its index.html, as a folder opened from disk shows no index page"
			}
			return "no such folder in the site"
		}
		if !files[target] {
			return "no file " + target + " in the site"
		}
	}
	if u.Fragment == "" {
		if strings.HasSuffix(link, "#") {
			return "empty fragment"
		}
		return ""
	}
	set, ok := pages[target]
	if !ok {
		return "" // a fragment into a file that is not an HTML page (a PDF page, say) is not checked
	}
	if !set.hasID(u.Fragment) {
		return fmt.Sprintf("no element with id %q in %s", u.Fragment, target)
	}
	return ""
}
