package csaf

import (
	"slices"

	"github.com/jspgen/jspgen/generator/csaf"
)

// merge folds what several entries of one vulnerability state alike into
// one item: one [[vulnerabilities]] block naming several versions gives
// each version the same description, remediation and score, which a CSAF
// document states once, for every product it applies to. Order is that of
// first appearance, so the output stays deterministic.
func merge(v *csaf.Vulnerability) {
	var notes []csaf.Note
	for _, n := range v.Notes {
		if !slices.Contains(notes, n) {
			notes = append(notes, n)
		}
	}
	v.Notes = notes
	v.Remediations = mergeBy(v.Remediations, func(r csaf.Remediation) string { return r.Category + "\x00" + r.Date + "\x00" + r.Details },
		func(r *csaf.Remediation) *[]string { return &r.ProductIDs })
	v.Threats = mergeBy(v.Threats, func(t csaf.Threat) string { return t.Category + "\x00" + t.Details },
		func(t *csaf.Threat) *[]string { return &t.ProductIDs })
	var scores []csaf.Score
	for _, s := range v.Scores {
		i := slices.IndexFunc(scores, func(x csaf.Score) bool { return x.CVSSv3 != nil && s.CVSSv3 != nil && *x.CVSSv3 == *s.CVSSv3 })
		if i < 0 {
			s.Products = slices.Clone(s.Products)
			scores = append(scores, s)
			continue
		}
		scores[i].Products = union(scores[i].Products, s.Products)
	}
	v.Scores = scores
}

// mergeBy merges items with the same key (everything but their product
// IDs); ids gives an item's product IDs.
func mergeBy[T any](items []T, key func(T) string, ids func(*T) *[]string) []T {
	var out []T
	var keys []string
	for _, it := range items {
		k := key(it)
		i := slices.Index(keys, k)
		if i < 0 {
			keys = append(keys, k)
			*ids(&it) = slices.Clone(*ids(&it))
			out = append(out, it)
			continue
		}
		*ids(&out[i]) = union(*ids(&out[i]), *ids(&it))
	}
	return out
}

func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}
