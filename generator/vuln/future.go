package vuln

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
)

// futureDates warns of the dates a vulnerability of the product file
// states after the build's as-of date that something built then would
// still print or leave out unsaid. The VEX and CSAF files speak as of
// that date as the documents do (Set.KnownBy): a fix released later
// (fixed) is not in them, a status assessed later is under investigation
// in them, so neither date is warned of. A vulnerability not public on
// that date (known, or disclosed, later) is in none of them: one warning
// says so, and when it will be published.
func (l *loader) futureDates(asOf content.Date) {
	if asOf.IsZero() {
		return
	}
	// The files are dated no later than the build (Set.DateBy, the CSAF
	// revision history): the warning says what of the future date they
	// still print.
	warn := func(path string, d content.Date, what, says string) {
		if d.After(asOf) {
			l.warnAt(path, "%s on %s, after the build's as-of date %s: %s; write it once it has happened (or build as of a later date)", what, d, asOf, says)
		}
	}
	for i, v := range l.p.Vulns {
		path := fmt.Sprintf("vulnerabilities[%d]", i)
		// Not public on the as-of date, it is in no file and in no
		// document released by then (Public, Set.PublicBy, Set.KnownBy):
		// the site publishes it once built as of a later date.
		x := Vulnerability{Discovered: v.Discovered, Disclosed: v.Disclosed, Communications: v.Communications}
		if pub := x.Public(); pub.After(asOf) {
			switch {
			case x.Known().After(asOf):
				at := path
				if !v.Discovered.IsZero() {
					at += ".discovered"
				}
				l.warnAt(at, "%s is known from %s, after the build's as-of date %s: no file, nor any document released by then, names it; build as of %s or later to publish it", v.ID, x.Known(), asOf, pub)
			default:
				l.warnAt(path+".disclosed", "%s is disclosed on %s, after the build's as-of date %s: until then no file, nor any document released by then, names it (published, it would disclose it first); build again on or after %s to publish it", v.ID, v.Disclosed, asOf, v.Disclosed)
			}
			continue
		}
		if v.Fix == "released" && v.FixedIn != "" {
			if pv := l.p.Version(v.FixedIn); pv != nil && pv.GeneralAvailability.After(asOf) {
				l.warnAt(path+".fix", "fix = \"released\" for %s, but fixed_in names %s, which is not generally available until %s, after the build's as-of date %s: the documents, the VEX and the CSAF files call the fix released; leave fix out (the fix is then planned in %s) unless the remediation names another update that is out", v.ID, v.FixedIn, pv.GeneralAvailability, asOf, v.FixedIn)
			}
		}
		// Known earlier by a communication: the files date it by this.
		warn(path+".discovered", v.Discovered, v.ID+" is discovered", "the CSAF file gives this date as its discovery date")
		for j, c := range v.Communications {
			warn(fmt.Sprintf("%s.communications[%d].date", path, j), c.Date, v.ID+" is communicated",
				"no file states a communication, and the documents released by then leave it out")
		}
	}
}
