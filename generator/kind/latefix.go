package kind

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
	"github.com/jspgen/jspgen/generator/vuln"
)

// LateFix is a vulnerability whose fix took, or is taking, longer than
// the documents promise for its risk (content.Product.LateFix), with
// the reason the data give (fix_delay_reason): the plan and the CSD
// print it beside the promise it breaks. check stays silent about such
// a fix because of that reason, so the reader must see it. Without a
// reason (Reason ""), check warns, and the documents still say by how
// much the promise was broken and, once the fix is out, that the
// reason is not stated (a fix still owed has its plan, which may say
// why, in its remediation).
type LateFix struct {
	ID, Reason string
	// Versions are the versions whose fix it is (those with the same
	// reason and the same dates, in the rows' order).
	Versions []string
	// In is the version the fix came out in, when not one of Versions;
	// "" while the fix is open.
	In string
	// FirstIn is the version the fix first came out in, when that version
	// was withdrawn by the date the document speaks as of
	// (vuln.Vulnerability.FixWithdrawn): FirstOut is its release (zero
	// when not stated) and Withdrawn its withdrawal. The fix then counts
	// to the version that replaced it (In, Out), the first with the fix
	// a customer may install, or is open while none is out. "" otherwise.
	FirstIn             string
	FirstOut, Withdrawn content.Date
	Discovered          content.Date
	Uncontrolled        bool // its risk is uncontrolled
	content.FixDelay
}

// VersionsMD names the versions as a Markdown phrase: "version `2.2`",
// "versions `2.2` and `2.3`".
func (f LateFix) VersionsMD() string {
	coded := make([]string, len(f.Versions))
	for i, v := range f.Versions {
		coded[i] = render.CodeSpan(v)
	}
	if len(coded) == 1 {
		return "version " + coded[0]
	}
	return "versions " + content.AndList(coded)
}

// DaysBeyond is by how many days the fix broke the promise.
func (f LateFix) DaysBeyond() int { return f.Days - f.Limit }

// ReasonStated reports whether the data say why the fix is late.
func (f LateFix) ReasonStated() bool { return f.Reason != "" }

// CommitmentNotStated reports a fix past the promise's days for
// versions for which whether the promise still held when it fell due is
// not stated (content.FixCommitmentFor): in Limited Support then, or,
// for an uncontrolled risk, held only as far as the notice that stopped
// their regular releases states (HeldAsNoticeStates). The documents say
// that, not that the promise is broken.
func (f LateFix) CommitmentNotStated() bool { return f.Commitment == content.CommitmentNotStated }

// HeldAsNoticeStates reports a fix whose promise's hold is not stated
// because the notice that stopped its versions' regular releases says
// what remains (content.NotStatedWhy.Stop): the CSD's section 6 and the
// plan's 9.6 hold the out-of-cycle fix for them only as far as that
// notice states.
func (f LateFix) HeldAsNoticeStates() bool { return f.CommitmentNotStated() && f.Stop.Notice != nil }

// LateFixes returns the late fixes among rows (vulnerabilities as known
// on date on, from set): affected versions, with a fix out late or
// still owed past the promise, whose fix is planned (no fix planned
// owes none) and, once out, dated. The promise must have held for the
// version when the fix fell due (content.Product.LateFix); a fix past it
// in a version for which whether it held is not stated is one too
// (CommitmentNotStated), so that the documents say so. A version the
// promise was lifted from (a controlled risk's, its regular releases
// stopped, say) has none.
// Each has the reason its data give,
// or none (ReasonStated): a caller that prints only reasons keeps those
// with one. Rows of one vulnerability with the same reason and dates
// are one, in the rows' order.
func LateFixes(p *content.Product, set *vuln.Set, rows []*vuln.Vulnerability, on content.Date) []LateFix {
	var out []LateFix
	for _, v := range rows {
		reason := strings.TrimSpace(v.FixDelayReason)
		if v.Status != "affected" || v.Fix.NonePlanned() {
			continue
		}
		fixed := set.FixOut(v)
		var firstIn string
		var firstOut content.Date
		if !v.FixWithdrawn.IsZero() && v.FixedIn != "" && v.FixedIn != v.Version {
			// The first fix was withdrawn: a customer could install
			// the fix only from its replacement's release, none while
			// no replacement is stated or out.
			firstIn, firstOut, fixed = v.FixedIn, fixed, content.Date{}
			if ver := set.Version(v.FixInstead); v.FixInstead != "" && ver != nil {
				fixed = ver.Available
			}
		}
		if fixed.IsZero() && v.FixReleased() && firstIn == "" {
			continue // released on a date not stated: how long it took is not known
		}
		delay, past := p.PastLimit(v.Risk, []string{v.Version}, v.Discovered, fixed, on)
		if !past {
			continue
		}
		f := LateFix{ID: v.ID, Reason: reason, Versions: []string{v.Version}, Discovered: v.Discovered, Uncontrolled: v.Risk.Uncontrolled(), FixDelay: delay}
		if firstIn != "" {
			f.FirstIn, f.FirstOut, f.Withdrawn = firstIn, firstOut, v.FixWithdrawn
		}
		if !delay.Open {
			f.In = v.InstallVersion()
			if !v.Fixed.IsZero() && v.FixedIn != "" && firstIn == "" {
				f.In = v.FixedIn
			}
			if f.In == v.Version {
				f.In = ""
			}
		}
		i := slices.IndexFunc(out, func(g LateFix) bool {
			// the same discovery and days give the same release
			return g.ID == f.ID && g.Reason == f.Reason && g.In == f.In && g.Discovered.String() == f.Discovered.String() &&
				g.FirstIn == f.FirstIn && g.FirstOut.String() == f.FirstOut.String() && g.Withdrawn.String() == f.Withdrawn.String() &&
				g.Uncontrolled == f.Uncontrolled && g.Open == f.Open && g.Days == f.Days && g.Limit == f.Limit &&
				g.Commitment == f.Commitment && g.Limited == f.Limited && g.LimitedSince.String() == f.LimitedSince.String() &&
				g.Stop.Notice == f.Stop.Notice && g.Stop.At.String() == f.Stop.At.String()
		})
		if i < 0 {
			out = append(out, f)
			continue
		}
		out[i].Versions = append(out[i].Versions, v.Version)
	}
	return out
}
