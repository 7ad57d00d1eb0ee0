package kind

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// The sentences beside a promise of fix timelines that give the patching
// of the product's parts whose patching is written: the promise is of a
// release, and a part updated only by a person (the audiologist at a
// fitting session, field service on a visit) gets the fix then, as its
// patching states, not when it is released; an app reaches patients
// through the app stores, a hosted service when the manufacturer updates
// it, which a reader of the page learns nowhere else. The customer's own
// infrastructure is not the product's: its patching is not of its fixes. The patching is quoted as
// such, not as "how a released fix reaches" the part: its words may say
// that the part is never patched ("Not patched: a patch runs the firmware
// it was made with", field_updatable unwritten), or speak of other updates
// than the product's fixes (a workstation's Windows updates), which
// jspgen cannot read. A part whose software is never updated once made
// (field_updatable = false) is left to FieldFixSentence.

// fixReachParts are the product's parts (not the customer's
// infrastructure) with a written patching, those of every version when
// every (in the order they first appear), else the document's version's.
func (d DocumentData) fixReachParts(every bool) []content.Part {
	if d.Product == nil {
		return nil
	}
	views := []*content.Product{d.Product}
	if every {
		base := d.Product.Base()
		views = []*content.Product{base}
		for _, v := range base.Versions {
			views = append(views, base.At(v.Version))
		}
	}
	var out []content.Part
	for _, q := range views {
		for _, pt := range q.PartsInUse() {
			if pt.Runs.IsCustomerInfrastructure() || pt.FieldUpdatable.IsFalse() || strings.TrimSpace(pt.Patching) == "" {
				continue
			}
			if !slices.ContainsFunc(out, func(o content.Part) bool { return o.ID == pt.ID }) {
				out = append(out, pt)
			}
		}
	}
	return out
}

// FixReachTable follows the CSD key facts' fix timelines: " The
// responsibility table below gives the patching of the Aurelle hearing
// aids." (that table, under the key facts, quotes each part's patching);
// "" for a product without such a part.
func (d DocumentData) FixReachTable() string {
	var names []string
	for _, pt := range d.fixReachParts(false) {
		names = append(names, render.EscapeCell(pt.TheName()))
	}
	if len(names) == 0 {
		return ""
	}
	return " The responsibility table below gives the patching of " + content.AndList(names) + d.osPatchUnsaid() + "."
}

// osPatchUnsaid is the clause FixReachTable adds where the MDS2 form is
// built and the manufacturer answers that the device runs an operating
// system that may need security patches (CSUP-2 Yes) but not who must
// install them (CSUP-2.2 neither answered nor referred to a note that
// says more than "Not stated"): the table's patching texts, which jspgen
// does not read, may speak only of the product's own software (an app
// on a tablet whose Android nobody is said to update), so that who
// installs the operating system's patches is not said beyond them.
func (d DocumentData) osPatchUnsaid() string {
	p := d.Product
	if p == nil || !d.Built.MDS2 || p.MDS2Answered("CSUP-2") != "yes" {
		return ""
	}
	if p.MDS2Answered("CSUP-2.2") != "" || p.MDS2.Answers["CSUP-2.2"].Note != 0 && !p.MDS2NoteUnstated("CSUP-2.2") {
		return ""
	}
	thing := "device"
	if p.CalledProduct() {
		thing = "product"
	}
	return "; the MDS2 form answers that the " + thing + " runs an operating system that may need security patches (" + FormCite(p, "CSUP-2") + "), and who installs those patches is not stated beyond the patching quoted there"
}

// FixReachSentences follows the lifecycle page's fix timeline, which no
// other table of the page completes: " Patching of the Aurelle hearing
// aids: The audiologist installs …", each patching as
// written, once for the parts that share it (a robot's console, cart and
// tower, all updated by field service).
func (d DocumentData) FixReachSentences(every bool) string {
	var patchings []string
	names := map[string][]string{}
	for _, pt := range d.fixReachParts(every) {
		w := render.Sentence(render.EscapeCell(pt.Patching))
		if _, ok := names[w]; !ok {
			patchings = append(patchings, w)
		}
		names[w] = append(names[w], render.EscapeCell(pt.TheName()))
	}
	var b strings.Builder
	for _, w := range patchings {
		b.WriteString(" Patching of " + content.AndList(names[w]) + ": " + w)
	}
	return b.String()
}
