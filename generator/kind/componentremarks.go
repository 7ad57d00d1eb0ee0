package kind

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// ComponentRemarks is what a table of the components that need attention
// (the CSD's 5.2, the plan's 5.4) says of a component besides its
// contingency, labelled as whose it is: a notice's concern, or the
// component's own notes. Neither is a contingency: a concern says why
// the component is one, and notes may be an assessment only ("kernel.org
// projects its end for December 2027"), so the row gives the contingency
// after it.
type ComponentRemarks struct {
	// Concern is what a notice says the component's end of support
	// means, and ConcernBy that notice's document ID; "" when none does
	// or Notes are set. Notes that a notice gave (that of the notice
	// stating the component's support, inventory.SupportNotice) are that
	// notice's concern; else it is the newest notice issued by the
	// document's date that concerns the version and names the component
	// (ComponentConcern).
	Concern, ConcernBy string
	// Notes are the component's notes that no notice gave (its
	// [[components]] entry's or its support rule's). The row gives one
	// remark, these where there are any, else a notice's concern: the
	// two would mostly repeat each other.
	Notes string
}

// Remarks is c's ComponentRemarks in the table about version v (own is
// v's own component list; with v "", no notice's concern is looked for)
// on date on. The CSD and the plan both use it, so that the two say the
// same of one component.
func Remarks(p Product, v string, own []inventory.Component, c inventory.Component, on content.Date) ComponentRemarks {
	notes := strings.TrimSpace(c.Notes)
	if notes != "" {
		if i := inventory.SupportNotice(p.Product, c); i >= 0 {
			return ComponentRemarks{Concern: notes, ConcernBy: p.Notices[i].CitedID()}
		}
		return ComponentRemarks{Notes: notes}
	}
	if v == "" {
		return ComponentRemarks{}
	}
	concern, by := ComponentConcern(p, v, own, c, on)
	return ComponentRemarks{Concern: concern, ConcernBy: by}
}
