package generator

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestNewestRelease: the as-of date falls back to the newest release date
// of any of a product's documents, notices included, so that the site is
// never dated before a document it publishes.
func TestNewestRelease(t *testing.T) {
	date := func(s string) content.Date {
		d, err := content.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	released := func(s string) content.DocumentControl { return content.DocumentControl{ReleaseDate: date(s)} }
	base := func() *content.Product {
		p := &content.Product{}
		p.Documents.SecurityPlan, p.Documents.CSD, p.Documents.MDS2 = released("2026-02-16"), released("2026-02-02"), released("2026-01-05")
		return p
	}
	tests := []struct {
		name string
		edit func(p *content.Product)
		want string
	}{
		{"plan newest", func(*content.Product) {}, "2026-02-16"},
		{"risk report later", func(p *content.Product) { p.Documents.RiskReport = released("2026-03-01") }, "2026-03-01"},
		{"eSTAR later", func(p *content.Product) { p.Documents.ESTAR = released("2026-03-02") }, "2026-03-02"},
		{"lifecycle page later", func(p *content.Product) { p.Documents.Lifecycle = released("2026-03-03") }, "2026-03-03"},
		{"notice later", func(p *content.Product) {
			p.Notices = []content.Notice{{Document: released("2026-01-01")}, {Document: released("2026-04-01")}}
		}, "2026-04-01"},
		{"notice earlier", func(p *content.Product) { p.Notices = []content.Notice{{Document: released("2025-01-01")}} }, "2026-02-16"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			tc.edit(p)
			if got := newestRelease(p); got != date(tc.want) {
				t.Errorf("newestRelease = %s; want %s", got, tc.want)
			}
		})
	}
}
