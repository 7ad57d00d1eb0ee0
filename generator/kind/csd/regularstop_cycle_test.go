package csd

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDRegularStopCycleAsTheNoticeStates: monitoring's 3.4 CSD said,
// in its key fact and in section 6, that the regular update cycle
// (Microsoft's monthly updates validated within 30 days) was the cycle of
// the versions still receiving regular releases, not 3.4's, while the
// notice that stopped 3.4's regular releases keeps those very updates.
// Where the stop's details or the notice's maintenance say more than the
// date, the cycle now holds for the version only as far as the notice
// states; the release cadence stays the other versions'. A bare stop
// (nothing said to go on) keeps the old wording, and without the notices
// built no notice is named.
func TestCSDRegularStopCycleAsTheNoticeStates(t *testing.T) {
	const (
		maint   = "Meridian validates and publishes each month's platform updates for 4.2.1."
		details = "New features; platform updates continue."
		cycle   = "Maintenance release (4.2.x) whenever a vulnerability fix for 4.2.1 is due"
	)
	updates := content.NoticeStop{What: "updates", Date: content.NewDate(2026, 2, 2)}
	withDetails := updates
	withDetails.Details = details
	notice := func(maintenance string, stop content.NoticeStop) func(p *content.Product) {
		return func(p *content.Product) {
			p.Notices = append(slices.Clone(p.Notices), content.Notice{ID: "rel-4.2.1", Kind: "end_of_life", Issued: content.NewDate(2026, 1, 5),
				Versions: []string{"4.2.1"}, Maintenance: maintenance, Stops: []content.NoticeStop{stop}, Document: content.DocumentControl{ID: "DOC-rel-4.2.1"}})
		}
	}
	qualified := []string{
		"Regular update cycle, for version `4.2.1` only as far as the notice states: ",
		": the regular releases below are those of the versions still receiving them, and the regular update cycle below holds for version `4.2.1` only as far as the notice states.",
		"| Regular releases | None for version `4.2.1` since 2026-02-02. For the versions still receiving them: As needed, no fixed calendar. Regular update cycle, for version `4.2.1` only as far as the notice above states: ",
	}
	// The cycle given only as the other versions', right after their cadence.
	othersOnly := []string{
		"For versions still receiving regular releases: As needed, no fixed calendar. " + cycle,
		"For the versions still receiving them: As needed, no fixed calendar. " + cycle,
	}
	for _, tc := range []struct {
		name        string
		edit        func(p *content.Product)
		says, never []string
	}{
		{"maintenance", notice(maint, updates), qualified, othersOnly},
		{"details", notice("", withDetails), qualified, othersOnly},
		{"neither", notice("", updates), othersOnly, []string{"only as far as"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			tc.edit(p)
			md := renderExample(t, c, p)
			kindtest.SaysAll(t, "csd", md, tc.says...)
			kindtest.SaysNone(t, "csd", md, tc.never...)
		})
	}

	t.Run("not built", func(t *testing.T) {
		c, p := csdLoadExample(t)
		notice(maint, updates)(p)
		env, kp := csdContext(c, p)
		prep, _ := kindtest.Prepare(t, Kind, env, kp)
		built := kindtest.Built(kp)
		built.Notices = false
		md := kindtest.RenderBuilt(t, env, kp, prep.Documents[0], built)
		kindtest.SaysAll(t, "csd", md,
			"Regular update cycle, for version `4.2.1` only as far as said here: ",
			"and the regular update cycle below holds for version `4.2.1` only as far as said here.",
			"Regular update cycle, for version `4.2.1` only as far as said above: ")
		kindtest.SaysNone(t, "csd", md, "DOC-rel-4.2.1", "as far as the notice")
	})
}
