package generator

import (
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// Kind is one kind of document. Each kind is a Markdown template; the HTML
// and PDF of every kind follow without further code. A kind may also
// publish machine-readable files beside its documents.
type Kind struct {
	Slug     string // output base name: site/<product>/<slug>.{md,html,pdf}
	Title    string
	Template string // under templates/
	Subject  string // PDF subject and HTML description

	// Control returns the document control block of the product's one
	// document of this kind. Kinds with several documents per product
	// (notices) set Instances instead.
	Control   func(*content.Product) content.DocumentControl
	Instances func(*Context, *content.Product) ([]Instance, error)

	// Data, when set, returns what the template sees as .Data.
	Data func(*Context, *content.Product) (any, error)
	// Files, when set, returns files published in the product's folder
	// (JSON, CSV, SBOMs, images) and listed on the index.
	Files func(*Context, *content.Product) ([]File, error)

	// Check, when set, validates what this kind needs beyond the content
	// model (an MDS2 answer against the product data, a notice against the
	// versions). It runs for every product before anything renders; errors
	// stop the build, warnings are reported; `jspgen check` lists them all.
	Check func(*Context, *content.Product) content.Diagnostics
}

// Instance is one document of a kind that has several per product.
type Instance struct {
	Path    string // under the product folder, without extension, e.g. "notices/eos-3-8"; from validated IDs only
	Title   string // e.g. "End-of-Support Notice: software 3.8.2"
	Control content.DocumentControl
	Data    any // the template's .Data
}

// File is a machine-readable file published in a product's folder.
type File struct {
	Path  string // under the product folder, e.g. "mds2.json"; from validated IDs only
	Label string // for the index, e.g. "MDS2 form (JSON)"
	Data  []byte
}

// Context is what kinds see of the build.
type Context struct {
	Content    *content.Content
	AsOf       content.Date
	SourceDate *time.Time
	Templates  render.Files

	memo map[string]any // what once computed, by key
}

// once returns the value computed for key in this build, computing it the
// first time: the kinds' Check, Instances and Files hooks all need the same
// per-product results (components, the MDS2 form), read and derived once.
func (ctx *Context) once(key string, compute func() any) any {
	if v, ok := ctx.memo[key]; ok {
		return v
	}
	if ctx.memo == nil {
		ctx.memo = map[string]any{}
	}
	v := compute()
	ctx.memo[key] = v
	return v
}

// Kinds are the documents built for each product, in index order.
var Kinds = []Kind{
	securityPlan,
	csd,
	mds2Form,
	lifecyclePage,
	notices,
}

var securityPlan = Kind{
	Slug:     "security-plan",
	Title:    "Product Security Plan",
	Template: "security-plan.md.tmpl",
	Subject:  "Product security plan: secure product development framework, security risk management, controls, verification and the postmarket cybersecurity management plan",
	Control:  func(p *content.Product) content.DocumentControl { return p.Documents.SecurityPlan },
}

// instances returns the documents of kind k for product p.
func (k Kind) instances(ctx *Context, p *content.Product) ([]Instance, error) {
	if k.Instances != nil {
		return k.Instances(ctx, p)
	}
	var data any
	if k.Data != nil {
		d, err := k.Data(ctx, p)
		if err != nil {
			return nil, err
		}
		data = d
	}
	return []Instance{{Path: k.Slug, Title: k.Title, Control: k.Control(p), Data: data}}, nil
}
