package content

import (
	"strings"
	"testing"
)

// TestNoticeUpgradePlanned: a notice whose every upgrade path leads to a
// version not yet released on its issue date, while a later version in
// its Support stage then ran on the notice's models, is warned about at
// its upgrade_paths (REPORT-anaesthesia 12); a notice that offers a
// released version, a full replacement beside the planned one, or whose
// only released later version runs on other models, is not.
func TestNoticeUpgradePlanned(t *testing.T) {
	const head = "schema_version = 2\n" +
		"[[models]]\nid = \"base\"\nname = \"Base\"\n[[models]]\nid = \"mr\"\nname = \"MR\"\n" +
		"[[versions]]\nversion = \"2.4\"\nmodels = [\"base\"]\ngeneral_availability = 2019-04-01\nend_of_life = 2023-03-31\nend_of_support = 2025-03-31\n"
	v30 := "[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2022-05-02\n"
	v30mr := "[[versions]]\nversion = \"3.0\"\nmodels = [\"mr\"]\ngeneral_availability = 2022-05-02\n"
	const v31 = "[[versions]]\nversion = \"3.1\"\ngeneral_availability = 2025-03-03\n"
	notice := func(paths string) string {
		return "[[notices]]\nid = \"eos-2-4\"\nkind = \"end_of_support\"\nissued = 2023-03-01\nversions = [\"2.4\"]\nupgrade_paths = [" + paths + "]\n"
	}
	const to31 = `{ kind = "software_only", to_version = "3.1", description = "d" }`
	const to30 = `{ kind = "software_only", to_version = "3.0", description = "d" }`
	const full = `{ kind = "full_replacement", target = "AW-600", description = "d" }`
	const want = "p.toml:25: warning: notices[0].upgrade_paths: notice eos-2-4, issued 2023-03-01, offers only the upgrade to version 3.1 (generally available on 2025-03-03), not yet released then, while version 3.0, generally available since 2022-05-02, in its Support stage then and running on model base, is not offered"
	for _, tc := range []struct {
		name, src string
		warns     bool
	}{
		{"only a planned version, a released one on the model: warns", head + v30 + v31 + notice(to31), true},
		{"the released version offered: passes", head + v30 + v31 + notice(to30+", "+to31), false},
		{"a full replacement beside it: passes", head + v30 + v31 + notice(to31+", "+full), false},
		{"the released version runs on other models only: passes", head + v30mr + v31 + notice(to31), false},
		{"no released later version: passes", head + v31 + notice(to31), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ruleNoticeUpgradePlanned(ruleProduct(t, tc.src))
			switch {
			case tc.warns && (len(got) != 1 || !strings.HasPrefix(got[0].String(), want)):
				t.Fatalf("got %v\nwant one starting %q", got, want)
			case !tc.warns && len(got) > 0:
				t.Fatalf("unexpected %v", got)
			}
		})
	}
}

// TestEndOfLifeLeadNamesEndOfLife: the lead-time warning about an end of
// life says that IMDRF N70 asks for 24 months' notice of an end of life,
// not only of an end of support (REPORT-anaesthesia 13), and does not
// hold it to end_of_life.notice_months, which promises notice before end
// of support alone; the warning about an end of support is unchanged.
func TestEndOfLifeLeadNamesEndOfLife(t *testing.T) {
	const version = "schema_version = 2\n[end_of_life]\nnotice_months = 24\n[[versions]]\nversion = \"3.0\"\ngeneral_availability = 2022-05-02\nend_of_life = 2025-03-03\nend_of_support = 2028-06-30\n"
	for _, tc := range []struct {
		kind, issued string
		want         []string
	}{
		{"end_of_life", "2025-03-03", []string{"notices[0].issued: issued 2025-03-03, on the day of version 3.0's end of life on 2025-03-03; IMDRF N70 asks for at least 24 months' notice of an end of life (the entry into Limited Support), as it does of an end of support; a notice issued earlier"}},
		{"end_of_life", "2025-04-01", []string{"customers had no notice of it (IMDRF N70 asks for at least 24 months' notice of an end of life (the entry into Limited Support), as it does of an end of support); if the date is wrong"}},
		{"end_of_support", "2027-06-30", []string{
			"notices[0].issued: issued 2027-06-30, 12 months before version 3.0's end of support on 2028-06-30; IMDRF N70 asks for at least 24 months' notice; a notice issued earlier",
			"notices[0].issued: issued 2027-06-30, 12 months before version 3.0's end of support on 2028-06-30; end_of_life.notice_months commits to 24"}},
	} {
		t.Run(tc.kind+" "+tc.issued, func(t *testing.T) {
			src := version + "[[notices]]\nid = \"n\"\nkind = \"" + tc.kind + "\"\nissued = " + tc.issued + "\nversions = [\"3.0\"]\n"
			p := ruleProduct(t, src)
			v := &productValidator{p: p}
			v.noticeDates("notices[0]", p.Notices[0], p.NoticeVersions(p.Notices[0]))
			if len(v.diags) != len(tc.want) {
				t.Fatalf("diagnostics %v, want %d", v.diags, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.Contains(v.diags[i].String(), w) {
					t.Errorf("diagnostic %q, want it to contain %q", v.diags[i], w)
				}
			}
		})
	}
}
