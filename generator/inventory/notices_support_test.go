package inventory

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestApplyNoticeSupport: a notice's [[notices.components]] support
// becomes the support of the matching component wherever it is listed,
// over an SBOM property or a support rule, with the notice's concern as
// its assessment; a [[components]] annotation keeps its own, a notice
// entry without support changes nothing (nor stops the entries after
// it), an end of support alone is support stated, and the first notice
// that states it wins.
func TestApplyNoticeSupport(t *testing.T) {
	date := func(s string) content.Date {
		d, err := content.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	comp := func(name, version string, level content.SupportLevel, origin OriginKind) Component {
		return Component{Component: sbom.Component{Name: name, Version: version}, Support: level, Notes: "rule notes", Origin: Origin{Kind: origin}}
	}
	p := &content.Product{Notices: []content.Notice{
		{ID: "eol-4.1", Components: []content.NoticeComponent{
			{Name: "qtbase", Version: "6.2.8", Support: "no_longer_maintained", EndOfSupport: date("2024-09-30"), Concern: "Qt 6.2 LTS ended."},
			{Name: "openssl", Version: "3.0.8", Support: "limited", Concern: "Security fixes only."},
			{Name: "sqlite", Version: "3.38.5", Concern: "Named, no support stated."},
			{Name: "zlib", Version: "1.2.13", EndOfSupport: date("2025-01-31"), Concern: "An end date alone."},
		}},
		{ID: "later", Components: []content.NoticeComponent{
			{Name: "qtbase", Version: "6.2.8", Support: "abandoned", Concern: "A second statement."},
		}},
	}}
	list := []Component{
		comp("qtbase", "6.2.8", "maintained", OriginSiteRule),
		comp("openssl", "3.0.8", "maintained", OriginAnnotation),
		comp("sqlite", "3.38.5", "", ""),
		comp("qtbase", "6.8.3", "maintained", OriginSBOM),
		comp("zlib", "1.2.13", "maintained", OriginSBOM),
	}
	applyNoticeSupport(p, list)
	tests := []struct {
		i                   int
		support, eos, notes string
		origin              OriginKind
	}{
		{0, "no_longer_maintained", "2024-09-30", "Qt 6.2 LTS ended.", OriginNotice}, // over a site rule; the first notice wins
		{1, "maintained", "", "rule notes", OriginAnnotation},                        // the annotation keeps its own
		{2, "", "", "rule notes", ""},                                                // the notice states no support
		{3, "maintained", "", "rule notes", OriginSBOM},                              // another version of the component
		{4, "", "2025-01-31", "An end date alone.", OriginNotice},                    // after an entry stating none, last in the list
	}
	for _, tc := range tests {
		c := list[tc.i]
		eos := ""
		if !c.EndOfSupport.IsZero() {
			eos = c.EndOfSupport.String()
		}
		if string(c.Support) != tc.support || eos != tc.eos || c.Notes != tc.notes || c.Origin.Kind != tc.origin {
			t.Errorf("%s %s: support %q, end %q, notes %q, origin %q; want %q, %q, %q, %q",
				c.Name, c.Version, c.Support, eos, c.Notes, c.Origin.Kind, tc.support, tc.eos, tc.notes, tc.origin)
		}
	}
	if got := list[0].Origin.Path; got != "notices[0].components[0]" {
		t.Errorf("qtbase 6.2.8's origin is %q; want notices[0].components[0]", got)
	}
}
