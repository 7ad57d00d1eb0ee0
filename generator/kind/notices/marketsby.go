package notices

import "github.com/jspgen/jspgen/generator/content"

// CurrentByMarket is the current version per market as the notice,
// released on, says it (content.Product.CurrentByMarketBy): a market's
// release after on and by the build's as-of date is not dated, a date
// the notice could not have given.
func (v *NoticeView) CurrentByMarket(on content.Date) []content.MarketCurrent {
	return v.product.CurrentByMarketBy(on, v.asOf)
}

// Where is where version ver is released as the security notice,
// released on, says it (content.Product.ReleasedWhereBy), as
// NoticeView.Where.
func (v *SecurityView) Where(ver *content.Version, on content.Date) string {
	return v.product.ReleasedWhereBy(ver, on, v.asOf)
}
