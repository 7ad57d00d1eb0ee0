package content

import (
	"strings"
	"testing"
)

// TestRemoteControlPartPerVersion: a remote control entry names a part
// of the version that has it. A version may add a part and an entry
// through it together; an entry through a part only a later version has,
// or one that stays when its version removes its part, is an error.
func TestRemoteControlPartPerVersion(t *testing.T) {
	portal := "[[versions.changes.parts_added]]\nid = \"clinic\"\nname = \"Clinic portal\"\nruns = \"manufacturer_hosted\"\n"
	entry := func(table string) string {
		return "\n[[" + table + "]]\nname = \"Remote bolus\"\nby = \"A caregiver\"\nsettings = \"A bolus within limits\"\npart = \"clinic\"\n"
	}
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"added with its part", partsBase + portal + entry("versions.changes.remote_control_added"), nil},
		{"written for the first version, the part only 2.0's", strings.Replace(partsBase, "[[versions]]", entry("remote_control")+"\n[[versions]]", 1) + portal,
			[]string{`remote_control[0].part: unknown part "clinic"`}},
		{"kept when 2.0 removes its part", strings.Replace(partsBase, "[[versions]]", strings.Replace(entry("remote_control"), "clinic", "portal", 1)+"\n[[versions]]", 1) +
			"parts_removed = [\"portal\"]\nports_removed = [443]\n",
			[]string{`versions[1].changes.parts_removed[0]: version 2.0 removes part "portal", which its remote control "Remote bolus" still name`}},
		{"removed with its part", strings.Replace(partsBase, "[[versions]]", strings.Replace(entry("remote_control"), "clinic", "portal", 1)+"\n[[versions]]", 1) +
			"parts_removed = [\"portal\"]\nports_removed = [443]\nremote_control_removed = [\"Remote bolus\"]\n", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool {
				return d.Severity == Error && (strings.Contains(d.Path, "remote_control") || strings.Contains(d.Path, "parts_removed"))
			}, tc.want)
		})
	}
}
