package generator

import "github.com/jspgen/jspgen/generator/content"

// Kind is one kind of document every product gets. Each kind is a Markdown
// template; HTML and PDF follow for every kind without further code.
type Kind struct {
	Slug     string // output base name: site/<product>/<slug>.{md,html,pdf}
	Title    string
	Template string // under templates/
	Subject  string // PDF subject and HTML description
	Control  func(*content.Product) content.DocumentControl
}

// Kinds are the documents built for each product, in index order.
var Kinds = []Kind{
	{
		Slug:     "security-plan",
		Title:    "Product Security Plan",
		Template: "security-plan.md.tmpl",
		Subject:  "Product security plan: secure product development framework, security risk management, controls, verification and the postmarket cybersecurity management plan",
		Control:  func(p *content.Product) content.DocumentControl { return p.Documents.SecurityPlan },
	},
}
