package mds2form

import "testing"

// TestKeyFactQuestionsNeverNAByForm: the CSD's key facts read the
// manufacturer's own answers to RMOT-1, MLDP-2, SBOM-1 and CONN-6
// (content.Product.MDS2Answered, MDS2NotApplicable), which see no N/A the
// form's gating gives. They say every N/A of those rows only because no
// gating reaches them: a gate added to one of them in the catalog would
// give the form an N/A the key fact calls "Not stated"
// (templates/csd.md.tmpl, TestCSDKeyFactsSayTheFormsNA).
func TestKeyFactQuestionsNeverNAByForm(t *testing.T) {
	cat := shippedCatalog(t)
	for _, id := range []string{"RMOT-1", "MLDP-2", "SBOM-1", "CONN-6"} {
		q, ok := cat.Lookup(id)
		if !ok {
			t.Errorf("%s is not in the catalog", id)
			continue
		}
		if g := q.Gates(); len(g) > 0 {
			t.Errorf("%s is gated by %v: the CSD's key fact reads only the manufacturer's N/A, not the form's", id, g)
		}
	}
}
