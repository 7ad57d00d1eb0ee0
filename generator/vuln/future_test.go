package vuln_test

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestFutureDatesWarn: a vulnerability date after the build's as-of date
// (2026-03-02 here) is a warning at its key — the VEX and CSAF files would
// state it as done; a date on or before it is not. A disclosure after it
// keeps the vulnerability out of every file and document of the build
// (it is not public yet): the warning says so and when to build again,
// not to write the date later (under coordinated disclosure the agreed
// date is known in advance); it said "the VEX and CSAF files state it as
// done … write it once it has happened". The files are dated no later
// than the build (Set.DateBy), so the warning no longer says they are
// "dated then": it says what of the date they still print, and that no
// file states a communication. They now speak as of the build's date as
// the documents do (Set.KnownBy), so a later fix or assessment, which
// they leave out, is no longer warned of ("the VEX and CSAF files …
// state the vulnerability as this file has it" was untrue).
func TestFutureDatesWarn(t *testing.T) {
	d := content.NewDate
	tests := []struct {
		name string
		edit func(v *content.Vulnerability)
		want string // the key path warned at; "" for none
		says string // in the warning, when not ""
	}{
		{"all dates before", func(*content.Vulnerability) {}, "", ""},
		{"on the day", func(v *content.Vulnerability) { v.Fixed = d(2026, 3, 2) }, "", ""},
		// The files speak as of the build's date (Set.KnownBy): a fix
		// released later is not in them, a status assessed later is
		// under investigation there; neither is warned of.
		{"fixed later", func(v *content.Vulnerability) { v.Fixed = d(2026, 9, 1) }, "", ""},
		// Communicated before: known then, and the files date it by
		// its discovery.
		{"discovered later", func(v *content.Vulnerability) { v.Discovered = d(2026, 6, 1) }, ".discovered",
			"CVE-2024-1086 is discovered on 2026-06-01, after the build's as-of date 2026-03-02: the CSAF file gives this date as its discovery date; write it once it has happened"},
		{"known only later", func(v *content.Vulnerability) {
			v.Discovered, v.Communications, v.Fixed = d(2026, 6, 1), nil, content.Date{}
		}, ".discovered", "CVE-2024-1086 is known from 2026-06-01, after the build's as-of date 2026-03-02: no file, nor any document released by then, names it; build as of 2026-06-01 or later to publish it"},
		{"disclosed later", func(v *content.Vulnerability) { v.Disclosed = d(2026, 6, 1) }, ".disclosed",
			"CVE-2024-1086 is disclosed on 2026-06-01, after the build's as-of date 2026-03-02: until then no file, nor any document released by then, names it (published, it would disclose it first); build again on or after 2026-06-01 to publish it"},
		{"assessed later", func(v *content.Vulnerability) { v.Assessed = d(2026, 6, 1) }, "", ""},
		{"communicated later", func(v *content.Vulnerability) {
			v.Communications = []content.VulnerabilityMilestone{{Date: d(2026, 4, 1), Audience: "customers", Summary: "Told."}}
		}, ".communications[0].date", "no file states a communication, and the documents released by then leave it out"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags, p, _ := loadEdited(t, func(p *content.Product, _ int) {
				tc.edit(&p.Vulns[0])
			})
			var got, msgs []string
			for _, x := range diags {
				if strings.Contains(x.Message, "after the build's as-of date") {
					got, msgs = append(got, x.Path), append(msgs, x.Message)
				}
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("warned at %v; want nothing", got)
				}
				return
			}
			if len(got) != 1 || got[0] != "vulnerabilities[0]"+tc.want {
				t.Errorf("warned at %v; want vulnerabilities[0]%s (%s)", got, tc.want, p.Vulns[0].ID)
			} else if !strings.Contains(msgs[0], tc.says) {
				t.Errorf("warned %q; want it to say %q", msgs[0], tc.says)
			}
		})
	}
}

// TestAssessedBeforeDiscovered: a status cannot be assessed before the
// vulnerability was known; on or after the discovery it is accepted.
func TestAssessedBeforeDiscovered(t *testing.T) {
	for _, tc := range []struct {
		assessed content.Date
		want     bool
	}{{content.NewDate(2000, 1, 1), true}, {content.Date{}, false}} {
		_, diags, _, _ := loadEdited(t, func(p *content.Product, _ int) {
			p.Vulns[0].Assessed = tc.assessed
			if p.Vulns[0].Discovered.IsZero() {
				t.Fatal("the example's first vulnerability has no discovery date")
			}
		})
		got := false
		for _, x := range diags {
			if x.Path == "vulnerabilities[0].assessed" && strings.Contains(x.Message, "is before discovered") {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("assessed %s: error %v; want %v", tc.assessed, got, tc.want)
		}
	}
}

// TestUndisclosedDateWarns: a vulnerability whose discovery is stated
// but not its disclosure is a warning at its entry: every document and
// file, all published, can list it only from its discovery, which may be
// before anyone could publish it. With both stated, or neither, check
// says nothing. The advice names the coordinated disclosure's agreed
// date, which the future-date warning now takes as it is. Another entry
// for the same ID that states the disclosure gives it to this entry's
// records: no warning then.
func TestUndisclosedDateWarns(t *testing.T) {
	// every clears the disclosure of each entry for the first one's ID.
	every := func(p *content.Product) {
		for i := range p.Vulns {
			if p.Vulns[i].ID == p.Vulns[0].ID {
				p.Vulns[i].Disclosed = content.Date{}
			}
		}
	}
	for _, tc := range []struct {
		name string
		edit func(p *content.Product)
		warn bool
	}{
		{"both stated", func(*content.Product) {}, false},
		{"disclosure not stated", every, true},
		{"disclosure stated by another entry", func(p *content.Product) { p.Vulns[0].Disclosed = content.Date{} }, false},
		{"neither stated", func(p *content.Product) { p.Vulns[0].Disclosed, p.Vulns[0].Discovered = content.Date{}, content.Date{} }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags, p, _ := loadEdited(t, func(p *content.Product, _ int) { tc.edit(p) })
			var got []string
			for _, x := range diags {
				if strings.Contains(x.Message, "disclosed is not stated") && x.Path == "vulnerabilities[0]" {
					got = append(got, x.Path+": "+x.Message)
				}
			}
			switch {
			case tc.warn && (len(got) != 1 || !strings.HasPrefix(got[0], "vulnerabilities[0]: "+p.Vulns[0].ID+": disclosed is not stated: the documents released from 2024-05-30 (discovered, when the manufacturer learnt of it) and the VEX and CSAF files, all published, name it from then") || !strings.Contains(got[0], "the agreed date, even a future one")):
				t.Errorf("warned %q; want one warning at vulnerabilities[0]", got)
			case !tc.warn && len(got) > 0:
				t.Errorf("warned %q; want nothing", got)
			}
		})
	}
}

// TestFutureFixReleasedWarns: fix = "released" naming in fixed_in a
// version not generally available on the build's as-of date would have
// the documents and the VEX and CSAF files call a fix released that is
// not out: a warning at the entry's fix. A fix version already out, a
// fix that is only planned (fix not stated), or a released fix that
// names no version (a patch the remediation names) is not warned of, and
// an entry not public yet earlier in the file stops no later warning.
func TestFutureFixReleasedWarns(t *testing.T) {
	d := content.NewDate
	later := func(p *content.Product) {
		for i := range p.Versions {
			if p.Versions[i].Version == "4.2.1" {
				p.Versions[i].GeneralAvailability = d(2026, 6, 1)
			}
		}
	}
	const says = "fix = \"released\" for CVE-2024-5535, but fixed_in names 4.2.1, which is not generally available until 2026-06-01, after the build's as-of date 2026-03-02"
	for _, c := range []struct {
		name   string
		v      content.Vulnerability
		change func(p *content.Product)
		warn   bool
	}{
		{"released in a version not yet out", fixEntry("CVE-2024-5535", "released", "4.2.1", "Update to 4.2.1."), later, true},
		{"released in a version out", fixEntry("CVE-2024-5535", "released", "4.2.1", "Update to 4.2.1."), nil, false},
		{"planned in a version not yet out", fixEntry("CVE-2024-5535", "", "4.2.1", "A fix is planned in 4.2.1."), later, false},
		{"released as a patch", fixEntry("CVE-2024-5535", "released", "", "Install patch P-17."), later, false},
		{"after an entry not yet public", fixEntry("CVE-2024-5535", "released", "4.2.1", "Update to 4.2.1."), func(p *content.Product) {
			later(p)
			p.Vulns[0].Disclosed = d(2026, 6, 1)
		}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, diags := loadSetWith(t, "", nil, []content.Vulnerability{c.v}, c.change)
			var got []string
			for _, x := range diags {
				if x.Path == "vulnerabilities[7].fix" {
					got = append(got, x.Message)
				}
			}
			switch {
			case c.warn && (len(got) != 1 || !strings.Contains(got[0], says)):
				t.Errorf("warned %q; want one warning saying %q", got, says)
			case !c.warn && len(got) > 0:
				t.Errorf("warned %q; want nothing", got)
			}
		})
	}
}
