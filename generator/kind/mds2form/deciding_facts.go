package mds2form

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/jspgen/jspgen/generator/content"
)

// The error for a question without an answer names the facts from which
// a rule of mds2Derivations would derive it, so that the user may state
// a fact instead of answering by hand. The facts are read from the rule's
// own From (what the README's table of derived answers prints): every
// word of it that is a key of the product file or the site file, so the
// list cannot drift from the rules.

// keyToken matches a word that may be a key path: "samd",
// "interfaces[].carries", "manufacturer.isao.member".
var keyToken = regexp.MustCompile(`[a-z][a-z0-9_]*(?:\[\])?(?:\.[a-z][a-z0-9_]*(?:\[\])?)*`)

// proseKeys are keys whose name is also an everyday word, which a rule's
// From uses as that word ("the standard the name names", "a part the
// manufacturer hosts", "the customer's network", "no cloud service"):
// taken as a key only with a dot after them.
var proseKeys = []string{"name", "versions", "customer", "manufacturer", "infrastructure", "cloud", "suppliers"}

// phraseKeys are the keys behind the words by which the rules' From
// says a fact without its key ("a device that joins no network" is one
// whose ports, interfaces and parts say so; "no port": ports written
// empty).
var phraseKeys = []struct {
	phrase *regexp.Regexp
	keys   []string
}{
	{regexp.MustCompile(`joins no network`), []string{"ports", "interfaces", "parts"}},
	{regexp.MustCompile(`\bno port\b`), []string{"ports"}},
	{regexp.MustCompile(`\bparts?(?: that)? (?:runs? )?on the device`), []string{"parts"}},
	{regexp.MustCompile(`every interface states`), []string{"interfaces[].carries"}},
	{regexp.MustCompile(`\bcloud services?\b`), []string{"cloud.services"}},
	{regexp.MustCompile(`\bdata flows?\b`), []string{"data_flows"}},
	{regexp.MustCompile(`\bend_of_support\b`), []string{"versions[].end_of_support"}},
}

// keyPaths are the keys of the product file and of the site file
// (where the product file has no such key), without "[]":
// "interfaces.carries".
var keyPaths = sync.OnceValue(func() map[string]keyPath {
	out := map[string]keyPath{}
	addKeys(out, reflect.TypeFor[content.Site](), "", true)
	addKeys(out, reflect.TypeFor[content.Product](), "", false)
	return out
})

// keyPath is one key of the content model: whether only the site file
// has it, and whether it is a yes/no fact (true, false or not stated).
type keyPath struct{ site, yesNo bool }

func addKeys(out map[string]keyPath, t reflect.Type, prefix string, site bool) {
	for _, f := range content.Fields(t) {
		key := prefix + f.Name
		out[key] = keyPath{site: site, yesNo: f.Type == reflect.TypeFor[content.Tri]() || f.Type.Kind() == reflect.Bool}
		ft := f.Type
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice || ft.Kind() == reflect.Map {
			ft = ft.Elem()
		}
		addKeys(out, ft, key+".", site)
	}
}

// decidingFact is a key a rule's From names. onParts marks a key of
// the product file (partKeys) that a product with [[parts]] states on
// each part instead: the error names the part's key.
type decidingFact struct {
	key string
	keyPath
	onParts bool
}

func (d decidingFact) String() string {
	if d.site {
		return d.key + " in the site file"
	}
	if d.onParts {
		return "parts[]." + d.key
	}
	return d.key
}

// partKeys are the keys of the product file that a product with
// [[parts]] writes on each [[parts]] entry instead (the product-level
// key is an error beside [[parts]]): a rule's From names them as the
// product-level key.
var partKeys = []string{"interfaces_complete"}

// decidingFacts are the keys rule d's From names, in the order it names
// them, each once. nil when From names no key.
func decidingFacts(d derivation) []decidingFact {
	paths := keyPaths()
	type named struct {
		at  int
		key string
	}
	var found []named
	for _, m := range keyToken.FindAllStringIndex(d.From, -1) {
		if tok := d.From[m[0]:m[1]]; !slices.Contains(proseKeys, tok) {
			found = append(found, named{m[0], tok})
		}
	}
	for _, pk := range phraseKeys {
		for _, m := range pk.phrase.FindAllStringIndex(d.From, -1) {
			for _, k := range pk.keys {
				found = append(found, named{m[0], k})
			}
		}
	}
	slices.SortStableFunc(found, func(a, b named) int { return a.at - b.at })
	var out []decidingFact
	for _, n := range found {
		kp, ok := paths[strings.ReplaceAll(n.key, "[]", "")]
		if ok && !slices.ContainsFunc(out, func(f decidingFact) bool { return f.key == n.key }) {
			out = append(out, decidingFact{key: n.key, keyPath: kp})
		}
	}
	return out
}

// oneWay matches a From whose facts decide one answer only ("Yes
// only"): false does not answer the question.
var oneWay = regexp.MustCompile(`\b(?:Yes|No|N/A) only\b`)

// decidingHint is the part of the error for question id without an
// answer that names the facts a rule would derive it from and the
// product does not state (statesFact); "" when no rule derives it or its
// rule names no key. One yes/no fact is the answer itself; several
// decide it as the README's table of derived answers says (some one way
// only). Where the product states every one, they leave the question
// open, and the hint says so rather than ask for what is there; where
// no fact the product could state would decide it for this product
// (undecidable), the hint names none.
func (f *mds2Facts) decidingHint(id string) string {
	d, ok := derivationFor(id)
	if !ok {
		return ""
	}
	if why := f.undecidable(id); why != "" {
		return "; no fact the product data could state decides it for this product, so only an answer does: " + why
	}
	var facts, stated []decidingFact
	for _, k := range decidingFacts(d) {
		k.onParts = !k.site && len(f.p.Parts) > 0 && slices.Contains(partKeys, k.key)
		if f.statesFact(k) {
			stated = append(stated, k)
		} else {
			facts = append(facts, k)
		}
	}
	switch {
	case len(facts) == 0 && len(stated) == 0:
		return ""
	case len(facts) == 0:
		return fmt.Sprintf("; the %s the form derives it from %s (%s) and %s not decide it: answer it by hand in [mds2.answers]",
			content.Plural(len(stated), "fact", "facts"), content.Plural(len(stated), "is stated", "are stated"), content.AndList(factNames(stated)), content.Plural(len(stated), "does", "do"))
	case len(facts) == 1 && len(stated) == 0 && facts[0].yesNo && !oneWay.MatchString(d.From):
		return fmt.Sprintf("; or state %s (true or false), from which the form takes it", facts[0])
	}
	return "; or state the facts from which the form derives it, where they decide it (the README's table of derived answers says how): " + content.AndList(factNames(facts))
}

// undecidable says why no fact the product could state decides question
// id for this product, "" where one may: MPII-3.10 ("any other way") of
// a product with no part on the device whose MPII-3.5 or MPII-3.6 is the
// host-link N/A (unlessHostLinksOther), whose host's network may carry
// PHI or PII whatever its interfaces say.
func (f *mds2Facts) undecidable(id string) string {
	if id != "MPII-3.10" || f.p.HasDevice() {
		return ""
	}
	na := f.hostLinkNAs()
	if len(na) == 0 {
		return ""
	}
	return fmt.Sprintf("%s %s N/A because the product, with no part on the device, reaches the network over its host's connections, and PHI or PII may leave over that host's network, which %s",
		content.AndList(na), content.Plural(len(na), "is", "are"), content.Plural(len(na), na[0]+" does not count", "neither counts"))
}

// factNames are facts as the error names them.
func factNames(facts []decidingFact) []string {
	names := make([]string, len(facts))
	for i, f := range facts {
		names[i] = f.String()
	}
	return names
}
