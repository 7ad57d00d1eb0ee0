package content

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A hand-drawn diagram ([[diagrams]]) is an image; its caption and alt
// text say in words what it shows. The generated views agree with the
// data by construction, an image does not: a reviewer reads its
// description beside the port table and the parts list. What can be
// checked mechanically without guessing at prose:
//
//   - a port the text names with its transport ("TCP 443", "UDP 53 and
//     67", "443/tcp") as present is one the versions showing the diagram
//     have;
//   - every part on the customer's network is named, as [[parts]] names
//     it, in the alt text of a network diagram of each version;
//   - a part's name directly followed (or preceded) by where it runs ("…
//     server in the cloud", "cloud-hosted …", "… hosted by the hospital")
//     agrees with the part's runs.
//
// Port mentions in a clause that denies something ("no", "not",
// "without", "lacks", …) are not read as present: a caption may say what
// a version lacks. A caption or alt text that names one of the product's
// versions describes more than one version, so its ports are held
// against every version's ports together.

// diagramEntry is one written diagram: where it is written and the
// versions whose facts show it.
type diagramEntry struct {
	path  string // diagrams[0], versions[2].changes.diagrams_changed[0]
	d     Diagram
	views []versionView // in version order; the product itself when it has no versions
}

// versionView is a version and its facts (a version that changes nothing
// shares the view of the version before it, so the view alone does not
// name it).
type versionView struct {
	version string // "" for a product without versions
	q       *Product
}

// name names the version in a message.
func (vv versionView) name() string {
	if vv.version == "" {
		return "the product"
	}
	return vv.version
}

// diagramVersions are every version with its facts, or the product itself
// when it has no versions.
func (p *Product) diagramVersions() []versionView {
	if len(p.Versions) == 0 {
		return []versionView{{"", p}}
	}
	out := make([]versionView, len(p.Versions))
	for i, ver := range p.Versions {
		out[i] = versionView{ver.Version, p.At(ver.Version)}
	}
	return out
}

// distinctViews are diagramVersions without the versions that change
// nothing (each shares the view of the version before it), so that a rule
// that checks every view reports what it finds once.
func (p *Product) distinctViews() []versionView {
	var out []versionView
	for _, vv := range p.diagramVersions() {
		if !slices.ContainsFunc(out, func(o versionView) bool { return o.q == vv.q }) {
			out = append(out, vv)
		}
	}
	return out
}

// diagramEntries lists every written diagram with the version views that
// show it, in order of first appearance.
func (p *Product) diagramEntries() []diagramEntry {
	var out []diagramEntry
	index := map[string]int{} // path → out index
	add := func(path string, d Diagram, view versionView) {
		i, ok := index[path]
		if !ok {
			i = len(out)
			index[path] = i
			out = append(out, diagramEntry{path: path, d: d})
		}
		out[i].views = append(out[i].views, view)
	}
	origin := map[string]string{} // diagram ID → path it is written at
	for j, d := range p.Diagrams {
		origin[d.ID] = fmt.Sprintf("diagrams[%d]", j)
	}
	if len(p.Versions) == 0 {
		for _, d := range p.Diagrams {
			add(origin[d.ID], d, versionView{"", p})
		}
		return out
	}
	for i, ver := range p.Versions {
		c := ver.Changes
		if i > 0 {
			for _, id := range c.DiagramsRemoved {
				delete(origin, id)
			}
			for j, d := range c.DiagramsChanged {
				origin[d.ID] = fmt.Sprintf("versions[%d].changes.diagrams_changed[%d]", i, j)
			}
			for j, d := range c.DiagramsAdded {
				origin[d.ID] = fmt.Sprintf("versions[%d].changes.diagrams_added[%d]", i, j)
			}
		}
		q := p.At(ver.Version)
		for _, d := range q.Diagrams {
			if path, ok := origin[d.ID]; ok {
				add(path, d, versionView{ver.Version, q})
			}
		}
	}
	return out
}

// diagramText runs the checks of the diagrams' captions and alt texts.
func (v *productValidator) diagramText() {
	entries := v.p.diagramEntries()
	for _, e := range entries {
		v.diagramPorts(e, "caption", e.d.Caption)
		v.diagramPorts(e, "alt", e.d.Alt)
		v.diagramHosting(e)
	}
	v.diagramParts(entries)
}

// diagramPorts reports each port the text (at e.path.key) names as
// present that a version showing the diagram lacks.
func (v *productValidator) diagramPorts(e diagramEntry, key, text string) {
	mentions := portMentions(text)
	if len(mentions) == 0 || v.portRejected() {
		return
	}
	views := e.views
	union := v.p.namesVersion(e.d.Caption) || v.p.namesVersion(e.d.Alt)
	if union {
		views = v.p.diagramVersions()
	}
	for _, m := range mentions {
		var lacking []string
		has := false
		for _, vv := range views {
			if vv.q.hasPort(m.number, m.transport) {
				has = true
			} else {
				lacking = append(lacking, vv.name())
			}
		}
		switch {
		case union && !has:
			v.warnf(e.path+"."+key, "diagram %q names %s, but no version of the product has port %d/%s (%s): list the ports the image shows in [[ports]] or correct the text",
				e.d.ID, m.text, m.number, m.transport, v.p.portsNamed(m.number))
		case !union && len(lacking) == len(views):
			v.warnf(e.path+"."+key, "diagram %q names %s, but %s %s no port %d/%s (%s): correct the text, or list the port in [[ports]] if %s it",
				e.d.ID, m.text, versionsPhrase(lacking), verb(len(lacking), "has", "have"), m.number, m.transport, v.p.portsNamed(m.number), verb(len(lacking), "it has", "they have"))
		case !union && len(lacking) > 0:
			v.warnf(e.path+"."+key, "diagram %q names %s, but %s %s no port %d/%s (%s), though %s the diagram: correct the text, give %s a diagram of %s own (diagrams_changed), or name in the caption the versions that have the port",
				e.d.ID, m.text, versionsPhrase(lacking), verb(len(lacking), "has", "have"), m.number, m.transport, v.p.portsNamed(m.number),
				verb(len(lacking), "it shows", "they show"), verb(len(lacking), "it", "them"), verb(len(lacking), "its", "their"))
		}
	}
}

// portRejected reports a port, of any version, whose number or
// transport the decoder rejected: the ports are then not the ones the
// user meant, and a diagram naming the intended port would be reported
// as naming one no version has, a follow-on of the same mistake.
func (v *productValidator) portRejected() bool {
	for _, vv := range v.p.diagramVersions() {
		for _, pt := range vv.q.Ports {
			if v.p.Source.Rejected(pt.At+".number") || v.p.Source.Rejected(pt.At+".transport") {
				return true
			}
		}
	}
	return false
}

func versionsPhrase(names []string) string {
	if len(names) == 1 && names[0] == "the product" {
		return names[0]
	}
	return verb(len(names), "version ", "versions ") + strings.Join(names, ", ")
}

// hasPort reports a port of the view with the number and transport.
func (p *Product) hasPort(number int, transport string) bool {
	return slices.ContainsFunc(p.Ports, func(pt Port) bool { return pt.Number == number && pt.Transport == transport })
}

// portsNamed says which versions have a port with the number, for the
// message: "version 2.3.0 has TCP 6514", "no version has port 8443".
func (p *Product) portsNamed(number int) string {
	views := p.diagramVersions()
	var on []string
	for _, transport := range []string{"tcp", "udp"} {
		var vs []string
		for _, vv := range views {
			if vv.q.hasPort(number, transport) {
				vs = append(vs, vv.name())
			}
		}
		switch {
		case len(vs) == 0:
		case len(p.Versions) == 0:
			on = append(on, fmt.Sprintf("the product has %s %d", strings.ToUpper(transport), number))
		default:
			on = append(on, fmt.Sprintf("%s %s %s %d", versionsPhrase(vs), verb(len(vs), "has", "have"), strings.ToUpper(transport), number))
		}
	}
	if len(on) == 0 {
		if len(p.Versions) == 0 {
			return fmt.Sprintf("the product has no port %d", number)
		}
		return fmt.Sprintf("no version has port %d", number)
	}
	return strings.Join(on, "; ")
}

// namesVersion reports text that names one of the product's versions.
func (p *Product) namesVersion(text string) bool {
	for _, ver := range p.Versions {
		if ver.Version != "" && versionWord(ver.Version).MatchString(text) {
			return true
		}
	}
	return false
}

// versionWord matches version v as a word: "4.2.1" but not "14.2.1" or
// "4.2.10".
func versionWord(v string) *regexp.Regexp {
	return regexp.MustCompile(`(^|[^\w.])` + regexp.QuoteMeta(v) + `($|[^\w.]|\.($|\s))`)
}

// diagramParts reports, per version, each part on the customer's network
// that no network diagram's alt text names, at the first network diagram
// the version shows.
func (v *productValidator) diagramParts(entries []diagramEntry) {
	type shown struct {
		path, id string // the first network diagram's
		alts     []string
	}
	views := map[string]*shown{} // by version
	var order []string
	for _, e := range entries {
		if e.d.Kind != "network" {
			continue
		}
		for _, vv := range e.views {
			s, ok := views[vv.version]
			if !ok {
				s = &shown{path: e.path, id: e.d.ID}
				views[vv.version] = s
				order = append(order, vv.version)
			}
			s.alts = append(s.alts, e.d.Alt)
		}
	}
	reported := map[string]bool{}
	for _, ver := range order {
		s := views[ver]
		alt := normalName(strings.Join(s.alts, "\n"))
		for _, pt := range v.p.At(ver).Parts { // the version's own parts (parts_added, _removed)
			if !pt.Runs.OnCustomerNetwork() || strings.TrimSpace(pt.Name) == "" || len(nameAt(alt, normalName(pt.Name))) > 0 {
				continue
			}
			if key := s.path + "\x00" + pt.ID; !reported[key] {
				reported[key] = true
				v.warnf(s.path+".alt", "network diagram %q does not show part %q: its alt text never names %q, which runs %s on the customer's network; name it as [[parts]] does, so that a reader who cannot see the image knows where it sits",
					s.id, pt.ID, pt.Name, pt.Where())
			}
		}
	}
}

// nameAt returns where name occurs in text as whole words, or their
// plural ("pumps", not "pumping"), both normalised.
func nameAt(text, name string) []int {
	var out []int
	if name == "" {
		return nil
	}
	for off := 0; ; {
		i := strings.Index(text[off:], name)
		if i < 0 {
			return out
		}
		start, end := off+i, off+i+len(name)
		off = start + 1
		if text[end:] != "" && text[end] == 's' {
			end++ // a plural names the part too: "pumps"
		}
		if !wordChar(text, start-1) && !wordChar(text, end) {
			out = append(out, start)
		}
	}
}

// wordChar reports a letter or digit at byte i of s (false outside s).
func wordChar(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// insideLongerName reports an occurrence [start, end) of part pt's name
// that is part of another part's longer name there.
func (p *Product) insideLongerName(text string, pt Part, start, end int) bool {
	for _, o := range p.everyPart() {
		on := normalName(o.Name)
		if o.ID == pt.ID || len(on) <= end-start || !strings.Contains(on, text[start:end]) {
			continue
		}
		for _, s := range nameAt(text, on) {
			if s <= start && end <= s+len(on) {
				return true
			}
		}
	}
	return false
}

// normalName folds case, spaces and the hyphen variants, so that a name
// matches however the text wraps or hyphenates it.
func normalName(s string) string {
	s = strings.NewReplacer("\u2010", "-", "\u2011", "-", "\u2013", "-", "\u00a0", " ").Replace(strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// hostingPhrase is a phrase that says where something runs, right after
// or before a name: manufacturer (true) or customer (false).
var (
	hostedAfter = []struct {
		re           *regexp.Regexp
		manufacturer bool
	}{
		{regexp.MustCompile(`^[\s,(]*(?:(?:which|that) (?:is|runs) |is |runs )?(?:in the cloud|in (?:the )?[\w'’.-]+(?:'s|’s)? cloud|(?:hosted|operated|run) by the manufacturer|on the internet)\b`), true},
		{regexp.MustCompile(`^[\s,(]*(?:(?:which|that) (?:is|runs) |is |runs )?(?:(?:hosted|operated|run) by the (?:hospital|customer)|on[- ]premises|in the hospital(?:'s)? (?:data cent(?:re|er)|server (?:segment|room|network)))\b`), false},
	}
	hostedBefore = []struct {
		re           *regexp.Regexp
		manufacturer bool
	}{
		{regexp.MustCompile(`\b(?:cloud|manufacturer)-hosted (?:the )?$`), true},
		{regexp.MustCompile(`\b(?:on-premises|customer-hosted|hospital-hosted) (?:the )?$`), false},
	}
)

// diagramHosting reports a part named in a caption or alt text right
// next to a phrase that puts it where it does not run, in a version that
// shows the diagram (a version may add a part, or change where it runs).
func (v *productValidator) diagramHosting(e diagramEntry) {
	var parts []Part
	for _, vv := range e.views {
		for _, pt := range vv.q.Parts {
			if !slices.ContainsFunc(parts, func(o Part) bool { return o.ID == pt.ID && o.Runs == pt.Runs }) {
				parts = append(parts, pt)
			}
		}
	}
	for _, key := range []string{"caption", "alt"} {
		text := normalName(e.d.Caption)
		if key == "alt" {
			text = normalName(e.d.Alt)
		}
		for _, pt := range parts {
			if pt.Runs == "" {
				continue
			}
			name := normalName(pt.Name)
			for _, start := range nameAt(text, name) {
				end := start + len(name)
				if v.p.insideLongerName(text, pt, start, end) {
					continue // "Pump" in "Pump server in the cloud"
				}
				said, phrase, ok := hostingNear(text[:start], text[end:])
				if !ok || said == pt.Runs.IsManufacturerHosted() {
					continue
				}
				v.warnf(e.path+"."+key, "diagram %q says %q, but part %q runs %s (%s)",
					e.d.ID, phrase, pt.ID, pt.Runs, pt.Where())
				break // once per part and text
			}
		}
	}
}

// hostingNear finds a hosting phrase right before or after a name;
// manufacturer reports where it says the name runs.
func hostingNear(before, after string) (manufacturer bool, phrase string, ok bool) {
	for _, h := range hostedAfter {
		// "in the hospital's cloud" is the customer's own cloud
		if m := h.re.FindString(after); m != "" && !(h.manufacturer && strings.Contains(m, "hospital") || h.manufacturer && strings.Contains(m, "customer")) {
			return h.manufacturer, strings.TrimLeft(m, " ,("), true
		}
	}
	for _, h := range hostedBefore {
		if m := h.re.FindString(before); m != "" {
			return h.manufacturer, strings.TrimSpace(m), true
		}
	}
	return false, "", false
}

// portMention is a port a text names as present: "UDP 67" in "UDP 53 and
// 67".
type portMention struct {
	number    int
	transport string // tcp or udp
	text      string // as the text names it
}

var (
	// clauseEnd splits a text into clauses; a negation in a clause makes
	// its port mentions say what is absent.
	clauseEnd = regexp.MustCompile(`[.;:](\s+|$)|\n`)
	negation  = regexp.MustCompile(`(?i)\b(no|not|never|none|without|lacks?|nor|neither)\b`)
	// transportFirst: "TCP 443", "UDP port 53", "TCP ports 80".
	transportFirst = regexp.MustCompile(`(?i)\b(tcp|udp)(?:\s+ports?)?\s+(\d{1,5})\b`)
	// moreNumbers continues a list after the first: ", 67", " and 67",
	// ", and 67", " or 67".
	moreNumbers = regexp.MustCompile(`^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(\d{1,5})\b`)
	// listGoesOn: what may follow a listed number for it to be a port
	// (end, punctuation, another list word); "and 2 pumps" is not.
	listGoesOn = regexp.MustCompile(`^(?:$|[,;.)]|\s+(?:and|or)\b|\s*$)`)
	// numberFirst: "443/tcp".
	numberFirst = regexp.MustCompile(`(?i)\b(\d{1,5})/(tcp|udp)\b`)
)

// portMentions lists the ports a text names as present, in text order.
func portMentions(text string) []portMention {
	var out []portMention
	addPort := func(n, transport, as string) {
		num, err := strconv.Atoi(n)
		if err != nil || num < 1 || num > 65535 {
			return
		}
		out = append(out, portMention{num, strings.ToLower(transport), as})
	}
	for _, clause := range clauseEnd.Split(text, -1) {
		if negation.MatchString(clause) {
			continue
		}
		for _, m := range transportFirst.FindAllStringSubmatchIndex(clause, -1) {
			transport := clause[m[2]:m[3]]
			addPort(clause[m[4]:m[5]], transport, clause[m[0]:m[1]])
			rest := clause[m[1]:]
			for {
				n := moreNumbers.FindStringSubmatchIndex(rest)
				if n == nil || !listGoesOn.MatchString(rest[n[1]:]) {
					break
				}
				addPort(rest[n[2]:n[3]], transport, transport+" "+rest[n[2]:n[3]])
				rest = rest[n[1]:]
			}
		}
		for _, m := range numberFirst.FindAllStringSubmatch(clause, -1) {
			addPort(m[1], m[2], m[0])
		}
	}
	return out
}
