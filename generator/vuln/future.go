package vuln

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
)

// futureDates warns of each date a vulnerability of the product file
// states after the build's as-of date: the VEX and CSAF files state every
// vulnerability as it stands and take their dates from these, so a fix
// planned for later would be published as released, dated in the future
// (a premarket product's "fixed" on its planned release date).
func (l *loader) futureDates(asOf content.Date) {
	if asOf.IsZero() {
		return
	}
	warn := func(path string, d content.Date, what string) {
		if d.After(asOf) {
			l.warnAt(path, "%s on %s, after the build's as-of date %s: the VEX and CSAF files state it as done, dated then; write it once it has happened (or build as of a later date)", what, d, asOf)
		}
	}
	for i, v := range l.p.Vulns {
		path := fmt.Sprintf("vulnerabilities[%d]", i)
		if v.Fix == "released" && v.FixedIn != "" {
			if pv := l.p.Version(v.FixedIn); pv != nil && pv.GeneralAvailability.After(asOf) {
				l.warnAt(path+".fix", "fix = \"released\" for %s, but fixed_in names %s, which is not generally available until %s, after the build's as-of date %s: the documents, the VEX and the CSAF files call the fix released; leave fix out (the fix is then planned in %s) unless the remediation names another update that is out", v.ID, v.FixedIn, pv.GeneralAvailability, asOf, v.FixedIn)
			}
		}
		warn(path+".discovered", v.Discovered, v.ID+" is discovered")
		warn(path+".disclosed", v.Disclosed, v.ID+" is disclosed")
		warn(path+".fixed", v.Fixed, "the fix for "+v.ID+" is released")
		warn(path+".assessed", v.Assessed, v.ID+" is assessed")
		for j, c := range v.Communications {
			warn(fmt.Sprintf("%s.communications[%d].date", path, j), c.Date, v.ID+" is communicated")
		}
	}
}
