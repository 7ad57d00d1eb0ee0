package content

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// InfrastructureDataText says, for a product whose data reach the
// customer's network only through the customer's own infrastructure
// (NetworkThroughInfrastructure: a terminal server on the device's
// serial cable), what data go there and how they are protected on the
// way, in the data's own words: the customer secures that part, and
// needs to know what crosses it. Each data flow between a part of the
// product and such a part gives its data, interface and protection.
// Without one, no field links an interface to that part, so the
// interfaces of the product's own hardware that carry PHI are named
// with their security text, or with their protection not stated: never
// "unencrypted", which only the text may say. Empty when neither gives
// anything. Plain text, for the template to escape.
func (p *Product) InfrastructureDataText() string {
	if !p.NetworkThroughInfrastructure() {
		return ""
	}
	var out []string
	for _, f := range p.DataFlows {
		from, _ := p.ResolveFlowEnd(f.From)
		to, _ := p.ResolveFlowEnd(f.To)
		if !from.IsPart() || !to.IsPart() || p.infraEnd(from) == p.infraEnd(to) || len(f.Data) == 0 {
			continue
		}
		over := ""
		if it := p.Interface(f.Interface); it != nil {
			over = " over " + withArticle(it.Name, true)
		}
		protection := ", as stated: " + EndSentence(strings.TrimSpace(f.Protection))
		if strings.TrimSpace(f.Protection) == "" { // protection not written
			protection = " is not stated."
		}
		out = append(out, capitaliseFirst(fmt.Sprintf("%s %s from %s to %s%s; %s protection there%s",
			p.dataWords(f.Data), Plural(len(f.Data), "goes", "go"), p.Part(from.Part).TheName(), p.Part(to.Part).TheName(), over, Plural(len(f.Data), "its", "their"), protection)))
	}
	if len(out) > 0 {
		return strings.Join(out, " ")
	}
	for _, it := range p.Interfaces {
		part := p.PartOfInterface(it)
		if it.Internal || !part.Runs.IsDevice() || it.Kind == "display" || it.Kind == "removable_media" || !it.Carries.Has("phi") {
			continue
		}
		s := fmt.Sprintf("%s's %s carries %s; ", capitaliseFirst(part.TheName()), it.Name, p.dataWords(it.Carries))
		if sec := strings.TrimSpace(it.Security); sec != "" {
			s += "its protection, as stated: " + EndSentence(sec)
		} else {
			s += "how it is protected is not stated."
		}
		out = append(out, s)
	}
	return strings.Join(out, " ")
}

// infraEnd reports a flow end that is a part of the customer's own
// infrastructure.
func (p *Product) infraEnd(e FlowEnd) bool { return p.Part(e.Part).Runs.IsCustomerInfrastructure() }

// dataWords names data kinds inside a sentence: "PHI and PII",
// "configuration and logs" (a label that is no acronym in lower case).
func (p *Product) dataWords(ds DataKinds) string {
	words := p.DataLabels(ds)
	for i, w := range words {
		if w != strings.ToUpper(w) {
			words[i] = lowerFirst(w)
		}
	}
	return AndList(words)
}

// capitaliseFirst capitalises a sentence's first letter ("the GX-7 analyzer"
// opening one), the whole letter where it takes more than one byte.
func capitaliseFirst(s string) string {
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
