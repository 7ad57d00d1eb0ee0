package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestMarketSplitMilestoneStage: the milestones tables (lifecycle page
// section 2, CSD, plan) gave 3.1, out in the US and in the EU only from
// 1 June 2026, the bare stage "Support", where section 1 and the product
// page say where it is out; they now say it in the same words
// (content.Product.ReleasedWhere). Once it is out everywhere, the stage
// is bare again.
func TestMarketSplitMilestoneStage(t *testing.T) {
	const split = "| 3.1 | Support (available in the United States; in the European Union from 1 June 2026) | 2025-11-03 in the United States; 2026-06-01 in the European Union |"
	for _, rel := range []string{"dentasense/lifecycle.md", "dentasense/csd.md", "dentasense/security-plan.md"} {
		before := buildFixtureAsOf(t, "marketsplit", "2026-03-02", rel)
		kindtest.SaysAll(t, rel, before, split)
		kindtest.SaysNone(t, rel, before, "| 3.1 | Support | 2025-11-03")
	}
	after := buildFixtureAsOfEdited(t, "marketsplit", "2026-06-01", "dentasense.toml", lifecycleReleased("ODI-DS-LC-001", "2026-03-02", "2026-06-01"), "dentasense/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle on 2026-06-01", after, "| 3.1 | Support | 2025-11-03 in the United States; 2026-06-01 in the European Union |")
}

// TestRelatedAndModelUnsetDates: the models' and the related systems'
// tables printed "Not set" for every date the data leave unset, under a
// key that explained "Not set" only of versions (or not at all). A
// model's date still to come is "Not announced", "Not set" once the
// model's support has ended; another maker's system's is "Not stated";
// the key explains the words used, and only those.
func TestRelatedAndModelUnsetDates(t *testing.T) {
	page := buildFixtureAsOf(t, "modelfamily", "2026-06-01", "tv300/lifecycle.md")
	kindtest.SaysAll(t, "modelfamily lifecycle", page,
		"| TV-300B | TV-300B bedside monitor (catalogue no. 300-100) | Not announced | Not announced | Not announced | None named |",
		`A milestone marked "Not announced" has no date published yet`)
	kindtest.SaysNone(t, "modelfamily lifecycle", page, "| Not set |", `"Not set"`, `"Not stated" is not in`)
	plan := buildFixtureAsOf(t, "modelfamily", "2026-06-01", "tv300/security-plan.md")
	kindtest.SaysNone(t, "modelfamily plan", plan, "| Not set |")

	// The TV-300T without its end of marketing: to come before its end
	// of support, none can come after it.
	noEOM := func(on string) func(string) string {
		return func(s string) string {
			s = strings.Replace(s, "end_of_marketing = 2025-06-30\nend_of_production = 2025-06-30\nend_of_support = 2027-12-31", "end_of_production = 2025-06-30\nend_of_support = 2027-12-31", 1)
			return lifecycleReleased("TV-300-LC-001", "2026-05-15", on)(s)
		}
	}
	const row = "| TV-300T | TV-300T transport monitor (catalogue no. 300-300) | %s | 2025-06-30 | 2027-12-31 | TV-300W |"
	before := buildFixtureAsOfEdited(t, "modelfamily", "2027-06-01", "tv300.toml", noEOM("2027-06-01"), "tv300/lifecycle.md")
	kindtest.SaysAll(t, "TV-300T supported", before, strings.Replace(row, "%s", "Not announced", 1))
	kindtest.SaysNone(t, "TV-300T supported", before, `"Not set"`)
	after := buildFixtureAsOfEdited(t, "modelfamily", "2028-01-01", "tv300.toml", noEOM("2028-01-01"), "tv300/lifecycle.md")
	kindtest.SaysAll(t, "TV-300T ended", after, strings.Replace(row, "%s", "Not set", 1),
		`One marked "Not set" has no date in the product data and does not lie ahead: the version's support has ended, or it was withdrawn; of a model, the model's support has ended, or that of every version it runs; whether it came before then, and when, is not stated.`)

	// Another maker's system: its dates are its maker's to state.
	dental := buildFixtureAsOf(t, "marketsplit", "2026-03-02", "dentasense/lifecycle.md")
	kindtest.SaysAll(t, "marketsplit lifecycle", dental,
		"| Any with a TWAIN 2.4 client or the DentaSense bridge | 2.4, 3.0, 3.1 | Not stated | 2021-10-04 | Not stated | Not stated | None |",
		`A date of another maker's system marked "Not stated" is not in the data of Orvella Dental Imaging, Inc.: that maker decides it.`)
	kindtest.SaysNone(t, "marketsplit lifecycle", dental, "| Not set |")
	kindtest.SaysNone(t, "marketsplit CSD", buildFixtureAsOf(t, "marketsplit", "2026-03-02", "dentasense/csd.md"), "| Not set |")
	// The manufacturer's own related system: still to come.
	dialysis := buildFixtureAsOf(t, "homedialysis", "2026-03-02", "solace-hhd/lifecycle.md")
	kindtest.SaysAll(t, "homedialysis lifecycle", dialysis, "| 2025.4 | 2.3.4, 3.1.0 | Support | 2025-10-06 | Not announced | Not announced |")
	kindtest.SaysNone(t, "homedialysis lifecycle", dialysis, `"Not stated" is not in`)
}

// lifecycleReleased moves the release of the lifecycle page with
// document ID id from date from to date to: the page speaks as of its
// release, not the build's date. An MDS2 form released before the page
// cannot derive RDMP-3 (support dates published) from it, so the
// manufacturer answers it, unless the file already does.
func lifecycleReleased(id, from, to string) func(string) string {
	return func(s string) string {
		i := strings.Index(s, `id = "`+id+`"`)
		if i < 0 {
			return s
		}
		j := i + strings.Index(s[i:], "\n\n")
		if j < i {
			j = len(s)
		}
		s = s[:i] + strings.ReplaceAll(s[i:j], from, to) + s[j:]
		if !strings.Contains(s, `"RDMP-3" =`) {
			s = strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"RDMP-3\" = \"yes\"\n", 1)
		}
		return s
	}
}
