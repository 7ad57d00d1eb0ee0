package content

import "regexp"

// atRestMentioned matches a location or protection text that speaks of
// encryption ("AES-256 volume encryption", "BitLocker", "the encrypted
// data partition", "keys wrapped by the device key"): what it says is
// the reader's to weigh, so the table does not add that encryption is
// not stated beside it.
var atRestMentioned = regexp.MustCompile(`(?i)encrypt|\bAES\b|BitLocker|LUKS|FileVault|\bTDE\b|\bwrapped\b`)

// AtRestUnstated reports whether nothing says whether the store is
// encrypted at rest: encrypted is not written and neither the location
// nor the protection text speaks of encryption. The data-at-rest table then says so,
// so that access controls alone are not read as the whole protection.
func (d DataStore) AtRestUnstated() bool {
	return !d.Encrypted.Known() && !atRestMentioned.MatchString(d.Location) && !atRestMentioned.MatchString(d.Protection)
}
