package plan

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanRegularStopHoldsAsTheNoticeStates: a notice that stopped a
// version's regular releases ("updates"), its security updates going on,
// may keep part of what the regular cycle describes: monitoring's 3.4
// notice stops "new features and fixes of Sentinel's own software" and
// keeps Microsoft's monthly updates, the very cycle the plan's table
// gives, yet 9.6 said the cycle was not for 3.4. Where the stop's details
// or the notice's maintenance say more than the date, the cycle, the
// fixes in a regular release and the out-of-cycle fix now hold for the
// version only as far as the notice states (as the CSD's section 6 says
// of both risks); a bare stop, with nothing said to go on, still takes
// them from it. Where the notices are not built, no notice is named: what
// they hold by is the details and maintenance the plan gives.
func TestPlanRegularStopHoldsAsTheNoticeStates(t *testing.T) {
	const (
		stop     = " Regular releases for version `4.2.1` stopped on 2 February 2026, as notice DOC-rel-4.2.1 states: the regular cycle"
		void     = " and the fixes in a regular release below are not for version `4.2.1`."
		asStated = ", the fixes in a regular release and the out-of-cycle fix below hold for version `4.2.1` only as far as the notice states."
		details  = "New features; security fixes and Microsoft's monthly updates continue."
		maint    = "Meridian validates and publishes each month's platform updates for 4.2.1."
	)
	updates := content.NoticeStop{What: "updates", Date: content.NewDate(2026, 2, 2)}
	withDetails := updates
	withDetails.Details = details
	for _, tc := range []struct {
		name        string
		notice      content.Notice
		says, never []string
	}{
		{"details", eolNotice("rel-4.2.1", "4.2.1", "", withDetails),
			[]string{stop + asStated + " The notice's details of the stop: " + details}, []string{void, "What remains for version `4.2.1`"}},
		{"maintenance", eolNotice("rel-4.2.1", "4.2.1", maint, updates),
			[]string{stop + asStated + " What remains for version `4.2.1`: " + maint}, []string{void, "details of the stop"}},
		{"both", eolNotice("rel-4.2.1", "4.2.1", maint, withDetails),
			[]string{stop + asStated + " The notice's details of the stop: " + details + " What remains for version `4.2.1`: " + maint}, []string{void}},
		{"neither", eolNotice("rel-4.2.1", "4.2.1", "", updates),
			[]string{stop + void}, []string{asStated, "details of the stop", "What remains for version `4.2.1`"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			md := renderPlan(t, kindtest.Example, withNotice(tc.notice))
			kindtest.SaysAll(t, "plan", md, tc.says...)
			kindtest.SaysNone(t, "plan", md, tc.never...)
		})
	}

	// Notices not built: what the cycle holds by is what the plan gives.
	for _, tc := range []struct {
		name   string
		notice content.Notice
		says   string
	}{
		{"details", eolNotice("rel-4.2.1", "4.2.1", "", withDetails), ", the fixes in a regular release and the out-of-cycle fix below hold for version `4.2.1` only as far as the stop's details say. The stop's details: " + details},
		{"maintenance", eolNotice("rel-4.2.1", "4.2.1", maint, updates), ", the fixes in a regular release and the out-of-cycle fix below hold for version `4.2.1` only as far as what remains for it says. What remains for version `4.2.1`: " + maint},
		{"both", eolNotice("rel-4.2.1", "4.2.1", maint, withDetails), ", the fixes in a regular release and the out-of-cycle fix below hold for version `4.2.1` only as far as the stop's details and what remains for it say. The stop's details: " + details + " What remains for version `4.2.1`: " + maint},
		{"neither", eolNotice("rel-4.2.1", "4.2.1", "", updates), " and the fixes in a regular release below are not for version `4.2.1`."},
	} {
		t.Run("not built, "+tc.name, func(t *testing.T) {
			c := kindtest.LoadExample(t)
			p, _ := kindtest.Product(t, c, kindtest.Example)
			withNotice(tc.notice)(p.Product)
			env := kindtest.Env(c, content.NewDate(2026, 2, 16))
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			built := kindtest.Built(p)
			built.Notices = false
			md := kindtest.RenderBuilt(t, env, p, prep.Documents[0], built)
			kindtest.SaysAll(t, "plan", md, " Regular releases for version `4.2.1` stopped on 2 February 2026: the regular cycle"+tc.says)
			kindtest.SaysNone(t, "plan", md, "DOC-rel-4.2.1", "as far as the notice states")
		})
	}
}

// TestStoppedUpdatesQualified: a stop is qualified by its details or by
// its notice's maintenance, not by its date alone.
func TestStoppedUpdatesQualified(t *testing.T) {
	for _, tc := range []struct {
		s    StoppedUpdates
		want bool
	}{
		{StoppedUpdates{Version: "1.0", By: "N-1"}, false},
		{StoppedUpdates{Details: "No new features."}, true},
		{StoppedUpdates{Maintenance: "Critical fixes only."}, true},
		{StoppedUpdates{Details: "d", Maintenance: "m"}, true},
	} {
		if got := tc.s.Qualified(); got != tc.want {
			t.Errorf("%+v.Qualified() = %v, want %v", tc.s, got, tc.want)
		}
	}
}

// TestPlanRegularEndingDetailsNotBuilt: a stop still ahead whose notice
// states no maintenance but gives the stop's details holds the cycle for
// the version from then only as far as those details say; with the
// notices not built, no notice is named.
func TestPlanRegularEndingDetailsNotBuilt(t *testing.T) {
	stop := content.NoticeStop{What: "updates", Milestone: "end_of_life", Details: "No new features."}
	c := kindtest.LoadExample(t)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	withNotice(eolNotice("eol-4.2.1", "4.2.1", "", stop, content.NoticeStop{What: "security_updates", Milestone: "end_of_support"}))(p.Product)
	env := kindtest.Env(c, content.NewDate(2026, 2, 16))
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	built := kindtest.Built(p)
	built.Notices = false
	md := kindtest.RenderBuilt(t, env, p, prep.Documents[0], built)
	kindtest.SaysAll(t, "plan", md, " From then until 31 December 2028, when its security updates end, the regular cycle, the fixes in a regular release and the out-of-cycle fix below hold for version `4.2.1` only as far as the stop's details say. The stop's details: No new features.")
	kindtest.SaysNone(t, "plan", md, "DOC-eol-4.2.1", "are not for version `4.2.1`", "as far as the notice states")
}
