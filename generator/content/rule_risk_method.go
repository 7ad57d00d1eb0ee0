package content

import (
	"fmt"
	"strings"
)

// ruleRiskMethodUnstated: where [risk.evaluation] leaves a threshold or a
// row of the table unwritten, the security plan and the risk report print
// jspgen's default for it as part of the product's method, and every
// threat that states its harm is judged by it. That is a statement of the manufacturer's
// method no one wrote; the manufacturer writes its own, or the defaults
// to confirm them. A method stated in part is warned about too: the
// thresholds alone do not make the table the manufacturer's.
func ruleRiskMethodUnstated(p *Product) Diagnostics {
	if !p.Produces("security_plan") && !p.Produces("risk_report") {
		return nil
	}
	d := p.RiskMethodDefaults()
	if !d.Any() {
		return nil
	}
	m := p.Risk.Evaluator()
	if d.All() {
		return Diagnostics{at(p, Warning, "risk.evaluation",
			"not stated; %s the default method, saying it is jspgen's rather than the manufacturer's, %s: exploitability Medium from a CVSS score of %.1f, High from %.1f; uncontrolled from %s exploitability for serious harm, %s for critical, %s for catastrophic, never for minor or negligible (write [risk.evaluation] with your thresholds, or with these to confirm them)",
			documentsPrinting(p), judgedBy(p, d, "it"), m.MediumFrom, m.HighFrom, m.UncontrolledFrom.Serious, m.UncontrolledFrom.Critical, m.UncontrolledFrom.Catastrophic)}
	}
	// At the table written, where [risk.evaluation] holds only it.
	path := "risk.evaluation"
	if !p.Source.Has(path) && p.Source.Has(path+".uncontrolled_from") {
		path += ".uncontrolled_from"
	}
	return Diagnostics{at(p, Warning, path,
		"states the method only in part; %s jspgen's defaults for the rest, saying they are jspgen's, %s: %s (write them in [risk.evaluation], as your own or to confirm these)",
		documentsPrinting(p), judgedBy(p, d, "them"), d.Values(m))}
}

// judgedBy says which threats the defaulted parts d of the method (it, or
// them) judge: every threat, where some states its severity of harm (or
// there is none yet); where none does, the table judges none controlled or uncontrolled, and
// only the thresholds, if defaulted, still rate each threat's
// exploitability.
func judgedBy(p *Product, d RiskMethodDefaults, pronoun string) string {
	switch {
	case p.HarmStated() || len(p.Threats) == 0:
		return "and every threat is judged by " + pronoun
	case d.MediumFrom || d.HighFrom:
		return "and every threat's exploitability is rated by " + pronoun + ", but no threat states a severity of harm (threats.harm), so none is judged controlled or uncontrolled"
	}
	return "but no threat states a severity of harm (threats.harm), so none is judged by " + pronoun
}

// documentsPrinting names the built documents that print the risk
// evaluation method, as the subject of "print": the risk report only when
// it is built, which takes its document control.
func documentsPrinting(p *Product) string {
	switch plan, report := p.Produces("security_plan"), p.Produces("risk_report"); {
	case plan && report:
		return "the security plan and the risk report print"
	case plan:
		return "the security plan prints"
	default:
		return "the risk report prints"
	}
}

// RiskMethodDefaults is what of the risk evaluation method the product
// data leave to jspgen's defaults (Risk.Evaluator): the exploitability
// thresholds not written, and the severities of harm whose row of the
// controlled / uncontrolled table ([risk.evaluation.uncontrolled_from])
// is not written. Each part is the manufacturer's or jspgen's on its
// own: thresholds written do not make the table the manufacturer's, nor
// the other way round, so the documents say which parts are defaults.
type RiskMethodDefaults struct {
	MediumFrom, HighFrom bool   // the threshold is jspgen's default
	Rows                 []Harm // the table's rows that are jspgen's defaults, in the scale's order
}

// RiskMethodDefaults is what of [risk.evaluation] the product leaves to
// the defaults. A value is the default exactly where Evaluator puts one:
// where the product's is zero (not written).
func (p *Product) RiskMethodDefaults() RiskMethodDefaults {
	e := p.Risk.Evaluation
	d := RiskMethodDefaults{MediumFrom: e.MediumFrom == 0, HighFrom: e.HighFrom == 0}
	for _, h := range Harms() {
		if e.From(h) == "" {
			d.Rows = append(d.Rows, h)
		}
	}
	return d
}

// Any reports a part of the method left to the defaults.
func (d RiskMethodDefaults) Any() bool { return d.MediumFrom || d.HighFrom || len(d.Rows) > 0 }

// All reports a method the product data do not state at all.
func (d RiskMethodDefaults) All() bool {
	return d.MediumFrom && d.HighFrom && len(d.Rows) == len(Harms())
}

// Parts names the parts left to the defaults, for a sentence: "the
// exploitability thresholds", "the High threshold", "the table", "the
// table's rows for minor and serious harm", joined by "and".
func (d RiskMethodDefaults) Parts() string {
	var parts []string
	switch {
	case d.MediumFrom && d.HighFrom:
		parts = append(parts, "the exploitability thresholds")
	case d.MediumFrom:
		parts = append(parts, "the Medium exploitability threshold")
	case d.HighFrom:
		parts = append(parts, "the High exploitability threshold")
	}
	switch n := len(d.Rows); {
	case n == len(Harms()):
		parts = append(parts, "the controlled / uncontrolled table")
	case n > 0:
		parts = append(parts, "the table's "+Plural(n, "row", "rows")+" for "+d.harmNames()+" harm")
	}
	return AndList(parts)
}

// Plural reports whether Parts names more than one value ("those above
// are", not "the one above is"): two thresholds, or rows of the table
// but not all of them (the whole table is one).
func (d RiskMethodDefaults) Plural() bool {
	n := len(d.Rows)
	if n == len(Harms()) {
		n = 1
	}
	if d.MediumFrom {
		n++
	}
	if d.HighFrom {
		n++
	}
	return n > 1
}

// harmNames is the defaulted rows' severities in words: "minor and serious".
func (d RiskMethodDefaults) harmNames() string {
	names := make([]string, len(d.Rows))
	for i, h := range d.Rows {
		names[i] = strings.ToLower(h.Label())
	}
	return AndList(names)
}

// Values gives the defaulted parts with the values jspgen puts there,
// under method m (the Evaluator): "exploitability High from a CVSS score of 7.0;
// uncontrolled from high exploitability for serious harm".
func (d RiskMethodDefaults) Values(m RiskEvaluation) string {
	var parts []string
	if d.MediumFrom {
		parts = append(parts, fmt.Sprintf("exploitability Medium from a CVSS score of %.1f", m.MediumFrom))
	}
	if d.HighFrom {
		parts = append(parts, fmt.Sprintf("exploitability High from a CVSS score of %.1f", m.HighFrom))
	}
	for _, h := range d.Rows {
		name := strings.ToLower(h.Label())
		if from := m.From(h); from == "never" {
			parts = append(parts, "never uncontrolled for "+name+" harm")
		} else {
			parts = append(parts, fmt.Sprintf("uncontrolled from %s exploitability for %s harm", from, name))
		}
	}
	return strings.Join(parts, "; ")
}
