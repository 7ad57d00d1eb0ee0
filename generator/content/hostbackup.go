package content

import (
	"slices"
	"strings"
)

// A part the customer hosts leaves, by default, the application's data
// to be backed up by someone not stated. Where the data stores are
// written and none is on the part (an intranet web server that only
// serves the product's static files), the part keeps no data of the
// application to be unsaid about, and the responsibility table says so.

// hostNothingKept follows the host's clause of such a part.
const hostNothingKept = "no data at rest is listed on this part"

// hostKeepsNoData reports a part the customer hosts, without a backup of
// its own words, of a product whose data stores are stated and none of
// them on the part.
func (p *Product) hostKeepsNoData(pt Part) bool {
	if !pt.Runs.IsCustomerHosted() || strings.TrimSpace(pt.Backup) != "" || (len(p.DataStores) == 0 && !p.States("data_stores")) {
		return false
	}
	return !slices.ContainsFunc(p.DataStores, func(s DataStore) bool { return s.Part == pt.ID })
}

// BackupNothingKept reports a part the backup and restore section is
// not about because no data at rest is listed on it (BackupLeftOut),
// rather than because backup.parts leaves it out.
func (pt Part) BackupNothingKept() bool { return pt.backupSection == backupNothingKept }
