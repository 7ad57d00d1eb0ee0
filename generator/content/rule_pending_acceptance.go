package content

import "fmt"

// RulePendingAcceptanceReleased: a threat's acceptance may be "pending"
// while the product is not yet released, but the risk report and the
// eSTAR cross-reference of a released version stand for a risk
// assessment concluded before its release. A document is about a
// released version when a version is generally available on the date
// it speaks as of (its release date, else the build's as-of date asOf:
// CurrentVersion). One warning per threat, at the first such document.
func RulePendingAcceptanceReleased(p *Product, asOf Date) Diagnostics {
	var (
		key string
		c   DocumentControl
		v   *Version
	)
	for _, d := range []struct {
		key string
		c   DocumentControl
	}{{"risk_report", p.Documents.RiskReport.DocumentControl}, {"estar", p.Documents.ESTAR.DocumentControl}} {
		on := d.c.ReleaseDate
		if on.IsZero() {
			on = asOf
		}
		if p.Produces(d.key) {
			if v = p.CurrentVersion(on); v != nil {
				key, c = d.key, d.c
				break
			}
		}
	}
	if v == nil {
		return nil
	}
	var out Diagnostics
	for i, t := range p.Threats {
		if t.Acceptance != "pending" {
			continue
		}
		out = append(out, at(p, Warning, fmt.Sprintf("threats[%d].acceptance", i),
			"%s: the acceptance of its residual risk is pending, but %s (%s) is about version %s, %s: conclude it before the release (acceptable, acceptable_with_rationale or not_acceptable)",
			t.ID, DocumentName(key), c.Cite(), v.Version, v.AvailableSince()))
	}
	return out
}
