package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestLinacPaidSupportAndBoughtUpdates: Solstra LX 3.4 is in paid
// extended support until 2026-09-30; Windows Server 2012 R2's supplier
// support ended on 2023-10-10, and its Extended Security Updates, only
// for the customers who pay for them, last until 2026-10-13. The
// lifecycle page and 3.4's CSD answered "Yes" (ends before the end of
// paid extended support), which is false for a customer who has those
// updates, and the data does not say that the programme's customers are
// the ones who do (customers_who_buy: from Microsoft or through the
// programme). Both answers are given, each with what it rests on; for a
// customer without the updates the component's support has already
// ended, and the answer says so. Updates that end before the programme
// give "yes" for a customer who has them too, but their end is still to
// come: neither a bare "Yes" (which hides that a customer without them
// has none) nor a bare "Yes (its support has ended)" (false for a
// customer who has them) is true of both, so both answers are given.
func TestLinacPaidSupportAndBoughtUpdates(t *testing.T) {
	const row = "| Windows Server 2012 R2 | 6.3 | Limited support (as stated); supplier support ended on 2023-10-10; extended security updates until 2026-10-13, only for the customers who pay for them | 2023-10-10; extended security updates until 2026-10-13, only for the customers who pay for them | "
	const both = "Yes (its support has ended) for a customer who does not pay for its extended security updates, no for one who does |"
	read := buildFixture(t, "linac")
	for _, doc := range []string{"solstra-lx/lifecycle.md", "solstra-lx/3.4/csd.md"} {
		text := read(doc)
		kindtest.SaysAll(t, doc, text, "Before the end of paid extended support", row+both)
		kindtest.SaysNone(t, doc, text, row+"Yes |", row+"Yes (its support has ended) |")
	}

	files, _ := buildFixtureEdited(t, "linac", "solstra-lx.toml", func(s string) string {
		return strings.Replace(s, "extended_until = 2026-10-13\nextended_for = \"customers_who_buy\"", "extended_until = 2026-09-01\nextended_for = \"customers_who_buy\"", 1)
	})
	const earlier = "| Windows Server 2012 R2 | 6.3 | Limited support (as stated); supplier support ended on 2023-10-10; extended security updates until 2026-09-01, only for the customers who pay for them | 2023-10-10; extended security updates until 2026-09-01, only for the customers who pay for them | "
	for _, doc := range []string{"solstra-lx/lifecycle.md", "solstra-lx/3.4/csd.md"} {
		kindtest.SaysAll(t, doc+" (updates end before the programme)", files[doc],
			earlier+"Yes (its support has ended) for a customer who does not pay for its extended security updates, yes for one who does |")
		kindtest.SaysNone(t, doc+" (updates end before the programme)", files[doc], earlier+"Yes |", earlier+"Yes (its support has ended) |", "no for one who does")
	}
}
