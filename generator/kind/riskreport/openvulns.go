package riskreport

import (
	"strings"

	"github.com/jspgen/jspgen/generator/vuln"
)

// FixText is the Fix cell of an open vulnerability in the residual-risk
// section (Data.OpenVulns): what its record says of the way out for the
// version the report is about, as the security plan's 9.10 says it, or
// that the record does not say. A vulnerability still under
// investigation is not yet known to need a fix. A record that names no
// version with the fix and does not state one released, but has a
// remediation ("Maintenance release 3.0.1, due by 2 November 2026"),
// has no fix out (the CSAF file's none_available): the cell gives that
// text, as the plan, the CSD and the VEX files do, not "Not stated".
func (Data) FixText(v *vuln.Vulnerability) string {
	if v.Status != "affected" {
		return "Not determined yet"
	}
	fix := v.InstallVersion()
	switch {
	case v.Fix.NonePlanned() && v.FixedIn != "":
		return "None planned for this version; version " + v.FixedIn + " has the fix"
	case v.Fix.NonePlanned():
		return "None planned"
	case !v.FixWithdrawn.IsZero() && fix == "":
		return "Version " + v.FixedIn + ", withdrawn on " + v.FixWithdrawn.String() + "; no replacement stated"
	case fix != "" && v.FixPlanned && v.FixDue.IsZero():
		return "Version " + fix + ", not yet released; its release date is not stated"
	case fix != "" && v.FixPlanned:
		return "Version " + fix + ", planned for release on " + v.FixDue.String()
	case fix != "" && !v.FixEnded.IsZero():
		return "Version " + fix + ", past its end of support (" + v.FixEnded.String() + ")"
	case fix != "":
		return "Released in version " + fix
	case v.FixReleased():
		return "Stated released; no version with it is named"
	case strings.TrimSpace(v.Remediation) == vuln.NoRemediationYet(v.Version):
		return "Not yet released; no remediation stated"
	case strings.TrimSpace(v.Remediation) != "":
		return "Not yet released: " + strings.TrimSpace(v.Remediation)
	}
	return "Not stated"
}
