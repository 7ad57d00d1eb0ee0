package content

import (
	"fmt"
	"slices"
	"strings"
)

// platformSuppliedBy checks platforms[].supplied_by = "manufacturer" on
// the platform pl written at at for the view q. The key says that the
// manufacturer delivers the platform with parts the customer runs (the
// operating system inside an appliance image the hospital runs on its
// own virtualisation, an installation it delivers for the customer's
// hardware). On a platform none of whose parts the customer runs from the
// manufacturer's delivery (runs = customer_hosted or customer_device) it
// says nothing true: under parts the manufacturer hosts, the manufacturer
// supplying everything beneath them is already the whole story (a
// [[components]] entry of the part), and the customer's own
// infrastructure is the customer's. Parts that do not exist are reported
// by platformEntries and not counted here.
func (v *productValidator) platformSuppliedBy(q *Product, at string, pl Platform) {
	if pl.SuppliedBy != "manufacturer" {
		return
	}
	var found []string
	hosted := true
	for _, id := range pl.Parts {
		k := slices.IndexFunc(q.AllParts(), func(pt Part) bool { return pt.ID == id })
		if k < 0 {
			continue
		}
		r := q.AllParts()[k].Runs
		if r.IsCustomerHosted() || r.IsCustomerDevice() {
			return
		}
		hosted = hosted && r.IsManufacturerHosted()
		found = append(found, fmt.Sprintf("part %q runs %s", id, r))
	}
	if len(found) == 0 {
		return
	}
	const want = `supplied_by = "manufacturer" is only for a platform under a part the customer runs (runs = customer_hosted or customer_device)`
	if hosted {
		v.errorf(at+".supplied_by", "is \"manufacturer\" on a platform whose parts the manufacturer hosts (%s): that the manufacturer supplies it with them is then already the whole story, and %s; leave supplied_by out and list the platform as a [[components]] entry of the hosted part", strings.Join(found, ", "), want)
		return
	}
	v.errorf(at+".supplied_by", "is \"manufacturer\", but no part on the platform is one the customer runs (found: %s); %s", strings.Join(found, ", "), want)
}
