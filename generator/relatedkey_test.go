package generator

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// sectionFrom is doc from the last heading (past a table of contents)
// to the first next after it, which ends the section; name says whose
// document it is when there is none.
func sectionFrom(t *testing.T, name, doc, heading, next string) string {
	t.Helper()
	i := strings.LastIndex(doc, heading)
	j := -1
	if i >= 0 {
		j = strings.Index(doc[i:], next)
	}
	if i < 0 || j < 0 {
		t.Fatalf("%s: no %q before %q", name, heading, next)
	}
	return doc[i : i+j]
}

// planRelatedSection is the plan's section on related systems (9.11),
// from its first system's heading to section 10's (the last first
// system's heading, past a table of contents; the first section 10 after
// it, before any link to it).
func planRelatedSection(t *testing.T, name, doc string) string {
	t.Helper()
	return sectionFrom(t, name, doc, "9.11.1 ", "10. Total product lifecycle metrics")
}

// csdRelatedSection is the CSD's section on related systems (4.5), from
// its heading to section 5's (the last of each, past a table of
// contents).
func csdRelatedSection(t *testing.T, name, doc string) string {
	t.Helper()
	return sectionFrom(t, name, doc, "4.5 Related systems", "5. Software bill of materials")
}

// TestCSDRelatedSystemsKey: the CSD's related systems' tables print the
// plan's words for a milestone not given ("Not stated", "Not announced")
// and, like the plan's, now have the key of their own words beneath
// them, and only those; a CSD is what the hospital reads.
func TestCSDRelatedSystemsKey(t *testing.T) {
	for _, c := range relatedKeyCases {
		sec := csdRelatedSection(t, c.fixture, buildFixture(t, c.fixture)(c.doc+"/csd.md"))
		checkRelatedKeys(t, c.fixture+" CSD 4.5", sec, c)
	}
}

// passedKey is the key's sentence for a milestone (an end of life, or the
// end of marketing or production before it) passed on a day the data do
// not give.
const passedKey = `A milestone marked "Passed, date not stated" has passed, since a milestone that comes after it has, but the data give no date for it.`

// relatedKeyCase is a fixture whose document has a section on related
// systems: the words for a milestone not given its tables print, and
// how many tables have a key of "Not stated" beneath them (the maker's
// name in it; "" for no count).
type relatedKeyCase struct {
	fixture, doc string
	uses         []string
	keys         int
	maker        string
}

// checkRelatedKeys checks sec, a section on related systems (c.doc's,
// named name): each key word its tables print is explained beneath
// them, and no other; no key promises an announcement "here", and no
// lead sentence or passed end of life the tables do not print.
func checkRelatedKeys(t *testing.T, name, sec string, c relatedKeyCase) {
	t.Helper()
	checkKeyWords(t, name, sec, c.uses,
		func(l string) bool {
			return strings.HasPrefix(l, "| Version |") || (strings.HasPrefix(l, "|") && !strings.HasPrefix(l, "| ---") && strings.Count(l, "|") == 8)
		},
		func(table, w string) bool {
			// "Not stated" also fills a stage and an SBOM cell; a
			// milestone's is a date column's, before the stage.
			return strings.Contains(table, "| "+w+" | ") && (w != "Not stated" || strings.Contains(table, "| Not stated | Not stated | Not stated |"))
		})
	if c.maker != "" {
		key := `A date of another maker's system marked "Not stated" is not in the data of ` + c.maker + `: that maker decides it.`
		if n := strings.Count(sec, key); n != c.keys {
			t.Errorf("%s: %d keys, want one beneath each of %d tables", name, n, c.keys)
		}
	}
	kindtest.SaysNone(t, name, sec, "announced here", "Dates are ISO 8601.", passedKey)
}

// relatedKeyCases: two products whose systems are other makers', with
// no dates of their own; one whose system's end dates are not announced
// yet; one whose systems give every date, so no key.
var relatedKeyCases = []relatedKeyCase{
	{"smartapp", "sepsisguard", []string{"Not stated"}, 2, "Veridane Health, Inc."},
	{"rpmkit", "cardiowatch", []string{"Not stated"}, 2, "Halvard Connected Care, Inc."},
	{"homedialysis", "solace-hhd", []string{"Not announced"}, 1, ""},
	{"selfhosted", "cortexa-fx", nil, 0, ""},
}

// TestPlanRelatedSystemsKey: the plan's related systems' tables printed
// "Not stated" (another maker's date) or "Not announced" beneath every
// system with no word on what it means, where the lifecycle page
// explains both. Each table now has the key of its own words
// (content.RelatedSystem.MilestonesKey) beneath it, and only those: the
// self-hosted fixture's systems give every date, so no key; and not a
// word the product's own versions print in 11.1.
func TestPlanRelatedSystemsKey(t *testing.T) {
	for _, c := range relatedKeyCases {
		sec := planRelatedSection(t, c.fixture, buildFixture(t, c.fixture)(c.doc+"/security-plan.md"))
		checkRelatedKeys(t, c.fixture+" plan 9.11", sec, c)
	}
}

// TestRelatedSystemsKeyFormats: the key beneath the EHR's table in the
// smartapp plan (9.11) and CSD (4.5) reads alike in Markdown, HTML and
// PDF.
func TestRelatedSystemsKeyFormats(t *testing.T) {
	const key = `A date of another maker's system marked "Not stated" is not in the data of Veridane Health, Inc.: that maker decides it.`
	read := buildFixture(t, "smartapp")
	for _, c := range []struct {
		name, doc string
		section   func(t *testing.T, name, doc string) string
	}{
		{"plan 9.11", "sepsisguard/security-plan", planRelatedSection},
		{"CSD 4.5", "sepsisguard/csd", csdRelatedSection},
	} {
		md := c.section(t, c.name+" md", read(c.doc+".md"))
		kindtest.SaysAll(t, c.name+" md", md, "| Epic February 2024 | 2.3, 3.0 | 2024-02-15 | Not stated | Not stated | Not stated |", "|\n\n"+key+"\n")
		html := c.section(t, c.name+" html", read(c.doc+".html"))
		kindtest.SaysAll(t, c.name+" html", html, "<p>"+strings.ReplaceAll(key, `"`, "&quot;")+"</p>")
		pdf := c.section(t, c.name+" pdf", pdfWords(t, read(c.doc+".pdf")))
		kindtest.SaysAll(t, c.name+" pdf", pdf, key)
		for _, doc := range []string{md, html, pdf} {
			kindtest.SaysNone(t, c.name, doc, `"Not announced"`, `"Does not apply"`, passedKey)
		}
	}
}

// TestRelatedPassedEndOfLifeKey: a related system's version past its end
// of support with no end of life reads "Passed, date not stated", which
// neither the lifecycle page's key nor any other explained; both the
// lifecycle page and the plan's table of that system now say what it
// means, beside the "Not announced" of the version still supported, and
// so does the CSD's.
func TestRelatedPassedEndOfLifeKey(t *testing.T) {
	files, _ := buildFixtureEdited(t, "homedialysis", "solace-hhd.toml", func(s string) string {
		return strings.Replace(s, "[[related_systems.versions]]\nversion = \"2025.4\"",
			"[[related_systems.versions]]\nversion = \"2024.1\"\ndevice_versions = [\"2.3.4\"]\ngeneral_availability = 2024-01-15\nend_of_support = 2025-10-06\n\n[[related_systems.versions]]\nversion = \"2025.4\"", 1)
	})
	const row = "| 2024.1 | 2.3.4 | 2024-01-15 | Passed, date not stated | 2025-10-06 | End of Support |"
	plan := planRelatedSection(t, "plan", files["solace-hhd/security-plan.md"])
	kindtest.SaysAll(t, "plan 9.11", plan, row,
		`A milestone marked "Not announced" has no date published yet. `+passedKey)
	// The product's notice period is its own promise, not the related
	// system's: the key beneath a related system's table does not give it.
	kindtest.SaysNone(t, "plan 9.11", plan, "announced at least")
	csd := csdRelatedSection(t, "csd", files["solace-hhd/csd.md"])
	kindtest.SaysAll(t, "CSD 4.5", csd, row,
		`A milestone marked "Not announced" has no date published yet. `+passedKey)
	kindtest.SaysNone(t, "CSD 4.5", csd, "announced at least")
	page := files["solace-hhd/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle", page, "| Passed, date not stated | 2025-10-06 |", passedKey)
}

// TestRelatedMilestonesNotApplicable: a related system's version whose
// end of life is stated not to apply is printed "Does not apply" in its
// table, and lifecycle.json names it in that version's
// milestones_not_applicable (content.RelatedVersion.MilestonesNotApplicable);
// a version with dates has none.
func TestRelatedMilestonesNotApplicable(t *testing.T) {
	files, _ := buildFixtureEdited(t, "inhouse", "sepsiswatch.toml", func(s string) string {
		return s + inHouseRegistry + `
[[related_systems.versions]]
version = "3"
general_availability = 2025-01-06
end_of_life = "not_applicable"
end_of_support = 2029-12-31

[[related_systems.versions]]
version = "2"
general_availability = 2023-01-09
end_of_life = 2025-01-06
end_of_support = 2026-12-31
`
	})
	kindtest.SaysAll(t, "lifecycle.md", files["sepsiswatch/lifecycle.md"], "| 3 | Not stated | Support | 2025-01-06 | Does not apply | 2029-12-31 |")
	var lc struct {
		RelatedSystems []struct {
			Versions []struct {
				Version       string   `json:"version"`
				NotApplicable []string `json:"milestones_not_applicable"`
			} `json:"versions"`
		} `json:"related_systems"`
	}
	if err := json.Unmarshal([]byte(files["sepsiswatch/lifecycle.json"]), &lc); err != nil {
		t.Fatal(err)
	}
	if len(lc.RelatedSystems) != 1 || len(lc.RelatedSystems[0].Versions) != 2 {
		t.Fatalf("lifecycle.json: related_systems %+v", lc.RelatedSystems)
	}
	for _, v := range lc.RelatedSystems[0].Versions {
		var want []string
		if v.Version == "3" {
			want = []string{"end_of_life"}
		}
		if !slices.Equal(v.NotApplicable, want) {
			t.Errorf("lifecycle.json: related version %s: milestones_not_applicable %q, want %q", v.Version, v.NotApplicable, want)
		}
	}
}
