package content

import (
	"fmt"
	"slices"
	"strings"
)

// ruleLabelingReliesOnOptionalControl: a threat's residual risk that
// relies on a customer control (threats[].labeling) relies on one the
// documents tell the customer to apply, not one they may skip. Threats
// hold for every version, while a version may change a control's
// priority, so each version's own control is read, and the message names
// the versions where it is only recommended. An unknown ID is reported
// by risk() and left alone here.
func ruleLabelingReliesOnOptionalControl(p *Product) Diagnostics {
	var out Diagnostics
	for i, t := range p.Threats {
		seen := map[string]bool{}
		for j, id := range t.Labeling {
			if seen[id] {
				continue
			}
			seen[id] = true
			if d, ok := optionalControlAt(p, fmt.Sprintf("threats[%d].labeling[%d]", i, j), t.ID, id); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

// controlPriority is one version's (or, without versions, the product's)
// reading of a recommended control.
type controlPriority struct {
	version string // "" without versions
	entry   RecommendedControl
}

// prioritiesOf lists the recommended control id as each version holds it,
// in version order; versions that do not have it are left out.
func prioritiesOf(p *Product, id string) []controlPriority {
	find := func(q *Product) (RecommendedControl, bool) {
		k := slices.IndexFunc(q.RecommendedControls, func(rc RecommendedControl) bool { return rc.ID == id })
		if k < 0 {
			return RecommendedControl{}, false
		}
		return q.RecommendedControls[k], true
	}
	var out []controlPriority
	if len(p.Versions) == 0 {
		if rc, ok := find(p); ok {
			out = append(out, controlPriority{"", rc})
		}
		return out
	}
	for _, ver := range p.Versions {
		if rc, ok := find(p.At(ver.Version)); ok {
			out = append(out, controlPriority{ver.Version, rc})
		}
	}
	return out
}

// optionalControlAt is the warning for the labeling entry at path of
// threat tid naming control id, when some version holds that control as
// only recommended.
func optionalControlAt(p *Product, path, tid, id string) (Diagnostic, bool) {
	all := prioritiesOf(p, id)
	var optional, required, where []string
	for _, cp := range all {
		if cp.entry.Priority != "recommended" {
			if cp.entry.Priority == "required" {
				required = append(required, cp.version)
			}
			continue
		}
		optional = append(optional, cp.version)
		key := cp.entry.At // set by resolveVersions
		if key == "" {
			key = "recommended_controls"
		}
		if p.Source.Has(key + ".priority") {
			key += ".priority"
		}
		if w := fmt.Sprintf("%s, line %d", key, p.Source.Line(key)); !slices.Contains(where, w) {
			where = append(where, w)
		}
	}
	if len(optional) == 0 {
		return unstatedControlAt(p, path, tid, id, all)
	}
	title := ""
	if tt := strings.TrimSpace(all[0].entry.Title); tt != "" {
		title = fmt.Sprintf(" (%s)", tt)
	}
	// Name the versions only when they differ: a control required in a
	// later version is still optional for the earlier ones.
	versions, requiredIn := "", ""
	if len(required) > 0 {
		versions = fmt.Sprintf(" in %s %s", Plural(len(optional), "version", "versions"), AndList(optional))
		requiredIn = fmt.Sprintf("; required in %s %s", Plural(len(required), "version", "versions"), AndList(required))
	}
	return at(p, Warning, path,
		"%s: the residual risk relies on the customer control %s%s, which is only recommended%s (priority = \"recommended\", %s%s), so the customer may skip it and the risk acceptance rests on a control that may be absent: make the control required, or justify or re-score the residual risk without it",
		tid, id, title, versions, strings.Join(where, "; "), requiredIn), true
}

// unstatedControlAt is the warning for a labeling entry naming a control
// whose priority is not written in some version: whether the customer
// may skip it is not stated, neither required nor only recommended.
func unstatedControlAt(p *Product, path, tid, id string, all []controlPriority) (Diagnostic, bool) {
	var where []string
	for _, cp := range all {
		if cp.entry.Priority != "" {
			continue
		}
		key := AtOr(cp.entry.At, "recommended_controls")
		if w := fmt.Sprintf("%s, line %d", key, p.Source.Line(key)); !slices.Contains(where, w) {
			where = append(where, w)
		}
	}
	if len(where) == 0 {
		return Diagnostic{}, false
	}
	return at(p, Warning, path,
		"%s: the residual risk relies on the customer control %s, whose priority is not stated (%s), so the CSD does not tell the customer the control is required: write priority = \"required\", or justify or re-score the residual risk without it",
		tid, id, strings.Join(where, "; ")), true
}
