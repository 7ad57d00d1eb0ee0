package mds2form

import (
	"fmt"
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
// one note.
func (r *mds2Resolver) internalLinkNote(form *mds2.Form, derived map[string]fact) {
	note := r.noteNumbers(form)
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
			row.Note, row.NoteText = note(text), text
		}
	}
}

// internalLinkText is the note for the interfaces match counts, what by
// name ("USB"): "" unless, on the form's models together (one or none)
// or on some of them by itself, the device has such interfaces and every
// one is internal.
func (r *mds2Resolver) internalLinkText(what string, match func(content.Interface) bool) string {
	f := r.facts
	only := func(g *mds2Facts) []string {
		var names []string
		for _, it := range g.p.Interfaces {
			if !match(it) || !it.Kind.Hardware() || !g.p.PartOfInterface(it).Runs.IsDevice() {
				continue
			}
			if !it.Internal {
				return nil
			}
			names = append(names, it.Name)
		}
		return names
	}
	const tail = " Such a link joins only the product's own parts and is joined to no network."
	if len(f.models) < 2 {
		names := only(f)
		if len(names) == 0 {
			return ""
		}
		return fmt.Sprintf("Each %s interface of the device is a link internal to the product: %s.", what, content.AndList(names)) + tail
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
	for _, g := range groups {
		on = append(on, content.AndList(g.names)+" on "+content.ModelWord(g.models))
		models = append(models, g.models...)
	}
	if len(groups) == 1 {
		on = []string{content.AndList(groups[0].names)}
	}
	return fmt.Sprintf("Each %s interface of the device on %s is a link internal to the product: %s.",
		what, content.ModelWord(models), strings.Join(on, "; ")) + tail
}
