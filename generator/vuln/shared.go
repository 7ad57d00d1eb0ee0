package vuln

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// One vulnerability is often written as several [[vulnerabilities]]
// entries, one per status (affected in 2.0, fixed in 2.1), with its
// title, description, dates and exploitability on one of them only
// (exploitation in the wild is a fact about the vulnerability, as its
// title is, not about one version). Each version's
// record takes them from the entry that states them, so that every
// document and file names and dates it alike; where the entries state
// different values, none is taken, and check says so.

// sharedFacts are the facts of one vulnerability ID that its entries state
// with one value, each zero where none states it or they disagree.
type sharedFacts struct {
	title, description    string
	discovered, disclosed content.Date
	exploitability        content.ExploitMaturity
}

// sharedField is one fact an entry may leave to the others.
type sharedField struct {
	key  string
	get  func(content.Vulnerability) string
	copy func(from content.Vulnerability, to *sharedFacts)
}

var sharedFields = []sharedField{
	{"title", func(v content.Vulnerability) string { return strings.TrimSpace(v.Title) },
		func(from content.Vulnerability, to *sharedFacts) { to.title = from.Title }},
	{"description", func(v content.Vulnerability) string { return strings.TrimSpace(v.Description) },
		func(from content.Vulnerability, to *sharedFacts) { to.description = from.Description }},
	{"discovered", func(v content.Vulnerability) string { return dateKey(v.Discovered) },
		func(from content.Vulnerability, to *sharedFacts) { to.discovered = from.Discovered }},
	{"disclosed", func(v content.Vulnerability) string { return dateKey(v.Disclosed) },
		func(from content.Vulnerability, to *sharedFacts) { to.disclosed = from.Disclosed }},
	{"exploitability", func(v content.Vulnerability) string { return string(v.Exploitability) },
		func(from content.Vulnerability, to *sharedFacts) { to.exploitability = from.Exploitability }},
}

func dateKey(d content.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.String()
}

// shareFacts finds, per vulnerability ID of the product file, the facts
// its entries state with one value (l.shared), and warns at each entry
// that leaves one unstated while the others disagree on it.
func (l *loader) shareFacts() {
	l.shared = map[string]sharedFacts{}
	byID := map[string][]int{}
	var ids []string
	for i, v := range l.p.Vulns {
		if byID[v.ID] == nil {
			ids = append(ids, v.ID)
		}
		byID[v.ID] = append(byID[v.ID], i)
	}
	for _, id := range ids {
		entries := byID[id]
		if len(entries) < 2 {
			continue
		}
		var facts sharedFacts
		for _, f := range sharedFields {
			var values, stating []string
			var from int
			for _, i := range entries {
				val := f.get(l.p.Vulns[i])
				if val == "" {
					continue
				}
				stating = append(stating, fmt.Sprintf("vulnerabilities[%d]", i))
				if !slices.Contains(values, val) {
					values = append(values, val)
					from = i
				}
			}
			switch {
			case len(values) == 1:
				f.copy(l.p.Vulns[from], &facts)
			case len(values) > 1:
				for _, i := range entries {
					if f.get(l.p.Vulns[i]) == "" {
						l.warnAt(fmt.Sprintf("vulnerabilities[%d]", i), "%s: %s is not stated here, and the other entries for %s state different ones (%s): this version's records give none; write it here, or make them agree",
							id, f.key, id, strings.Join(stating, ", "))
					}
				}
			}
		}
		l.shared[id] = facts
	}
}

// fillShared gives out, the record of an entry of the product file, the
// facts its entry leaves unstated that the other entries for its ID state
// (shareFacts).
func (l *loader) fillShared(out *Vulnerability) {
	f, ok := l.shared[out.ID]
	if !ok {
		return
	}
	if strings.TrimSpace(out.Title) == "" {
		out.Title = f.title
	}
	if strings.TrimSpace(out.Description) == "" {
		out.Description = f.description
	}
	if out.Discovered.IsZero() {
		out.Discovered = f.discovered
	}
	if out.Disclosed.IsZero() {
		out.Disclosed = f.disclosed
	}
	if out.Exploitability == "" {
		out.Exploitability = f.exploitability
	}
}
