package content

import (
	"strings"
	"testing"
)

// TestRuleGAUnstated: an older version may leave general_availability
// out; check names it and the documents whose version tables say "Not
// stated". Written everywhere, nothing is said.
func TestRuleGAUnstated(t *testing.T) {
	const v1 = "[[versions]]\nversion = \"4.1\"\n"
	const v2 = "[[versions]]\nversion = \"4.2\"\ngeneral_availability = 2026-05-05\n"
	tests := []struct {
		name, src string
		want      string // the diagnostic's start; "" for none
	}{
		{"every date written", "[[versions]]\nversion = \"4.1\"\ngeneral_availability = 2026-01-01\n" + v2, ""},
		{"older version unstated", v1 + v2,
			"p.toml:3: warning: versions[0].general_availability: not written for version 4.1: the version tables of the lifecycle page, the CSD and the security plan say Not stated, and it counts as released once a version listed after it is"},
		{"two older versions", v1 + "[[versions]]\nversion = \"4.1.1\"\n" + v2,
			"p.toml:3: warning: versions[0].general_availability: not written for versions 4.1 and 4.1.1: the version tables of the lifecycle page, the CSD and the security plan say Not stated, and each counts as released"},
		{"CSD only", "[documents]\nbuild = [\"csd\"]\n" + v1 + v2,
			"p.toml:5: warning: versions[0].general_availability: not written for version 4.1: the version tables of the CSD say Not stated"},
		{"the newest is an error, not this warning", v2 + v1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := ruleProduct(t, "schema_version = 2\nid = \"p\"\n"+tc.src)
			got := ruleGAUnstated(p)
			if tc.want == "" {
				if len(got) != 0 {
					t.Fatalf("got %v; want none", got)
				}
				return
			}
			if len(got) != 1 || !strings.HasPrefix(got[0].String(), tc.want) || got[0].Severity != Warning {
				t.Fatalf("got %v; want one warning starting %q", got, tc.want)
			}
			if strings.Contains(got[0].String(), "2026-") {
				t.Errorf("got %q; names a date", got[0].String())
			}
		})
	}
}

// TestGAUnstatedLoads: the newest version must state general_availability,
// an older one need not, unless it is released market by market; an older
// one left out counts as released from the later version's release, and
// the current version is chosen as before.
func TestGAUnstatedLoads(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const v1 = "[[versions]]\nversion = \"4.1\"\nend_of_support = 2026-08-03\n"
	const v2 = "[[versions]]\nversion = \"4.2\"\ngeneral_availability = 2026-05-05\n"
	warnCases(t, "versions[1]: missing required key general_availability", []warnCase{
		{"newest unstated", head + v2 + "[[versions]]\nversion = \"4.3\"\n", true},
		{"older unstated", head + v1 + v2, false},
	})
	warnCases(t, "versions[0]: missing general_availability: version 4.1 is released market by market", []warnCase{
		{"markets", head + "markets = [\"us\", \"eu\"]\n" + v1 + "markets = [\"us\"]\n" + v2, true},
		{"all markets", head + "markets = [\"us\", \"eu\"]\n" + v1 + v2, false},
	})
	p, diags := loadParts(t, head+v1+v2)
	for _, d := range diags {
		if d.Severity == Error && strings.HasPrefix(d.Path, "versions") {
			t.Fatal(d.String())
		}
	}
	day := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	old := p.Versions[0]
	if !old.GAUnstated() || old.GADate() != "Not stated" {
		t.Errorf("GAUnstated %v, GADate %q; want true, \"Not stated\"", old.GAUnstated(), old.GADate())
	}
	for _, c := range []struct {
		on, stage, current string
	}{
		{"2026-03-01", "Development", ""}, // not known to be out before 4.2
		{"2026-06-01", "Support", "4.2"},
		{"2026-09-01", "End of Support", "4.2"},
	} {
		d := day(c.on)
		if got := old.Stage(d); got != c.stage {
			t.Errorf("Stage(%s) = %q; want %q", c.on, got, c.stage)
		}
		cur := ""
		if v := p.CurrentVersion(d); v != nil {
			cur = v.Version
		}
		if cur != c.current {
			t.Errorf("CurrentVersion(%s) = %q; want %q", c.on, cur, c.current)
		}
	}
	if strings.Contains(diagText(diags), "milestones must be in order") {
		t.Errorf("ordering checked against an unstated date: %s", diagText(diags))
	}
}
