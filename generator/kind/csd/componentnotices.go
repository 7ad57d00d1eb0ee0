package csd

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
)

// ComponentUpdatesEnd is a stop on a date of its own, still ahead of the
// CSD's date and before its version's end of support, of the security
// updates of components of the version, by a component end-of-support
// notice issued by then.
// content.Product.SecurityUpdatesEnd reads only the notices about
// versions, whose stops are the version's; a component notice's stop may
// end the updates of its components only (Windows updates ending under
// software its maker still fixes), so the CSD names them.
type ComponentUpdatesEnd struct {
	// Components names the components the notice names ("Windows 10
	// IoT Enterprise 2016 LTSB 1607").
	Components string
	At         content.Date
	// By is the notice's document ID; Href its page from the CSD's folder.
	By, Href string
	// OnlyFor names the models the notice concerns when not all those
	// the CSD covers (NoticeRef.OnlyFor); "" when it concerns them all.
	OnlyFor string
}

// componentUpdatesEnd is the ComponentUpdatesEnd of version dev on date
// on, earliest first, one per notice (its earliest stop): own is dev's
// own component list, up leads from the CSD's folder to the product's.
// A stop on or after the version's own end of its security updates
// (versionEnd, zero for none) or of its support says nothing more, and is
// left out.
func componentUpdatesEnd(p kind.Product, dev *content.Version, own []inventory.Component, on, versionEnd content.Date, up string) []ComponentUpdatesEnd {
	if dev == nil || on.IsZero() {
		return nil
	}
	covered := p.SupportedModelIDs(dev, on)
	var out []ComponentUpdatesEnd
	for _, n := range p.Notices {
		if n.Kind != "component_end_of_support" || kind.IssuedAfter(n, on) || !kind.NoticeConcerns(n, dev.Version, own) {
			continue
		}
		models, ok := noticeModelsCovered(n, covered)
		if !ok {
			continue
		}
		var at content.Date
		for _, s := range n.Stops {
			// A stop at one of the version's milestones (its end of
			// guaranteed support) is the version's own date, which its
			// milestones give; one on a date of its own is the
			// components' (their extended updates ending).
			if s.What != "security_updates" || s.Milestone != "" {
				continue
			}
			d := s.Date
			if d.IsZero() || !d.After(on) || (!dev.EndOfSupport.IsZero() && !d.Before(dev.EndOfSupport)) || (!versionEnd.IsZero() && !d.Before(versionEnd)) {
				continue
			}
			if at.IsZero() || d.Before(at) {
				at = d
			}
		}
		if at.IsZero() {
			continue
		}
		e := ComponentUpdatesEnd{Components: noticeComponentNames(n), At: at, By: n.CitedID(), Href: up + "notices/" + n.ID + ".html"}
		if len(models) > 0 {
			e.OnlyFor = content.ModelWord(models)
		}
		out = append(out, e)
	}
	slices.SortStableFunc(out, func(a, b ComponentUpdatesEnd) int { return a.At.Time().Compare(b.At.Time()) })
	return out
}

// noticeComponentNames names the components notice n names, as its
// default title does: name and version, else the purl.
func noticeComponentNames(n content.Notice) string {
	var names []string
	for _, c := range n.Components {
		s := strings.TrimSpace(c.Name)
		if s == "" {
			s = c.PURL
		} else if c.Version != "" {
			s += " " + c.Version
		}
		names = append(names, s)
	}
	return content.AndList(names)
}

// NoticeContingency is what a notice naming a component gives to do about
// it: upgrade paths, compensating controls.
type NoticeContingency struct {
	// By is the notice's document ID; Href its page from the CSD's folder.
	By, Href string
	// Gives says what it gives: "an upgrade path and compensating
	// controls".
	Gives string
}

// noticeContingency is the contingency for component c of version dev
// that the newest component end-of-support notice issued by on,
// concerning dev (own is dev's own list) and naming c, gives: upgrade paths or compensating controls; nil
// when none does. "Contingency not stated" beside a component would hide
// the plan such a notice states.
func noticeContingency(p kind.Product, dev *content.Version, own []inventory.Component, c inventory.Component, on content.Date, up string) *NoticeContingency {
	if dev == nil {
		return nil
	}
	var out *NoticeContingency
	var at content.Date
	for _, n := range p.Notices {
		// A version's notice offers its paths and controls for the
		// version's end, not as what is done about one component.
		if n.Kind != "component_end_of_support" || kind.IssuedAfter(n, on) || !kind.NoticeConcerns(n, dev.Version, own) {
			continue
		}
		if !slices.ContainsFunc(n.Components, func(r content.NoticeComponent) bool { return c.Matches(r.PURL, r.Name, r.Version) }) {
			continue
		}
		var gives []string
		if k := len(n.UpgradePaths); k > 0 {
			gives = append(gives, content.Plural(k, "an upgrade path", "upgrade paths"))
		}
		if k := len(n.Compensating); k > 0 {
			gives = append(gives, content.Plural(k, "a compensating control", "compensating controls"))
		}
		if len(gives) == 0 || (out != nil && n.IssuedOrFirst().Before(at)) {
			continue
		}
		out = &NoticeContingency{By: n.CitedID(), Href: up + "notices/" + n.ID + ".html", Gives: content.AndList(gives)}
		at = n.IssuedOrFirst()
	}
	return out
}
