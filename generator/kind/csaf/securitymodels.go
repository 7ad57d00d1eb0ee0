package csaf

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/kind"
)

// A security notice may concern some models of the versions it names
// (notices.models: a flaw in the central station's server software, not
// in the bedside monitors that run the same release). Its twin's product
// tree of the versions alone would name every installation of them, and
// a tool matching the tree against an inventory would report the models
// the notice leaves out as affected. The tree is then the models' (the
// same modelBranch as a model's end-of-support notice, so one model's
// version has one product ID in every document), and every product
// status, score, remediation and threat names the models' products.

// securityModels returns the models security notice n names when they
// leave out a model that runs one of the versions, in product order; nil
// when it names none, or every model that runs them.
func securityModels(p kind.Product, n content.Notice, versions []string) []content.Model {
	if len(n.Models) == 0 {
		return nil
	}
	leftOut := false
	for _, ver := range versions {
		if v := p.Version(ver); v != nil && slices.ContainsFunc(p.ModelIDs(v), func(id string) bool { return !slices.Contains(n.Models, id) }) {
			leftOut = true
		}
	}
	if !leftOut {
		return nil
	}
	return slices.DeleteFunc(slices.Clone(p.Models), func(m content.Model) bool { return !slices.Contains(n.Models, m.ID) })
}

// securityBranch is the product tree of a security notice's twin, and
// the product IDs of each version in it: the models' tree when the
// notice names some of the models (securityModels), each version then
// one product per model of the notice that runs it, else the versions'
// tree, one product per version.
func securityBranch(env *kind.Env, p kind.Product, n content.Notice, versions []string) ([]csaf.Branch, map[string][]string) {
	if models := securityModels(p, n, versions); models != nil {
		branches := modelBranch(env, p, models, versions)
		return branches, versionProductIDs(branches)
	}
	branches, one := versionBranch(env, p, versions)
	ids := map[string][]string{}
	for v, id := range one {
		ids[v] = []string{id}
	}
	return branches, ids
}

// versionProductIDs are the product IDs of a tree's product_version
// branches, by version, in tree order.
func versionProductIDs(branches []csaf.Branch) map[string][]string {
	ids := map[string][]string{}
	var walk func([]csaf.Branch)
	walk = func(bs []csaf.Branch) {
		for _, b := range bs {
			if b.Category == "product_version" && b.Product != nil {
				ids[b.Name] = append(ids[b.Name], b.Product.ProductID)
			}
			walk(b.Branches)
		}
	}
	walk(branches)
	return ids
}

// affectedModelsLine names the models a security notice limits its twin
// to (securityModels), by ID and name: "Affected models: SPM-CS —
// Sentinel central station and monitoring server."; "" for none.
func affectedModelsLine(models []content.Model) string {
	if len(models) == 0 {
		return ""
	}
	var names []string
	for _, m := range models {
		name := m.ID
		if s := strings.TrimSpace(m.Name); s != "" && s != m.ID {
			name += " — " + s
		}
		names = append(names, name)
	}
	word := "model"
	if len(names) > 1 {
		word = "models"
	}
	return "Affected " + word + ": " + strings.Join(names, "; ") + "."
}
