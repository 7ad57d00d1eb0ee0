package mds2form

import (
	"fmt"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// CONN-1.1.1 (Wi-Fi) and CONN-1.1.3 (other wireless networks, such as
// LTE) are No where no part lists such an interface (ifaceOfKind): true
// of the device's own hardware, a CGM's sensor. But an app of the product
// on the customer's own phone or computer that reaches the network
// through an API, web user interface or virtual adapter does so over
// whatever connection its host has, Wi-Fi or mobile data among them, as
// MPII-3.6 already allows (wirelessPII). A bare No would tell a reader
// that the product never uses Wi-Fi or LTE; hostRadioNote says whose
// hardware the No is about and whose radios the app uses. The No stays:
// the host's radios are not the manufacturer's hardware, and whether to
// count them is the manufacturer's to say in an answer of its own.

// hostRadioKinds are the questions the note is about, and what the note
// calls their interfaces, in form order. A computer reaches the network
// over its Ethernet port too: the wired rows (computer) get the note only
// where a part of hostNetworked may run on a computer (hostMayBeComputer),
// as a phone has no Ethernet port to mistake for the device's.
var hostRadioKinds = []struct {
	id, what string
	computer bool
}{
	{"CONN-1.1.1", "Wi-Fi", false},
	{"CONN-1.1.3", "cellular", false},
	{"CONN-1.2", "wired", true},
	{"CONN-1.2.1", "Ethernet", true},
}

// hostMayBeComputer reports a part of apps whose host may be a computer:
// host_kinds lists computer, or is not written (any of the three).
func hostMayBeComputer(apps []content.Part) bool {
	return slices.ContainsFunc(apps, func(pt content.Part) bool {
		return len(pt.HostKinds) == 0 || slices.Contains(pt.HostKinds, "computer")
	})
}

// hostNetworked are the parts on the customer's own devices with an
// interface onto a network that names no hardware of theirs (an api,
// web_ui or virtual_nic interface not internal to the product), in the
// product's order.
func (r *mds2Resolver) hostNetworked() []content.Part {
	var out []content.Part
	for _, pt := range r.p.Parts {
		if !pt.Runs.IsCustomerDevice() {
			continue
		}
		if slices.ContainsFunc(r.facts.p.Interfaces, func(it content.Interface) bool {
			return it.Part == pt.ID && it.Kind.Virtual() && !it.Internal
		}) {
			out = append(out, pt)
		}
	}
	return out
}

// hostRadioNote gives each derived No of hostRadioKinds without a note
// the note, one shared by both, where the product has a part on the
// device and a part hostNetworked names.
func (r *mds2Resolver) hostRadioNote(form *mds2.Form, derived map[string]fact) {
	apps := r.hostNetworked()
	if len(apps) == 0 || !r.p.HasDevice() {
		return
	}
	var rows []*mds2.Row
	var whats []string
	for _, k := range hostRadioKinds {
		if k.computer && !hostMayBeComputer(apps) {
			continue
		}
		row := findRow(form, k.id)
		if row == nil || row.Answer != mds2.No || row.Note != 0 || !fromData(row) {
			continue
		}
		if d, ok := derived[k.id]; !ok || d.Answer != mds2.No {
			continue
		}
		rows = append(rows, row)
		whats = append(whats, k.what)
	}
	if len(rows) == 0 {
		return
	}
	text := r.hostRadioText(rows, whats, apps)
	n := r.lastNote(form) + 1
	form.Notes = append(form.Notes, mds2.Note{Number: n, Text: text, Generated: true})
	for _, row := range rows {
		row.Note, row.NoteText = n, text
	}
}

// hostRadioText: "The answer No to CONN-1.1.1 is about the device's own
// hardware, the GlucoSense sensor: that hardware has no Wi-Fi interface. The
// network connection of the GlucoSense app (on …) is whatever connection
// the phone has, such as Wi-Fi or mobile data: those are the phone's,
// not the device's." No verb takes a part's name, which may be plural.
func (r *mds2Resolver) hostRadioText(rows []*mds2.Row, whats []string, apps []content.Part) string {
	var ids, devices []string
	for _, row := range rows {
		ids = append(ids, row.ID)
	}
	for _, pt := range r.p.Parts {
		if pt.Runs.IsDevice() {
			devices = append(devices, pt.TheName())
		}
	}
	answer := "The answer No to " + ids[0] + " is"
	if len(ids) > 1 {
		answer = "The answers No to " + content.AndList(ids) + " are"
	}
	// "that hardware", not "which has": one part's name may be plural
	// ("the Aurelle hearing aids").
	s := fmt.Sprintf("%s about the device's own hardware, %s: that hardware has no %s interface.",
		answer, content.AndList(devices), content.OrList(whats))
	if len(apps) == 1 {
		pt := apps[0]
		host := pt.HostNoun()
		if len(pt.HostKinds) == 0 {
			// the kind is not stated: "the device has" would read as the
			// medical device
			host = "host device"
		}
		return s + fmt.Sprintf(" The network connection of %s is whatever connection the %s has, such as %s: those are the %s, not the device's.",
			r.placedName(pt), host, hostConnections(apps), pt.HostOwner())
	}
	var where []string
	for _, pt := range apps {
		where = append(where, r.placedName(pt))
	}
	// "Each of": the verb agrees with "each", not with a part's name
	return s + " Each of " + content.AndList(where) + " reaches the network over whatever connection its host has, such as " + hostConnections(apps) + ": those are the host's, not the device's."
}

// placedName is a part's name with where it runs in brackets: "the
// GlucoSense app (on a phone the customer owns)".
func (r *mds2Resolver) placedName(pt content.Part) string {
	if w := r.p.PartWhere(pt); w != "" {
		return pt.TheName() + " (" + w + ")"
	}
	return pt.TheName()
}

// hostConnections names examples of the connections the parts' hosts
// have: mobile data is a phone's or tablet's, not a computer's, so a
// part that runs only on computers (Part.HostKinds) gets Ethernet.
func hostConnections(apps []content.Part) string {
	if slices.ContainsFunc(apps, func(pt content.Part) bool {
		// a smartwatch, like a phone, has mobile data and no Ethernet
		return len(pt.HostKinds) == 0 || slices.Contains(pt.HostKinds, "phone") || slices.Contains(pt.HostKinds, "tablet") || slices.Contains(pt.HostKinds, "watch")
	}) {
		return "Wi-Fi or mobile data"
	}
	return "Wi-Fi or Ethernet"
}

// findRow is the form's row of id, nil without one.
func findRow(form *mds2.Form, id string) *mds2.Row {
	for si := range form.Sections {
		for ri := range form.Sections[si].Rows {
			if row := &form.Sections[si].Rows[ri]; row.ID == id {
				return row
			}
		}
	}
	return nil
}
