package inventory

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestBeforeEndWithUpdatesForSomeCustomers: Solstra LX 3.4 is in paid
// extended support until 2026-09-30; Windows Server 2012 R2's supplier
// support ended on 2023-10-10 and its Extended Security Updates, which
// only the customers who pay for them receive, last until 2026-10-13.
// The lifecycle page and the CSD said "Yes" (ends before the end of paid
// extended support), true only for a customer without the updates: for
// one who has them the component's fixes outlast the programme, and
// nothing in the data says the programme's customers are the ones who
// pay for the updates. Where the two answers differ, both are given and
// on what each rests; where they agree (updates every customer receives,
// none at all, bought updates that have ended too) one answer is given.
// A component whose support has already ended says so ("Yes (its support
// has ended)"), so bought updates that end before the compared end but
// have not ended give two answers: "Yes (its support has ended)" for a
// customer without them, "yes" for one who has them.
func TestBeforeEndWithUpdatesForSomeCustomers(t *testing.T) {
	d := content.NewDate
	none := content.Date{}
	paidEnd, on := d(2026, 9, 30), d(2026, 3, 2)
	comp := func(ext content.Date, extFor, inHouse string) Component {
		var c Component
		c.Name, c.Version, c.Support = "Windows Server 2012 R2", "6.3", "limited"
		c.EndOfSupport, c.ExtendedUntil, c.ExtendedFor, c.inHouse = d(2023, 10, 10), ext, extFor, inHouse
		return c
	}
	for _, tc := range []struct {
		name          string
		c             Component
		end, outlasts content.Date
		on            content.Date
		want          string
	}{
		{"bought updates outlast the compared end", comp(d(2026, 10, 13), "customers_who_buy", ""), paidEnd, none, on,
			"Yes (its support has ended) for a customer who does not pay for its extended security updates, no for one who does"},
		{"bought updates end on the compared end", comp(paidEnd, "customers_who_buy", ""), paidEnd, none, on,
			"Yes (its support has ended) for a customer who does not pay for its extended security updates, no for one who does"},
		{"bought updates end before the compared end", comp(d(2026, 9, 1), "customers_who_buy", ""), paidEnd, none, on,
			"Yes (its support has ended) for a customer who does not pay for its extended security updates, yes for one who does"},
		{"updates every customer receives outlast it", comp(d(2026, 10, 13), content.ExtendedForEveryCustomer, ""), paidEnd, none, on, "No"},
		{"updates every customer receives end before it", comp(d(2026, 9, 1), content.ExtendedForEveryCustomer, ""), paidEnd, none, on, "Yes"},
		{"no extended updates", comp(none, "", ""), paidEnd, none, on, "Yes (its support has ended)"},
		{"reach not stated", comp(d(2026, 10, 13), "", ""), paidEnd, none, on,
			"Yes (its support has ended) for a customer who does not receive its extended security updates, no for one who does"},
		{"in-house, whether the hospital obtains them not stated", comp(d(2026, 10, 13), "", "the hospital"), paidEnd, none, on,
			"Yes (its support has ended) if the hospital does not obtain its extended security updates, no if it does"},
		{"version's end not announced, inside the updates", comp(d(2026, 10, 13), "customers_who_buy", ""), none, none, on,
			"Yes (its support has ended) for a customer who does not pay for its extended security updates, not stated for one who does"},
		{"version's end known to come after a date the updates outlast", comp(d(2026, 10, 13), "customers_who_buy", ""), none, d(2026, 6, 30), d(2023, 6, 1),
			"Yes for a customer who does not pay for its extended security updates, not stated for one who does"},
		{"version's end known to come after a date the updates end by", comp(d(2026, 3, 1), "customers_who_buy", ""), none, d(2026, 6, 30), d(2023, 6, 1), "Yes"},
		{"the bought updates have ended too", comp(d(2026, 1, 31), "customers_who_buy", ""), paidEnd, none, on, "Yes (its support has ended)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.c.BeforeEndOutlasting(tc.end, tc.outlasts, tc.on); got != tc.want {
				t.Errorf("BeforeEndOutlasting = %q, want %q", got, tc.want)
			}
			if tc.outlasts.IsZero() {
				if got := tc.c.BeforeEnd(tc.end, tc.on); got != tc.want {
					t.Errorf("BeforeEnd = %q, want %q", got, tc.want)
				}
			}
		})
	}
}
