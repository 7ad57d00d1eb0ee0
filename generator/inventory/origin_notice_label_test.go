package inventory

import "testing"

// TestOriginNoticeLabel: the CSD's software-support table gave "Notice" as
// the source of the components whose support an end-of-life notice
// states, without saying which notice, where a rule's label carries its
// ID. A notice is now labelled as the documents cite notices, "Notice"
// and its ID, and only where the notices are built: else "A notice",
// which names no document the build does not publish. The other origins
// are labelled as before, built notices or not.
func TestOriginNoticeLabel(t *testing.T) {
	notice := Origin{Kind: OriginNotice, Notice: "MIS-LVP7-EOL-410", Path: "notices[0].components[1]"}
	for _, tc := range []struct {
		name           string
		o              Origin
		label          string
		built, unbuilt string // Cited(true), Cited(false)
	}{
		{"a notice", notice, "Notice MIS-LVP7-EOL-410", "Notice MIS-LVP7-EOL-410", "A notice"},
		{"a notice whose ID is not known", Origin{Kind: OriginNotice}, "Notice", "A notice", "A notice"},
		{"a product rule", Origin{Kind: OriginProductRule, Rule: "linux-lts"}, "Product rule linux-lts", "Product rule linux-lts", "Product rule linux-lts"},
		{"a site rule", Origin{Kind: OriginSiteRule, Rule: "npm"}, "Site rule npm", "Site rule npm", "Site rule npm"},
		{"an annotation", Origin{Kind: OriginAnnotation}, "Annotation", "Annotation", "Annotation"},
		{"the SBOM", Origin{Kind: OriginSBOM, File: "sbom.cdx.json"}, "SBOM (sbom.cdx.json)", "SBOM (sbom.cdx.json)", "SBOM (sbom.cdx.json)"},
		{"none", Origin{}, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.o.Label(); got != tc.label {
				t.Errorf("Label() = %q, want %q", got, tc.label)
			}
			if got := tc.o.Cited(true); got != tc.built {
				t.Errorf("Cited(true) = %q, want %q", got, tc.built)
			}
			if got := tc.o.Cited(false); got != tc.unbuilt {
				t.Errorf("Cited(false) = %q, want %q", got, tc.unbuilt)
			}
		})
	}
	// The annotated SBOM's token stays the kind: the notice is found by
	// the component, not by a document ID in the SBOM.
	if got := notice.Token(); got != "notice" {
		t.Errorf("Token() = %q, want notice", got)
	}
}
