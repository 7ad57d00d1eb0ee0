package generator

import (
	"strings"
	"testing"
)

// A notice about a version in Support whose operating system is past its
// supplier's support says so beside the stage: hyperbaric 6.4 runs Windows
// Embedded Standard 7 (Microsoft support ended 13 October 2020), and
// "Support" alone promises security updates it cannot get. The notice's
// CSAF twin says it beside the version's milestones.
func TestNoticeStageUnsupportedOS(t *testing.T) {
	site := buildFixture(t, "hyperbaric")
	const os = "Version 6.4's operating system, Windows Embedded Standard 7, has had no security updates from Microsoft since 13 October 2020."
	md := site("nereid/notices/eos-6.4.md")
	for _, want := range []string{
		"stage on 15 June 2026: Support. " + os, // its end of support is still ahead on the site's as-of date: no end of life announced
		"Stages are those of IMDRF N70 on 15 June 2026. " + os,
	} {
		if !strings.Contains(md, want) {
			t.Errorf("notices/eos-6.4.md lacks %q", want)
		}
	}
	csaf := site(".well-known/csaf/white/2026/chs-nhc-eos-001.json")
	if want := "End of support: 2028-12-31. " + os; !strings.Contains(csaf, want) {
		t.Errorf("the notice's CSAF twin lacks %q", want)
	}
}
