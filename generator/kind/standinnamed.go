package kind

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
)

// NamedBy are the document IDs (content.Notice.CitedID) of the notices
// among p's that name component nn as a version's (inventory.NoticeNamed)
// and were issued by date on: a document cites none issued after it, so
// a component only later notices name is not stated in it. Nil for none.
func NamedBy(p *content.Product, nn inventory.NoticeNamed, on content.Date) []string {
	var by []string
	for _, id := range nn.Notices {
		i := slices.IndexFunc(p.Notices, func(n content.Notice) bool { return n.ID == id })
		if i >= 0 && !IssuedAfter(p.Notices[i], on) {
			by = append(by, p.Notices[i].CitedID())
		}
	}
	return by
}
