package csd

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// OtherVersionNotices are the end-of-life and end-of-support notices of
// p issued by date on about versions other than Device, oldest first:
// section 13 lists those versions' stages (twoproducts: 2.6 at End of
// Support beside the current 3.1), and a customer who uses or used one
// (past its end of life it may no longer run: cgmhome's app 4.9 no
// longer starts) is sent to the notice that says what stops and what to
// do. Notices about Device itself are in Notices; one about models the
// CSD does not cover is left out, as there. Nil when the product builds no notices (the
// template also reads Built.Notices).
func (d *CSDData) OtherVersionNotices(p *content.Product, on content.Date) []NoticeRef {
	if p == nil || d.Device == nil {
		return nil
	}
	// Only end-of-life and end-of-support notices are kept: what they
	// say of compensating controls is their own (noticeGivesControls
	// reads no vulnerability for them).
	return noticesWhere(kind.Product{Product: p}, d.Device, on, d.Up, func(n content.Notice) bool {
		return (n.Kind == "end_of_life" || n.Kind == "end_of_support") && len(n.Versions) > 0 && !slices.Contains(n.Versions, d.Device.Version)
	})
}

// WithdrawalNotices are the notices of p issued by date on about the
// withdrawn version ver other than end-of-life and end-of-support ones
// (those are OtherVersionNotices): the security advisory or field safety
// notice that explains the withdrawal, which section 13's withdrawal
// paragraph links, as the lifecycle page does. Nil when the product
// builds no notices, for Device itself, or for none.
func (d *CSDData) WithdrawalNotices(p *content.Product, on content.Date, ver string) []NoticeRef {
	if p == nil || d.Device == nil || ver == d.Device.Version {
		return nil
	}
	return noticesWhere(kind.Product{Product: p}, d.Device, on, d.Up, func(n content.Notice) bool {
		return n.Kind != "end_of_life" && n.Kind != "end_of_support" && slices.Contains(n.Versions, ver)
	})
}
