package content

import (
	"fmt"
	"strings"
)

// A data store or flow may hold or send its PHI and PII only where an
// optional feature is used (personal_only_with: patient names that
// arrive only if the hospital maps its ADT feed). The tables then give
// those kinds last, followed by the condition, so that no reader takes
// them for data the product always holds.

// DataLabelsOnlyWith is DataLabels of ds, but where only names a feature
// and ds lists PHI or PII, the other kinds come first and the personal
// ones last, the last followed by "(only when <only> is used)":
// "Alarms, PHI, PII (only when the ADT interface is used)".
func (p *Product) DataLabelsOnlyWith(ds DataKinds, only string) []string {
	only = strings.TrimSpace(only)
	if only == "" || !ds.Personal() {
		return p.DataLabels(ds)
	}
	var rest, personal []string
	for _, d := range ds {
		if d.Personal() {
			personal = append(personal, p.DataLabel(d))
		} else {
			rest = append(rest, p.DataLabel(d))
		}
	}
	personal[len(personal)-1] += " " + OnlyWithText(only)
	return append(rest, personal...)
}

// FlowDataLabelsOnlyWith is FlowDataLabels with the condition of
// DataLabelsOnlyWith.
func (p *Product) FlowDataLabelsOnlyWith(ds DataKinds, only string) []string {
	if len(ds) == 0 {
		return []string{NoListedData}
	}
	return p.DataLabelsOnlyWith(ds, only)
}

// SharedOnlyWith is the one optional feature that each of features (the
// personal_only_with of the stores or flows holding or sending PHI or
// PII) names, or "" where one names none or two name different ones: a
// condition holds for them all only when they all state it.
func SharedOnlyWith(features []string) string {
	shared := ""
	for i, f := range features {
		f = strings.TrimSpace(f)
		if f == "" || i > 0 && f != shared {
			return ""
		}
		shared = f
	}
	return shared
}

// OnlyWithText is the condition a personal_only_with puts after the PHI
// and PII it concerns: "(only when the ADT interface is used)".
func OnlyWithText(feature string) string {
	return "(only when " + strings.TrimSpace(feature) + " is used)"
}

// personalOnlyWith reports a data_stores or data_flows personal_only_with
// written blank or beside data that list neither PHI nor PII.
func (v *productValidator) personalOnlyWith() {
	check := func(at, only string, ds DataKinds) {
		if only == "" {
			return
		}
		if strings.TrimSpace(only) == "" {
			v.errorf(at+".personal_only_with", "must not be blank: name the optional feature through which alone the PHI and PII arrive (\"the ADT interface\"), or leave personal_only_with out")
			return
		}
		if !ds.Personal() {
			v.errorf(at+".personal_only_with", "is written, but data lists neither phi nor pii: it says when the PHI and PII listed beside it are there; add them to data or leave personal_only_with out")
		}
	}
	for i, d := range v.p.DataStores {
		check(AtOr(d.At, fmt.Sprintf("data_stores[%d]", i)), d.PersonalOnlyWith, d.Data)
	}
	for i, f := range v.p.DataFlows {
		check(AtOr(f.At, fmt.Sprintf("data_flows[%d]", i)), f.PersonalOnlyWith, f.Data)
	}
}
