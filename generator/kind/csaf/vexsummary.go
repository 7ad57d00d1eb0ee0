package csaf

import "fmt"

// vexSummary is the summary note of the csaf_vex document of a version:
// the vulnerabilities the manufacturer has assessed in it, as its CSD
// lists them, not every one known, which it may not have assessed (a
// version past its end of support, say), and of those only the ones
// public by the revision's date, which is all the document names (one it
// knows of but that is not yet disclosed is left out). The wording holds
// whichever is the case on the build's date: a summary that switched
// between "known" and "publicly disclosed" as an embargoed vulnerability
// came and went would change the document without a revision
// (vuln.Set.VEXRevisions counts only the statements' changes). Assessed
// "for" the version, not "in its software components": a statement that
// the component is not present is about one the version does not have.
func vexSummary(maker, product, version string) string {
	return fmt.Sprintf("The status of every vulnerability that %s has assessed for %s version %s and that was publicly disclosed by the date of this revision. Not affected statements carry the CISA VEX justification.", maker, product, version)
}
