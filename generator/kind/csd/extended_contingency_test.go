package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDGeneralContingencyInPaidExtendedSupport: the general contingency
// (the example's replaces a component "in the next regular release") was
// printed unqualified in the CSD of a version past its end of support in
// paid extended support, which gets no regular release. It now says that
// no regular release of the version replaces the components and that the
// programme gives only what its terms state; a supported version keeps
// the contingency as it is.
func TestCSDGeneralContingencyInPaidExtendedSupport(t *testing.T) {
	const (
		contingency = "**General contingency.** When a component's support ends before the device's, Meridian either moves to a supported release of the component in the next regular release"
		extended    = "the end-of-support date of the device version never depends on a component that has no plan. Support for version `4.1.0` ended on 31 January 2026: no regular release of version `4.1.0` replaces these components, and the paid extended support, until 30 June 2027, gives its customers only what its terms state ([13. End of support and end of life](#13-end-of-support-and-end-of-life)).\n"
	)
	for _, tc := range []struct {
		name        string
		paid        bool
		says, never []string
	}{
		{"in paid extended support", true, []string{contingency, extended}, []string{"no release of version `4.1.0` replaces"}},
		{"supported", false, []string{contingency}, []string{"no regular release of version", "Support for version `4.1.0` ended"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			csds := exampleCSDs(t, func(p *content.Product) {
				if !tc.paid {
					return
				}
				i := slices.IndexFunc(p.Versions, func(v content.Version) bool { return v.Version == "4.1.0" })
				v := &p.Versions[i]
				v.EndOfGuaranteedSupport, v.EndOfSupport = content.Date{}, content.NewDate(2026, 1, 31)
				v.ExtendedSupportUntil, v.ExtendedSupport = content.NewDate(2027, 6, 30), "Security updates only, for a yearly fee."
			})
			md, ok := csds[kind.VersionPath("4.1.0", "csd")]
			if !ok {
				t.Fatal("no CSD of version 4.1.0")
			}
			kindtest.SaysAll(t, "the CSD of 4.1.0", md, tc.says...)
			kindtest.SaysNone(t, "the CSD of 4.1.0", md, tc.never...)
		})
	}
}
