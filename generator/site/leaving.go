package site

import (
	"net/url"
	"path"
	"strings"
)

// Leaving returns what the link check still needs of page (a slash path
// relative to the site root) once it has passed, while folder (a top-level
// folder holding page) stays exactly as it was: the same ids, and only the
// links whose answer depends on something outside folder. A link to a
// file of folder, or to a fragment of one of its pages, resolved when the
// page was checked and resolves again as long as folder is unchanged; a
// link that leaves the site (a scheme, the canonical address) is never
// followed. Every other link is kept, those the check would not accept
// included, so keeping a link is always safe.
//
// A carried-over product's record (carry.go) keeps this rather than every
// link: a hundred products' records hold about a hundred thousand links,
// almost all of them inside their own folder.
func (p *Page) Leaving(page, folder string) *Page {
	out := &Page{IDs: p.IDs}
	for _, l := range p.Links {
		if !staysInside(page, folder, l) {
			out.Links = append(out.Links, l)
		}
	}
	return out
}

// staysInside reports whether checkLink's answer for l, found in page,
// depends only on folder (or on nothing): then a check that passed passes
// again while folder is unchanged.
func staysInside(page, folder string, l Link) bool {
	if folder == "" || !strings.HasPrefix(page, folder+"/") {
		return false
	}
	link := strings.TrimSpace(l.URL)
	if l.Tag == "link" && (strings.EqualFold(l.Rel, "canonical") || strings.EqualFold(l.Rel, "alternate")) {
		return true
	}
	if link == "" {
		return false
	}
	u, err := url.Parse(link)
	if err != nil {
		return false
	}
	if u.Scheme != "" {
		return true
	}
	if u.Host != "" || strings.HasPrefix(link, "//") || strings.HasPrefix(u.Path, "/") {
		return false
	}
	if u.Path == "" {
		return true // the page itself
	}
	return strings.HasPrefix(path.Join(path.Dir(page), u.Path), folder+"/")
}
