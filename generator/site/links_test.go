package site

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestScanTags(t *testing.T) {
	src := `<!DOCTYPE html>
<!-- <a href="commented.html"> -->
<html lang=en><head><title>a <a href="in-title.html"> b</title>
<script>var s = "<a href='in-script.html'>";</script>
<style>a[href="x"] { color: red }</style>
</head>
<body><P CLASS=x ID='top'>1 < 2 &amp; <a
  HREF="a.html?x=1&amp;y=2#sec" data-x>link</a>
<img src=pic.png alt="">
<a href = "b.html" / >b</a><a title="x > y" href="c.html">c</a>
</body></html>`
	var got []string
	for _, tag := range ScanTags([]byte(src)) {
		var attrs []string
		for _, a := range tag.Attrs {
			attrs = append(attrs, a.Name+"="+a.Value)
		}
		got = append(got, tag.Name+"@"+strconv.Itoa(tag.Line)+" "+strings.Join(attrs, " "))
	}
	want := []string{
		"html@3 lang=en", "head@3 ", "title@3 ", "script@4 ", "style@5 ",
		"body@7 ", "p@7 class=x id=top", "a@7 href=a.html?x=1&y=2#sec data-x=",
		"img@9 src=pic.png alt=", "a@10 href=b.html", "a@10 title=x > y href=c.html",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tags (-want +got):\n%s", diff)
	}
}

func TestCheckLinks(t *testing.T) {
	files := map[string]bool{
		"index.html": true, "assets/style.css": true, "p/index.html": true, "p/doc.html": true, "p/doc.pdf": true,
	}
	pages := map[string][]byte{
		"index.html": []byte(`<link rel="stylesheet" href="assets/style.css"><link rel="canonical" href="https://example.com/">
<a href="p/index.html">p</a> <a href="p/doc.html#s%C3%A9curit%C3%A9">ok unicode</a> <a href="#top">top</a>
<a href="https://example.com/x">out</a> <a href="mailto:a@b.example">mail</a> <p id="top"></p>`),
		"p/index.html": []byte(`<a href="../index.html">up</a>
<a href="doc.html#missing">bad anchor</a>
<a href="gone.html">bad file</a>
<a href="/index.html">absolute</a>
<a href="../">folder</a>
<a href="../../outside.html">outside</a>
<a href="//cdn.example/x.js">protocol-relative</a>
<img src="doc.pdf#page=2" alt="">`),
		"p/doc.html": []byte(`<h2 id="sécurité">S</h2><a href="#sécurité">self</a><a href="">empty</a>`),
	}
	err := CheckLinks(pages, files)
	var le *LinkError
	if !errors.As(err, &le) {
		t.Fatalf("want a *LinkError; got %v", err)
	}
	var got []string
	for _, p := range le.Problems {
		got = append(got, p.String())
	}
	want := []string{
		`p/doc.html:1: href="": empty link`,
		`p/index.html:2: href="doc.html#missing": no element with id "missing" in p/doc.html`,
		`p/index.html:3: href="gone.html": no file p/gone.html in the site`,
		`p/index.html:4: href="/index.html": absolute path: links inside the site must be relative so it works from disk and under any sub-path`,
		`p/index.html:5: href="../": links to a folder: name its index.html, as a folder opened from disk shows no index page`,
		`p/index.html:6: href="../../outside.html": points outside the site folder`,
		`p/index.html:7: href="//cdn.example/x.js": protocol-relative link: write https:// for another site, or a relative path inside this one`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(err.Error(), "7 broken link(s) in the site:\n  p/doc.html:1:") {
		t.Errorf("error text: %s", err)
	}
}

func TestCheckLinksClean(t *testing.T) {
	files := map[string]bool{"index.html": true, "a.html": true}
	pages := map[string][]byte{
		"index.html": []byte(`<a href="a.html#x">a</a>`),
		"a.html":     []byte(`<a name="x"></a><a href="index.html">back</a>`),
	}
	if err := CheckLinks(pages, files); err != nil {
		t.Fatal(err)
	}
}

func TestSitemap(t *testing.T) {
	got := string(Sitemap("https://docs.example/security/", []string{"p/doc.html", "index.html", "p/index.html", "a&b.html"}))
	want := `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://docs.example/security/a&amp;b.html</loc></url>
  <url><loc>https://docs.example/security/</loc></url>
  <url><loc>https://docs.example/security/p/doc.html</loc></url>
  <url><loc>https://docs.example/security/p/</loc></url>
</urlset>
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sitemap (-want +got):\n%s", diff)
	}
	if URL("", "x.html") != "" || URL("https://a.example", "x.html") != "https://a.example/x.html" {
		t.Error("URL")
	}
}

func FuzzScanTags(f *testing.F) {
	f.Add([]byte(`<a href="x">`))
	f.Add([]byte(`<!-- x --><script>"</script"><p id=a b='c' d="e">`))
	f.Add([]byte(`<a href`))
	f.Add([]byte(`<a href="`))
	f.Add([]byte(`<title>`))
	f.Fuzz(func(t *testing.T, src []byte) {
		tags := ScanTags(src)
		last := 0
		for _, tag := range tags {
			if tag.Line < last || tag.Line < 1 {
				t.Fatalf("lines out of order: %d after %d", tag.Line, last)
			}
			last = tag.Line
		}
		_ = CheckLinks(map[string][]byte{"a/b.html": src}, map[string]bool{"a/b.html": true})
	})
}
