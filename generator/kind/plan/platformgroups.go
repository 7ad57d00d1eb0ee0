package plan

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
)

// PlatformGroup is one paragraph of the plan's platform outlook (11.1):
// the outlook of the first of Versions, which stands for all of them.
type PlatformGroup struct {
	Versions []string
	Outlook  *content.PlatformOutlook
}

// PlatformGroups are the outlooks the plan's 11.1 prints, one for each
// supported version whose outlook has something to say (Speaks), in
// the product's order. Versions whose outlook names only platform
// versions past or within twelve months of their vendor's end of
// support (AlsoEnded, Ending), and the same ones with the same dates,
// share one paragraph ("For versions 8.4 and 9.2, ..."): their sentence
// would differ only in the version. An outlook that names the version's
// parts or its own end of support (OnEnded, EndBefore) stands alone.
func (d *PlanData) PlatformGroups() []PlatformGroup {
	p, on := d.product.Product, d.on
	var out []PlatformGroup
	for i := range p.Versions {
		v := &p.Versions[i]
		if !v.DocumentedOn(on) || v.WithdrawnOn(on) {
			continue
		}
		paid := v.InExtendedSupport(on)
		ends := v.EndOfSupport
		if paid {
			ends = v.ExtendedSupportUntil
		}
		o := p.PlatformOutlookOf(v.Version, on, ends, paid)
		if o == nil || !o.Speaks() {
			continue
		}
		if platformOnly(o) {
			if j := slices.IndexFunc(out, func(g PlatformGroup) bool {
				return platformOnly(g.Outlook) && slices.Equal(g.Outlook.AlsoEnded, o.AlsoEnded) && slices.Equal(g.Outlook.Ending, o.Ending)
			}); j >= 0 {
				out[j].Versions = append(out[j].Versions, v.Version)
				continue
			}
		}
		out = append(out, PlatformGroup{Versions: []string{v.Version}, Outlook: o})
	}
	return out
}

// platformOnly reports whether the outlook's sentences name only
// platform versions (AlsoEnded, Ending), not the version's parts or its
// own end of support.
func platformOnly(o *content.PlatformOutlook) bool {
	return len(o.OnEnded) == 0 && len(o.EndBefore) == 0
}
