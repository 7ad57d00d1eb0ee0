package csaf

import (
	"bytes"
	"encoding/gob"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/export"
	"github.com/jspgen/jspgen/generator/kind"
)

// Part is one product's share of the site files: its CSAF documents as
// they are published and its notices as the feed lists them. The site
// files are made from the parts alone (SiteFilesOf), so that a build can
// keep an unchanged product's part instead of loading and preparing the
// product again (kind.PortfolioParts).
type Part struct {
	Advisories []PartAdvisory
	Notices    []PartNotice
	// Product is the product's name and MadeByOthers its versions
	// another company made, which the provider's publisher names
	// (providerPublisher); both empty without a CSAF document.
	Product      string
	MadeByOthers []PartMaker
}

// PartMaker is another company than the site's manufacturer and the
// versions of the product it made (content.MadeBy).
type PartMaker struct {
	Name     string
	Versions []string
}

// PartAdvisory is one CSAF document of a product, encoded.
type PartAdvisory struct {
	Path                 string // relative to the site root
	JSON                 []byte // the document as published
	Category, TrackingID string
	Title, Version       string
	CurrentReleaseDate   string // tracking.current_release_date
	Released             string // the date the feed shows
}

// PartNotice is one notice of a product as the feed lists it.
type PartNotice struct {
	Rel, Title, Summary, Released string // Rel: its page, relative to the site root
}

// partOf is product p's part, made from its advisories.
func partOf(p kind.Product, advs []Advisory, asOf content.Date) (Part, error) {
	var part Part
	for _, a := range advs {
		b, err := export.JSON(a.Doc)
		if err != nil {
			return part, err
		}
		t := a.Doc.Document.Tracking
		part.Advisories = append(part.Advisories, PartAdvisory{Path: a.Path, JSON: b, Category: a.Doc.Document.Category,
			TrackingID: t.ID, Title: a.Doc.Document.Title, Version: t.Version, CurrentReleaseDate: t.CurrentReleaseDate,
			Released: a.Released.String()})
	}
	if len(part.Advisories) > 0 && p.Product != nil {
		part.Product = p.Name
		for _, o := range p.MadeByOthers() {
			part.MadeByOthers = append(part.MadeByOthers, PartMaker{Name: o.Name, Versions: o.Versions})
		}
	}
	// A notice's page exists only when the product builds its notices.
	notices := p.Notices
	if !p.Builds("notices") {
		notices = nil
	}
	for _, n := range notices {
		part.Notices = append(part.Notices, PartNotice{Rel: p.ID + "/notices/" + n.ID + ".html",
			Title: n.DisplayTitle() + " — " + p.Name, Summary: oneLine(n.Summary), Released: kind.NoticeReleased(n, asOf).String()})
	}
	return part, nil
}

// PreparePart prepares one product, as Prepare does, and returns its
// part of the site files encoded (nil when the product has an error).
func (csafKind) PreparePart(env *kind.Env, p kind.Product) (kind.Prepared, []byte, content.Diagnostics) {
	var out kind.Prepared
	files, advs, err := product(env, p)
	var part Part
	if err == nil {
		part, err = partOf(p, advs, env.AsOf)
	}
	if err != nil {
		return out, nil, content.Diagnostics{{File: p.Source.File, Message: err.Error()}}
	}
	out.Files = files
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(part); err != nil {
		return out, nil, content.Diagnostics{{File: p.Source.File, Message: "encoding the CSAF part: " + err.Error()}}
	}
	return out, buf.Bytes(), nil
}

// SiteFilesOf makes the site files from the products' encoded parts, in
// build order; a nil part (a product with an error) adds nothing.
func (csafKind) SiteFilesOf(env *kind.Env, encoded [][]byte) ([]kind.File, content.Diagnostics) {
	parts := make([]Part, 0, len(encoded))
	for _, e := range encoded {
		if e == nil {
			continue
		}
		var part Part
		if err := gob.NewDecoder(bytes.NewReader(e)).Decode(&part); err != nil {
			return nil, content.Diagnostics{{File: env.Content.SiteFile.File, Message: "decoding a CSAF part: " + err.Error()}}
		}
		parts = append(parts, part)
	}
	files, err := siteFiles(env, parts)
	if err != nil {
		return nil, content.Diagnostics{{File: env.Content.SiteFile.File, Message: err.Error()}}
	}
	return files, aggregatorConsentUnstated(env, files)
}

var _ kind.PortfolioParts = csafKind{}
