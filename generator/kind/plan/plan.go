// Package plan is the product security plan: the secure product
// development framework, security risk management, controls, verification
// and the postmarket cybersecurity management plan. Its template reads the
// content model directly; the kind adds nothing but the document.
package plan

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/vuln"
)

// PlanData is what the plan template sees as .Data: the known
// vulnerabilities of every version (uncontrolled risks first) for the
// vulnerability assessment section.
type PlanData struct {
	Vulnerabilities []*vuln.Vulnerability
	Uncontrolled    []*vuln.Vulnerability
}

// Kind is the security plan kind.
var Kind kind.Kind = securityPlan{}

type securityPlan struct{}

func (securityPlan) Slug() string { return "security-plan" }

func (securityPlan) Prepare(_ *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	return kind.Each(products, func(p kind.Product) (kind.Prepared, content.Diagnostics) {
		return kind.Prepared{Documents: []kind.Document{{
			Path: "security-plan", Title: "Product Security Plan", Kind: "Product Security Plan",
			Template: "security-plan.md.tmpl",
			Subject:  "Product security plan: secure product development framework, security risk management, controls, verification and the postmarket cybersecurity management plan",
			Control:  p.Documents.SecurityPlan,
			Data:     &PlanData{Vulnerabilities: p.Vulnerabilities.All(), Uncontrolled: p.Vulnerabilities.Uncontrolled()},
		}}}, nil
	})
}
