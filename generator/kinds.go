package generator

import (
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/kind/csaf"
	"github.com/jspgen/jspgen/generator/kind/csd"
	"github.com/jspgen/jspgen/generator/kind/estar"
	"github.com/jspgen/jspgen/generator/kind/lifecycle"
	"github.com/jspgen/jspgen/generator/kind/mds2form"
	"github.com/jspgen/jspgen/generator/kind/notices"
	"github.com/jspgen/jspgen/generator/kind/plan"
	"github.com/jspgen/jspgen/generator/kind/riskreport"
)

// DefaultKinds are the document kinds jspgen builds for each product, in
// the order the index lists them. A new kind is a package under
// generator/kind/ and one line here.
func DefaultKinds() []kind.Kind {
	return []kind.Kind{
		plan.Kind,
		riskreport.Kind,
		csd.Kind,
		mds2form.Kind,
		lifecycle.Kind,
		notices.Kind,
		estar.Kind,
		csaf.Kind,
	}
}
