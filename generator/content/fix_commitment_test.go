package content

import (
	"strings"
	"testing"
)

// commitmentProduct: 2.0 supported throughout; 1.0 in limited support
// from its end of life, 2026-01-01; 1.5 with its regular releases
// stopped on 2025-12-01 by a notice issued 2025-09-01 (security fixes
// going on); 1.2 with its security updates stopped on 2025-12-01, and
// 1.1 with its end of guaranteed support then; 0.9 past its end of
// support; 1.6 with its regular releases stopped on 2025-12-01 by a
// notice that says nothing more, and 1.7 and 1.8 by one whose stop's
// details say what stops (neither past its end of life). Regular 90
// days, critical 30.
func commitmentProduct() *Product {
	p := &Product{Versions: []Version{
		{Version: "0.9", GeneralAvailability: NewDate(2022, 1, 1), EndOfSupport: NewDate(2025, 12, 1)},
		{Version: "1.6", GeneralAvailability: NewDate(2024, 6, 1), EndOfSupport: NewDate(2027, 6, 1)},
		{Version: "1.7", GeneralAvailability: NewDate(2024, 6, 1), EndOfSupport: NewDate(2027, 6, 1)},
		{Version: "1.8", GeneralAvailability: NewDate(2024, 6, 1), EndOfSupport: NewDate(2027, 6, 1)},
		{Version: "1.0", GeneralAvailability: NewDate(2024, 1, 1), EndOfLife: NewDate(2026, 1, 1), EndOfSupport: NewDate(2027, 1, 1)},
		{Version: "1.1", GeneralAvailability: NewDate(2024, 1, 1), EndOfLife: NewDate(2025, 11, 1), EndOfGuaranteedSupport: NewDate(2025, 12, 1), EndOfSupport: NewDate(2027, 1, 1)},
		{Version: "1.2", GeneralAvailability: NewDate(2024, 1, 1), EndOfSupport: NewDate(2027, 1, 1)},
		{Version: "1.5", GeneralAvailability: NewDate(2024, 6, 1), EndOfLife: NewDate(2025, 12, 1), EndOfSupport: NewDate(2027, 6, 1)},
		{Version: "2.0", GeneralAvailability: NewDate(2025, 6, 1)},
	}}
	p.Notices = []Notice{
		{ID: "eol-1.5", Kind: "end_of_life", Issued: NewDate(2025, 9, 1), Versions: []string{"1.5"},
			Stops:       []NoticeStop{{What: "updates", Milestone: "end_of_life"}, {What: "security_updates", Milestone: "end_of_support"}},
			Maintenance: "Security fixes in rebuilt images until the end of support."},
		{ID: "eos-1.2", Kind: "end_of_support", Issued: NewDate(2025, 9, 1), Versions: []string{"1.2"},
			Stops: []NoticeStop{{What: "security_updates", Date: NewDate(2025, 12, 1)}}},
		{ID: "rel-1.6", Kind: "end_of_life", Issued: NewDate(2025, 9, 1), Versions: []string{"1.6"},
			Stops: []NoticeStop{{What: "updates", Date: NewDate(2025, 12, 1)}}},
		{ID: "rel-1.7", Kind: "end_of_life", Issued: NewDate(2025, 9, 1), Versions: []string{"1.7", "1.8"},
			Stops: []NoticeStop{{What: "updates", Date: NewDate(2025, 12, 1), Details: "Feature releases stop; fixes of third-party components go on."}}},
	}
	p.Postmarket.Patching.RegularDays, p.Postmarket.Patching.CriticalDays = 90, 30
	return p
}

// TestFixCommitmentFor: the one rule for whether a fix timeline held for
// a version when the fix fell due. A controlled risk's "regular release
// within regular_days" holds for a version still getting regular
// releases and is lifted once a notice stopped them (the CSD's section 6
// said so while section 5.5 called the same fix late); in Limited
// Support without such a stop, whether it holds is not stated. An
// uncontrolled risk's out-of-cycle fix outlives a bare stop of the
// regular releases; where the stop's notice says what remains, and in
// Limited Support, the CSD's section 6 and the plan's 9.6 hold it only
// as far as a notice states, so whether it holds is not stated (it held
// there, while the documents said otherwise).
func TestFixCommitmentFor(t *testing.T) {
	p := commitmentProduct()
	on := NewDate(2026, 6, 1)
	for _, tc := range []struct {
		name    string
		risk    RiskControl
		version string
		due     Date
		want    FixCommitment
		asked   Date // on, when not the default
	}{
		{"supported, regular releases going on", "controlled", "2.0", NewDate(2026, 3, 1), CommitmentHolds, Date{}},
		{"regular releases stopped before due", "controlled", "1.5", NewDate(2026, 3, 1), CommitmentLifted, Date{}},
		{"regular releases stopped on the due date", "controlled", "1.5", NewDate(2025, 12, 1), CommitmentLifted, Date{}},
		{"due before the regular releases stopped", "controlled", "1.5", NewDate(2025, 11, 30), CommitmentHolds, Date{}},
		{"stop announced after the date asked about: limited support only", "controlled", "1.5", NewDate(2026, 3, 1), CommitmentNotStated, NewDate(2025, 8, 1)},
		{"risk not stated: the regular promise", "", "1.5", NewDate(2026, 3, 1), CommitmentLifted, Date{}},
		{"uncontrolled, regular releases stopped, the notice states what remains", "uncontrolled", "1.5", NewDate(2026, 3, 1), CommitmentNotStated, Date{}},
		{"uncontrolled, regular releases stopped, the stop's details say what stops", "uncontrolled", "1.7", NewDate(2026, 3, 1), CommitmentNotStated, Date{}},
		{"uncontrolled, due before the regular releases stopped", "uncontrolled", "1.7", NewDate(2025, 11, 30), CommitmentHolds, Date{}},
		{"uncontrolled, regular releases stopped by a notice that says no more", "uncontrolled", "1.6", NewDate(2026, 3, 1), CommitmentHolds, Date{}},
		{"controlled, regular releases stopped by a notice that says no more", "controlled", "1.6", NewDate(2026, 3, 1), CommitmentLifted, Date{}},
		{"controlled, regular releases stopped, the stop's details say what stops", "controlled", "1.7", NewDate(2026, 3, 1), CommitmentLifted, Date{}},
		{"limited support, no stop", "controlled", "1.0", NewDate(2026, 3, 1), CommitmentNotStated, Date{}},
		{"limited support still ahead on the due date", "controlled", "1.0", NewDate(2025, 12, 31), CommitmentHolds, Date{}},
		{"uncontrolled, limited support", "uncontrolled", "1.0", NewDate(2026, 3, 1), CommitmentNotStated, Date{}},
		{"uncontrolled, limited support still ahead on the due date", "uncontrolled", "1.0", NewDate(2025, 12, 31), CommitmentHolds, Date{}},
		{"uncontrolled, supported", "uncontrolled", "2.0", NewDate(2026, 3, 1), CommitmentHolds, Date{}},
		{"security updates stopped", "controlled", "1.2", NewDate(2026, 3, 1), CommitmentLifted, Date{}},
		{"uncontrolled, security updates stopped", "uncontrolled", "1.2", NewDate(2026, 3, 1), CommitmentLifted, Date{}},
		{"security updates stopped after due", "controlled", "1.2", NewDate(2025, 11, 1), CommitmentHolds, Date{}},
		{"guaranteed support ended", "controlled", "1.1", NewDate(2026, 3, 1), CommitmentLifted, Date{}},
		{"past its end of support", "uncontrolled", "0.9", NewDate(2026, 3, 1), CommitmentLifted, Date{}},
		{"a version the product does not list", "controlled", "9.9", NewDate(2026, 3, 1), CommitmentHolds, Date{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			asked := on
			if !tc.asked.IsZero() {
				asked = tc.asked
			}
			if got := p.FixCommitmentFor(tc.risk, tc.version, tc.due, asked); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
}

// TestPastLimitCommitment: LateFix calls a fix late only where the
// promise held for one of its versions when the fix fell due; PastLimit
// reports the fix past the limit for a version in limited support, with
// whether the promise held not stated, and nothing for a version the
// promise was lifted from.
func TestPastLimitCommitment(t *testing.T) {
	p := commitmentProduct()
	on := NewDate(2026, 6, 1)
	discovered := NewDate(2026, 1, 15) // due 2026-04-15, open 137 days on
	const limited, neither = "limited", "neither"
	for _, tc := range []struct {
		name     string
		risk     RiskControl
		versions []string
		late     bool
		past     bool
		want     FixCommitment
		why      string // for CommitmentNotStated: limited since 2026-01-01, neither, or the notice that stopped the regular releases
	}{
		{"still getting regular releases", "controlled", []string{"2.0"}, true, true, CommitmentHolds, ""},
		{"regular releases stopped", "controlled", []string{"1.5"}, false, false, 0, ""},
		{"limited support", "controlled", []string{"1.0"}, false, true, CommitmentNotStated, limited},
		{"stopped and supported: held for one", "controlled", []string{"1.5", "2.0"}, true, true, CommitmentHolds, ""},
		{"stopped and limited", "controlled", []string{"1.5", "1.0"}, false, true, CommitmentNotStated, limited},
		{"uncontrolled, supported", "uncontrolled", []string{"2.0"}, true, true, CommitmentHolds, ""},
		{"uncontrolled, limited support", "uncontrolled", []string{"1.0"}, false, true, CommitmentNotStated, limited},
		{"uncontrolled, stopped, the notice states what remains", "uncontrolled", []string{"1.5"}, false, true, CommitmentNotStated, "eol-1.5"},
		{"uncontrolled, two versions stopped by one notice", "uncontrolled", []string{"1.7", "1.8"}, false, true, CommitmentNotStated, "rel-1.7"},
		{"uncontrolled, stopped by a notice that says no more", "uncontrolled", []string{"1.6"}, true, true, CommitmentHolds, ""},
		{"uncontrolled, stopped and limited: why differs", "uncontrolled", []string{"1.5", "1.0"}, false, true, CommitmentNotStated, neither},
		{"uncontrolled, stopped and supported: held for one", "uncontrolled", []string{"1.7", "2.0"}, true, true, CommitmentHolds, ""},
		{"uncontrolled, security updates stopped", "uncontrolled", []string{"1.2"}, false, false, 0, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, late := p.LateFix(tc.risk, tc.versions, discovered, Date{}, on); late != tc.late {
				t.Errorf("LateFix: late %v, want %v", late, tc.late)
			}
			d, past := p.PastLimit(tc.risk, tc.versions, discovered, Date{}, on)
			if past != tc.past || (past && d.Commitment != tc.want) {
				t.Errorf("PastLimit: %+v, %v; want commitment %d, %v", d, past, tc.want, tc.past)
			}
			switch tc.why {
			case limited:
				if !d.Limited || d.LimitedSince.String() != "2026-01-01" || d.Stop.Notice != nil {
					t.Errorf("why %+v, want limited since 2026-01-01", d.NotStatedWhy)
				}
			case neither:
				if d.Limited || d.Stop.Notice != nil {
					t.Errorf("why %+v, want neither", d.NotStatedWhy)
				}
			case "":
			default:
				if d.Limited || d.Stop.Notice == nil || d.Stop.Notice.ID != tc.why || d.Stop.At.String() != "2025-12-01" {
					t.Errorf("why %+v, want notice %s's stop on 2025-12-01", d.NotStatedWhy, tc.why)
				}
			}
		})
	}
}

// TestFixRulesFollowCommitment: check warns of an open fix, or one
// released late, only where the promise held for its versions: not for a
// version whose regular releases had stopped, nor one in limited support.
// An uncontrolled risk's fix in a version whose regular releases a notice
// stopped, saying what remains, or in limited support, is held only as
// far as a notice states: check warned of it while the documents said so.
func TestFixRulesFollowCommitment(t *testing.T) {
	on := NewDate(2026, 6, 1)
	for _, tc := range []struct {
		risk    RiskControl
		version string
		warn    bool
	}{
		{"controlled", "2.0", true}, {"controlled", "1.5", false}, {"controlled", "1.0", false},
		{"uncontrolled", "2.0", true}, {"uncontrolled", "1.5", false}, {"uncontrolled", "1.7", false}, {"uncontrolled", "1.0", false},
		{"uncontrolled", "1.6", true},
	} {
		t.Run(string(tc.risk)+" "+tc.version, func(t *testing.T) {
			p := commitmentProduct()
			p.Vulns = []Vulnerability{{ID: "CVE-2026-1", Versions: []string{tc.version}, Status: "affected", Risk: tc.risk, Discovered: NewDate(2026, 1, 15)}}
			if got := RuleFixOverdue(p, on); (len(got) > 0) != tc.warn {
				t.Errorf("RuleFixOverdue: %v, want a warning %v", got, tc.warn)
			}
			p.Vulns[0].Fixed = NewDate(2026, 5, 20)
			got := ruleFixReleasedLate(p)
			limit := "beyond the 90 days"
			if tc.risk.Uncontrolled() {
				limit = "beyond the 30 days"
			}
			if (len(got) > 0) != tc.warn || (tc.warn && !strings.Contains(got[0].Message, limit)) {
				t.Errorf("ruleFixReleasedLate: %v, want a warning %v", got, tc.warn)
			}
		})
	}
}
