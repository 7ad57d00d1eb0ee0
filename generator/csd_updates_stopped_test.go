package generator

import (
	"strconv"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDRegularReleasesStopped: the notice eos-2.4 stops the regular
// releases ("updates", README notices.stops.what) of DentaSense 2.4 at its
// end of life, 2025-10-14, before the CSD's 2026-03-02; the 2.4 CSD still
// promised releases every six months, fixes "in a regular release within
// 180 days" and no-longer-maintained components replaced "in the next
// release". It now says the regular releases stopped, naming the notice,
// gives the notice's maintenance, keeps the critical-fix line (security
// updates did not stop) and gives the cadence only as the other versions';
// the regular update cycle and the fix of an uncontrolled risk, which the
// notice's maintenance may keep in part, hold for the version only as far
// as the notice states.
// The same in marketsplit 2.4 and pocketus 3.2; the current versions'
// CSDs keep their cadence.
func TestCSDRegularReleasesStopped(t *testing.T) {
	promised := func(cadence, cycle string, days int) []string {
		return []string{
			"| Software updates | " + cadence + " | ",
			"| Regular releases | " + cadence + ". " + cycle + " |",
			"| Vulnerability whose risk is controlled | Fixed in a regular release within " + strconv.Itoa(days) + " days |",
		}
	}
	dentaMaint := "What remains, as the notice states: Until 14 October 2026 Orvella gives technical support for 2.4 and fixes DentaSense Imaging defects that affect safety."
	dentaCycle := "DentaSense Imaging maintenance releases twice a year; security fixes as they are due."
	for _, c := range []struct {
		fixture, rel, current string
		want, never           []string
	}{
		{"dentalxray", "dentasense/2.4/csd.md", "dentasense/csd.md", []string{
			"| Software updates | Regular releases for version `2.4` stopped on 2025-10-14 (notice ODI-DS-EOS-24) | Fixes for uncontrolled risks released within 60 days, for version `2.4` only as far as the notice states. The responsibility table below gives the patching of the DentaSense sensor, DentaSense Imaging (chairside) and the DentaSense image database. " + dentaMaint + " For versions still receiving regular releases: Every six months. Regular update cycle, for version `2.4` only as far as the notice states: " + dentaCycle,
			"| Version and end of support | 2.4 | Supported until 2026-10-14; in limited support since its end of life on 2025-10-14. Regular releases stopped on 2025-10-14 (notice ODI-DS-EOS-24). ",
			"**General contingency.** When a component's support ends before the product's, Orvella replaces it in the next release. Regular releases of version `2.4` stopped on 14 October 2025 (notice ODI-DS-EOS-24): no regular release of version `2.4` replaces these components.",
			"**Update timelines.** Regular releases of version `2.4` stopped on 14 October 2025, as notice ODI-DS-EOS-24 states: the regular releases below are those of the versions still receiving them, and the regular update cycle below holds for version `2.4` only as far as the notice states. " + dentaMaint,
			"| Regular releases | None for version `2.4` since 2025-10-14. For the versions still receiving them: Every six months. Regular update cycle, for version `2.4` only as far as the notice above states: " + dentaCycle + " |",
			"| Vulnerability whose risk is controlled | For the versions still receiving regular releases, fixed in a regular release within 180 days; version `2.4` receives no regular release since 2025-10-14; its security fixes come as notice ODI-DS-EOS-24 states |",
			"| Vulnerability whose risk is not controlled | Interim mitigations communicated to customers within 14 days; fix released within 60 days, for version `2.4` only as far as the notice above states |",
		}, promised("Every six months", dentaCycle, 180)},
		{"marketsplit", "dentasense/2.4/csd.md", "dentasense/csd.md", []string{
			"| Software updates | Regular releases for version `2.4` stopped on 2025-10-14 (notice ODI-DS-EOS-24) | Fixes for uncontrolled risks released within 60 days, for version `2.4` only as far as the notice states. The responsibility table below gives the patching of the DentaSense sensor, DentaSense Imaging (chairside) and the DentaSense image database. " + dentaMaint,
			"| Regular releases | None for version `2.4` since 2025-10-14. For the versions still receiving them: Every six months. ",
		}, promised("Every six months", dentaCycle, 180)},
		{"pocketus", "sonvirapocket/3.2/csd.md", "sonvirapocket/csd.md", []string{
			"| Software updates | Regular releases for version `3.2` stopped on 2025-06-02 (notice SVM-SP-EOS-32) | Fixes for uncontrolled risks released within 30 days, for version `3.2` only as far as the notice states. The responsibility table below gives the patching of the Sonvira Pocket probe and the Sonvira Pocket app. What remains, as the notice states: Until 1 June 2026 Sonvira gives technical support for 3.2 and fixes defects that affect safety. For versions still receiving regular releases: Quarterly. ",
			"| Vulnerability whose risk is controlled | For the versions still receiving regular releases, fixed in a regular release within 90 days; version `3.2` receives no regular release since 2025-06-02; its security fixes come as notice SVM-SP-EOS-32 states |",
		}, promised("Quarterly", "System releases every quarter; security fixes as they are due.", 90)},
	} {
		read := buildFixture(t, c.fixture)
		csd := read(c.rel)
		kindtest.SaysAll(t, c.fixture+" "+c.rel, csd, c.want...)
		kindtest.SaysNoneBecause(t, c.fixture+" "+c.rel, csd, "the notice stopped the version's regular releases", c.never...)
		// The current version still receives them.
		kindtest.SaysAll(t, c.fixture+" "+c.current, read(c.current), c.never...)
		kindtest.SaysNoneBecause(t, c.fixture+" "+c.current, read(c.current), "the current version's releases go on", "Regular releases for version", "None for version")
	}
}

// TestCSDRegularAndSecurityUpdatesStopped: where the notice stops the
// security updates too, the CSD keeps saying so as before (the
// commitments are the other versions'), and adds that the regular
// releases stopped; without notices built, it names no notice.
func TestCSDRegularAndSecurityUpdatesStopped(t *testing.T) {
	files, _ := buildFixtureEdited(t, "dentalxray", "dentasense.toml", kindtest.Replace(
		`stops = [{ what = "updates", milestone = "end_of_life" }, `,
		`stops = [{ what = "updates", milestone = "end_of_life" }, { what = "security_updates", milestone = "end_of_life" }, `))
	csd := files["dentasense/2.4/csd.md"]
	kindtest.SaysAll(t, "2.4/csd.md", csd,
		"| Software updates | Security updates for version `2.4` stopped on 2025-10-14 (notice ODI-DS-EOS-24) | For versions still receiving them: ",
		"**Update timelines.** Security updates for version `2.4` stopped on 14 October 2025, as notice ODI-DS-EOS-24 states; these are the commitments for the versions still receiving them, not for version `2.4`. Regular releases of version `2.4` stopped on 14 October 2025, as notice ODI-DS-EOS-24 states. What remains",
		"Security updates stopped on 2025-10-14 (notice ODI-DS-EOS-24). Regular releases stopped on 2025-10-14 (notice ODI-DS-EOS-24).",
		": no release of version `2.4` replaces these components.")
	kindtest.SaysNoneBecause(t, "2.4/csd.md", csd, "its security updates stopped", "| Software updates | Every six months", "| Software updates | Regular releases")

	files, _ = buildFixtureEdited(t, "dentalxray", "dentasense.toml", kindtest.Replace(
		`build = ["security_plan", "csd", "mds2", "lifecycle", "notices"]`, `build = ["security_plan", "csd", "mds2", "lifecycle"]`))
	csd = files["dentasense/2.4/csd.md"]
	kindtest.SaysAll(t, "2.4/csd.md without notices", csd,
		"| Software updates | Regular releases for version `2.4` stopped on 2025-10-14 | Fixes for uncontrolled risks released within 60 days, for version `2.4` only as far as said here. The responsibility table below gives the patching of the DentaSense sensor, DentaSense Imaging (chairside) and the DentaSense image database. What remains: Until 14 October 2026",
		"fix released within 60 days, for version `2.4` only as far as said above |",
		"**Update timelines.** Regular releases of version `2.4` stopped on 14 October 2025: the regular releases below are those of the versions still receiving them, and the regular update cycle below holds for version `2.4` only as far as said here.",
		"Regular update cycle, for version `2.4` only as far as said here: ",
		"| Regular releases | None for version `2.4` since 2025-10-14. For the versions still receiving them: Every six months. Regular update cycle, for version `2.4` only as far as said above: ")
	kindtest.SaysNoneBecause(t, "2.4/csd.md without notices", csd, "no notice is built to name", "ODI-DS-EOS-24", "as the notice states", "as far as the notice")
}
