package content

import "strings"

// Nobody installs updates on a part whose software is never updated once
// made (field_updatable = false): where its patching is not written, the
// documents that say who installs a part's updates say that it is not
// updated in the field, rather than "Not stated" or a pointer to the
// software updates section, and check does not ask who installs them.

// fieldFixedPatching is the patching of such a part.
const fieldFixedPatching = "Not updated in the field: a unit's software is never updated after manufacture, and a fix reaches only the units made afterwards."

// fieldFixedPatching returns fieldFixedPatching for a part whose software
// is never updated once made and whose own patching is not written.
func (pt Part) fieldFixedPatching() (string, bool) {
	if strings.TrimSpace(pt.Patching) != "" || !pt.FieldUpdatable.IsFalse() {
		return "", false
	}
	return fieldFixedPatching, true
}
