package plan

import (
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/vuln"
)

// LateFixes are the fixes past the promise for their risk on the plan's
// date (kind.LateFixes), with the reason their data give or none, for
// the vulnerability assessment section, beside the table that shows
// them late. An uncontrolled risk's fix with a reason is left out: its
// own paragraph there gives it.
func (d *PlanData) LateFixes() []kind.LateFix {
	if d.product.Product == nil {
		return nil
	}
	var out []kind.LateFix
	for _, f := range kind.LateFixes(d.product.Product, d.vulns, d.Vulnerabilities, d.on) {
		if !f.Uncontrolled || !f.ReasonStated() {
			out = append(out, f)
		}
	}
	return out
}

// UncontrolledDelay is how late the fix of v, a row of the uncontrolled
// section, is on the plan's date, or nil when it is not late (or its
// data give no reason): that section printed "Why the fix took longer
// than the commitment" beside any fix_delay_reason, also for a fix on
// time, and in the past tense for one still owed. A fix past the
// promise's days for a version for which whether the promise held is not
// stated (kind.LateFix.CommitmentNotStated) is returned too, so that
// the section says that beside the reason, not that the promise was
// broken (the example's CVE-2024-1086 in 3.8.2, in limited support).
func (d *PlanData) UncontrolledDelay(v *vuln.Vulnerability) *kind.LateFix {
	if d.product.Product == nil || v == nil {
		return nil
	}
	if f := kind.LateFixes(d.product.Product, d.vulns, []*vuln.Vulnerability{v}, d.on); len(f) > 0 {
		if !f[0].ReasonStated() {
			return nil // LateFixes has it, and says its reason is not stated
		}
		return &f[0]
	}
	// No fix planned for v's version, but a later version fixes it:
	// the promise is measured to that version's release (the example's
	// CVE-2024-1086 in 3.8.2 and 4.1.0, fixed in 4.2.1 347 days on).
	if !v.Fix.NonePlanned() || v.FixedIn == "" || d.vulns == nil {
		return nil
	}
	ver := d.vulns.Version(v.FixedIn)
	if ver == nil || ver.Available.IsZero() || ver.Available.After(d.on) {
		return nil
	}
	delay, past := d.product.PastLimit(v.Risk, []string{v.Version}, v.Discovered, ver.Available, d.on)
	if !past {
		return nil
	}
	return &kind.LateFix{ID: v.ID, Reason: v.FixDelayReason, Versions: []string{v.Version}, In: v.FixedIn,
		Discovered: v.Discovered, Uncontrolled: v.Risk.Uncontrolled(), FixDelay: delay}
}
