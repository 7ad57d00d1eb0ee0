package csd

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// Where no [[recommended_controls]] are stated, section 1 must not read
// as if the document stated no control at all while section 5.5 or a
// notice it lists gives compensating controls: it points there instead.

// VulnerabilityControls reports that section 5.5 gives compensating
// controls: one of its vulnerabilities, affected or under investigation
// in the version (the statuses whose action names controls), states some.
func (d *CSDData) VulnerabilityControls() bool {
	for _, v := range d.Vulnerabilities {
		if v.Open() && len(v.CompensatingControls) > 0 {
			return true
		}
	}
	return false
}

// ControlNotices are the notices listed in the document (Notices) that
// give compensating controls of their own.
func (d *CSDData) ControlNotices() []NoticeRef {
	return d.noticesWhere(func(n NoticeRef) bool { return n.Compensating })
}

// noticesWhere are the notices listed in the document (Notices) that
// keep holds for, in their order.
func (d *CSDData) noticesWhere(keep func(NoticeRef) bool) []NoticeRef {
	var out []NoticeRef
	for _, n := range d.Notices {
		if keep(n) {
			out = append(out, n)
		}
	}
	return out
}

// noticeGivesControls reports that notice n lists compensating controls:
// its own (compensating_controls) or, for a security notice, those of
// the vulnerabilities it announces still open as known on its release
// (what the notice's section on them prints). on stands in for a notice
// with no release date.
func noticeGivesControls(p kind.Product, n content.Notice, on content.Date) bool {
	if len(n.Compensating) > 0 {
		return true
	}
	if !n.Security() {
		return false
	}
	for _, av := range p.Vulnerabilities.KnownBy(kind.Released(n.Document, on)).Advisory(n).Vulnerabilities {
		for _, e := range av.Open() {
			if len(e.CompensatingControls) > 0 {
				return true
			}
		}
	}
	return false
}
