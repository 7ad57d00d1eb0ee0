// Package templates holds the templates, page layout, stylesheet and data
// that jspgen ships. A product repository overrides any file by placing a
// file with the same path in its own templates folder.
package templates

import "embed"

// FS is the shipped templates folder.
//
//go:embed *.tmpl *.html *.css partials mds2
var FS embed.FS
