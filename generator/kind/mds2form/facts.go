package mds2form

import (
	"fmt"
	"github.com/jspgen/jspgen/generator/content"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// MDS2 answers derived from the product data. Each rule names the question
// it answers and the facts that decide it. A rule may decide only one
// direction (say Yes when a cellular interface carries PHI, and nothing
// otherwise); where it decides nothing the product must answer explicitly
// in [mds2.answers]. An explicit answer that differs from a derived one is
// an error naming both places.

// fact is a derived answer and the product fact behind it.
type fact struct {
	Answer mds2.Answer // for yes_no questions
	Text   string      // for text questions
	File   string      // file holding the fact
	Path   string      // its key path, e.g. interfaces[1]
	Line   int
	Says   string // what the fact says, e.g. "is a Wi-Fi interface"
	// Yields marks an answer derived from what the product lacks (a
	// device that joins no network, rules_nonet.go) rather than from
	// what it states: the manufacturer's explicit answer replaces it, as
	// the reading of a question about networks for a device without one
	// is the manufacturer's, and an answer written before jspgen derived
	// it keeps working. Denies is the explicit answer the facts
	// contradict (check warns about it), Unanswered for none.
	Yields bool
	Denies mds2.Answer
	// Kept marks an answer beside which the same hand answer is not
	// reported as a repeat: another document reads the hand answer,
	// which the derived one does not reach (the CSD's DOC-10 sentence,
	// content.Product.MDS2Answered).
	Kept bool
	// Models are the IDs of the models the form covers for which a Yes
	// holds, when not every one of them (interfaces.models): the form
	// then says which (models.go); nil for every model.
	Models []string
	// Open are the models the form covers that the rule, asked of each
	// alone, decides nothing for, beside a Yes of Models (models.go).
	Open []string
}

// String places and states the fact:
// "interfaces[1] (content/p.toml:301) is a Wi-Fi interface".
func (f fact) String() string {
	loc := f.File
	if f.Line > 0 {
		loc = fmt.Sprintf("%s:%d", f.File, f.Line)
	}
	return fmt.Sprintf("%s (%s) %s", f.Path, loc, f.Says)
}

// Short is the fact without its file position, for published files.
func (f fact) Short() string { return f.Path + " " + f.Says }

// The interfaces the form counts as network connections for the
// transmission questions (TXCF, TXIG) are those whose kind joins a network
// of other hosts (content.InterfaceKind.Network), as opposed to
// point-to-point links and cables.

// mds2Facts is what the rules read: the product, its site file, its
// components and the versions and models the form covers.
type mds2Facts struct {
	env   *kind.Env
	p     kind.Product
	comps *inventory.Inventory
	// fromSBOM are the components of comps an SBOM file lists, once
	// sbomComponents has made them (fromSBOMMade).
	fromSBOM     []inventory.Component
	fromSBOMMade bool
	// sbomUnread: an SBOM file of the version could not be read, or
	// was read and lists no component (the inventory reported it), so
	// the SBOM questions it leaves open are not asked of the
	// manufacturer: "add SBOM-1 = yes" or "add SBOM-2.1 = …" would be
	// advice about a file that is there but broken; fixed, it answers
	// them.
	sbomUnread bool
	versions   []int // indexes into p.Versions
	models     []int // indexes into p.Models
	// whole is the product on every model, before p left out the
	// interfaces and ports of models the form does not cover: what a CSD
	// about a version of every model lists (a CSD about a version on
	// some models only lists theirs, content.Product.ForModels).
	whole *content.Product
	// csdVersions are the versions the build's CSDs are about
	// (kind.CSDVersions of the product as built, which a form of an older
	// version is not): whether one is about the form's version. nil: as
	// p alone would build them (csdPublishes asks kind.CSDVersions).
	csdVersions []string
	// ended are the models that run the covered versions whose own
	// support ended by the form's date (models.end_of_support) while
	// another covered model is still supported: the form does not cover
	// them and says so.
	ended []content.Model
	// up is the path from the form's folder to the product's (formUp).
	up string
}

// dropEndedModels leaves out of the covered models (f.models, ids) each
// whose own support ended on date on, unless every one has: a version
// supported on other models is not supported on a model past its end of
// support, and a form naming it among the models it describes would say
// so. A form whose every model's support ended keeps them (the covered
// versions' support ended no later, validated, and the form says that).
func (f *mds2Facts) dropEndedModels(on content.Date, ids *[]string) {
	var keep []int
	var keepIDs []string
	var ended []content.Model
	for k, i := range f.models {
		m := f.p.Models[i]
		if m.ModelEnded(on) {
			ended = append(ended, m)
			continue
		}
		keep = append(keep, i)
		keepIDs = append(keepIDs, (*ids)[k])
	}
	if len(ended) == 0 || len(keep) == 0 {
		return
	}
	f.models, *ids, f.ended = keep, keepIDs, ended
}

func newMDS2Facts(env *kind.Env, p kind.Product) *mds2Facts {
	f := &mds2Facts{env: env, p: p, comps: p.Inventory}
	f.sbomUnread = p.Inventory != nil && len(p.Inventory.Unread)+len(p.Inventory.Empty) > 0
	if f.comps != nil && f.comps.ListedFor != "" {
		// A version without SBOM files of its own: the list is another
		// version's, so it decides nothing about this one's components.
		f.comps = nil
	}
	f.versions = coveredVersions(env, p)
	covered := map[string]bool{}
	all := false
	for _, i := range f.versions {
		if len(p.Versions[i].Models) == 0 {
			all = true
		}
		for _, m := range p.Versions[i].Models {
			covered[m] = true
		}
	}
	var ids []string
	for i, m := range p.Models {
		if all || covered[m.ID] {
			f.models = append(f.models, i)
			ids = append(ids, m.ID)
		}
	}
	f.dropEndedModels(kind.Released(p.Documents.MDS2, env.AsOf), &ids)
	// An interface or port on none of the models the form covers (a
	// Wi-Fi module of a model whose versions it is not about) is not the
	// device's: the rules read the product as it is on those models.
	f.whole = p.Product
	f.p.Product = p.Product.OnModels(ids)
	return f
}

// forModel returns the facts of the one covered model f.models[k] alone:
// the product as it is on that model (content.Product.OnModels).
func (f *mds2Facts) forModel(k int) *mds2Facts {
	g := *f
	g.models = []int{f.models[k]}
	g.p.Product = f.p.Product.OnModels([]string{f.p.Models[f.models[k]].ID})
	return &g
}

// coveredVersions are mds2.versions, else the versions generally available
// and not past their end of support on the form's release date (or the
// build's as-of date when the form has none), or past it but in paid
// extended support then (content.Version.DocumentedOn: the customers in
// the programme still run it).
func coveredVersions(env *kind.Env, p kind.Product) []int {
	var out []int
	// With documents.versions = "supported" every supported version has a
	// form of its own: another version's covers that version alone, and
	// the current version's, unless mds2.versions says otherwise, the
	// current version alone. The current version is the one the form
	// released on its date is about, not the one current on the build's
	// date: a build dated before the form's release, when an older
	// version was current, gives that version a form of its own.
	if p.Documents.Versions == "supported" && p.VersionOf != "" {
		if cur := p.DescribedVersion(kind.Released(p.Documents.MDS2, env.AsOf)); cur == nil || cur.Version != p.VersionOf || len(p.MDS2.Versions) == 0 {
			for i, v := range p.Versions {
				if v.Version == p.VersionOf {
					return []int{i}
				}
			}
		}
	}
	if len(p.MDS2.Versions) > 0 {
		for i, v := range p.Versions {
			if slices.Contains(p.MDS2.Versions, v.Version) {
				out = append(out, i)
			}
		}
		return out
	}
	on := p.Documents.MDS2.ReleaseDate
	if on.IsZero() {
		on = env.AsOf
	}
	for i := range p.Versions {
		if p.Versions[i].DocumentedOn(on) {
			out = append(out, i)
		}
	}
	return out
}

func (f *mds2Facts) at(path string) (string, int) { return f.p.Source.File, f.p.Source.Line(path) }

func (f *mds2Facts) siteAt(path string) (string, int) {
	return f.env.Content.SiteFile.File, f.env.Content.SiteFile.Line(path)
}

func (f *mds2Facts) answer(a mds2.Answer, path, says string) fact {
	file, line := f.at(path)
	return fact{Answer: a, File: file, Path: path, Line: line, Says: says}
}

func (f *mds2Facts) yes(path, says string) fact { return f.answer(mds2.Yes, path, says) }
func (f *mds2Facts) no(path, says string) fact  { return f.answer(mds2.No, path, says) }

// states reports whether the product states the optional collection key
// whose list (in the facts' view) has n entries: a list with entries, or
// the key written (see content.Product.States). An empty list decides No
// only when stated.
func (f *mds2Facts) states(key string, n int) bool { return n > 0 || f.p.States(key) }

// carriesStated reports whether interface i states what it carries: an
// interface without carries decides no "carries no PHI" question. A
// contact closure (kind contact) carries an on/off signal, no data, by
// its kind: it states that it carries none.
func (f *mds2Facts) carriesStated(i int) bool {
	it := f.p.Interfaces[i]
	return len(it.Carries) > 0 || it.Kind.SignalOnly() || f.p.Source.Has(f.ifacePath(i)+".carries")
}

func (f *mds2Facts) text(path, text, says string) fact {
	file, line := f.at(path)
	return fact{Text: strings.TrimSpace(text), File: file, Path: path, Line: line, Says: says}
}

func (f *mds2Facts) siteFact(a mds2.Answer, text, path, says string) fact {
	file, line := f.siteAt(path)
	return fact{Answer: a, Text: text, File: file, Path: path, Line: line, Says: says}
}

// ifacePath, portPath, storePath and flowPath are the key path of an
// entry of the facts (the version's view): where it is written, e.g.
// ports[3] or versions[2].changes.ports_added[0].
func (f *mds2Facts) ifacePath(i int) string {
	return content.AtOr(f.p.Interfaces[i].At, fmt.Sprintf("interfaces[%d]", i))
}

func (f *mds2Facts) portPath(i int) string {
	return content.AtOr(f.p.Ports[i].At, fmt.Sprintf("ports[%d]", i))
}

func (f *mds2Facts) servicePath(i int) string {
	return content.AtOr(f.p.Cloud.Services[i].At, fmt.Sprintf("cloud.services[%d]", i))
}

func (f *mds2Facts) storePath(i int) string {
	return content.AtOr(f.p.DataStores[i].At, fmt.Sprintf("data_stores[%d]", i))
}

func (f *mds2Facts) flowPath(i int) string {
	return content.AtOr(f.p.DataFlows[i].At, fmt.Sprintf("data_flows[%d]", i))
}

// ownStore and ownInterface report a store or interface of the product:
// one of a part in the customer's own infrastructure (its identity
// provider's directory, its PACS) is the customer's, not the device's.
func (f *mds2Facts) ownStore(d content.DataStore) bool {
	return !f.p.PartOfStore(d).Runs.IsCustomerInfrastructure()
}

func (f *mds2Facts) ownInterface(it content.Interface) bool {
	return !f.p.PartOfInterface(it).Runs.IsCustomerInfrastructure()
}
