package content

import (
	"slices"
	"strings"
	"testing"
)

// settingsBase is a product whose first version has two security settings
// and two accounts; version 2.0's changes are appended by each case.
const settingsBase = `schema_version = 2
id = "p"

[[security_settings]]
name = "USB port"
default = "Disabled"
changed_by = "Administrator"

[[security_settings]]
name = "Session timeout"
default = "3 minutes"
changed_by = "Administrator"

[[accounts]]
role = "Clinician"
kind = "user"
authentication = "Badge and PIN"
privileges = "Run infusions."
provisioning = "Hospital directory."

[[accounts]]
role = "Service"
kind = "service"
authentication = "Service certificate"
privileges = "Install software."
provisioning = "Issued by the manufacturer."

[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
`

// TestVersionSettingsAndAccounts: a version adds, changes and removes
// security settings (by name) and accounts (by role) like ports and
// interfaces; At(v) applies them and leaves the versions before untouched,
// and every change naming a setting or account the previous version lacks
// (or already has) is reported at its own key path and line.
func TestVersionSettingsAndAccounts(t *testing.T) {
	names := func(p *Product, v string) string {
		var out []string
		for _, s := range p.At(v).SecuritySettings {
			out = append(out, s.Name+"="+s.Default)
		}
		for _, a := range p.At(v).Accounts {
			out = append(out, "@"+a.Role+"="+a.Authentication)
		}
		return strings.Join(out, "; ")
	}
	const v1 = "USB port=Disabled; Session timeout=3 minutes; @Clinician=Badge and PIN; @Service=Service certificate"
	valid := []struct {
		name, changes, want string
	}{
		{"nothing changed", "", v1},
		{"setting added", "[[versions.changes.security_settings_added]]\nname = \"Syslog forwarding\"\ndefault = \"Off\"\nchanged_by = \"Administrator\"\n",
			"USB port=Disabled; Session timeout=3 minutes; Syslog forwarding=Off; @Clinician=Badge and PIN; @Service=Service certificate"},
		{"setting changed in place", "[[versions.changes.security_settings_changed]]\nname = \"USB port\"\ndefault = \"Enabled for 60 minutes\"\nchanged_by = \"Administrator\"\n",
			"USB port=Enabled for 60 minutes; Session timeout=3 minutes; @Clinician=Badge and PIN; @Service=Service certificate"},
		{"setting removed", "security_settings_removed = [\"USB port\"]\n",
			"Session timeout=3 minutes; @Clinician=Badge and PIN; @Service=Service certificate"},
		{"account added", "[[versions.changes.accounts_added]]\nrole = \"Auditor\"\nkind = \"user\"\nauthentication = \"SSO\"\nprivileges = \"Read logs.\"\nprovisioning = \"Directory.\"\n",
			"USB port=Disabled; Session timeout=3 minutes; @Clinician=Badge and PIN; @Service=Service certificate; @Auditor=SSO"},
		{"account changed", "[[versions.changes.accounts_changed]]\nrole = \"Clinician\"\nkind = \"user\"\nauthentication = \"Badge, PIN or SSO\"\nprivileges = \"Run infusions.\"\nprovisioning = \"Hospital directory.\"\n",
			"USB port=Disabled; Session timeout=3 minutes; @Clinician=Badge, PIN or SSO; @Service=Service certificate"},
		{"account removed", "accounts_removed = [\"Service\"]\n",
			"USB port=Disabled; Session timeout=3 minutes; @Clinician=Badge and PIN"},
	}
	for _, tc := range valid {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, settingsBase+tc.changes)
			for _, d := range diags {
				if d.Severity == Error && (strings.HasPrefix(d.Path, "versions") || strings.HasPrefix(d.Path, "security_settings") || strings.HasPrefix(d.Path, "accounts")) {
					t.Errorf("valid change reported: %v", d)
				}
			}
			if got := names(p, "2.0"); got != tc.want {
				t.Errorf("At(2.0):\n got %s\nwant %s", got, tc.want)
			}
			if got := names(p, "1.0"); got != v1 {
				t.Errorf("At(1.0) changed by 2.0's changes: %s", got)
			}
		})
	}

	invalid := []struct {
		name, changes string
		line          int // of the key reported, in settingsBase+changes
		want          string
	}{
		{"removes an unknown setting", "security_settings_removed = [\"Session timeout\", \"Telnet\"]\n", 36,
			`versions[1].changes.security_settings_removed[1]: removes "Telnet", which the previous version does not have`},
		{"changes an unknown setting", "[[versions.changes.security_settings_changed]]\nname = \"Telnet\"\ndefault = \"Off\"\nchanged_by = \"Administrator\"\n", 37,
			`versions[1].changes.security_settings_changed[0].name: changes "Telnet", which the previous version does not have (add it with security_settings_added)`},
		{"adds a setting it has", "[[versions.changes.security_settings_added]]\nname = \"USB port\"\ndefault = \"Off\"\nchanged_by = \"Administrator\"\n", 37,
			`versions[1].changes.security_settings_added[0].name: adds "USB port", which the previous version already has (change it with security_settings_changed)`},
		{"added risky setting without its risk", "[[versions.changes.security_settings_added]]\nname = \"Legacy badges\"\ndefault = \"Off\"\nchanged_by = \"Administrator\"\nraises_risk = true\n", 36,
			`versions[1].changes.security_settings_added[0].risk: missing: a setting whose change raises risk must say what the risk is`},
		{"removes an unknown account", "accounts_removed = [\"Root\"]\n", 36,
			`versions[1].changes.accounts_removed[0]: removes "Root", which the previous version does not have`},
		{"changes an unknown account", "[[versions.changes.accounts_changed]]\nrole = \"Root\"\nkind = \"system\"\nauthentication = \"None\"\nprivileges = \"All.\"\nprovisioning = \"Image.\"\n", 37,
			`versions[1].changes.accounts_changed[0].role: changes "Root", which the previous version does not have (add it with accounts_added)`},
		{"adds an account it has", "[[versions.changes.accounts_added]]\nrole = \"Service\"\nkind = \"service\"\nauthentication = \"None\"\nprivileges = \"All.\"\nprovisioning = \"Image.\"\n", 37,
			`versions[1].changes.accounts_added[0].role: adds "Service", which the previous version already has (change it with accounts_changed)`},
		{"a removed setting cannot be changed by the next version", "security_settings_removed = [\"USB port\"]\n[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\n[[versions.changes.security_settings_changed]]\nname = \"USB port\"\ndefault = \"On\"\nchanged_by = \"Administrator\"\n", 42,
			`versions[2].changes.security_settings_changed[0].name: changes "USB port", which the previous version does not have`},
		{"duplicate setting names", "", 10, ``},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			src := settingsBase + tc.changes
			if tc.want == "" { // the first version's list is keyed by name too
				src = strings.Replace(src, `name = "Session timeout"`, `name = "usb port"`, 1)
				tc.want = `security_settings[1].name: duplicate name "usb port"`
			}
			_, diags := loadParts(t, src)
			checkReported(t, diags, tc.want, tc.line)
		})
	}
}

// TestVersionSIEM: a version restates [logging.siem] whole; the versions
// before it keep theirs, and the restated table is checked like the
// top-level one, at its own key path.
func TestVersionSIEM(t *testing.T) {
	src := settingsBase + "[versions.changes.siem]\nsupported = true\nformat = \"RFC 5424\"\ntransport = \"TLS (RFC 5425)\"\n"
	p, diags := loadParts(t, src+"\n[logging.siem]\nsupported = false\n")
	for _, d := range diags {
		if strings.HasPrefix(d.Path, "versions") || strings.HasPrefix(d.Path, "logging") {
			t.Errorf("valid SIEM change reported: %v", d)
		}
	}
	if s := p.At("2.0").Logging.SIEM; !s.Supported.IsTrue() || s.Transport != "TLS (RFC 5425)" {
		t.Errorf("2.0's SIEM = %+v, want its restated table", s)
	}
	if s := p.At("1.0").Logging.SIEM; !s.Supported.IsFalse() || s.Transport != "" {
		t.Errorf("1.0's SIEM = %+v, want the top-level table", s)
	}
	if got := p.At("2.0").Logging.SIEMPath(); got != "versions[1].changes.siem" {
		t.Errorf("2.0's SIEM is at %q, want where 2.0 restates it", got)
	}
	if got := p.At("1.0").Logging.SIEMPath(); got != "logging.siem" {
		t.Errorf("1.0's SIEM is at %q, want logging.siem", got)
	}
	_, diags = loadParts(t, strings.Replace(src, "transport = \"TLS (RFC 5425)\"\n", "", 1))
	found := false
	for _, d := range diags {
		if d.Path == "versions[1].changes.siem.transport" && strings.HasPrefix(d.Message, "missing: SIEM forwarding is supported") {
			found = true
			if d.Line != 36 {
				t.Errorf("reported at line %d, want 36 (the [versions.changes.siem] table)", d.Line)
			}
		}
	}
	if !found {
		t.Errorf("restated SIEM without transport not reported:\n  %s", diagText(diags))
	}
}

// TestVersionMDS2Notes: a version changes an MDS2 note by number for its
// own form; the versions before it keep theirs, and a number the previous
// version lacks is reported at its key.
func TestVersionMDS2Notes(t *testing.T) {
	src := settingsBase + "[[versions.changes.mds2_notes_changed]]\nnumber = 1\ntext = \"Forwards events to a SIEM.\"\n\n[mds2]\n[[mds2.notes]]\nnumber = 1\ntext = \"Does not forward events.\"\n"
	p, diags := loadParts(t, src)
	for _, d := range diags {
		if strings.HasPrefix(d.Path, "versions") || strings.HasPrefix(d.Path, "mds2") {
			t.Errorf("valid note change reported: %v", d)
		}
	}
	if n, _ := p.At("2.0").MDS2.Note(1); n.Text != "Forwards events to a SIEM." {
		t.Errorf("2.0's note 1 = %q", n.Text)
	}
	if n, _ := p.At("1.0").MDS2.Note(1); n.Text != "Does not forward events." {
		t.Errorf("1.0's note 1 = %q", n.Text)
	}
	_, diags = loadParts(t, strings.Replace(src, "number = 1\ntext = \"Forwards", "number = 7\ntext = \"Forwards", 1))
	found := false
	for _, d := range diags {
		if d.Path == "versions[1].changes.mds2_notes_changed[0].number" && d.Line == 37 && strings.Contains(d.Message, "changes note 7") {
			found = true
		}
	}
	if !found {
		t.Errorf("a change of note 7, which 1.0 lacks, not reported at line 37:\n  %s", diagText(diags))
	}
}

// TestVersionMDS2Answers: a version changes an MDS2 answer for its own
// form; the versions before it keep theirs, and the answer's key path
// (for messages about it) is where the version gives it.
func TestVersionMDS2Answers(t *testing.T) {
	src := settingsBase + "[versions.changes.mds2_answers_changed]\n\"AUDT-1\" = \"yes\"\n\"MPII-3.10\" = { answer = \"na\", reason = \"no removable media\" }\n\n[mds2.answers]\n\"AUDT-1\" = \"no\"\n\"CONN-1\" = \"no\"\n"
	p, diags := loadParts(t, src)
	for _, d := range diags {
		if strings.HasPrefix(d.Path, "versions") || strings.HasPrefix(d.Path, "mds2") {
			t.Errorf("valid answer change reported: %v", d)
		}
	}
	for _, tc := range []struct {
		version, id, answer, path string
	}{
		{"1.0", "AUDT-1", "no", "mds2.answers.AUDT-1"},
		{"2.0", "AUDT-1", "yes", "versions[1].changes.mds2_answers_changed.AUDT-1"},
		{"2.0", "MPII-3.10", "na", "versions[1].changes.mds2_answers_changed.MPII-3.10"},
		{"2.0", "CONN-1", "no", "mds2.answers.CONN-1"},
		{"1.0", "MPII-3.10", "", "mds2.answers.MPII-3.10"},
	} {
		m := p.At(tc.version).MDS2
		if got := m.Answers[tc.id].Answer; got != tc.answer {
			t.Errorf("%s %s = %q; want %q", tc.version, tc.id, got, tc.answer)
		}
		if got := m.AnswerPath(tc.id); got != tc.path {
			t.Errorf("%s %s at %q; want %q", tc.version, tc.id, got, tc.path)
		}
	}
	if line := p.Source.Line(p.At("2.0").MDS2.AnswerPath("AUDT-1")); line == 0 || line == p.Source.Line("mds2.answers.AUDT-1") {
		t.Errorf("2.0's AUDT-1 answer has line %d, want the line of its change", line)
	}
}

// TestVersionMDS2AnswersRemoved: a version drops an answer an earlier
// version gave (mds2_answers_removed), so that its own form answers the
// question from its data; the earlier version keeps it, a later one
// inherits the removal, and AnsweredIn names the version whose changes
// gave an answer. Removing an answer the previous version lacks, one the
// version also changes, or one twice, is an error at its key.
func TestVersionMDS2AnswersRemoved(t *testing.T) {
	three := "\n[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\nmds2_answers_changed = { \"AUDT-1\" = \"no\" }\n"
	src := settingsBase + "mds2_answers_removed = [\"SBOM-2\"]\nmds2_answers_changed = { \"AUDT-1\" = \"yes\" }\n" + three +
		"\n[mds2.answers]\n\"SBOM-2\" = { answer = \"no\", note = 1 }\n\"AUDT-1\" = \"no\"\n"
	p, diags := loadParts(t, src)
	for _, d := range diags {
		if strings.HasPrefix(d.Path, "versions") || strings.HasPrefix(d.Path, "mds2") {
			t.Errorf("valid removal reported: %v", d)
		}
	}
	for _, tc := range []struct {
		version, id, answer, in string
	}{
		{"1.0", "SBOM-2", "no", ""},
		{"2.0", "SBOM-2", "", ""},
		{"3.0", "SBOM-2", "", ""},
		{"1.0", "AUDT-1", "no", ""},
		{"2.0", "AUDT-1", "yes", "2.0"},
		{"3.0", "AUDT-1", "no", "3.0"},
	} {
		m := p.At(tc.version).MDS2
		a, ok := m.Answers[tc.id]
		if a.Answer != tc.answer || ok != (tc.answer != "") {
			t.Errorf("%s %s = %q (given %v); want %q", tc.version, tc.id, a.Answer, ok, tc.answer)
		}
		if got := m.AnsweredIn(tc.id); got != tc.in {
			t.Errorf("%s %s answered in %q; want %q", tc.version, tc.id, got, tc.in)
		}
	}

	for _, tc := range []struct{ removed, changed, want string }{
		{`["CONN-1"]`, "", "removes the answer to CONN-1, which version 1.0 does not give"},
		{`["SBOM-2"]`, `{ "SBOM-2" = "yes" }`, "version 2.0 both changes and removes the answer to SBOM-2: keep one"},
		{`["SBOM-2", "SBOM-2"]`, "", "SBOM-2 listed twice"},
	} {
		src := settingsBase + "mds2_answers_removed = " + tc.removed + "\n"
		if tc.changed != "" {
			src += "mds2_answers_changed = " + tc.changed + "\n"
		}
		src += "\n[mds2.answers]\n\"SBOM-2\" = \"no\"\n"
		_, diags := loadParts(t, src)
		if !slices.ContainsFunc(diags, func(d Diagnostic) bool {
			return d.Severity == Error && strings.HasPrefix(d.Path, "versions[1].changes.mds2_answers_removed[") && d.Line == 36 && d.Message == tc.want
		}) {
			t.Errorf("removed %s, changed %s: want the error %q at line 36:\n  %s", tc.removed, tc.changed, tc.want, diagText(diags))
		}
	}
}
