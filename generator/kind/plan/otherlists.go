package plan

import "github.com/jspgen/jspgen/generator/kind"

// OwnComponentList reports whether version v has a component list of its
// own (kind.OwnComponentList): section 5's sentence about the other
// supported versions points to the lifecycle page only for those that
// do, since the page says of the others that their components are not
// stated.
func (d *PlanData) OwnComponentList(v string) bool {
	return kind.OwnComponentList(d.product, v)
}
