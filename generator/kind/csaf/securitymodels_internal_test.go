package csaf

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
)

// referencedIDs are every product ID a CSAF vulnerability names: its
// product status, scores, remediations, threats and flags.
func referencedIDs(v csaf.Vulnerability) []string {
	var out []string
	if st := v.ProductStatus; st != nil {
		out = append(out, st.Fixed...)
		out = append(out, st.KnownAffected...)
		out = append(out, st.KnownNotAffected...)
		out = append(out, st.UnderInvestigation...)
	}
	for _, s := range v.Scores {
		out = append(out, s.Products...)
	}
	for _, r := range v.Remediations {
		out = append(out, r.ProductIDs...)
	}
	for _, t := range v.Threats {
		out = append(out, t.ProductIDs...)
	}
	for _, f := range v.Flags {
		out = append(out, f.ProductIDs...)
	}
	return out
}

// TestSecurityTwinKeepsToTheNoticesModels: a security notice that names
// some of the models running its versions (notices.models) is about
// those models alone, and so is its twin: the product tree is the
// models' (vendor → family → model → version, the IDs a model's
// end-of-support notice uses), every status, score, remediation and
// threat names only those models' products, and a note names the
// models. Naming none, or every model that runs the versions, the tree
// stays the versions', one product per version.
func TestSecurityTwinKeepsToTheNoticesModels(t *testing.T) {
	env, p, _ := exampleNotice(t)
	i := slices.IndexFunc(p.Notices, func(n content.Notice) bool { return n.Security() })
	if i < 0 || len(p.Models) < 2 {
		t.Fatal("the example has no security notice, or fewer than two models")
	}
	n := p.Notices[i]
	m := p.Models[len(p.Models)-1]
	var all []string
	for _, x := range p.Models {
		all = append(all, x.ID)
	}
	for _, tc := range []struct {
		name   string
		models []string
		prefix string // of every product ID
	}{
		{"no models named", nil, p.ID + "-"},
		{"every model named", all, p.ID + "-"},
		{"one model named", []string{m.ID}, p.ID + "-" + m.ID + "-"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n.Models = tc.models
			adv, ok := securityAdvisory(env, p, n)
			if !ok {
				t.Fatalf("security notice %s has no twin", n.ID)
			}
			defined := versionProductIDs(adv.Doc.ProductTree.Branches)
			var ids []string
			for ver, xs := range defined {
				for _, id := range xs {
					ids = append(ids, id)
					if tc.models == nil || len(tc.models) == len(all) {
						if id != p.ID+"-"+ver {
							t.Errorf("product %s of version %s, want the version's own %s", id, ver, p.ID+"-"+ver)
						}
					} else if !strings.HasPrefix(id, tc.prefix) {
						t.Errorf("product %s in the tree is not model %s's", id, m.ID)
					}
				}
				if v := p.Version(ver); v != nil && tc.models != nil && len(tc.models) < len(all) && !slices.Contains(p.ModelIDs(v), m.ID) {
					t.Errorf("version %s, which model %s does not run, is in the tree: %v", ver, m.ID, xs)
				}
			}
			if len(ids) == 0 {
				t.Fatal("empty product tree")
			}
			for _, v := range adv.Doc.Vulnerabilities {
				ref := referencedIDs(v)
				if len(ref) == 0 || len(v.ProductStatus.KnownAffected)+len(v.ProductStatus.Fixed)+len(v.ProductStatus.UnderInvestigation)+len(v.ProductStatus.KnownNotAffected) == 0 {
					t.Errorf("%s names no product", v.CVE)
				}
				for _, id := range ref {
					if !slices.Contains(ids, id) {
						t.Errorf("%s names product %s, which the tree does not define (%v)", v.CVE, id, ids)
					}
				}
			}
			affected, _ := noteTitled(adv.Doc.Document.Notes, "Affected and fixed versions")
			line := "Affected model: " + m.ID + " — " + m.Name + "."
			if got := strings.Contains(affected.Text, line); got != (len(tc.models) == 1) {
				t.Errorf("note names the model (%q): %v, want %v:\n%s", line, got, !got, affected.Text)
			}
		})
	}
}
