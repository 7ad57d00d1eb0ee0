package generator

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	contentpkg "github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestModelFamilyHandAnswerOfOtherModels: hand answers pass from version
// to version in release order, but 5.1 runs on the TV-300T alone and 5.2
// on the TV-300B and TV-300W. 5.1's answers about the transport monitor
// (CONN-7 No: no TLS; NAUT-2 N/A: no network access to control) reached
// 5.2's form, whose bedside and telemetry monitors send HL7 over TLS, when
// 5.2 did not restate them, and check said nothing. check now refuses
// each at the 5.1 answer's line, and the fixture's own 5.2 answers, which
// restate them, pass, as do 5.0's [mds2.answers], written for every model.
func TestModelFamilyHandAnswerOfOtherModels(t *testing.T) {
	restated := `mds2_answers_changed = { "CONN-7" = "yes", "CONN-7.1" = "no", "NAUT-1" = "yes", "NAUT-2" = "yes", "NAUT-2.1" = "yes", "MPII-3.9" = "yes", "TXCF-3" = "yes", "NAUT-3" = "yes", "TXIG-1" = "yes", "TXCF-2" = "yes", "TXCF-2.1" = "na", "TXCF-4" = "yes" }` + "\n"
	for _, tc := range []struct {
		name string
		edit func(string) string
		want []string // question IDs refused as 5.1's answers on 5.2's form
	}{
		{"5.2 restates 5.1's answers", kindtest.Replace(`summary = "Monitoring software 5.2:`, `summary = "Monitoring software 5.2 :`), nil},
		{"5.2 inherits 5.1's answers", kindtest.Replace(restated, ""), []string{"CONN-7", "CONN-7.1", "MPII-3.9", "NAUT-1", "NAUT-2", "NAUT-2.1", "NAUT-3", "TXCF-2", "TXCF-2.1", "TXCF-3", "TXIG-1"}},
		{"5.2 restates some", kindtest.Replace(restated, `mds2_answers_changed = { "CONN-7" = "yes", "CONN-7.1" = "no", "NAUT-1" = "yes", "NAUT-2" = "yes", "NAUT-2.1" = "yes", "MPII-3.9" = "yes", "NAUT-3" = "yes", "TXIG-1" = "yes", "TXCF-2" = "yes", "TXCF-2.1" = "na", "TXCF-4" = "yes" }`+"\n"), []string{"TXCF-3"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join("testdata", "modelfamily")
			site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "tv300.toml", tc.edit)
			_, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
			var got []string
			var ie *contentpkg.InputError
			if errors.As(err, &ie) {
				for _, d := range ie.Diagnostics {
					if d.Severity == contentpkg.Error && strings.HasPrefix(d.Path, "versions[1].changes.mds2_answers_changed.") {
						if !strings.Contains(d.Message, "was written for version 5.1, which runs on model TV-300T only (versions.models); the form of version 5.2 covers models TV-300B and TV-300W, none of which runs 5.1") || d.Line == 0 {
							t.Errorf("%s:%d: %s", d.File, d.Line, d.Message)
						}
						got = append(got, strings.TrimPrefix(d.Path, "versions[1].changes.mds2_answers_changed."))
					}
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("refused %v, want %v (err %v)", got, tc.want, err)
			}
		})
	}
	// The shipped fixture: each version's form gives its own models' answer.
	read := buildFixture(t, "modelfamily")
	kindtest.SaysAll(t, "mds2.md", read("tv300/mds2.md"), "| CONN-7 | Does the device support Transport Layer Security (TLS)? | [Yes](")
	kindtest.SaysAll(t, "5.1/mds2.md", read("tv300/5.1/mds2.md"), "| CONN-7 | Does the device support Transport Layer Security (TLS)? | No |")
}
