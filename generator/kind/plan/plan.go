// Package plan is the product security plan: the secure product
// development framework, security risk management, controls, verification
// and the postmarket cybersecurity management plan. Its template reads the
// content model directly; the kind adds nothing but the document.
package plan

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// Kind is the security plan kind.
var Kind kind.Kind = securityPlan{}

type securityPlan struct{}

func (securityPlan) Slug() string { return "security-plan" }

func (securityPlan) Prepare(_ *kind.Env, products []kind.Product) ([]kind.Prepared, content.Diagnostics) {
	return kind.Each(products, func(p kind.Product) (kind.Prepared, content.Diagnostics) {
		if !p.Builds("security_plan") {
			return kind.Prepared{}, nil
		}
		return kind.Prepared{Documents: []kind.Document{{
			Path: "security-plan", Title: "Product Security Plan", Kind: "Product Security Plan",
			Template: "security-plan.md.tmpl",
			Subject:  "Product security plan: secure product development framework, security risk management, controls, verification and the postmarket cybersecurity management plan",
			Control:  p.Documents.SecurityPlan,
		}}}, nil
	})
}
