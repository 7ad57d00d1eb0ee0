package riskreport

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/diagram"
	"github.com/jspgen/jspgen/generator/kind"
)

// alikeDrawn are the versions other than about whose data-flow diagram
// (file) comes out the same as about's: a CSD about one links it too
// (kind.Built.For).
func alikeDrawn(p kind.Product, about, file string) []string {
	if file == "" {
		return nil
	}
	return p.VersionsDrawnAlike(about, func(x *content.Product) []byte { return diagram.DrawingOf(x, file) })
}
