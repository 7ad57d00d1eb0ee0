package kind

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// NoticeTrackingID is the tracking ID of notice n's CSAF twin: its
// document number, else the product's ID and the notice's, upper-cased
// as a VEX document's. A notice's own ID is unique within its product
// only, and a CSAF tracking ID must be unique among the publisher's
// documents (two products may each have a notice "eos-5-2").
func NoticeTrackingID(productID string, n content.Notice) string {
	if n.Document.ID != "" {
		return n.Document.ID
	}
	return strings.ToUpper(productID + "-" + n.ID)
}
