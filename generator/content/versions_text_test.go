package content

import (
	"strings"
	"testing"
)

// textBase is a product whose first version has no cloud backup; version
// 2.0's changes are appended by each case (textSource), and 3.0 after it
// changes nothing of the texts: it inherits 2.0's.
const textBase = `schema_version = 2
id = "p"
description = "A sensor and its imaging software."
use_environment = "Dental practices, on the practice's office network."

[cloud]
statement = "Needs nothing outside the practice's network."

[[versions]]
version = "1.0"
general_availability = 2024-01-01

[[versions]]
version = "2.0"
general_availability = 2025-01-01
[versions.changes]
`

func textSource(changes string) string {
	return textBase + changes + "\n\n[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2026-01-01\n[versions.changes]\nsbom_files = [\"x.json\"]\n"
}

// TestVersionTexts: a version that writes description, use_environment
// or cloud_statement replaces the previous version's text for itself and
// the versions after it; the first version keeps the top-level text, and
// TextKey names where each view's text is written.
func TestVersionTexts(t *testing.T) {
	type texts struct{ desc, env, cloud string }
	get := func(p *Product, v string) texts {
		q := p.At(v)
		return texts{q.Description, q.UseEnvironment, q.Cloud.Statement}
	}
	first := texts{"A sensor and its imaging software.", "Dental practices, on the practice's office network.", "Needs nothing outside the practice's network."}
	for _, tc := range []struct {
		name, changes string
		want          texts
		key           string // the text key TextKey is asked about
		wantKey       string // TextKey of 2.0's and 3.0's views
	}{
		{"nothing written", "", first, "description", "description"},
		{"description", `description = "A sensor, its imaging software and a cloud backup."`,
			texts{"A sensor, its imaging software and a cloud backup.", first.env, first.cloud}, "description", "versions[1].changes.description"},
		{"use environment", `use_environment = "Dental practices; the server reaches the backup service."`,
			texts{first.desc, "Dental practices; the server reaches the backup service.", first.cloud}, "use_environment", "versions[1].changes.use_environment"},
		{"cloud statement", `cloud_statement = "Needs nothing outside to acquire images; backup is optional."`,
			texts{first.desc, first.env, "Needs nothing outside to acquire images; backup is optional."}, "cloud.statement", "versions[1].changes.cloud_statement"},
		{"another text than the one asked about", `cloud_statement = "Backup is optional."`,
			texts{first.desc, first.env, "Backup is optional."}, "use_environment", "use_environment"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, diags := loadParts(t, textSource(tc.changes))
			for _, d := range diags {
				if strings.HasPrefix(d.Path, "versions") {
					t.Errorf("valid change reported: %v", d)
				}
			}
			if got := get(p, "1.0"); got != first {
				t.Errorf("At(1.0) = %+v, want the top-level texts %+v", got, first)
			}
			for _, v := range []string{"2.0", "3.0"} {
				if got := get(p, v); got != tc.want {
					t.Errorf("At(%s) = %+v, want %+v", v, got, tc.want)
				}
				if got := p.At(v).TextKey(tc.key); got != tc.wantKey {
					t.Errorf("At(%s).TextKey(%s) = %s, want %s", v, tc.key, got, tc.wantKey)
				}
			}
			if got := p.At("1.0").TextKey(tc.key); got != tc.key {
				t.Errorf("At(1.0).TextKey(%s) = %s, want the top-level key", tc.key, got)
			}
		})
	}
}

// TestVersionTextsRefused: a text written empty, a text in the first
// version's changes and an anchor link in a version's description are
// errors at their own line; a text that repeats the previous version's
// is a warning.
func TestVersionTextsRefused(t *testing.T) {
	for _, tc := range []struct {
		name, changes string
		line          int // in textSource(changes): 2.0's changes start at line 17
		want          string
	}{
		{"description written empty", `description = ""`, 17,
			"versions[1].changes.description: version 2.0 writes description empty"},
		{"cloud statement written blank", `cloud_statement = "  "`, 17,
			"versions[1].changes.cloud_statement: version 2.0 writes cloud_statement empty"},
		{"anchor link in a version's description", `description = "A sensor; see [backup](#backup)."`, 17,
			`versions[1].changes.description: link "#backup" points into the page`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, textSource(tc.changes))
			checkReported(t, diags, tc.want, tc.line)
		})
	}
	t.Run("the first version writes a text", func(t *testing.T) {
		src := strings.Replace(textSource(""), "version = \"1.0\"\ngeneral_availability = 2024-01-01\n",
			"version = \"1.0\"\ngeneral_availability = 2024-01-01\n[versions.changes]\nuse_environment = \"Elsewhere.\"\n", 1)
		_, diags := loadParts(t, src)
		checkReported(t, diags, "versions[0].changes: the first version has no version before it to change", 12)
	})
	t.Run("a text that repeats the previous version's", func(t *testing.T) {
		_, diags := loadParts(t, textSource(`use_environment = "Dental practices, on the practice's office network."`))
		found := false
		for _, d := range diags {
			if d.Path == "versions[1].changes.use_environment" {
				found = true
				if d.Severity != Warning || d.Line != 17 || !strings.Contains(d.Message, "is version 1.0's word for word") {
					t.Errorf("got %v (line %d, severity %v), want a warning at line 17 that it repeats 1.0's", d, d.Line, d.Severity)
				}
			}
		}
		if !found {
			t.Errorf("a repeated text not reported:\n  %s", diagText(diags))
		}
	})
}
