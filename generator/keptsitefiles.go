package generator

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/html"
	"github.com/jspgen/jspgen/generator/kind"
)

// The site files a kind makes from the products' parts (the CSAF
// provider layout, security.txt, the feed) depend on the parts and on
// what the whole site shares, nothing else (kind.PortfolioParts). An
// edit that leaves every part as it was (a support date, a control's
// text) leaves them as they were: the build then takes them from the
// previous site by their hashes, as the last build recorded them,
// instead of decoding every product's part (the CSAF documents' JSON)
// and making them again.

// keptFile is a site file of the last build as a later one takes it
// again: its path, hash and size, and the label the index lists it by.
type keptFile struct {
	Path, Label string
	Size        int
	Sum         [sha256.Size]byte
}

// keptSiteFiles are the site files made from a set of parts, and the
// warnings making them gave.
type keptSiteFiles struct {
	Files    []keptFile
	Warnings content.Diagnostics
}

// siteFilesKey is the cache key of the site files made from parts
// (parts[k]: kind k's part of each product, in build order) under the
// build's shared inputs; "" when they are not kept: no cache, or a
// whole-portfolio kind's files among them (made from the products
// themselves).
func (c *cache) siteFilesKey(whole [][]kind.File, parts [][][]byte) string {
	if c == nil || c.global == nil {
		return ""
	}
	for _, w := range whole {
		if w != nil {
			return ""
		}
	}
	h := sha256.New()
	h.Write(c.global)
	field(h, "site files")
	for k, ps := range parts {
		field(h, fmt.Sprint(k, len(ps)))
		for _, p := range ps {
			if p == nil {
				field(h, "none")
				continue
			}
			sum := sha256.Sum256(p)
			h.Write(sum[:])
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

// keptSiteFiles returns the site files the last build made under key
// when the previous site holds every one of them as that build left it;
// nil otherwise.
func (c *cache) keptSiteFiles(key string) *keptSiteFiles {
	if c == nil || key == "" || c.clean || c.linkPrevious == nil {
		return nil
	}
	var kept keptSiteFiles
	if !readSealed(c.docFile(key), &kept) {
		return nil
	}
	for _, f := range kept.Files {
		if strings.HasSuffix(f.Path, ".html") || !c.linkable(f.Path, f.Sum) {
			return nil // a page is checked for links; a file changed
		}
	}
	c.markUsed(key)
	return &kept
}

// keepSiteFiles stores the site files made under key for the next build,
// once written: each by the hash writing it recorded (cache.keepSum).
func (c *cache) keepSiteFiles(key string, files []siteFile, links []html.Link, warnings content.Diagnostics) {
	if c == nil || key == "" {
		return
	}
	labels := map[string]string{}
	for _, l := range links {
		labels[l.Href] = l.Text
	}
	kept := keptSiteFiles{Warnings: warnings}
	c.mu.Lock()
	sums := maps.Clone(c.sums)
	c.mu.Unlock()
	for _, f := range files {
		sum, ok := sums[f.path]
		if !ok {
			return // not written through the cache
		}
		kept.Files = append(kept.Files, keptFile{Path: f.path, Label: labels[f.path], Size: len(f.data), Sum: sum})
	}
	if writeSealed(c.docFile(key), kept) == nil {
		c.markUsed(key)
	}
}

// keptFiles are kept's files as the build writes them (by hash) and the
// index's links to them.
func keptFiles(kept *keptSiteFiles) ([]siteFile, []html.Link) {
	var files []siteFile
	var links []html.Link
	for _, f := range kept.Files {
		files = append(files, siteFile{path: f.Path, kept: true, sum: f.Sum})
		if f.Label != "" {
			links = append(links, html.Link{Text: f.Label, Href: f.Path, Note: fileNote(f.Path, f.Size)})
		}
	}
	return files, links
}

// previousBytes reads the site-level file rel of the previous site out,
// checked against the hash the last build recorded: what a site without
// hard links gets for a kept file.
func previousBytes(out, rel string, sum [sha256.Size]byte) ([]byte, error) {
	data, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(rel)))
	if err != nil {
		return nil, err
	}
	if sha256.Sum256(data) != sum {
		return nil, fmt.Errorf("%s changed in the previous site during the build", rel)
	}
	return data, nil
}

// writeKept puts the previous site's file rel, with the hash sum, into
// the new site, and remembers it as write does.
func (b *builder) writeKept(rel string, sum [sha256.Size]byte) error {
	if b.written[rel] {
		return fmt.Errorf("two outputs write %s", rel)
	}
	if err := b.cache.linkPrevious(rel, sum); err != nil {
		return err
	}
	b.written[rel] = true
	b.order = append(b.order, rel)
	b.res.KeptSiteFiles++
	return nil
}

// carryKeptFolder carries the previous site's .well-known folder over as a
// whole (site.Output.Carry) when files, taken from the previous site,
// hold every file in it and nothing else does: a hundred products' CSAF
// documents are then moved with the folder instead of linked one by one.
// It returns the files carried.
func (b *builder) carryKeptFolder(files []siteFile, carry func(string, []string) error) (map[string]bool, error) {
	const dir = ".well-known"
	c := b.cache
	if c == nil || carry == nil {
		return nil, nil
	}
	in := map[string][sha256.Size]byte{}
	for _, f := range files {
		if f.kept && strings.HasPrefix(f.path, dir+"/") {
			in[f.path] = f.sum
		}
	}
	var listed []string
	for _, e := range c.curTree[dir] {
		if e.Dir {
			continue
		}
		if _, ok := in[e.Path]; !ok {
			return nil, nil // a file of the folder the build does not write
		}
		listed = append(listed, e.Path)
	}
	if len(listed) != len(in) || len(listed) == 0 {
		return nil, nil
	}
	for _, rel := range listed {
		if b.written[rel] {
			return nil, fmt.Errorf("two outputs write %s", rel)
		}
	}
	for _, rel := range listed {
		b.written[rel] = true
		c.keepSum(rel, in[rel])
		b.res.KeptSiteFiles++
	}
	c.carriedFolder(dir)
	carried := map[string]bool{}
	for _, rel := range listed {
		carried[rel] = true
	}
	return carried, carry(dir, listed)
}
