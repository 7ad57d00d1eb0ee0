package generator

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// guidanceWarnings warns at each [[guidance]] entry of the site file whose
// id no template in use cites: a document lists an edition only where its
// template asks for the id ($.GuidanceFor "hn1" …), so an entry with a new
// id (a market's own guidance) would be accepted and printed nowhere. The
// ids are string literals in the templates, shipped or overridden.
func guidanceWarnings(s *content.Site, src content.Source, files render.Files) content.Diagnostics {
	var written []content.Guidance
	for _, g := range s.Guidance {
		if g.At != "" && !slices.ContainsFunc(written, func(w content.Guidance) bool { return w.ID == g.ID }) {
			written = append(written, g)
		}
	}
	if len(written) == 0 {
		return nil
	}
	var texts []string
	for _, pattern := range []string{"*.tmpl", "partials/*.tmpl"} {
		names, err := files.Glob(pattern)
		if err != nil {
			return nil
		}
		for _, name := range names {
			b, _, err := files.Open(name)
			if err != nil {
				return nil // a template that cannot be read: the build says so
			}
			texts = append(texts, string(b))
		}
	}
	var diags content.Diagnostics
	for _, g := range written {
		quoted := `"` + g.ID + `"`
		if slices.ContainsFunc(texts, func(t string) bool { return strings.Contains(t, quoted) }) {
			continue
		}
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: src.File, Line: src.Line(g.At + ".id"), Path: g.At + ".id",
			Message: fmt.Sprintf("guidance %q is cited by no document template in use, so no document lists it among the guidance editions it follows: the shipped templates cite only %s; cite it in a template of your own (templates folder), or remove the entry", g.ID, shippedGuidanceIDs())})
	}
	return diags
}

// shippedGuidanceIDs lists the ids of jspgen's shipped editions.
func shippedGuidanceIDs() string {
	var ids []string
	for _, g := range content.DefaultGuidance {
		if !slices.Contains(ids, g.ID) {
			ids = append(ids, g.ID)
		}
	}
	return content.AndList(ids)
}
