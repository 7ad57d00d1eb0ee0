package content

import (
	"strings"
	"testing"
)

// customerBase is a product whose first version states each kind of
// customer security fact a version may change; version 2.0's changes are
// appended by each case.
const customerBase = `schema_version = 2
id = "p"

[[recommended_controls]]
id = "RC-01"
category = "wireless"
title = "WPA2-Enterprise"
recommendation = "Use WPA2-Enterprise with EAP-TLS."
priority = "required"

[[recommended_controls]]
id = "RC-02"
category = "monitoring"
title = "Review alerts"
recommendation = "Review the server's alerts daily."
priority = "recommended"

[[infrastructure]]
category = "wireless"
item = "Wireless network"
requirement = "WPA2-Enterprise"

[[logging.events]]
event = "Failed login"
category = "authentication"
notification = "Shown on screen."
logs = ["event-log"]

[[logging.logs]]
id = "event-log"
name = "Event log"
content = "Security events."
location = "Flash"
retention = "90 days"
format = "JSON lines"
rotation = "Ring buffer"

[[safeguards]]
title = "Safe state"
protects = "Delivery"
behaviour = "Stops delivery with an alarm."

[[diagrams]]
id = "network"
kind = "network"
file = "network.png"
caption = "Network, drawn for 2.0"
alt = "The network"

[hardening]
summary = "Locked down."
measures = ["Signed boot."]

[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
`

// customerFacts is a version's customer facts in one line, for comparing.
func customerFacts(p *Product) string {
	var out []string
	for _, rc := range p.RecommendedControls {
		out = append(out, rc.ID+"="+rc.Title)
	}
	for _, r := range p.Infrastructure {
		out = append(out, "infra:"+r.Item+"="+r.Requirement)
	}
	for _, e := range p.Logging.Events {
		out = append(out, "event:"+e.Event+"→"+strings.Join(e.Logs, ","))
	}
	for _, l := range p.Logging.Logs {
		out = append(out, "log:"+l.ID)
	}
	for _, s := range p.Safeguards {
		out = append(out, "safeguard:"+s.Title)
	}
	for _, d := range p.Diagrams {
		out = append(out, "diagram:"+d.ID+"="+d.Caption)
	}
	out = append(out, "hardening:"+p.Hardening.Summary+" "+strings.Join(p.Hardening.Measures, ","))
	if p.Updates.Obtain != "" {
		out = append(out, "updates:"+p.Updates.Integrity)
	}
	return strings.Join(out, "; ")
}

// TestVersionCustomerFacts: a version adds, changes and removes
// recommended controls (by id), infrastructure requirements (by item),
// security events (by event), logs (by id) and safeguards (by title), and
// changes hardening and updates key by key; At(v) applies them and leaves the
// version before untouched. Every change naming an entry the previous
// version lacks (or already has), and every reference the version's own
// facts cannot satisfy, is reported at its own key path and line.
func TestVersionCustomerFacts(t *testing.T) {
	const v1 = "RC-01=WPA2-Enterprise; RC-02=Review alerts; infra:Wireless network=WPA2-Enterprise; event:Failed login→event-log; log:event-log; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down. Signed boot."
	valid := []struct {
		name, changes, want string
	}{
		{"nothing changed", "", v1},
		{"control added", "[[versions.changes.recommended_controls_added]]\nid = \"RC-03\"\ncategory = \"monitoring\"\ntitle = \"Forward to the SIEM\"\nrecommendation = \"Enable syslog over TLS.\"\npriority = \"recommended\"\n",
			"RC-01=WPA2-Enterprise; RC-02=Review alerts; RC-03=Forward to the SIEM; infra:Wireless network=WPA2-Enterprise; event:Failed login→event-log; log:event-log; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down. Signed boot."},
		{"control changed in place", "[[versions.changes.recommended_controls_changed]]\nid = \"RC-01\"\ncategory = \"wireless\"\ntitle = \"WPA3-Enterprise\"\nrecommendation = \"Use WPA3-Enterprise.\"\npriority = \"required\"\n",
			"RC-01=WPA3-Enterprise; RC-02=Review alerts; infra:Wireless network=WPA2-Enterprise; event:Failed login→event-log; log:event-log; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down. Signed boot."},
		{"control removed", "recommended_controls_removed = [\"RC-02\"]\n",
			"RC-01=WPA2-Enterprise; infra:Wireless network=WPA2-Enterprise; event:Failed login→event-log; log:event-log; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down. Signed boot."},
		{"infrastructure changed by item", "[[versions.changes.infrastructure_changed]]\ncategory = \"wireless\"\nitem = \"Wireless network\"\nrequirement = \"WPA2- or WPA3-Enterprise\"\n",
			"RC-01=WPA2-Enterprise; RC-02=Review alerts; infra:Wireless network=WPA2- or WPA3-Enterprise; event:Failed login→event-log; log:event-log; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down. Signed boot."},
		{"infrastructure added and removed", "infrastructure_removed = [\"Wireless network\"]\n[[versions.changes.infrastructure_added]]\ncategory = \"wired\"\nitem = \"Wired network\"\nrequirement = \"1000BASE-T\"\n",
			"RC-01=WPA2-Enterprise; RC-02=Review alerts; infra:Wired network=1000BASE-T; event:Failed login→event-log; log:event-log; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down. Signed boot."},
		{"log added and an event changed to name it", "[[versions.changes.logging_logs_added]]\nid = \"syslog\"\nname = \"Syslog\"\ncontent = \"Forwarded events.\"\nlocation = \"Collector\"\nretention = \"Hospital policy\"\nformat = \"RFC 5424\"\nrotation = \"Collector's\"\n[[versions.changes.logging_events_changed]]\nevent = \"Failed login\"\ncategory = \"authentication\"\nnotification = \"Shown on screen; syslog.\"\nlogs = [\"event-log\", \"syslog\"]\n",
			"RC-01=WPA2-Enterprise; RC-02=Review alerts; infra:Wireless network=WPA2-Enterprise; event:Failed login→event-log,syslog; log:event-log; log:syslog; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down. Signed boot."},
		{"event removed, then its log", "logging_events_removed = [\"Failed login\"]\nlogging_logs_removed = [\"event-log\"]\n",
			"RC-01=WPA2-Enterprise; RC-02=Review alerts; infra:Wireless network=WPA2-Enterprise; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down. Signed boot."},
		{"safeguard added and removed", "safeguards_removed = [\"Safe state\"]\n[[versions.changes.safeguards_added]]\ntitle = \"Operation without network\"\nprotects = \"Delivery\"\nbehaviour = \"Runs stand-alone.\"\n",
			"RC-01=WPA2-Enterprise; RC-02=Review alerts; infra:Wireless network=WPA2-Enterprise; event:Failed login→event-log; log:event-log; safeguard:Operation without network; diagram:network=Network, drawn for 2.0; hardening:Locked down. Signed boot."},
		{"diagram removed", "diagrams_removed = [\"network\"]\n",
			"RC-01=WPA2-Enterprise; RC-02=Review alerts; infra:Wireless network=WPA2-Enterprise; event:Failed login→event-log; log:event-log; safeguard:Safe state; hardening:Locked down. Signed boot."},
		{"hardening summary changed, measures kept", "[versions.changes.hardening]\nsummary = \"Locked down, with anti-rollback.\"\n",
			"RC-01=WPA2-Enterprise; RC-02=Review alerts; infra:Wireless network=WPA2-Enterprise; event:Failed login→event-log; log:event-log; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down, with anti-rollback. Signed boot."},
		{"hardening measures changed, summary kept", "[versions.changes.hardening]\nmeasures = [\"Signed boot.\", \"Anti-rollback.\"]\n",
			"RC-01=WPA2-Enterprise; RC-02=Review alerts; infra:Wireless network=WPA2-Enterprise; event:Failed login→event-log; log:event-log; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down. Signed boot.,Anti-rollback."},
		{"hardening measures written empty are cleared", "[versions.changes.hardening]\nmeasures = []\n",
			"RC-01=WPA2-Enterprise; RC-02=Review alerts; infra:Wireless network=WPA2-Enterprise; event:Failed login→event-log; log:event-log; safeguard:Safe state; diagram:network=Network, drawn for 2.0; hardening:Locked down. "},
		{"updates stated by a later version", "[versions.changes.updates]\nobtain = \"Portal.\"\nidentification = \"About screen.\"\nnotification = \"E-mail.\"\nintegrity = \"Signed; anti-rollback.\"\n",
			v1 + "; updates:Signed; anti-rollback."},
	}
	for _, tc := range valid {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, customerBase+tc.changes)
			for _, d := range diags {
				if d.Severity == Error && customerKey(d.Path) {
					t.Errorf("valid change reported: %v", d)
				}
			}
			if got := customerFacts(p.At("2.0")); got != tc.want {
				t.Errorf("At(2.0):\n got %s\nwant %s", got, tc.want)
			}
			if got := customerFacts(p.At("1.0")); got != v1 {
				t.Errorf("At(1.0) changed by 2.0's changes: %s", got)
			}
			if p.Versions[1].Changes.Empty() != (tc.changes == "") {
				t.Errorf("Changes.Empty() = %v for %q", p.Versions[1].Changes.Empty(), tc.changes)
			}
		})
	}

	// A key written empty on purpose is a change too: an optional text
	// cleared, not left as the previous version's.
	t.Run("an optional key written empty is cleared", func(t *testing.T) {
		p, diags := loadParts(t, customerBase+"[versions.changes.configuration]\naccess = \"\"\n\n[configuration]\nkeep = \"In Git.\"\nrecover = [\"Restore.\"]\naccess = \"Biomed only.\"\n")
		for _, d := range diags {
			if d.Severity == Error && customerKey(d.Path) {
				t.Errorf("valid change reported: %v", d)
			}
		}
		if got := p.At("2.0").Configuration; got.Access != "" || got.Keep != "In Git." {
			t.Errorf("At(2.0).Configuration = %+v, want access cleared and keep kept", got)
		}
		if got := p.At("1.0").Configuration.Access; got != "Biomed only." {
			t.Errorf("At(1.0).Configuration.Access = %q", got)
		}
	})

	baseLines := strings.Count(customerBase, "\n")
	invalid := []struct {
		name, changes string
		line          int // of the key reported, counted from the first line of changes
		want          string
	}{
		{"removes an unknown control", "recommended_controls_removed = [\"RC-01\", \"RC-09\"]\n", 1,
			`versions[1].changes.recommended_controls_removed[1]: removes "RC-09", which the previous version does not have`},
		{"changes an unknown control", "[[versions.changes.recommended_controls_changed]]\nid = \"RC-09\"\ncategory = \"other\"\ntitle = \"T\"\nrecommendation = \"R\"\npriority = \"required\"\n", 2,
			`versions[1].changes.recommended_controls_changed[0].id: changes "RC-09", which the previous version does not have (add it with recommended_controls_added)`},
		{"adds a control it has", "[[versions.changes.recommended_controls_added]]\nid = \"RC-02\"\ncategory = \"other\"\ntitle = \"T\"\nrecommendation = \"R\"\npriority = \"required\"\n", 2,
			`versions[1].changes.recommended_controls_added[0].id: adds "RC-02", which the previous version already has (change it with recommended_controls_changed)`},
		{"added control names an unknown finding", "[[versions.changes.recommended_controls_added]]\nid = \"RC-03\"\ncategory = \"other\"\ntitle = \"T\"\nrecommendation = \"R\"\npriority = \"required\"\nfindings = [\"PT-09\"]\n", 7,
			`versions[1].changes.recommended_controls_added[0].findings[0]: unknown finding "PT-09"`},
		{"changes an unknown infrastructure item", "[[versions.changes.infrastructure_changed]]\ncategory = \"wired\"\nitem = \"Wired network\"\nrequirement = \"R\"\n", 3,
			`versions[1].changes.infrastructure_changed[0].item: changes "Wired network", which the previous version does not have (add it with infrastructure_added)`},
		{"adds an event it has", "[[versions.changes.logging_events_added]]\nevent = \"Failed login\"\ncategory = \"authentication\"\nnotification = \"N\"\n", 2,
			`versions[1].changes.logging_events_added[0].event: adds "Failed login", which the previous version already has (change it with logging_events_changed)`},
		{"added event names a log the version lacks", "[[versions.changes.logging_events_added]]\nevent = \"Lock-out\"\ncategory = \"authentication\"\nnotification = \"N\"\nlogs = [\"syslog\"]\n", 5,
			`versions[1].changes.logging_events_added[0].logs[0]: unknown log "syslog"`},
		{"removes a log an event still names", "logging_logs_removed = [\"event-log\"]\n", 1,
			`versions[1].changes.logging_logs_removed[0]: version 2.0 removes log "event-log", which its event "Failed login" still names`},
		{"added log without location or data store", "[[versions.changes.logging_logs_added]]\nid = \"syslog\"\nname = \"Syslog\"\ncontent = \"C\"\nretention = \"R\"\nformat = \"F\"\nrotation = \"R\"\n", 1,
			`versions[1].changes.logging_logs_added[0]: missing location`},
		{"removes an unknown safeguard", "safeguards_removed = [\"Firewall\"]\n", 1,
			`versions[1].changes.safeguards_removed[0]: removes "Firewall", which the previous version does not have`},
		{"updates first stated by a later version without obtain", "[versions.changes.updates]\nidentification = \"About screen.\"\nnotification = \"E-mail.\"\nintegrity = \"Signed.\"\n", 1,
			`versions[1].changes.updates.obtain: missing required key: the previous version states no [updates] to keep it from`},
		{"a required key written empty", "[versions.changes.hardening]\nsummary = \"\"\n", 2,
			`versions[1].changes.hardening.summary: must not be empty or blank`},
		{"changes an unknown diagram", "[[versions.changes.diagrams_changed]]\nid = \"data-flow\"\nkind = \"data_flow\"\nfile = \"network.png\"\ncaption = \"C\"\nalt = \"A\"\n", 2,
			`versions[1].changes.diagrams_changed[0].id: changes "data-flow", which the previous version does not have (add it with diagrams_added)`},
		{"a revision about a version the product lacks", "[documents.csd]\nid = \"CSD\"\nrevision = \"A\"\nrelease_date = 2025-01-01\nowner = \"O\"\n[[documents.csd.history]]\nrevision = \"A\"\ndate = 2025-01-01\nsummary = \"S\"\nversions = [\"2.0\", \"2.1\"]\n", 10,
			`documents.csd.history[0].versions[1]: unknown version "2.1"`},
		{"a removed control cannot be changed by the next version", "recommended_controls_removed = [\"RC-02\"]\n[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\n[[versions.changes.recommended_controls_changed]]\nid = \"RC-02\"\ncategory = \"other\"\ntitle = \"T\"\nrecommendation = \"R\"\npriority = \"required\"\n", 7,
			`versions[2].changes.recommended_controls_changed[0].id: changes "RC-02", which the previous version does not have`},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, customerBase+tc.changes)
			checkReported(t, diags, tc.want, baseLines+tc.line)
		})
	}

	// The first version's keyed lists are keyed too: a duplicate would make
	// a later version's change ambiguous.
	for _, tc := range []struct{ from, to, want string }{
		{`requirement = "WPA2-Enterprise"`, `requirement = "WPA2-Enterprise"` + "\n[[infrastructure]]\ncategory = \"wired\"\nitem = \"wireless network\"\nrequirement = \"R\"\n",
			`infrastructure[1].item: duplicate item "wireless network"`},
		{`behaviour = "Stops delivery with an alarm."`, `behaviour = "Stops delivery with an alarm."` + "\n[[safeguards]]\ntitle = \"Safe state\"\nprotects = \"P\"\nbehaviour = \"B\"\n",
			`safeguards[1].title: duplicate title "Safe state"`},
		{`logs = ["event-log"]`, `logs = ["event-log"]` + "\n[[logging.events]]\nevent = \"Failed login\"\ncategory = \"authentication\"\nnotification = \"N\"\n",
			`logging.events[1].event: duplicate event "Failed login"`},
	} {
		src := strings.Replace(customerBase, tc.from, tc.to, 1)
		_, diags := loadParts(t, src)
		key, _, _ := strings.Cut(tc.want, ":")
		line := 0
		for _, d := range diags {
			if d.Path == key {
				line = d.Line
			}
		}
		checkReported(t, diags, tc.want, line)
		if line == 0 {
			t.Errorf("%s reported without a line", key)
		}
	}
}

// checkReported fails unless want (path: message prefix) is reported as
// an error at line.
func checkReported(t *testing.T, diags Diagnostics, want string, line int) {
	t.Helper()
	found := false
	for _, d := range diags {
		if _, rest, _ := strings.Cut(d.String(), ": "); strings.HasPrefix(rest, want) {
			found = true
			if d.Line != line || d.Severity != Error {
				t.Errorf("%s reported at line %d (severity %v), want line %d, error", d.Path, d.Line, d.Severity, line)
			}
		}
	}
	if !found {
		t.Errorf("not reported: %s\n  %s", want, diagText(diags))
	}
}

// customerKey reports a key path this test is about (customerBase lacks
// the keys the security plan and CSD require, reported elsewhere).
func customerKey(path string) bool {
	for _, prefix := range []string{"versions", "recommended_controls", "documents.csd.history", "infrastructure", "logging", "safeguards", "hardening", "updates"} {
		if strings.HasPrefix(path, prefix) {
			return true
		}
	}
	return false
}
