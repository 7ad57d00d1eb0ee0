package content

import (
	"slices"
	"strings"
	"testing"
)

// TestMisc78CVDNonePublishedWarning: a site stating that the manufacturer
// publishes no disclosure policy (cvd_policy = "none_published") is told
// that the documents say none is published, not that they say the policy
// is not stated, and is not asked for an address that does not exist.
func TestMisc78CVDNonePublishedWarning(t *testing.T) {
	const src = "schema_version = 2\nid = \"p\"\nname = \"P\"\nmarkets = [\"us\"]\n[documents]\nbuild = [\"csd\"]\n" +
		"[[interfaces]]\nid = \"eth\"\nkind = \"ethernet\"\nname = \"Ethernet\"\npurpose = \"Results.\"\n"
	p, s := ruleProduct(t, src), &Site{Manufacturer: Manufacturer{Name: "Maker", CVDPolicy: "none_published"}}
	var got []string
	for _, d := range (&Content{Site: s}).validateProduct(p) {
		if strings.Contains(d.Message, "it may be a cyber device") {
			got = append(got, d.Message)
		}
	}
	if len(got) != 1 {
		t.Fatalf("want one warning, got %q", got)
	}
	if strings.Contains(got[0], "the policy is not stated") || strings.Contains(got[0], "write its address") || !strings.Contains(got[0], "so the documents say none is published") {
		t.Errorf("warning misdescribes the documents: %s", got[0])
	}
}

// TestMisc78AccountAuthenticationOptional: an account whose
// authentication is not written is not an error (a sparse specification
// may not say how it authenticates): the CSD says Not stated and check
// warns; written blank it is still refused; one used without signing in
// is not asked for it.
func TestMisc78AccountAuthenticationOptional(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\nname = \"P\"\n[documents]\nbuild = [\"csd\"]\n"
	const acct = "[[accounts]]\nrole = \"Mother\"\nkind = \"user\"\nprivileges = \"Her own logs.\"\nprovisioning = \"Created by her.\"\n"
	tests := []struct {
		name, src   string
		error, warn bool
	}{
		{"not written warns", head + acct, false, true},
		{"written blank is an error", head + acct + "authentication = \" \"\n", true, true},
		{"written passes", head + acct + "authentication = \"Password.\"\n", false, false},
		{"without signing in passes", head + acct + "sign_in = []\n", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ruleProduct(t, tt.src)
			var errs, warns int
			for _, d := range (&Content{Site: &Site{Manufacturer: Manufacturer{Name: "M"}}}).validateProduct(p) {
				if !strings.Contains(d.Path+d.Message, "authentication") || strings.Contains(d.Message, "backup") {
					continue
				}
				if d.Severity == Error {
					errs++
				} else if strings.Contains(d.Message, "authentication (how it authenticates) not written: the CSD's accounts table says Not stated") {
					warns++
				}
			}
			if (errs > 0) != tt.error || (warns > 0) != tt.warn {
				t.Errorf("errors %d, warnings %d; want error %v, warning %v", errs, warns, tt.error, tt.warn)
			}
		})
	}
}

// TestMisc78Item13Incomplete: the CSD's section 13 tabulates every
// version's stage and milestones, so a product with versions but no end
// of support and no risk transfer has item 13 incomplete, not empty.
func TestMisc78Item13Incomplete(t *testing.T) {
	item := LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == 13 })]
	if item.Empty(&Product{Versions: []Version{{Version: "3.4"}}}) {
		t.Errorf("item 13 called empty for a product with a version, which section 13 tabulates")
	}
	if !item.Empty(&Product{}) {
		t.Errorf("item 13 not empty for a product with nothing section 13 prints")
	}
}
