package notices

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeStopsRegularReleases: a stop of what = "updates" is of the
// regular releases, not of security fixes, and the notice's table of
// what stops says so; its bare "Updates" row read as the end of every
// update while the notice's remaining maintenance kept security fixes
// going. A stop of security updates keeps its own row and name.
func TestNoticeStopsRegularReleases(t *testing.T) {
	md := renderNotice(t, "eol-4.1.0", func(*content.Product) {})
	kindtest.SaysAll(t, "notice", md,
		"| Regular releases | Software 4.1.0: 2027-09-30 (end of support) | No further releases of 4.1.0. |",
		"| Security updates | Software 4.1.0: 2027-03-31 (end of guaranteed support) |")
	kindtest.SaysNone(t, "notice", md, "| Updates |")
}
