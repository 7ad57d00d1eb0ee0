package csd

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// OtherNoticeVersions are the versions, other than Device, that the
// notices OtherVersionNotices lists are about, each once, in the order the
// notices name them: section 13 says "another version" and "that
// version" when there is one, "other versions" and "one of them" when
// there are more. Nil when there is no such notice.
func (d *CSDData) OtherNoticeVersions(p *content.Product, on content.Date) []string {
	refs := d.OtherVersionNotices(p, on)
	if len(refs) == 0 {
		return nil
	}
	var out []string
	for _, r := range refs {
		for _, n := range p.Notices {
			if n.ID != r.ID {
				continue
			}
			for _, v := range n.Versions {
				if v != d.Device.Version && !slices.Contains(out, v) {
					out = append(out, v)
				}
			}
		}
	}
	return out
}
