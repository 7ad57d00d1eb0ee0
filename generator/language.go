package generator

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// languageWarnings: the site file's language tags every page (HTML lang),
// PDF (/Lang) and CSAF file (lang). jspgen's own templates are written in
// English, so a language other than English is true of a document only
// when the templates that write it are the manufacturer's translations.
// Each shipped template the repository does not override is named, so
// that what would be tagged wrongly is known before anything is published.
func languageWarnings(lang string, src content.Source, files render.Files) content.Diagnostics {
	if english(lang) {
		return nil
	}
	shipped := shippedInUse(files)
	if len(shipped) == 0 {
		return nil
	}
	shown := shipped
	if len(shown) > 4 {
		shown = append(shown[:4:4], fmt.Sprintf("%d more", len(shipped)-4))
	}
	folder := "the templates folder"
	if files.OverrideName != "" {
		folder = files.OverrideName + "/"
	}
	return content.Diagnostics{{Severity: content.Warning, File: src.File, Line: src.Line("language"), Path: "language",
		Message: fmt.Sprintf("%q, but %d of jspgen's templates, which are written in English, are not overridden in %s (%s): the documents and pages they write are English and would be tagged %q (HTML lang, PDF language), and the CSAF files, whose wording is jspgen's, are tagged %q too; translate those templates, or remove language (default en)",
			lang, len(shipped), folder, content.AndList(shown), lang, lang)}}
}

// english reports a language tag whose primary language is English (or
// none: the default).
func english(lang string) bool {
	primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	return primary == "" || primary == "en"
}

// shippedInUse lists the shipped templates and pages (*.tmpl, *.html, the
// partials) that the repository does not override, sorted.
func shippedInUse(files render.Files) []string {
	var out []string
	_ = fs.WalkDir(files.Shipped, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if ext := path.Ext(p); ext != ".tmpl" && ext != ".html" {
			return nil
		}
		if _, name, err := files.Open(p); err == nil && strings.HasPrefix(name, "jspgen:") {
			out = append(out, p)
		}
		return nil
	})
	return out
}
