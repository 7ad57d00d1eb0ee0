package lifecycle

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
)

// NamedNote is a component that notices about a version without a
// component list of its own name as its (inventory.Inventory.Named),
// with the document IDs of those notices issued by the page's date (By),
// whether it needs attention in the version, by the rule of the versions
// with a list (SupportedVersion.Attention), and if so whether its
// support ends before the version's (Before). IDs are those notices'
// IDs (content.Notice.ID), which lifecycle.json gives as the component's
// notices.
type NamedNote struct {
	inventory.Component
	By        []string
	IDs       []string
	Attention bool
	Before    string
	Soon      bool // listed because its supplier support ends by SupportedVersion.Soon (AttentionNote.Soon)
}

// NamedNotes are a version's components that notices name (namedIn).
type NamedNotes []NamedNote

// ByNames are the notices that name the component, joined with "and".
func (n NamedNote) ByNames() string { return content.AndList(n.By) }

// namedIn are the components that notices issued by date on name as
// those of version sv, which has no list of its own (inv, its
// inventory, holds another version's: ListedFor), each judged by the
// rule of the versions with a list (SupportedVersion.Attention): of the
// version's components, the page can judge these alone.
func namedIn(p kind.Product, inv *inventory.Inventory, sv SupportedVersion, on content.Date) NamedNotes {
	if inv == nil || inv.ListedFor == "" {
		return nil
	}
	var out NamedNotes
	end := inventory.ComparedEnd(sv.Ends, sv.Outlasts)
	for _, nn := range inv.Named {
		by := kind.NamedBy(p.Product, nn, on)
		if by == nil {
			continue
		}
		n := NamedNote{Component: nn.Component, By: by, IDs: issuedIDs(p, nn.Notices, on)}
		if nn.NeedsAttention(end, on) || nn.EndsBy(sv.Soon, on) {
			n.Attention, n.Before, n.Soon = true, nn.BeforeEndOutlasting(sv.Ends, sv.Outlasts, on), !nn.NeedsAttention(end, on)
		}
		out = append(out, n)
	}
	return out
}

// Attention are those of ns that need attention.
func (ns NamedNotes) Attention() NamedNotes {
	var out NamedNotes
	for _, n := range ns {
		if n.Attention {
			out = append(out, n)
		}
	}
	return out
}

// HasSoon reports that one of ns is listed because its supplier support
// ends soon (NamedNote.Soon).
func (ns NamedNotes) HasSoon() bool {
	return slices.ContainsFunc(ns, func(n NamedNote) bool { return n.Soon })
}

// issuedIDs are those of the notices ids of p issued by date on, the
// ones kind.NamedBy cites, in the same order.
func issuedIDs(p kind.Product, ids []string, on content.Date) []string {
	var out []string
	for _, id := range ids {
		i := slices.IndexFunc(p.Notices, func(n content.Notice) bool { return n.ID == id })
		if i >= 0 && !kind.IssuedAfter(p.Notices[i], on) {
			out = append(out, id)
		}
	}
	return out
}
