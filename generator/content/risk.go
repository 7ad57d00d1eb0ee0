package content

import (
	"fmt"
	"math"
	"strings"

	gocvss30 "github.com/pandatix/go-cvss/30"
	gocvss31 "github.com/pandatix/go-cvss/31"
	gocvss40 "github.com/pandatix/go-cvss/40"
)

// Risk evaluation: a threat's exploitability (a CVSS vector, scored by
// go-cvss) and the severity of the patient harm it could cause (a closed
// scale) are combined by the product's documented method, [risk.evaluation],
// into the FDA postmarket guidance's (2016) controlled / uncontrolled
// determination, and with the threat's decision into acceptable or not.

// Harm is the severity of patient harm, on the qualitative scale the FDA
// postmarket guidance (2016) gives as an example.
type Harm string

var harms = []struct {
	harm  Harm
	label string
	desc  string
}{
	{"negligible", "Negligible", "inconvenience or temporary discomfort"},
	{"minor", "Minor", "temporary injury or impairment not requiring professional medical intervention"},
	{"serious", "Serious", "injury or impairment requiring professional medical intervention"},
	{"critical", "Critical", "permanent impairment or life-threatening injury"},
	{"catastrophic", "Catastrophic", "death"},
}

// Values lists the harm levels, least severe first.
func (Harm) Values() []string {
	out := make([]string, len(harms))
	for i, e := range harms {
		out[i] = string(e.harm)
	}
	return out
}

// Rank is 1 (negligible) to 5 (catastrophic); 0 when not stated.
func (h Harm) Rank() int {
	for i, e := range harms {
		if e.harm == h {
			return i + 1
		}
	}
	return 0
}

// Known reports whether a harm level is stated.
func (h Harm) Known() bool { return h.Rank() > 0 }

// Label is the level's human name.
func (h Harm) Label() string {
	if r := h.Rank(); r > 0 {
		return harms[r-1].label
	}
	return "Not stated"
}

// Description says what the level means.
func (h Harm) Description() string {
	if r := h.Rank(); r > 0 {
		return harms[r-1].desc
	}
	return ""
}

// Harms lists the scale, least severe first.
func Harms() []Harm {
	out := make([]Harm, len(harms))
	for i, e := range harms {
		out[i] = e.harm
	}
	return out
}

// Exploitability is a qualitative exploitability level drawn from a CVSS
// score by the method's thresholds.
type Exploitability string

var exploitabilities = []struct {
	level Exploitability
	label string
}{{"low", "Low"}, {"medium", "Medium"}, {"high", "High"}, {"never", "Never"}}

// Values lists the levels; "never" is only meaningful as a threshold.
func (Exploitability) Values() []string {
	out := make([]string, len(exploitabilities))
	for i, e := range exploitabilities {
		out[i] = string(e.level)
	}
	return out
}

// Rank is 1 (low) to 3 (high), 4 for never; 0 when not stated.
func (x Exploitability) Rank() int {
	for i, e := range exploitabilities {
		if e.level == x {
			return i + 1
		}
	}
	return 0
}

// Label is the level's human name.
func (x Exploitability) Label() string {
	if r := x.Rank(); r > 0 {
		return exploitabilities[r-1].label
	}
	return "Not stated"
}

func init() {
	for _, e := range harms {
		labels[string(e.harm)] = e.label
	}
	for _, e := range exploitabilities {
		if _, ok := labels[string(e.level)]; !ok {
			labels[string(e.level)] = e.label
		}
	}
	// A threat's acceptance not yet decided, as the plan's table says it.
	if _, ok := labels["pending"]; !ok {
		labels["pending"] = "To be concluded"
	}
}

// RiskEvaluation is the product's documented method for combining
// exploitability and severity of harm. Every key has a default, so a
// product that says nothing uses the shipped method.
type RiskEvaluation struct {
	MediumFrom       float64          `toml:"exploitability_medium_from" jsp:"score" doc:"CVSS score from which exploitability is Medium (default 4.0)."`
	HighFrom         float64          `toml:"exploitability_high_from" jsp:"score" doc:"CVSS score from which exploitability is High (default 7.0)."`
	UncontrolledFrom UncontrolledFrom `toml:"uncontrolled_from" doc:"Per severity of harm, the lowest exploitability at which the risk is uncontrolled (FDA postmarket guidance 2016); never: always controlled."`
}

// UncontrolledFrom is the boundary between controlled and uncontrolled
// risk: for each severity of harm, the lowest exploitability that makes
// the risk uncontrolled.
type UncontrolledFrom struct {
	Negligible   Exploitability `toml:"negligible" doc:"Default never."`
	Minor        Exploitability `toml:"minor" doc:"Default never."`
	Serious      Exploitability `toml:"serious" doc:"Default high."`
	Critical     Exploitability `toml:"critical" doc:"Default medium."`
	Catastrophic Exploitability `toml:"catastrophic" doc:"Default medium."`
}

// Evaluator is the evaluation method with defaults applied where the product says
// nothing.
func (r Risk) Evaluator() RiskEvaluation {
	e := r.Evaluation
	if e.MediumFrom == 0 {
		e.MediumFrom = 4.0
	}
	if e.HighFrom == 0 {
		e.HighFrom = 7.0
	}
	u := &e.UncontrolledFrom
	for _, f := range []struct {
		x   *Exploitability
		def Exploitability
	}{{&u.Negligible, "never"}, {&u.Minor, "never"}, {&u.Serious, "high"}, {&u.Critical, "medium"}, {&u.Catastrophic, "medium"}} {
		if *f.x == "" {
			*f.x = f.def
		}
	}
	return e
}

// Exploitability is the level of a CVSS score.
func (e RiskEvaluation) Exploitability(score float64) Exploitability {
	switch {
	case score >= e.HighFrom:
		return "high"
	case score >= e.MediumFrom:
		return "medium"
	}
	return "low"
}

// From is the lowest exploitability at which harm h is uncontrolled.
func (e RiskEvaluation) From(h Harm) Exploitability {
	u := e.UncontrolledFrom
	return map[Harm]Exploitability{"negligible": u.Negligible, "minor": u.Minor, "serious": u.Serious, "critical": u.Critical, "catastrophic": u.Catastrophic}[h]
}

// Controlled reports whether a risk of harm h at exploitability x is
// controlled under the method.
func (e RiskEvaluation) Controlled(h Harm, x Exploitability) bool {
	from := e.From(h)
	return from == "never" || x.Rank() < from.Rank()
}

// MatrixRow is one severity of harm in the method's table.
type MatrixRow struct {
	Harm  Harm
	Cells []bool // controlled at low, medium, high exploitability
}

// Matrix is the method as a table: one row per severity of harm.
func (e RiskEvaluation) Matrix() []MatrixRow {
	var rows []MatrixRow
	for _, h := range Harms() {
		row := MatrixRow{Harm: h}
		for _, x := range []Exploitability{"low", "medium", "high"} {
			row.Cells = append(row.Cells, e.Controlled(h, x))
		}
		rows = append(rows, row)
	}
	return rows
}

// CVSS is a scored CVSS vector.
type CVSS struct {
	Vector  string
	Version string // "3.0", "3.1" or "4.0"
	Score   float64
}

// ScoreCVSS parses a CVSS v3.0, v3.1 or v4.0 vector and computes its
// score (the base score for v3.x; CVSS-B, -BT, -BE or -BTE for v4.0, as
// the metrics given determine) with github.com/pandatix/go-cvss.
func ScoreCVSS(vector string) (CVSS, error) {
	switch {
	case strings.HasPrefix(vector, "CVSS:3.1/"):
		c, err := gocvss31.ParseVector(vector)
		if err != nil {
			return CVSS{}, fmt.Errorf("not a valid CVSS v3.1 vector: %v", err)
		}
		return CVSS{Vector: vector, Version: "3.1", Score: c.BaseScore()}, nil
	case strings.HasPrefix(vector, "CVSS:3.0/"):
		c, err := gocvss30.ParseVector(vector)
		if err != nil {
			return CVSS{}, fmt.Errorf("not a valid CVSS v3.0 vector: %v", err)
		}
		return CVSS{Vector: vector, Version: "3.0", Score: c.BaseScore()}, nil
	case strings.HasPrefix(vector, "CVSS:4.0/"):
		c, err := gocvss40.ParseVector(vector)
		if err != nil {
			return CVSS{}, fmt.Errorf("not a valid CVSS v4.0 vector: %v", err)
		}
		return CVSS{Vector: vector, Version: "4.0", Score: c.Score()}, nil
	}
	return CVSS{}, fmt.Errorf("want a CVSS vector starting CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/; got %q", vector)
}

// sameScore reports whether two scores agree at CVSS's one decimal.
func sameScore(a, b float64) bool { return math.Abs(a-b) < 0.05 }

// Evaluation is one threat's risk as the method evaluates it.
type Evaluation struct {
	Threat            Threat
	PreVersion        string // CVSS version of cvss_pre; "" when the score is stated without a vector
	PostVersion       string
	PreExploitability Exploitability
	Exploitability    Exploitability // after mitigation
	Harm              Harm
	HarmKnown         bool
	ControlledBefore  bool // meaningful only when HarmKnown
	Controlled        bool // after mitigation; meaningful only when HarmKnown
	Acceptable        bool // the residual risk is acceptable under the method and the threat's decision
	Pending           bool // the threat's decision is not yet taken (acceptance "pending"): not Acceptable, nor called not acceptable
}

// Evaluate evaluates threat t under the product's method. Scores come
// from the vectors where given (validation has put them in PreScore and
// PostScore).
func (p *Product) Evaluate(t Threat) Evaluation {
	m := p.Risk.Evaluator()
	ev := Evaluation{Threat: t, Harm: t.Harm, HarmKnown: t.Harm.Known(),
		PreExploitability: m.Exploitability(t.PreScore), Exploitability: m.Exploitability(t.PostScore)}
	if c, err := ScoreCVSS(t.CVSSPre); err == nil {
		ev.PreVersion = c.Version
	}
	if c, err := ScoreCVSS(t.CVSSPost); err == nil {
		ev.PostVersion = c.Version
	}
	if ev.HarmKnown {
		ev.ControlledBefore = m.Controlled(t.Harm, ev.PreExploitability)
		ev.Controlled = m.Controlled(t.Harm, ev.Exploitability)
	}
	switch {
	case t.Acceptance == "pending":
		ev.Pending = true
	case t.Acceptance == "not_acceptable":
		ev.Acceptable = false
	case !ev.HarmKnown || ev.Controlled:
		ev.Acceptable = true
	default: // uncontrolled: acceptable only with a recorded rationale
		ev.Acceptable = t.Acceptance == "acceptable_with_rationale" && strings.TrimSpace(t.Rationale) != ""
	}
	return ev
}

// Evaluations evaluates every threat, in the model's order.
func (p *Product) Evaluations() []Evaluation {
	out := make([]Evaluation, len(p.Threats))
	for i, t := range p.Threats {
		out[i] = p.Evaluate(t)
	}
	return out
}

// resolveScores fills a threat's scores from its CVSS vectors: a vector
// is scored by go-cvss; a stated score beside it must agree at one
// decimal (an error names both), a missing one is replaced by the
// computed score; a threat needs a vector or a score for each of before
// and after mitigation.
func (v *productValidator) resolveScores() {
	for i := range v.p.Threats {
		t := &v.p.Threats[i]
		path := fmt.Sprintf("threats[%d]", i)
		v.resolveScore(path, "cvss_pre", "pre_score", t.CVSSPre, &t.PreScore)
		v.resolveScore(path, "cvss_post", "post_score", t.CVSSPost, &t.PostScore)
	}
}

func (v *productValidator) resolveScore(path, vecKey, scoreKey, vector string, score *float64) {
	stated := v.p.Source.Has(path + "." + scoreKey)
	if vector == "" {
		if !stated {
			v.errorf(path+"."+scoreKey, "missing: give %s (a CVSS v3.1 or v4.0 vector, scored by jspgen) or %s", vecKey, scoreKey)
		}
		return
	}
	c, err := ScoreCVSS(vector)
	if err != nil {
		v.errorf(path+"."+vecKey, "%v", err)
		return
	}
	if stated && !sameScore(c.Score, *score) {
		v.errorf(path+"."+vecKey, "%s scores %.1f (CVSS v%s) but %s states %.1f: correct the vector or the score, or leave %s out and let the vector decide",
			vecKey, c.Score, c.Version, scoreKey, *score, scoreKey)
		return
	}
	*score = c.Score
}

// HarmScale is the severity-of-harm scale, least severe first, for
// templates.
func (Risk) HarmScale() []Harm { return Harms() }
