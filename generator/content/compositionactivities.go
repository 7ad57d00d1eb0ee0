package content

// CompositionAnalyses are the verification activities of kind
// composition_analysis, in their order. Where no vulnerability is written
// (neither vulnerabilities nor vex), the CSD's 5.5 and the plan's 9.10
// still say that known vulnerabilities are not stated, and point to these
// activities' own results (the CSD's 15.2, the plan's 8.1) rather than
// leave a recorded result unmentioned (REPORT-mobileapp 6).
func (v Verification) CompositionAnalyses() []Activity {
	var as []Activity
	for _, a := range v.Activities {
		if a.Kind == "composition_analysis" {
			as = append(as, a)
		}
	}
	return as
}
