package content

import "testing"

// TestAtRestUnstated: the data-at-rest table printed a store's access
// controls alone when encrypted was not written, so a reader could take
// them for the whole protection. It now says encryption is not stated,
// unless encrypted is written or the location or protection text speaks
// of encryption itself (the example pump's keystore, "PIN hashes in the
// encrypted data partition", "Keys wrapped by the device-unique OTP
// master key").
func TestAtRestUnstated(t *testing.T) {
	for _, tc := range []struct {
		name       string
		location   string
		protection string
		encrypted  Tri
		want       bool
	}{
		{"access control only", "", "Shown on the meter only to a signed-in operator.", Unstated, true},
		{"encrypted written", "", "Shown on the meter only to a signed-in operator.", True, false},
		{"not encrypted written", "", "Shown on the meter only to a signed-in operator.", False, false},
		{"text says encrypted", "", "AES-256 volume encryption; readable by administrators.", Unstated, false},
		{"text names BitLocker", "", "Windows BitLocker on the system disk.", Unstated, false},
		{"text says not encrypted", "", "Not encrypted at rest; readable by the service only.", Unstated, false},
		{"location says encrypted", "PIN hashes in the encrypted data partition", "PINs stored as salted Argon2id hashes.", Unstated, false},
		{"keys wrapped", "A dedicated eMMC partition", "Keys wrapped by the device-unique OTP master key.", Unstated, false},
		{"location says nothing", "Two eMMC root-file-system slots", "Signed images, dm-verity.", Unstated, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := DataStore{Location: tc.location, Protection: tc.protection, Encrypted: tc.encrypted}
			if got := d.AtRestUnstated(); got != tc.want {
				t.Errorf("AtRestUnstated() = %v, want %v", got, tc.want)
			}
		})
	}
}
