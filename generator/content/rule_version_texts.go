package content

import (
	"fmt"
	"slices"
	"strings"
)

// ruleVersionTextsInherited: a version that adds or removes a part, or a
// network or radio interface, keeps the previous version's description
// and use environment unless it writes its own ([versions.changes]
// description, use_environment). Written before the change, those texts
// describe the product without it ("its only data link is an RS-232
// cradle" in the version that adds Wi-Fi and a server), and the version's
// CSD, MDS2 form and, for the newest version, the product page print them
// for it. Nothing in the data says whether they still hold, so check asks;
// restating either, even word for word, answers.
func ruleVersionTextsInherited(p *Product) Diagnostics {
	var out Diagnostics
	for i := 1; i < len(p.Versions); i++ {
		path := fmt.Sprintf("versions[%d].changes", i)
		if p.Source.Has(path+".description") || p.Source.Has(path+".use_environment") {
			continue
		}
		ver := p.Versions[i].Version
		change := topologyChange(p.Versions[i].Changes, p.At(p.Versions[i-1].Version))
		if change == "" {
			continue
		}
		q := p.At(ver)
		var texts, keys []string // what the version inherits and a built document prints for it
		var docs []string
		for _, t := range []inheritedText{
			{"description", "description", "DOC-2", q.Description},
			{"use_environment", "use environment", "DOC-6", q.UseEnvironment},
		} {
			if strings.TrimSpace(t.text) == "" {
				continue // not stated: the documents say so, and nothing is inherited
			}
			printed := t.printedBy(p, i, q)
			if len(printed) == 0 {
				continue
			}
			texts, keys = append(texts, t.name), append(keys, t.key)
			for _, d := range printed {
				if !slices.Contains(docs, d) {
					docs = append(docs, d)
				}
			}
		}
		if len(texts) == 0 {
			continue
		}
		if strings.Contains(change, ", ") {
			change += ","
		}
		them, hold, either := "them", "they no longer hold", "either"
		if len(texts) == 1 {
			them, hold, either = "it", "it no longer holds", "it"
		}
		out = append(out, at(p, Warning, path,
			"version %s %s but inherits %s, which %s %s for it: restate %s in %s (%s) if %s for version %s, or confirm %s by restating %s word for word",
			ver, change, inheritedFrom(p, i, texts), AndList(orderDocs(docs)), Plural(len(docs), "prints", "print"), them, path, strings.Join(keys, ", "), hold, ver, them, either))
	}
	return out
}

// topologyChange says what version changes c add or remove of the parts
// and the network and radio interfaces of the version before (prev):
// "adds part server and interface wifi"; "" when nothing.
func topologyChange(c VersionChanges, prev *Product) string {
	counts := func(ids []string, one, many string) string {
		if len(ids) == 0 {
			return ""
		}
		return Plural(len(ids), one, many) + " " + AndList(ids)
	}
	netted := func(k InterfaceKind) bool { return k.Network() || k.Wireless() || !k.Stated() }
	var addParts, addIfaces, dropParts, dropIfaces []string
	for _, pt := range c.PartsAdded {
		addParts = append(addParts, pt.ID)
	}
	for _, it := range c.InterfacesAdded {
		if netted(it.Kind) {
			addIfaces = append(addIfaces, it.ID)
		}
	}
	dropParts = append(dropParts, c.PartsRemoved...)
	for _, id := range c.InterfacesRemoved {
		if k := slices.IndexFunc(prev.Interfaces, func(it Interface) bool { return it.ID == id }); k >= 0 && netted(prev.Interfaces[k].Kind) {
			dropIfaces = append(dropIfaces, id)
		}
	}
	var what []string
	join := func(verb string, lists ...string) {
		var parts []string
		for _, l := range lists {
			if l != "" {
				parts = append(parts, l)
			}
		}
		sep := " and "
		if len(parts) > 1 && strings.Contains(parts[0]+parts[1], " and ") {
			sep = ", and " // "part server, and interfaces wifi and srv-lan"
		}
		if len(parts) > 0 {
			what = append(what, verb+" "+strings.Join(parts, sep))
		}
	}
	join("adds", counts(addParts, "part", "parts"), counts(addIfaces, "interface", "interfaces"))
	join("removes", counts(dropParts, "part", "parts"), counts(dropIfaces, "interface", "interfaces"))
	return strings.Join(what, " and ")
}

// inheritedText is a text a version inherits: its key, its name in a
// sentence, the MDS2 question the form derives from it, and the text.
type inheritedText struct {
	key, name, mds2ID, text string
}

// printedBy names the built documents that print text t for version i
// (view q): the version's own CSD and MDS2 form wherever the text reaches
// the newest version (whose documents are always built) or every
// supported version gets documents of its own; the security plan, the
// risk report and the product page, which speak of the newest version,
// only where the text reaches it. The MDS2 form prints neither text where
// the version's [mds2.answers] give its question by hand.
func (t inheritedText) printedBy(p *Product, i int, q *Product) []string {
	newest := true // no later version writes its own
	for k := i + 1; k < len(p.Versions); k++ {
		if p.Source.Has(fmt.Sprintf("versions[%d].changes.%s", k, t.key)) {
			newest = false
		}
	}
	own := newest || p.Documents.Versions == "supported"
	var out []string
	if own && t.key == "use_environment" && p.Produces("csd") {
		out = append(out, "csd")
	}
	if _, byHand := q.MDS2.Answers[t.mds2ID]; own && !byHand && p.Produces("mds2") {
		out = append(out, "mds2")
	}
	if newest {
		for _, d := range []string{"security_plan", "risk_report"} {
			if p.Produces(d) {
				out = append(out, d)
			}
		}
		if t.key == "description" {
			out = append(out, "product page")
		}
	}
	return out
}

// orderDocs names documents (documents.build values, and the product
// page) in a sentence, in a fixed order.
func orderDocs(docs []string) []string {
	order := []string{"csd", "mds2", "security_plan", "risk_report", "product page"}
	slices.SortFunc(docs, func(a, b string) int { return slices.Index(order, a) - slices.Index(order, b) })
	out := make([]string, len(docs))
	for i, d := range docs {
		if d == "product page" {
			out[i] = "the product page"
			continue
		}
		out[i] = DocumentName(d)
	}
	return out
}

// inheritedFrom says whose texts (names: "description", "use
// environment") version i inherits: the last earlier version that wrote
// each, else the product's top-level text, the first version's.
func inheritedFrom(p *Product, i int, names []string) string {
	keys := map[string]string{"description": "description", "use environment": "use_environment"}
	first := p.Versions[0].Version
	var groups []string
	var owners []string
	by := map[string][]string{}
	for _, n := range names {
		owner := "the product's top-level"
		for k := i - 1; k > 0; k-- {
			if p.Source.Has(fmt.Sprintf("versions[%d].changes.%s", k, keys[n])) {
				owner = fmt.Sprintf("version %s's", p.Versions[k].Version)
				break
			}
		}
		if !slices.Contains(owners, owner) {
			owners = append(owners, owner)
		}
		by[owner] = append(by[owner], n)
	}
	for _, o := range owners {
		g := o + " " + AndList(by[o])
		if o == "the product's top-level" {
			g += fmt.Sprintf(" (version %s's)", first)
		}
		groups = append(groups, g)
	}
	return AndList(groups)
}
