package csd

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
)

// StandInNamed is what section 5.2 of the CSD of a version without a
// component list of its own (CSDData.ListedFor) can say of its own
// components: those the notices about it issued by the document's date
// name as its (inventory.Inventory.Named), judged as the components of
// a version with a list are. The version's other components are not
// stated, and the document says so.
type StandInNamed struct {
	Components []NamedComponent
	// Attention are those of Components that need attention, as
	// CSDData.Attention holds them for a version with a list of its own.
	Attention []ComponentNote
	// InExtended counts those of Components in extended security
	// updates on the document's date (CSDData.InExtended).
	InExtended int
	// Extends: one of Components has extended security updates
	// (inventory.Component.ExtendsFixes).
	Extends bool
}

// NamedComponent is a component that notices name as the version's, with
// the document IDs of those notices (content.Notice.CitedID).
type NamedComponent struct {
	inventory.Component
	By []string
}

// ByNames are the notices that name the component, joined with "and".
func (c NamedComponent) ByNames() string { return content.AndList(c.By) }

// NamedByNotices is StandInNamed for the CSD, released on date on, about
// a version without a list of its own; p is the product as the document
// shows it (its notices). Zero for a version with a list of its own,
// and when no notice issued by on names one of its components.
func (d *CSDData) NamedByNotices(p *content.Product, on content.Date) StandInNamed {
	var out StandInNamed
	if d.ListedFor == "" || d.Device == nil || p == nil {
		return out
	}
	for _, nn := range d.related.NamedIn(d.Device.Version) {
		by := kind.NamedBy(p, nn, on)
		if by == nil {
			continue
		}
		c := nn.Component
		out.Components = append(out.Components, NamedComponent{Component: c, By: by})
		if c.InExtended(on) {
			out.InExtended++
		}
		out.Extends = out.Extends || c.ExtendsFixes()
		if end := inventory.ComparedEnd(d.DeviceEndOfSupport, d.SupportOutlasts); c.NeedsAttention(end, on) || c.EndsBy(d.EndsSoonBy, on) {
			n := ComponentNote{Component: c, EndsBeforeDevice: c.EndsBefore(end), Before: c.BeforeEndOutlasting(d.DeviceEndOfSupport, d.SupportOutlasts, on),
				Soon: !c.NeedsAttention(end, on)}
			// As csd.data says them, with no list of the version's own
			// (a component notice naming no version concerns none).
			r := kind.Remarks(kind.Product{Product: p}, d.Device.Version, nil, c, on)
			n.Concern, n.ConcernBy, n.Notes = r.Concern, r.ConcernBy, r.Notes
			out.Attention = append(out.Attention, n)
		}
	}
	return out
}
