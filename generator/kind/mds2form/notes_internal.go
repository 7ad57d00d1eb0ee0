package mds2form

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// The CONN-1 hardware questions ask whether the device has such
// connectivity, USB ports, an Ethernet port: a link internal to the
// product (a meter's connector to its dock, both parts of the product)
// is the device's hardware, so ifaceOfKind counts it, and No would deny
// an interface the data list. But a bare "USB ports: Yes" reads as a
// port that takes USB devices, which the data say this one is not
// (interfaces.internal: a link between its own parts, joined to no
// network). Where every interface a Yes rests on, for every model or
// some, is internal, internalLinkNote says so in a note.

// internalLinkKinds are the interfaces each question's ifaceOfKind rule
// (rules.go) counts, and what the note calls them.
var internalLinkKinds = map[string]struct {
	what  string
	match func(content.Interface) bool
}{
	"CONN-1":     {"connectivity", func(i content.Interface) bool { return i.Kind != "display" }},
	"CONN-1.1":   {"wireless", content.Interface.IsWireless},
	"CONN-1.1.1": {"Wi-Fi", kinds("wifi")},
	"CONN-1.1.2": {"Bluetooth", kinds("bluetooth")},
	"CONN-1.1.4": {"NFC, infrared or radio", kinds("nfc", "infrared", "radio")},
	"CONN-1.2":   {"wired", content.Interface.IsWired},
	"CONN-1.2.1": {"Ethernet", kinds("ethernet")},
	"CONN-1.2.2": {"USB", kinds("usb")},
	"CONN-1.2.4": {"serial or contact-closure", otherPhysicalKinds},
}

// internalLinkNote gives each derived (or agreeing) Yes of those questions
// without a note its note where, on the models the form covers (each by
// itself where it covers several), every matching interface of the
// device is internal to the product. Rows whose text is the same share
// one note; so do rows whose notes would differ only in the family of
// interfaces they name (CONN-1.1's "wireless" and CONN-1.1.2's
// "Bluetooth", both resting on the one Bluetooth link), whose one note
// then names no family.
func (r *mds2Resolver) internalLinkNote(form *mds2.Form, derived map[string]fact) {
	type noted struct {
		row           *mds2.Row
		text, neutral string
	}
	var rows []noted
	shared := map[string]int{} // neutral text → rows with it
	for si := range form.Sections {
		for ri := range form.Sections[si].Rows {
			row := &form.Sections[si].Rows[ri]
			k, ok := internalLinkKinds[row.ID]
			if !ok || row.Answer != mds2.Yes || row.Note != 0 || !fromData(row) {
				continue
			}
			if d, ok := derived[row.ID]; !ok || d.Answer != mds2.Yes {
				continue
			}
			text := r.internalLinkText(k.what, k.match)
			if text == "" {
				continue
			}
			neutral := r.internalLinkText("", k.match)
			rows = append(rows, noted{row, text, neutral})
			shared[neutral]++
		}
	}
	note := r.noteNumbers(form)
	for _, n := range rows {
		text := n.text
		if shared[n.neutral] > 1 {
			text = n.neutral
		}
		n.row.Note, n.row.NoteText = note(text), text
	}
}

// internalLinkText is the note for the interfaces match counts, what by
// name ("USB", or "" for a note several questions share, which names no
// kind): "" unless, on the form's models together (one or none) or on
// some of them by itself, the device has such interfaces and every one
// is internal. One interface (on each model) is "the", several "each".
func (r *mds2Resolver) internalLinkText(what string, match func(content.Interface) bool) string {
	f := r.facts
	var links []content.Interface // every interface named, once
	only := func(g *mds2Facts) []string {
		var names []string
		var its []content.Interface
		for _, it := range g.p.Interfaces {
			if !match(it) || !it.Kind.Hardware() || !g.p.PartOfInterface(it).Runs.IsDevice() {
				continue
			}
			if !it.Internal {
				return nil
			}
			names = append(names, it.Name)
			its = append(its, it)
		}
		for _, it := range its {
			if !slices.ContainsFunc(links, func(l content.Interface) bool { return l.ID == it.ID }) {
				links = append(links, it)
			}
		}
		return names
	}
	// A part on the device whose interfaces the data may not all list
	// (interfaces_complete = false) may have one of these that is no
	// internal link: the note speaks of the stated ones and says so.
	unlisted := r.unlistedDeviceParts(what)
	// lead is the note's first sentence: the interfaces of the device (on
	// models) that the note speaks of, one or several, are internal links,
	// list naming them.
	lead := func(one bool, on, list string) string {
		stated := ""
		if unlisted != "" {
			stated = "stated "
		}
		if what == "" {
			if one {
				return fmt.Sprintf("The answers citing this note rest on one %sinterface of the device%s, a link internal to the product: %s.", stated, on, list)
			}
			return fmt.Sprintf("The answers citing this note rest on these %sinterfaces of the device%s, each a link internal to the product: %s.", stated, on, list)
		}
		if one {
			if stated != "" {
				stated = "only " + stated
			}
			return fmt.Sprintf("The %s%s interface of the device%s is a link internal to the product: %s.", stated, what, on, list)
		}
		return fmt.Sprintf("Each %s%s interface of the device%s is a link internal to the product: %s.", stated, what, on, list)
	}
	if len(f.models) < 2 {
		names := only(f)
		if len(names) == 0 {
			return ""
		}
		return lead(len(names) == 1, "", content.AndList(names)) + internalLinkTail(links) + unlisted
	}
	// Each covered model by itself, grouped by the interfaces it has.
	type group struct {
		names  []string
		models []string
	}
	var groups []group
	for k := range f.models {
		names := only(f.forModel(k))
		if len(names) == 0 {
			continue
		}
		id := f.p.Models[f.models[k]].ID
		key := strings.Join(names, "\x00")
		i := 0
		for i < len(groups) && strings.Join(groups[i].names, "\x00") != key {
			i++
		}
		if i == len(groups) {
			groups = append(groups, group{names: names})
		}
		groups[i].models = append(groups[i].models, id)
	}
	if len(groups) == 0 {
		return ""
	}
	var on, models []string
	one := true // one such interface on each model
	for _, g := range groups {
		on = append(on, content.AndList(g.names)+" on "+content.ModelWord(g.models))
		models = append(models, g.models...)
		one = one && len(g.names) == 1
	}
	if len(groups) == 1 {
		on = []string{content.AndList(groups[0].names)}
	}
	return lead(one, " on "+content.ModelWord(models), strings.Join(on, "; ")) + internalLinkTail(links) + unlisted
}

// unlistedDeviceParts is the sentence saying that whether the parts on
// the device whose interfaces the data may not all list
// (content.Product.InterfacesUnlisted, read on the product on every
// model) have other interfaces of what kind (those the questions citing
// the note ask about, for "") is not stated: "" for none.
func (r *mds2Resolver) unlistedDeviceParts(what string) string {
	whole := r.facts.whole
	if whole == nil {
		whole = r.facts.p.Product
	}
	var parts []content.Part
	for _, pt := range whole.PartsInterfacesUnlisted() {
		if pt.Runs.IsDevice() {
			parts = append(parts, pt)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	has := "has"
	if len(parts) > 1 {
		has = "have"
	}
	if what == "" {
		return fmt.Sprintf(" Whether %s %s other interfaces of the kinds those questions ask about is not stated.", whole.PartTheNames(parts), has)
	}
	return fmt.Sprintf(" Whether %s %s other %s interfaces is not stated.", whole.PartTheNames(parts), has, what)
}

// internalLinkTail says what the internal links of a note are: a cable
// joins only the product's own parts; a radio (or infrared) link is only
// used between them, but which other devices in its range can reach it
// depends on its pairing and security (interfaces.security), which the
// note quotes or says is not stated: the security plan's threats may well
// have an attacker in radio range use it.
func internalLinkTail(links []content.Interface) string {
	var cables, radios []content.Interface
	for _, l := range links {
		if l.IsWireless() {
			radios = append(radios, l)
		} else {
			cables = append(cables, l)
		}
	}
	if len(radios) == 0 {
		return " Such a link joins only the product's own parts and is joined to no network."
	}
	var b strings.Builder
	names := func(ls []content.Interface) string {
		var n []string
		for _, l := range ls {
			n = append(n, l.Name)
		}
		return content.AndList(n)
	}
	one := func(ls []content.Interface, single, plural string) string {
		if len(ls) == 1 {
			return single
		}
		return plural
	}
	if len(cables) > 0 {
		fmt.Fprintf(&b, " %s %s only the product's own parts and %s joined to no network.",
			names(cables), one(cables, "joins", "join"), one(cables, "is", "are"))
	}
	subject := one(radios, "It", "They")
	if len(cables) > 0 {
		subject = names(radios)
	}
	fmt.Fprintf(&b, " %s %s used only between the product's own parts and %s no network; ",
		subject, one(radios, "is", "are"), one(radios, "joins", "join"))
	// Those whose security is not stated share one clause; each stated
	// one is quoted by itself.
	var unstated, stated []content.Interface
	for _, r := range radios {
		if strings.TrimSpace(r.Security) == "" {
			unstated = append(unstated, r)
		} else {
			stated = append(stated, r)
		}
	}
	var clauses []string
	if len(unstated) > 0 {
		who := names(unstated)
		if len(unstated) == len(radios) {
			who = one(radios, "it", "them")
		}
		what, be := radioProtection(unstated)
		clauses = append(clauses, fmt.Sprintf("which other devices in %s can communicate with %s depends on %s %s, which %s not stated",
			radioRange(unstated), who, one(unstated, "its", "their"), what, be))
	}
	for _, r := range stated {
		who := r.Name
		if len(radios) == 1 {
			who = "it"
		}
		what, _ := radioProtection([]content.Interface{r})
		clauses = append(clauses, fmt.Sprintf("which other devices in %s can communicate with %s depends on its %s, stated as “%s”",
			radioRange([]content.Interface{r}), who, what, strings.TrimSuffix(strings.TrimSpace(r.Security), ".")))
	}
	b.WriteString(strings.Join(clauses, "; ") + ".")
	return b.String()
}

// radioRange is whose range other devices must be in to reach links.
func radioRange(links []content.Interface) string {
	infrared := 0
	for _, l := range links {
		if l.Kind == "infrared" {
			infrared++
		}
	}
	switch infrared {
	case 0:
		return "radio range"
	case len(links):
		return "infrared range"
	}
	return "range"
}

// radioProtection is what decides who can reach links, and its verb:
// Bluetooth's pairing and security, another link's security.
func radioProtection(links []content.Interface) (what, be string) {
	for _, l := range links {
		if l.Kind != "bluetooth" {
			return "security", "is"
		}
	}
	return "pairing and security", "are"
}
