package kind

import "github.com/jspgen/jspgen/generator/content"

// PortfolioParts is a Portfolio kind whose site files are made from a
// part per product, each drawn from that product alone. The build then
// prepares it one product at a time like any kind, keeps each product's
// part (bytes the kind encodes and decodes itself) with the product in
// its build cache, and makes the site files once every product has its
// part: a rebuild after one product changed prepares that product only.
type PortfolioParts interface {
	Portfolio
	// PreparePart is Prepare for one product, with the product's part of
	// the site files (nil when the product has an error).
	PreparePart(env *Env, p Product) (Prepared, []byte, content.Diagnostics)
	// SiteFilesOf makes the site files from every product's part, in
	// build order (nil parts are skipped). It reads only the parts and
	// what env holds for the whole site (never env.Content.Products): the
	// build runs it while it writes the last product read.
	SiteFilesOf(env *Env, parts [][]byte) ([]File, content.Diagnostics)
}
