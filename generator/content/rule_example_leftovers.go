package content

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// exampleManufacturer is the manufacturer of jspgen's example products,
// which `jspgen init` copies into a new repository; exampleDomain its
// web and mail domain (in URLs and addresses, lower case).
const (
	exampleManufacturer = "Meridian"
	exampleDomain       = "meridian-infusion"
)

// examplePlace matches "Meridian" as the name of a street or a town
// ("2200 Meridian Parkway", "Meridian, ID 83642", "Meridian, Idaho"), which a manufacturer's
// own address may hold: the example's text uses the word as its maker's
// name, never so.
var examplePlace = regexp.MustCompile(exampleManufacturer + `(?:\s+(?:Parkway|Pkwy|Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Way|Lane|Ln|Court|Ct|Place|Pl|Circle|Cir|Highway|Hwy|Crossing|Trail)\b|,\s*(?:[A-Z]{2}\s+\d{5}|Idaho|Mississippi|Texas|Oklahoma|Connecticut|New York|Pennsylvania|California))`)

// namesExample reports text that names the example's manufacturer: its
// name other than in a street or town (examplePlace), or its domain.
func namesExample(text string) bool {
	return strings.Contains(examplePlace.ReplaceAllString(text, ""), exampleManufacturer) ||
		strings.Contains(strings.ToLower(text), exampleDomain)
}

// exampleISAO is the example manufacturer's ISAO membership, which init
// copies too and which names no Meridian: the plan and the MDS2 form
// (DOC-9), where built, publish it as the new manufacturer's
// (ruleExampleISAO).
var exampleISAO = ISAO{Member: True, Name: "Health-ISAC", Since: NewDate(2019, 4, 1)}

// ruleExampleLeftovers warns where the product p (or the site file,
// p nil) of another manufacturer still says "Meridian": text `jspgen
// init` copied from the example that would be published as this
// manufacturer's facts (a procedure number, an endpoint, a person). Every
// place is named, at its own line: a count at line 1 left the user to
// search for the rest, round after round.
func ruleExampleLeftovers(s *Site, siteFile Source, p *Product) Diagnostics {
	if s == nil || strings.Contains(s.Manufacturer.Name, exampleManufacturer) {
		return nil
	}
	src, value := siteFile, any(s)
	if p != nil {
		src, value = p.Source, p
	}
	var diags Diagnostics
	TextValues(value, func(path, text string) {
		if !namesExample(text) {
			return
		}
		diags = append(diags, Diagnostic{Severity: Warning, File: src.File, Line: src.Line(path), Path: path,
			Message: fmt.Sprintf("names %s, the manufacturer of jspgen's example, not %s: text copied by jspgen init and not yet replaced is published as your own facts", exampleManufacturer, s.Manufacturer.Name)})
	})
	return diags
}

// ruleExampleISAO warns, at the site file, of the example's ISAO
// membership (exampleISAO) kept by another manufacturer. It runs across
// products (all: every product, read or known), like isaoAcross: what it
// says publishes the membership names only the documents some product
// builds, the security plan and an MDS2 form whose DOC-9 is not answered
// by hand (a hand answer, not the site file, is what the form prints).
func ruleExampleISAO(s *Site, siteFile Source, all []KnownProduct) Diagnostics {
	if s == nil || s.Manufacturer.ISAO != exampleISAO || strings.Contains(s.Manufacturer.Name, exampleManufacturer) {
		return nil
	}
	var docs []string
	if slices.ContainsFunc(all, func(k KnownProduct) bool { return k.Builds("security_plan") }) {
		docs = append(docs, "the security plan")
	}
	if slices.ContainsFunc(all, func(k KnownProduct) bool { return k.Builds("mds2") && k.DOC9 == "" }) {
		docs = append(docs, "the MDS2 form (DOC-9)")
	}
	published := ""
	switch len(docs) {
	case 1:
		published = fmt.Sprintf(": %s publishes it as %s's", docs[0], s.Manufacturer.Name)
	case 2:
		published = fmt.Sprintf(": %s publish it as %s's", AndList(docs), s.Manufacturer.Name)
	}
	return Diagnostics{{Severity: Warning, File: siteFile.File, Line: siteFile.Line("manufacturer.isao"), Path: "manufacturer.isao",
		Message: fmt.Sprintf("is the membership of %s, the manufacturer of jspgen's example (Health-ISAC since 2019-04-01), copied by jspgen init%s; state your own membership, or remove the table to leave it not stated", exampleManufacturer, published)}}
}
