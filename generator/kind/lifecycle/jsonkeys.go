package lifecycle

// attentionKnown reports whether lifecycle.json writes the version's
// components_needing_attention: its own components are stated, and the
// list either names some or every component states its support ([]
// would otherwise read "none needs attention" of components the rule
// cannot judge).
func (sv SupportedVersion) attentionKnown() bool {
	return sv.Stated && (len(sv.Attention) > 0 || len(sv.NotStated) == 0)
}

// JSONAttentionKeys says which of the component keys lifecycle.json
// writes for the supported versions, as JSON writes them, so that the
// page's account of the file (section 7) names only keys it holds:
// needing attention (components_needing_attention), support not stated
// (components_support_not_stated) and named by notices
// (components_named_by_notices_needing_attention).
func (v LifecycleView) JSONAttentionKeys() (keys struct{ Attention, NotStated, Named bool }) {
	for _, sv := range v.SupportedVersions {
		switch {
		case sv.Stated:
			keys.Attention = keys.Attention || sv.attentionKnown()
			keys.NotStated = keys.NotStated || len(sv.NotStated) > 0
		default:
			_, named := namedNeedingAttention(sv.Named)
			keys.Named = keys.Named || named
		}
	}
	return keys
}
