package content

import (
	"strings"
	"testing"
)

// laterNamesBase: version 1.0 (the top-level facts) has one account and
// no remote access; each case gives 1.0's texts and 2.0's changes.
const laterNamesBase = `schema_version = 2
id = "p"

[[accounts]]
role = "Nurse"
kind = "user"
authentication = "Badge and PIN"
privileges = "Operate."
provisioning = "By the hospital."
`

const laterNamesVersions = `
[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
`

const laterSetting = `[[versions.changes.security_settings_added]]
name = "Remote bolus"
default = "Off"
changed_by = "Patient"
`

const laterAccount = `[[versions.changes.accounts_added]]
role = "Caregiver"
kind = "user"
authentication = "Password"
privileges = "Request a bolus."
provisioning = "Invited by the patient."
`

func control(text string) string {
	return "[[recommended_controls]]\nid = \"RC-01\"\ncategory = \"other\"\ntitle = \"T\"\nrecommendation = \"" + text + "\"\npriority = \"required\"\n"
}

// TestLaterNamesInEarlierTexts: a recommended control or deployment step
// of a version that names a security setting, account role or remote
// control function only a later version adds is reported at the text's
// line (the older version's CSD would tell its customer to manage a
// feature it lacks); a text naming what the version has, a later
// version's own text, or a name only inside another word is not.
func TestLaterNamesInEarlierTexts(t *testing.T) {
	cases := []struct {
		name, top, changes string
		want               []string // paths warned about, with the name
	}{
		{"first version's control names a setting 2.0 adds", control("Turn remote bolus on only when needed."), laterSetting,
			[]string{`recommended_controls[0].recommendation: names "Remote bolus", which version 2.0 adds (versions[1].changes.security_settings_added[0]): version 1.0 has none`}},
		{"plural of a role 2.0 adds", control("Invite only caregivers who look after the patient."), laterAccount,
			[]string{`recommended_controls[0].recommendation: names "Caregiver", which version 2.0 adds (versions[1].changes.accounts_added[0])`}},
		{"deployment step names a setting 2.0 adds", "[deployment]\nsteps = [\"Install.\", \"Choose the remote bolus limit.\"]\n", laterSetting,
			[]string{`deployment.steps[1]: names "Remote bolus"`}},
		{"a name the version already has", control("Give each nurse a badge."), "[[versions.changes.accounts_changed]]\nrole = \"Nurse\"\nkind = \"user\"\nauthentication = \"Badge\"\nprivileges = \"Operate.\"\nprovisioning = \"By the hospital.\"\n", nil},
		{"the later version's own control", control("Lock the screen."), laterSetting + "[[versions.changes.recommended_controls_added]]\nid = \"RC-02\"\ncategory = \"other\"\ntitle = \"Remote bolus\"\nrecommendation = \"Turn remote bolus on only when needed.\"\npriority = \"required\"\n", nil},
		{"the name only inside another word", control("Ask the noncaregiver staff."), laterAccount, nil},
		{"nothing named", control("Lock the screen."), laterSetting + laterAccount, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, laterNamesBase+tc.top+laterNamesVersions+tc.changes)
			var got []string
			for _, d := range diags {
				if strings.Contains(d.Message, "which version 2.0 adds") {
					got = append(got, d.Path+": "+d.Message)
					if d.Severity != Warning || d.Line == 0 {
						t.Errorf("want a warning with its line: %v", d)
					}
				}
			}
			if len(got) != len(tc.want) {
				t.Fatalf("got %d reports, want %d:\n%s", len(got), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("report %d:\n got %s\nwant prefix %s", i, got[i], w)
				}
			}
		})
	}
}
