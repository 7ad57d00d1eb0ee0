package notices

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// NeededOffAsShipped reports a port among Needed that is stated off as
// shipped (default_enabled = false). Such a port belongs to a feature the
// customer may leave off (the notice may even tell them to), so the notice
// marks it, below the table, as needed only once its feature is turned on.
// A port whose state as shipped is not stated is left as it was: the data
// do not say it is optional.
func (v *NoticeView) NeededOffAsShipped() bool {
	return slices.ContainsFunc(v.Needed, offAsShipped)
}

func offAsShipped(pt content.Port) bool { return pt.DefaultEnabled.IsFalse() }
