package csaf

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// pageURL is the absolute URL of a page of the site (link, relative to the
// site root): under base_url, else under the manufacturer's website, the
// address the provider metadata gives the CSAF documents beside it
// (siteURL); "" with neither, or without a page.
func pageURL(env *kind.Env, link string) string {
	base := siteURL(env)
	if base == "" || link == "" {
		return ""
	}
	return base + "/" + link
}

// noticeTwinSummary describes, in a twin's reference, the notice it
// twins as the notice's page names itself: "Security advisory" or
// "Notice", its document ID and revision (a reader holding the page can
// tell it is the one twinned, and which revision).
func noticeTwinSummary(n content.Notice) string {
	s := "Notice " + n.CitedID()
	if n.Security() {
		s = "Security advisory " + n.CitedID()
	}
	if r := n.Document.Revision; r != "" {
		s += " revision " + r
	}
	return s + ", which this document twins"
}

// publishedAt says where the notice at link is published: its URL, or,
// when the site states no address, its path on the site that publishes
// this document.
func publishedAt(env *kind.Env, link string) string {
	if u := pageURL(env, link); u != "" {
		return "published at " + u
	}
	return "published at " + link + " on the site that publishes this document"
}
