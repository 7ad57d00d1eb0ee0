package content

import "fmt"

// backupParts checks backup.parts, and each version's, against the parts
// of the product as written and of that version: a part it names that
// does not exist would leave the backup of every part unpointed
// (markBackupSection) without a word.
func (v *productValidator) backupParts() {
	p := v.p
	for i, id := range p.Backup.Parts {
		v.checkPart(fmt.Sprintf("backup.parts[%d]", i), id)
	}
	for i, ver := range p.Versions {
		q := p.views[ver.Version]
		if q == nil {
			continue
		}
		for j, id := range ver.Changes.Backup.Parts {
			v.checkPartOf(q, fmt.Sprintf("versions[%d].changes.backup.parts[%d]", i, j), id)
		}
	}
}
