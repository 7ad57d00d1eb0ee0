package content

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/tomlpos"
)

func TestDurationLonger(t *testing.T) {
	tests := []struct {
		d, e Duration
		want bool
	}{
		{"12 months", "8 hours", true},
		{"8 hours", "8 hours", false},
		{"9 hours", "8 hours", true},
		{"480 minutes", "8 hours", false},
		{"481 minutes", "8 hours", true},
		{"1 day", "24 hours", false},
		{"2 weeks", "14 days", false},
		{"32 days", "1 month", true},
		{"31 days", "1 month", false}, // a month may have 31 days: not decided
		{"1 month", "28 days", false}, // nor the other way
		{"2 months", "1 month", true}, // calendar units compare exactly
		{"1 month", "1 month", false},
		{"2 months", "60 days", false}, // 56 to 62 days: not decided
		{"13 months", "1 year", true},
		{"1 year", "12 months", false},
		{"unlimited", "90 days", true},
		{"90 days", "unlimited", false},
		{"", "8 hours", false}, // not stated decides nothing
		{"8 hours", "", false},
	}
	for _, tt := range tests {
		if got := tt.d.Longer(tt.e); got != tt.want {
			t.Errorf("%q.Longer(%q) = %v, want %v", tt.d, tt.e, got, tt.want)
		}
	}
}

func TestDurationString(t *testing.T) {
	for in, want := range map[Duration]string{"8 hours": "8 hours", "1 hours": "1 hour", "1 month": "1 month", "30 day": "30 days", " 3  minutes": "3 minutes", "unlimited": "unlimited", "": ""} {
		if got := in.String(); got != want {
			t.Errorf("%q.String() = %q, want %q", in, got, want)
		}
	}
	if got := Duration("unlimited").Say("Does not expire", "Not stated"); got != "Does not expire" {
		t.Errorf("Say of unlimited = %q", got)
	}
	if got := Duration("").Say("Does not expire", "Not stated"); got != "Not stated" {
		t.Errorf("Say of unstated = %q", got)
	}
}

// credentialProduct is a product file with a field-service account whose
// service card lasts 12 months and whose session credential lasts 8
// hours, and a requirement limiting the session credential to 8 hours
// and its idle lock to 10 minutes; edit changes its text.
const credentialProduct = `schema_version = 2

[[requirements]]
id = "SR-03"
category = "authentication"
text = "Service credentials last at most 8 hours."
verification = ["VA-1"]

[[requirements.credential_limits]]
credential = "service-session"
max_valid_for = "8 hours"
max_idle_lock = "10 minutes"

[[accounts]]
role = "Field service"
kind = "service"
authentication = "Smart card, then a session credential"
privileges = "Service"
provisioning = "Issued by the manufacturer"

[[accounts.credentials]]
id = "service-card"
name = "Service smart card certificate"
valid_for = "12 months"

[[accounts.credentials]]
id = "service-session"
name = "Service session credential"
valid_for = "8 hours"
idle_lock = "10 minutes"
`

// checkCredentials decodes src and returns every diagnostic of decoding,
// the credential references and the lifetime rule, sorted.
func checkCredentials(t *testing.T, src string) Diagnostics {
	t.Helper()
	p := &Product{}
	_, diags, _ := DecodeTOML("p.toml", []byte(src), p)
	p.Source = Source{File: "p.toml", pos: tomlpos.Scan([]byte(src))}
	v := &productValidator{p: p}
	v.credentials()
	diags = append(diags, v.diags...)
	diags = append(diags, ruleCredentialOutlivesLimit(p)...)
	diags = append(diags, ruleLimitProse(p)...)
	diags.Sort()
	var out Diagnostics
	for _, d := range diags {
		if !strings.Contains(d.Message, "missing required key") { // the small product lacks the rest
			out = append(out, d)
		}
	}
	return out
}

func TestCredentialLimits(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // replaced in credentialProduct
		want     string // the one diagnostic, with file:line; "" for none
	}{
		{"within the limit passes", "", "", ""},
		{"a shorter credential passes", "\n" + `valid_for = "8 hours"`, "\n" + `valid_for = "4 hours"`, ""},
		{"the same length in other units passes", "\n" + `valid_for = "8 hours"`, "\n" + `valid_for = "480 minutes"`, ""},
		{"a credential without a stated lifetime is not stated, not a violation", "\n" + `valid_for = "8 hours"`, "", ""},
		{"the other credential of the account is not limited", `valid_for = "12 months"`, `valid_for = "unlimited"`, ""},
		{"12 months on the session credential warns at its valid_for",
			"\n" + `valid_for = "8 hours"`, "\n" + `valid_for = "12 months"`,
			"p.toml:29: warning: accounts[0].credentials[1].valid_for: credential service-session (Field service) is accepted for 12 months, but requirement SR-03 allows at most 8 hours"},
		{"a session credential that never expires warns",
			"\n" + `valid_for = "8 hours"`, "\n" + `valid_for = "unlimited"`,
			"p.toml:29: warning: accounts[0].credentials[1].valid_for: credential service-session (Field service) never expires, but requirement SR-03 allows at most 8 hours"},
		{"a longer idle lock warns at its idle_lock",
			"\n" + `idle_lock = "10 minutes"`, "\n" + `idle_lock = "15 minutes"`,
			"p.toml:30: warning: accounts[0].credentials[1].idle_lock: credential service-session (Field service) keeps a session open for 15 minutes without input, but requirement SR-03 allows at most 10 minutes"},
		{"an unknown credential in a limit fails",
			`credential = "service-session"`, `credential = "service-sesion"`,
			`p.toml:10: requirements[0].credential_limits[0].credential: unknown credential "service-sesion" (want one of service-card, service-session)`},
		{"a limit without a maximum fails",
			"max_valid_for = \"8 hours\"\nmax_idle_lock = \"10 minutes\"\n", "",
			"p.toml:9: requirements[0].credential_limits[0]: a credential limit states max_valid_for, max_idle_lock or both"},
		{"an unlimited limit fails",
			`max_valid_for = "8 hours"`, `max_valid_for = "unlimited"`,
			`p.toml:11: requirements[0].credential_limits[0].max_valid_for: a limit is a length of time; "unlimited" sets none`},
		{"a duplicate credential ID fails",
			`id = "service-card"` + "\n" + `name = "Service smart card certificate"` + "\n" + `valid_for = "12 months"`,
			`id = "service-session"` + "\n" + `name = "Service smart card certificate"` + "\n" + `valid_for = "1 hour"`,
			`p.toml:27: accounts[0].credentials[1].id: duplicate credential ID "service-session" (first at accounts[0].credentials[0].id, line 22)`},
		{"a duration without a unit fails at decoding",
			`valid_for = "12 months"`, `valid_for = "12"`,
			`p.toml:24: accounts[0].credentials[0].valid_for: want a whole number and a unit (minutes, hours, days, weeks, months, years), e.g. "8 hours", or "unlimited"; got "12"`},
		{"a duration that is not a string fails at decoding",
			`valid_for = "12 months"`, `valid_for = 12`,
			`p.toml:24: accounts[0].credentials[0].valid_for: want a string such as "8 hours"; got integer 12`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := credentialProduct
			if tt.old != "" {
				if !strings.Contains(src, tt.old) {
					t.Fatalf("no %q in the product", tt.old)
				}
				src = strings.Replace(src, tt.old, tt.new, 1)
			}
			got := checkCredentials(t, src)
			if tt.want == "" {
				if len(got) > 0 {
					t.Fatalf("unexpected diagnostics %v", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0].String(), tt.want) {
				t.Fatalf("diagnostics %v, want one starting %q", got, tt.want)
			}
		})
	}
}

// TestLimitProse: a maximum the requirement's text states is one of its
// credential_limits; values the text names without "at most" are not read.
func TestLimitProse(t *testing.T) {
	const text = `text = "Service credentials last at most 8 hours."`
	tests := []struct {
		name, text string
		want       string // the one diagnostic; "" for none
	}{
		{"the limit in the text passes", "Service credentials last at most 8 hours.", ""},
		{"the same length in other units passes", "Service credentials last no more than 480 minutes.", ""},
		{"the idle lock in words passes", "Sessions lock after no longer than ten minutes without input.", ""},
		{"a default that is not a maximum passes", "Sessions lock after 3 minutes by default.", ""},
		{"a text without a maximum passes", "Service credentials expire.", ""},
		{"another maximum warns", "Service credentials last at most 12 hours.",
			`p.toml:6: warning: requirements[0].text: the text says "at most 12 hours", but the requirement's credential_limits state 8 hours and 10 minutes`},
		{"another maximum written after the number warns", "Service credentials last 12 hours or less.",
			`p.toml:6: warning: requirements[0].text: the text says "12 hours or less"`},
		{"a maximum in words warns", "Service credentials last up to an hour and lock after at most 10 minutes.",
			`p.toml:6: warning: requirements[0].text: the text says "up to an hour"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkCredentials(t, strings.Replace(credentialProduct, text, `text = "`+tt.text+`"`, 1))
			wantOneDiagnostic(t, got, tt.want)
		})
	}
	t.Run("a requirement without credential_limits is not read", func(t *testing.T) {
		src := strings.Replace(credentialProduct, text, `text = "Service credentials last at most 12 hours."`, 1)
		src = strings.Replace(src, "[[requirements.credential_limits]]\ncredential = \"service-session\"\nmax_valid_for = \"8 hours\"\nmax_idle_lock = \"10 minutes\"\n", "", 1)
		for _, d := range checkCredentials(t, src) {
			if strings.Contains(d.Message, "the text says") {
				t.Errorf("unexpected %v", d)
			}
		}
	})
}

// TestCredentialLimitsAcrossVersions: a later version that changes the
// account carries its own credentials, checked at their own key path.
func TestCredentialLimitsAcrossVersions(t *testing.T) {
	src := credentialProduct + `
[[versions]]
version = "1"
general_availability = 2024-01-01

[[versions]]
version = "2"
general_availability = 2025-01-01

[[versions.changes.accounts_changed]]
role = "Field service"
kind = "service"
authentication = "Smart card, then a session credential"
privileges = "Service"
provisioning = "Issued by the manufacturer"

[[versions.changes.accounts_changed.credentials]]
id = "service-session"
name = "Service session credential"
valid_for = "1 day"
`
	got := checkCredentials(t, src)
	want := "p.toml:50: warning: versions[1].changes.accounts_changed[0].credentials[0].valid_for: credential service-session (Field service) is accepted for 1 day, but requirement SR-03 allows at most 8 hours"
	if len(got) != 1 || !strings.HasPrefix(got[0].String(), want) {
		t.Fatalf("diagnostics %v, want one starting %q", got, want)
	}
}

// TestCredentialIDAcrossVersions: a later version may give an account's
// credential again under its ID (the same role), but not hand the ID to
// another account, whose lifetime the requirement's limit would then
// judge instead.
func TestCredentialIDAcrossVersions(t *testing.T) {
	const later = `
[[versions]]
version = "1"
general_availability = 2024-01-01

[[versions]]
version = "2"
general_availability = 2025-01-01

[[versions.changes.%s]]
role = "%s"
kind = "service"
authentication = "Smart card, then a session credential"
privileges = "Service"
provisioning = "Issued by the manufacturer"

[[versions.changes.%[1]s.credentials]]
id = "%[3]s"
name = "Service session credential"
valid_for = "4 hours"
`
	tests := []struct {
		name, list, role, id string
		want                 string // the one diagnostic; "" for none
	}{
		{"the same account changed keeps its ID", "accounts_changed", "Field service", "service-session", ""},
		{"the same account added again keeps its ID", "accounts_added", "Field service", "service-session", ""},
		{"a new ID in another account passes", "accounts_added", "Remote service", "remote-session", ""},
		{"another account taking the ID fails", "accounts_added", "Remote service", "service-session",
			`p.toml:48: versions[1].changes.accounts_added[0].credentials[0].id: credential ID "service-session" already belongs to account "Field service" (accounts[0].credentials[1].id, line 27)`},
		{"a changed account of another role taking the ID fails", "accounts_changed", "Remote service", "service-card",
			`p.toml:48: versions[1].changes.accounts_changed[0].credentials[0].id: credential ID "service-card" already belongs to account "Field service" (accounts[0].credentials[0].id, line 22)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantOneDiagnostic(t, checkCredentials(t, credentialProduct+fmt.Sprintf(later, tt.list, tt.role, tt.id)), tt.want)
		})
	}
}

func TestLimitedCredentialText(t *testing.T) {
	limit := CredentialLimit{Credential: "s", MaxValidFor: "8 hours", MaxIdleLock: "10 minutes"}
	tests := []struct {
		l                  LimitedCredential
		wantLimit, wantFor string
	}{
		{LimitedCredential{Limit: limit, Found: true, Credential: Credential{ValidFor: "8 hours", IdleLock: "5 minutes"}},
			"Accepted for at most 8 hours. Locks after at most 10 minutes without input.", "Accepted for at most 8 hours. Locks after at most 5 minutes without input (the largest setting a customer can choose)."},
		{LimitedCredential{Limit: limit, Found: true, Credential: Credential{ValidFor: "unlimited"}},
			"Accepted for at most 8 hours. Locks after at most 10 minutes without input.", "Never expires. Idle lock not stated."},
		{LimitedCredential{Limit: CredentialLimit{MaxIdleLock: "10 minutes"}, Found: true, Credential: Credential{ValidFor: "1 year", IdleLock: "unlimited"}},
			"Locks after at most 10 minutes without input.", "Can be set never to lock."},
		{LimitedCredential{Limit: limit}, "Accepted for at most 8 hours. Locks after at most 10 minutes without input.", "Not stated."},
	}
	for _, tt := range tests {
		if got := tt.l.LimitText(); got != tt.wantLimit {
			t.Errorf("LimitText = %q, want %q", got, tt.wantLimit)
		}
		if got := tt.l.LifetimeText(); got != tt.wantFor {
			t.Errorf("LifetimeText = %q, want %q", got, tt.wantFor)
		}
	}
}
