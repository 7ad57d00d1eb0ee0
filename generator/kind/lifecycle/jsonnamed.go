package lifecycle

// namedNeedingAttention is what lifecycle.json writes under
// components_named_by_notices_needing_attention for a supported version
// without a component list of its own (SupportedVersion.Named): the
// components notices about it name that need attention, as the page's
// section 4 lists them, and whether to write the key at all. An empty
// list is written only when every named component states its support, as
// the page then says none of them needs attention; with one stating
// neither a level nor an end of supplier support, which the rule cannot
// judge, the key is left out rather than read as "none".
func namedNeedingAttention(named NamedNotes) (NamedNotes, bool) {
	if len(named) == 0 {
		return nil, false
	}
	list := append(NamedNotes{}, named.Attention()...)
	if len(list) == 0 {
		for _, n := range named {
			if n.Support == "" && n.EndOfSupport.IsZero() {
				return nil, false
			}
		}
	}
	return list, true
}
