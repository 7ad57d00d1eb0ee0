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
// from them, and check's warning about the form's hand answer points at
// the version's key, not at the top-level one. The example pump: no
// remote service, no telemetry, updates over the network; 4.2.1 starts
// sending telemetry, which its form's hand answer (RMOT-2 No) contradicts.
func TestRemoteServiceByVersion(t *testing.T) {
	const file = "halcyon-lvp7.toml"
	site, content := kindtest.CopyRepo(t, "../jspgen.toml", "../content", file, func(s string) string {
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
	if err != nil {
		t.Fatal(err)
	}
	files := readTree(t, out)
	const telemetry = "| The device sends Meridian Infusion Systems, Inc. data about its working, for maintenance (telemetry) | "
	const other = "| Other things Meridian Infusion Systems, Inc. does with the device remotely (software updates, configuration, training) | Yes: software updates |"
	kindtest.SaysAll(t, "4.2.1 csd.md", string(files["halcyon-lvp7/csd.md"]), telemetry+"Yes |", other)
	kindtest.SaysAll(t, "4.1.0 csd.md", string(files["halcyon-lvp7/4.1.0/csd.md"]), telemetry+"No |", other)
	var warned []string
	for _, w := range res.Warnings {
		if strings.Contains(w.String(), "remote_service.telemetry") {
			warned = append(warned, w.String())
		}
	}
	if len(warned) != 1 || !strings.Contains(warned[0], "mds2.answers.RMOT-2: answer No") || !strings.Contains(warned[0], "versions[2].changes.remote_service.telemetry (") {
		t.Errorf("warnings about telemetry: %q; want one, at version 4.2.1's key, about RMOT-2", warned)
	}
}
