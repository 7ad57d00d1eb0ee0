package mds2form

import (
	"regexp"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// removableMediaWords are the words by which a backup's prose names
// removable media: USB, "removable", an external disk or drive, tape,
// DVD, CD or optical discs, SD or memory cards, flash or thumb drives.
// Prose may deny them ("never to USB"), so a match only leaves a No
// undecided; it never gives a Yes.
var removableMediaWords = regexp.MustCompile(`(?i)\b(usb|removable|external (hard )?(disk|drive)s?|tapes?|dvds?|cds?|optical|(sd|memory) cards?|(flash|thumb) drives?)\b`)

// piiBackupToMedia is the first part keeping PHI or PII in a data store
// MPII-2 counts (a store of a part the manufacturer hosts beside the
// device is not on the device; one of the customer's own infrastructure
// is not the product's) whose backup, as stated, names removable media:
// its own backup key, else the [backup] section's method and scope
// where the section may be about the part (not left out). A nightly
// backup of the store to a rotated USB disk writes PII to removable
// media, whatever the interfaces list.
func (f *mds2Facts) piiBackupToMedia() (content.Part, bool) {
	hasDevice := f.p.HasDevice()
	for _, d := range f.p.DataStores {
		pt := f.p.PartOfStore(d)
		if !carriesPII(d.Data) || !f.ownStore(d) || hasDevice && pt.Runs.IsManufacturerHosted() {
			continue
		}
		said := pt.Backup
		if strings.TrimSpace(said) == "" && !pt.BackupLeftOut() {
			said = f.p.Backup.Method + " " + f.p.Backup.Scope
		}
		if removableMediaWords.MatchString(said) {
			return pt, true
		}
	}
	return content.Part{}, false
}
