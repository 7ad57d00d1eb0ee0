package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestRemoteServiceByVersion: a version restates a key of
// [remote_service] ([versions.changes.remote_service]) and keeps the
// others; each version's CSD prints its own facts, its MDS2 form derives
// from them, and check's message about the form's hand answer points at
// the version's key, not at the top-level one. The example pump: no
// remote service, no telemetry, updates over the network; 4.2.1 starts
// sending telemetry, which the hand answer its form inherits from the
// first version (RMOT-2 No, note 19, true of 3.8.2's data) contradicts:
// an error until 4.2.1 drops it (mds2_answers_removed) and its form
// derives Yes.
func TestRemoteServiceByVersion(t *testing.T) {
	const file = "halcyon-lvp7.toml"
	for _, removed := range []bool{false, true} {
		site, content := kindtest.CopyRepo(t, "../jspgen.toml", "../content", file, func(s string) string {
			if removed {
				at := strings.Index(s, "version = \"4.2.1\"")
				// 4.2.1 may drop other answers already: RMOT-2 joins them
				if rest := s[at:]; strings.Contains(rest, "mds2_answers_removed = [") {
					s = s[:at] + strings.Replace(rest, "mds2_answers_removed = [", "mds2_answers_removed = [\"RMOT-2\", ", 1)
				} else {
					s = s[:at] + strings.Replace(rest, "[versions.changes]\n", "[versions.changes]\nmds2_answers_removed = [\"RMOT-2\"]\n", 1)
				}
			}
			return s + `
[remote_service]
offered = false
telemetry = false
other_functions = ["software_updates"]

[versions.changes.remote_service]
telemetry = true
`
		})
		out := filepath.Join(t.TempDir(), "site")
		res, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out})
		if !removed {
			const want = "mds2.answers.RMOT-2: answer No was written for version 3.8.2 (in [mds2.answers], the first version's, which later versions inherit), whose data give No too and note 19 explains it for that version; version 4.2.1's data give Yes: versions[2].changes.remote_service.telemetry ("
			if err == nil || !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), `versions[2].changes.mds2_answers_removed = ["RMOT-2"]`) {
				t.Errorf("inherited RMOT-2 No: error %v; want %q…", err, want)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		files := readTree(t, out)
		const telemetry = "| The device sends Meridian Infusion Systems, Inc. data about its working, for maintenance (telemetry) | "
		const other = "| Other things Meridian Infusion Systems, Inc. does with the device remotely (software updates, configuration, training) | Yes: software updates |"
		kindtest.SaysAll(t, "4.2.1 csd.md", string(files["halcyon-lvp7/csd.md"]), telemetry+"Yes |", other)
		kindtest.SaysAll(t, "4.1.0 csd.md", string(files["halcyon-lvp7/4.1.0/csd.md"]), telemetry+"No |", other)
		kindtest.SaysAll(t, "4.2.1 mds2.md", string(files["halcyon-lvp7/mds2.md"]), `| RMOT-2 | `, `[Yes](#how-derived-and-ruled-out-answers-were-reached "Derived from the product data: versions[2].changes.remote_service.telemetry says`)
		kindtest.SaysAll(t, "4.1.0 mds2.md", string(files["halcyon-lvp7/4.1.0/mds2.md"]), `Note 19`)
		for _, w := range res.Warnings {
			if strings.Contains(w.String(), "RMOT-2") {
				t.Errorf("warning about RMOT-2: %s", w)
			}
		}
	}
}
