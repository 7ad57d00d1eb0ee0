package site

import (
	"bytes"
	"encoding/xml"
	"slices"
	"strings"
)

// Sitemap returns a sitemaps.org sitemap listing the pages (slash paths
// relative to the site root) under baseURL, sorted. A page named
// "index.html" is listed as its folder's URL, as hosts serve it there.
func Sitemap(baseURL string, pages []string) []byte {
	base := strings.TrimSuffix(baseURL, "/") + "/"
	sorted := slices.Clone(pages)
	slices.Sort(sorted)
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range sorted {
		loc := base + p
		if p == "index.html" || strings.HasSuffix(p, "/index.html") {
			loc = base + strings.TrimSuffix(p, "index.html")
		}
		b.WriteString("  <url><loc>")
		xml.EscapeText(&b, []byte(loc))
		b.WriteString("</loc></url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
}

// URL is the absolute URL of the page rel under baseURL, or "" when the
// site has no base URL.
func URL(baseURL, rel string) string {
	if baseURL == "" {
		return ""
	}
	return strings.TrimSuffix(baseURL, "/") + "/" + rel
}
