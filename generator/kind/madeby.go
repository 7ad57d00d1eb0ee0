package kind

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// aboutVersions are the product versions the document describes (About);
// nil when it names none of them (the lifecycle page's "All versions"):
// every version.
func (d DocumentData) aboutVersions() []string {
	if d.Product == nil {
		return nil
	}
	var out []string
	for _, v := range strings.Split(d.About, ", ") {
		if d.Product.Version(v) != nil {
			out = append(out, v)
		}
	}
	return out
}

// MadeByOthers are the versions the document describes that another
// company made (versions.manufacturer), by company: the document names
// that company as their manufacturer and says the site's manufacturer
// supports them.
func (d DocumentData) MadeByOthers() []content.MadeBy {
	if d.Product == nil {
		return nil
	}
	return d.Product.MadeByOthers(d.aboutVersions()...)
}

// Maker is the manufacturer the document's heading names: the company
// that made every version it describes, when that is another company
// than the site's manufacturer (a CSD about a version the former maker
// released), else the site's manufacturer.
func (d DocumentData) Maker() string {
	others := d.MadeByOthers()
	if len(others) > 0 && len(d.Product.MadeBySite(d.aboutVersions()...)) == 0 && sameName(others) {
		return others[0].Name
	}
	return d.Site.Manufacturer.Name
}

// Manufacturers is the document control's manufacturer entry: the site's
// manufacturer alone, or each company with the versions it made when
// another company made some of them.
func (d DocumentData) Manufacturers() string {
	others := d.MadeByOthers()
	if len(others) == 0 {
		return d.Site.Manufacturer.Name
	}
	about := d.aboutVersions()
	var parts []string
	if own := d.Product.MadeBySite(about...); len(own) > 0 {
		parts = append(parts, d.Site.Manufacturer.Name+" (software "+strings.Join(own, ", ")+")")
	}
	for _, o := range others {
		parts = append(parts, o.Name+" (software "+strings.Join(o.Versions, ", ")+")")
	}
	return strings.Join(parts, "; ")
}

// TitleMakers are the manufacturer and the issuer a PDF title page
// names: of a document about versions another company made, that company
// (or, where the site's manufacturer made some of them, Manufacturers),
// issued by the site's manufacturer; else the site's manufacturer alone
// (issuedBy "").
func (d DocumentData) TitleMakers() (maker, issuedBy string) {
	site := d.Site.Manufacturer.Name
	maker = d.Maker()
	if maker == site && len(d.MadeByOthers()) > 0 {
		maker = d.Manufacturers()
	}
	if maker != site {
		issuedBy = site
	}
	return maker, issuedBy
}

func sameName(groups []content.MadeBy) bool {
	for _, g := range groups[1:] {
		if g.Name != groups[0].Name {
			return false
		}
	}
	return true
}
