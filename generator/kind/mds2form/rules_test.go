package mds2form

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// The derivation rules are tested one by one on products built in memory:
// each case starts from a bare product (one model, one version, the form's
// document control, nothing else), sets the facts that matter, runs the
// one rule and compares the answer, the fact's path and what it says.
// Every rule has a case where its deciding fact is present and one where
// it is absent or the other way (TestEveryRuleHasCases).

const (
	testProductFile = "content/p.toml"
	testSiteFile    = "jspgen.toml"
)

// world is one product and its site file, in memory.
type world struct {
	site *content.Site
	p    *content.Product
	inv  *inventory.Inventory
	asOf content.Date
}

func date(y int, m time.Month, d int) content.Date { return content.NewDate(y, m, d) }

func newWorld() *world {
	return &world{
		site: &content.Site{},
		p: &content.Product{
			ID: "p", Name: "P", Source: content.Source{File: testProductFile},
			Models:   []content.Model{{ID: "m1", Name: "Model One"}},
			Versions: []content.Version{{Version: "1.0", GeneralAvailability: date(2025, 1, 1)}},
			Documents: content.Documents{MDS2: content.DocumentControl{
				ID: "P-MDS2", Revision: "A", ReleaseDate: date(2026, 1, 15)}},

			// The rules' cases list every interface of the device: without
			// [[parts]], interfaces_complete = true says so (not written, a
			// list left short would derive no No).
			InterfacesComplete: content.True,
		},
		inv:  &inventory.Inventory{},
		asOf: date(2026, 2, 16),
	}
}

// states makes the product file write each key as an empty list (a
// product built in code has no file): "none", where a key not written is
// "not stated".
func (w *world) states(keys ...string) {
	var src strings.Builder
	for _, k := range keys {
		if table, key, ok := strings.Cut(k, "."); ok {
			fmt.Fprintf(&src, "[%s]\n%s = []\n", table, key)
		} else {
			fmt.Fprintf(&src, "%s = []\n", k)
		}
	}
	w.p.Source = content.SourceOfText(testProductFile, []byte(src.String()))
}

func (w *world) env() *kind.Env {
	return &kind.Env{Content: &content.Content{Site: w.site, SiteFile: content.Source{File: testSiteFile},
		Products: []*content.Product{w.p}}, AsOf: w.asOf}
}

func (w *world) facts() *mds2Facts {
	return newMDS2Facts(w.env(), kind.Product{Product: w.p, Inventory: w.inv})
}

// Building blocks for the cases.

func dataKinds(words []string) content.DataKinds {
	out := make(content.DataKinds, len(words))
	for i, w := range words {
		out[i] = content.DataKind(w)
	}
	return out
}

func iface(id, k string, carries ...string) content.Interface {
	return content.Interface{ID: id, Kind: content.InterfaceKind(k), Name: id, Carries: dataKinds(carries)}
}

func port(n int, transport, direction, on string) content.Port {
	// Stated unencrypted and unauthenticated, as most cases need; the rules
	// must decide nothing from an unstated flag (those cases set Unstated).
	return content.Port{Number: n, Transport: transport, Service: fmt.Sprintf("svc%d", n), Direction: direction, Interface: on,
		Encrypted: content.False, Authenticated: content.False}
}

func store(id string, data ...string) content.DataStore {
	return content.DataStore{ID: id, Name: id, Data: dataKinds(data)}
}

func flow(id, on string, data ...string) content.DataFlow {
	return content.DataFlow{ID: id, Interface: on, Data: dataKinds(data)}
}

// outcome is what a rule should give: decided or not, and when decided
// the answer (or text), the fact's path and part of what it says.
type outcome struct {
	decided bool
	answer  mds2.Answer
	text    string
	path    string
	says    string // must occur in the fact's Says
}

func yesBy(path, says string) outcome {
	return outcome{decided: true, answer: mds2.Yes, path: path, says: says}
}
func noBy(path, says string) outcome {
	return outcome{decided: true, answer: mds2.No, path: path, says: says}
}
func textBy(path, text, says string) outcome {
	return outcome{decided: true, text: text, path: path, says: says}
}

var decidesNothing = outcome{}

func (o outcome) String() string {
	if !o.decided {
		return "decides nothing"
	}
	if o.text != "" || o.answer == mds2.Unanswered {
		return fmt.Sprintf("text %q by %s", o.text, o.path)
	}
	return fmt.Sprintf("%s by %s", o.answer, o.path)
}

type ruleCase struct {
	id    string
	name  string
	setup func(*world)
	want  outcome
}

// siteRules read the site file, not the product file.
var siteRules = []string{"DOC-1", "DOC-5", "DOC-8", "DOC-9"}

func allRuleCases() []ruleCase {
	var all []ruleCase
	for _, cs := range [][]ruleCase{docRuleCases, mpiiRuleCases(), connRuleCases(), audtRuleCases, sbomRuleCases, otherRuleCases, nonetRuleCases(), signInRuleCases(), nolinksRuleCases(), sahdHostRuleCases(), piiLocalRuleCases(), rmotRuleCases, remoteControlRuleCases, audtOffDeviceRuleCases(), mpiiDisplayRuleCases(), hardwareNARuleCases(), mpiiUnnamedLinkRuleCases(), csupFixedRuleCases(), mediaOnlyUSBRuleCases(), g5RuleCases(), tlsRuleCases(), publishedDocsRuleCases(), pautPartsRuleCases(), mpiiUnlistedRuleCases(), osNoticeReasonRuleCases(), mpiiFlowRuleCases(), ports76RuleCases(), mds2r3RuleCases(), mds2HostedRuleCases(), updateSignedRuleCases(), reviewFixRuleCases(), r3mds2RuleCases()} {
		all = append(all, cs...)
	}
	return all
}

func TestDerivationRules(t *testing.T) {
	for _, c := range allRuleCases() {
		t.Run(c.id+"/"+c.name, func(t *testing.T) {
			rule, ok := derivationFor(c.id)
			if !ok {
				t.Fatalf("no rule %s in mds2Derivations", c.id)
			}
			w := newWorld()
			if c.setup != nil {
				c.setup(w)
			}
			got, decided := rule.derive(w.facts())
			if decided != c.want.decided {
				t.Fatalf("decided = %v, want %v (got %s: %s)", decided, c.want.decided, got.Answer, got)
			}
			if !decided {
				return
			}
			if c.want.says == "" {
				t.Fatal("a decided case must say what decides it")
			}
			if got.Answer != c.want.answer || got.Text != c.want.text {
				t.Errorf("answer %v text %q, want %v text %q", got.Answer, got.Text, c.want.answer, c.want.text)
			}
			if got.Path != c.want.path {
				t.Errorf("basis path %q, want %q (%s)", got.Path, c.want.path, got)
			}
			kindtest.SaysAll(t, "the basis", got.Says, c.want.says)
			file := testProductFile
			if slices.Contains(siteRules, c.id) {
				file = testSiteFile
			}
			if got.File != file || got.Line != 1 {
				t.Errorf("basis at %s:%d, want %s:1", got.File, got.Line, file)
			}
		})
	}
}

// TestEveryRuleHasCases fails when a rule of mds2Derivations has no case
// where its fact decides the answer and one with another outcome: a new
// rule must come with its tests.
func TestEveryRuleHasCases(t *testing.T) {
	byID := map[string][]outcome{}
	for _, c := range allRuleCases() {
		if _, ok := derivationFor(c.id); !ok {
			t.Errorf("case %s/%s: no such rule", c.id, c.name)
		}
		byID[c.id] = append(byID[c.id], c.want)
	}
	seen := map[string]bool{}
	for _, d := range mds2Derivations {
		if seen[d.ID] {
			t.Errorf("%s: two rules", d.ID)
		}
		seen[d.ID] = true
		outs := byID[d.ID]
		decided := slices.ContainsFunc(outs, func(o outcome) bool { return o.decided })
		distinct := map[string]bool{}
		for _, o := range outs {
			distinct[fmt.Sprint(o.decided, o.answer, o.text)] = true
		}
		if !decided || len(distinct) < 2 {
			t.Errorf("%s (%s): want a case where the deciding fact gives the answer and one where it is absent or the other way; have %v", d.ID, d.From, outs)
		}
		// A rule that decides one direction only says so, for the README.
		answers := map[mds2.Answer]bool{}
		for _, o := range outs {
			if o.decided && o.text == "" {
				answers[o.answer] = true
			}
		}
		for a, only := range map[mds2.Answer]string{mds2.Yes: "Yes only", mds2.No: "No only"} {
			if len(answers) == 1 && answers[a] && !strings.Contains(d.From, only) {
				t.Errorf("%s decides %s alone in every case, but its From does not say %q: %s", d.ID, a, only, d.From)
			}
		}
		if strings.TrimSpace(d.From) == "" {
			t.Errorf("%s: the rule does not say what decides it (From)", d.ID)
		}
	}
}

// TestDeriveKeepsDecidedOnly: derive maps exactly the rules that decide.
func TestDeriveKeepsDecidedOnly(t *testing.T) {
	w := newWorld()
	w.p.Interfaces = []content.Interface{iface("wifi", "wifi", "phi")}
	f := w.facts()
	got := f.derive()
	for _, d := range mds2Derivations {
		fc, ok := d.derive(f)
		g, in := got[d.ID]
		if ok != in {
			t.Errorf("%s: decided %v, in derive() %v", d.ID, ok, in)
		}
		if in && !reflect.DeepEqual(g, fc) {
			t.Errorf("%s: derive() has %v, the rule gives %v", d.ID, g, fc)
		}
	}
	if got["CONN-1.1.1"].Answer != mds2.Yes || got["AUDT-1"].Answer != mds2.Unanswered {
		t.Errorf("CONN-1.1.1 = %v, AUDT-1 = %v", got["CONN-1.1.1"], got["AUDT-1"])
	}
}

func TestDerivationFor(t *testing.T) {
	if d, ok := derivationFor("DOC-2"); !ok || d.ID != "DOC-2" || !d.Replaceable {
		t.Errorf("derivationFor(DOC-2) = %+v, %v", d, ok)
	}
	// DOC-1 ... DOC-7 take the manufacturer's own text; the jspgen rows
	// that list versions and models stay fixed by the data.
	for _, id := range []string{"DOC-1", "DOC-3", "DOC-4", "DOC-5", "DOC-6", "DOC-7"} {
		if d, ok := derivationFor(id); !ok || !d.Replaceable {
			t.Errorf("derivationFor(%s) = %+v, %v; want a replaceable text", id, d, ok)
		}
	}
	for _, id := range []string{"JSP-VER", "JSP-MODELS"} {
		if d, ok := derivationFor(id); !ok || d.Replaceable {
			t.Errorf("derivationFor(%s) = %+v, %v; want a fixed text", id, d, ok)
		}
	}
	if _, ok := derivationFor("ALOF-1"); ok {
		t.Error("derivationFor(ALOF-1): ALOF-1 is never derived")
	}
}

func TestFactString(t *testing.T) {
	f := fact{File: "content/p.toml", Path: "interfaces[1]", Line: 12, Says: "is a Wi-Fi interface"}
	if got, want := f.String(), "interfaces[1] (content/p.toml:12) is a Wi-Fi interface"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	f.Line = 0
	if got, want := f.String(), "interfaces[1] (content/p.toml) is a Wi-Fi interface"; got != want {
		t.Errorf("String() without a line = %q, want %q", got, want)
	}
	if got, want := f.Short(), "interfaces[1] is a Wi-Fi interface"; got != want {
		t.Errorf("Short() = %q, want %q", got, want)
	}
}

func TestDerivationsDocumentsTheTable(t *testing.T) {
	got := Derivations()
	if len(got) != len(mds2Derivations) {
		t.Fatalf("%d rows, want %d", len(got), len(mds2Derivations))
	}
	for i, d := range mds2Derivations {
		if got[i] != [2]string{d.ID, d.From} {
			t.Errorf("row %d = %v, want %s: %s", i, got[i], d.ID, d.From)
		}
	}
}

const (
	derivedBegin = "<!-- derived MDS2 answers: generated by go test ./generator/kind/mds2form -update; do not edit -->\n"
	derivedEnd   = "<!-- end of derived MDS2 answers -->\n"
)

// derivationsTable is the README's table of derived answers.
func derivationsTable() string {
	var b strings.Builder
	b.WriteString("| ID | decided by |\n|---|---|\n")
	for _, d := range Derivations() {
		fmt.Fprintf(&b, "| %s | %s |\n", d[0], strings.ReplaceAll(d[1], "|", `\|`))
	}
	return b.String()
}

// TestGoldenREADMEDerivedAnswers keeps the README's list of derived MDS2
// answers in step with mds2Derivations.
func TestGoldenREADMEDerivedAnswers(t *testing.T) {
	readme := kindtest.Repo + "/README.md"
	b, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	i, j := strings.Index(s, derivedBegin), strings.Index(s, derivedEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the derived-answers markers %q … %q", derivedBegin, derivedEnd)
	}
	got, want := s[i+len(derivedBegin):j], derivationsTable()
	if *update {
		if err := os.WriteFile(readme, []byte(s[:i+len(derivedBegin)]+want+s[j:]), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("README.md's derived MDS2 answers are stale (run go test ./generator/kind/mds2form -run TestGoldenREADMEDerivedAnswers -update):\n%s", d)
	}
}

// TestRulesDoNotRefuseHonestAnswers: for every case in which a rule
// decides a Yes or No, the manufacturer's other answer (and See Note)
// stands when a note explains it, reported as a warning naming both
// places; the derived DOC texts give way to the manufacturer's own text.
// Where a rule over-reached (DOC-8, DOC-10, CONN-3, RDMP-1, RDMP-2), its
// table above has the case in which it now decides nothing.
func TestRulesDoNotRefuseHonestAnswers(t *testing.T) {
	for _, c := range allRuleCases() {
		if !c.want.decided {
			continue
		}
		rule, _ := derivationFor(c.id)
		w := newWorld()
		if c.setup != nil {
			c.setup(w)
		}
		d, _ := rule.derive(w.facts())
		if d.Yields {
			continue // gives way without a note: TestNoNetworkAnswersYield
		}
		if c.want.text != "" || d.Answer == mds2.Unanswered {
			if !rule.Replaceable {
				continue
			}
			t.Run(c.id+"/"+c.name+"/own text", func(t *testing.T) {
				w := newWorld()
				own := "The manufacturer's words."
				switch ctrl := w.p.Documents.MDS2; c.id { // in own words, still naming the form (doccontrol.go)
				case "DOC-4":
					own = "Form " + ctrl.ID + " Rev. " + ctrl.Revision
				case "DOC-7":
					own = ctrl.ReleaseDate.Time().Format("2 January 2006")
				case "DOC-3": // still naming a model the form covers
					own = "Model One, in the manufacturer's words."
				}
				r := newResolver(w)
				row := r.resolve(textQ(c.id), map[string]fact{c.id: d}, givens(giv(c.id, content.MDS2Answer{Answer: own})), map[string]mds2.Answer{})
				if row.Text != own || len(r.diags) != 0 {
					t.Errorf("row %+v, diagnostics %v", row, r.diags)
				}
			})
			continue
		}
		others := []string{"yes", "see_note"}
		if d.Answer == mds2.Yes {
			others = []string{"no", "see_note"}
		}
		for _, a := range others {
			t.Run(c.id+"/"+c.name+"/"+a, func(t *testing.T) {
				r := newResolver(newWorld())
				row := r.resolve(yesNoQ(c.id), map[string]fact{c.id: d}, givens(giv(c.id, content.MDS2Answer{Answer: a, Note: 1})), map[string]mds2.Answer{})
				want, _ := mds2.ParseAnswer(a)
				if row.Answer != want || row.Basis != mds2.BasisAnswered {
					t.Errorf("answer %s (%s), want the %s given", row.Answer, row.Basis, want)
				}
				if len(r.diags) != 1 || r.diags[0].Severity != content.Warning ||
					!strings.Contains(r.diags[0].Message, "overrides") || !strings.Contains(r.diags[0].Message, d.Path) {
					t.Errorf("want one warning naming the answer and %s, got %v", d.Path, r.diags)
				}
				// Without the note it stays an error.
				r = newResolver(newWorld())
				r.resolve(yesNoQ(c.id), map[string]fact{c.id: d}, givens(giv(c.id, content.MDS2Answer{Answer: a})), map[string]mds2.Answer{})
				if len(r.diags) == 0 || r.diags[0].Severity != content.Error {
					t.Errorf("without a note: want an error, got %v", r.diags)
				}
			})
		}
	}
}
