package sbom

import (
	"cmp"
	"strings"

	cdx "github.com/CycloneDX/cyclonedx-go"
)

// Support facts in a CycloneDX SBOM. CycloneDX has no field for a
// component's support: its lifecycles element is the phase of the BOM
// itself (design, build, operations), not the maker's support of a
// component. Component support is carried in properties: the CycloneDX
// property taxonomy's milestone names (cdx:lifecycle:milestone:endOfSupport,
// the same names lifecycle.json uses for the device's own milestones) and,
// for what the taxonomy has no name for, jspgen's own names below.
const (
	PropertyEndOfSupport  = "cdx:lifecycle:milestone:endOfSupport"
	PropertyLevel         = "jspgen:support:level"         // maintained, limited, no_longer_maintained, abandoned
	PropertyJustification = "jspgen:support:justification" // why no end-of-support date is stated
	PropertySource        = "jspgen:support:source"        // where the maker publishes its support policy
	PropertyOrigin        = "jspgen:support:origin"        // written by jspgen: annotation, sbom, product-rule:<id>, site-rule:<id>
	// PropertyExtendedUntil is the end of the extended security updates
	// the manufacturer uses after endOfSupport (YYYY-MM-DD).
	PropertyExtendedUntil = "jspgen:support:extendedUntil"
	// PropertyExtendedFor is who receives them: every_customer or
	// customers_who_buy (content.Component.ExtendedFor).
	PropertyExtendedFor = "jspgen:support:extendedFor"
)

// Support is what an SBOM states about the support of one component, as
// written (trimmed); "" where it states nothing.
type Support struct {
	EndOfSupport  string // ISO 8601 date (a date-time is cut to its date by the inventory)
	Level         string
	Justification string
	Source        string
	ExtendedUntil string // ISO 8601 date: extended security updates after EndOfSupport
	ExtendedFor   string // who receives them: every_customer, customers_who_buy
}

// IsZero reports that the SBOM states no support fact.
func (s Support) IsZero() bool { return s == Support{} }

func compareSupport(a, b Support) int {
	return cmp.Or(cmp.Compare(a.EndOfSupport, b.EndOfSupport), cmp.Compare(a.Level, b.Level),
		cmp.Compare(a.Justification, b.Justification), cmp.Compare(a.Source, b.Source),
		cmp.Compare(a.ExtendedUntil, b.ExtendedUntil), cmp.Compare(a.ExtendedFor, b.ExtendedFor))
}

// cycloneDXSupport reads the support properties; the first of each name
// counts.
func cycloneDXSupport(ps *[]cdx.Property) Support {
	var s Support
	if ps == nil {
		return s
	}
	for _, p := range *ps {
		v := strings.TrimSpace(p.Value)
		var dst *string
		switch strings.TrimSpace(p.Name) {
		case PropertyEndOfSupport:
			dst = &s.EndOfSupport
		case PropertyLevel:
			dst = &s.Level
		case PropertyJustification:
			dst = &s.Justification
		case PropertySource:
			dst = &s.Source
		case PropertyExtendedUntil:
			dst = &s.ExtendedUntil
		case PropertyExtendedFor:
			dst = &s.ExtendedFor
		default:
			continue
		}
		if *dst == "" {
			*dst = v
		}
	}
	return s
}
