package kind

import (
	"bytes"

	"github.com/jspgen/jspgen/generator/content"
)

// VersionsDrawnAlike are, in version order, the product's versions other
// than about whose drawing draw gives (diagram.DrawingOf, which this
// package cannot import) comes out the same as about's: a drawing of
// about's data flows is theirs too (two firmware versions whose changes
// touch no part, flow or zone). None where about's draws nothing.
func (p Product) VersionsDrawnAlike(about string, draw func(*content.Product) []byte) []string {
	base, ok := p.ByVersion[about]
	if !ok {
		return nil
	}
	x := draw(base.Product)
	if x == nil {
		return nil
	}
	var out []string
	for _, v := range p.Versions {
		if v.Version == about {
			continue
		}
		if o, ok := p.ByVersion[v.Version]; ok && bytes.Equal(x, draw(o.Product)) {
			out = append(out, v.Version)
		}
	}
	return out
}
