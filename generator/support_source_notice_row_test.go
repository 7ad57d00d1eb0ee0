package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSupportSourceNamesTheNotice: the 4.1.0 CSD's software-support table
// gave "Notice" as the source of three rows without saying which notice,
// where a rule's row carries the rule's ID. A row whose support a notice
// states now names it as the documents cite notices, "Notice" and its ID,
// in the CSD and in the plan, where the notices are built; where they are
// not, "A notice", which names no document the build does not publish.
func TestSupportSourceNamesTheNotice(t *testing.T) {
	const (
		built    = `build = ["security_plan", "csd", "mds2", "notices"]`
		notBuilt = `build = ["security_plan", "csd", "mds2"]`
		row      = "| openssl | 1.1.1n | OpenSSL Software Foundation | No longer maintained | 2023-09-11 | "
	)
	for _, tc := range []struct {
		name  string
		edit  func(string) string
		says  string
		never []string
	}{
		{"notices built", noticeStatesOpenSSL, row + "Notice HMS-PD-EOS-001 |", []string{row + "Notice |", row + "A notice |"}},
		{"notices not built", func(s string) string {
			return answerMDS2("SGUD-4", `"yes"`)(kindtest.Replace(built, notBuilt)(noticeStatesOpenSSL(s)))
		},
			row + "A notice |", []string{"HMS-PD-EOS-001 |", row + "Notice |"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "endofsupport", "pumpdock.toml", tc.edit)
			for _, doc := range []string{"pumpdock/csd.md", "pumpdock/security-plan.md"} {
				md := files[doc]
				if md == "" {
					t.Fatalf("%s not built", doc)
				}
				kindtest.SaysAll(t, doc, md, tc.says)
				kindtest.SaysNone(t, doc, md, tc.never...)
				if strings.Contains(tc.name, "not built") {
					kindtest.SaysNoneBecause(t, doc, md, "the notices are not built", "Notice HMS-PD-EOS-001")
				}
			}
		})
	}
}
