package notices

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// Planned is what the notice, released on, says beside a later version
// not out by then (kind.PlannedSaid); where is the version's
// content.Product.ReleasedWhere on that date.
func (v *NoticeView) Planned(ver *content.Version, where string, on content.Date) string {
	return kind.PlannedSaid(ver, where, on, v.asOf)
}

// Where is where version ver is released as the notice, released on,
// says it (content.Product.ReleasedWhereBy): a market release after on
// and by the build's as-of date is named without its date, which the
// notice could not have given.
func (v *NoticeView) Where(ver *content.Version, on content.Date) string {
	return v.product.ReleasedWhereBy(ver, on, v.asOf)
}
