package csaf

import "fmt"

// vexSummary is the summary note of the csaf_vex document of a version:
// the vulnerabilities the manufacturer has assessed in it, as its CSD
// lists them, not every one known, which it may not have assessed (a
// version past its end of support, say). withheld: some vulnerability of
// the version known by then is not yet public, and the document names
// only those disclosed.
func vexSummary(maker, product, version string, withheld bool) string {
	known := "known"
	if withheld {
		known = "publicly disclosed"
	}
	return fmt.Sprintf("The status of every %s vulnerability that %s has assessed in the software components of %s version %s. Not affected statements carry the CISA VEX justification.", known, maker, product, version)
}
