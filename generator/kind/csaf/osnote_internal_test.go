package csaf

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeTwinNamesTheOperatingSystems: the twin of an end-of-life or
// end-of-support notice carries the notice's section "Operating systems":
// the operating systems the notice names, else the platforms its versions
// run on, which the customer supplies, with their vendors' end of support
// as of the notice's release (ended, ends, or not stated); a notice that
// states neither gets no such note.
func TestNoticeTwinNamesTheOperatingSystems(t *testing.T) {
	env, p, n := exampleNotice(t)
	on := kind.NoticeReleased(n, env.AsOf)
	setPlatforms := func(pls []content.Platform) {
		p.Product.Platforms = pls
		for _, q := range p.ByVersion {
			q.Platforms = pls
		}
	}
	osNote := func(n content.Notice) (string, bool) {
		x, ok := noteTitled(noticeAdvisory(env, p, n).Doc.Document.Notes, "Operating systems")
		return x.Text, ok
	}

	n.OperatingSystems = []string{"Embedded Linux 4.19 (its long-term support ends in December 2024)", "Windows Server 2022"}
	setPlatforms(nil)
	if got, ok := osNote(n); !ok || got != "- Embedded Linux 4.19 (its long-term support ends in December 2024)\n- Windows Server 2022" {
		t.Errorf("the notice's own operating systems: %q (note given: %v)", got, ok)
	}

	n.OperatingSystems = nil
	if got, ok := osNote(n); ok {
		t.Errorf("a notice naming no operating system, its versions no platform, gets the note %q", got)
	}

	setPlatforms([]content.Platform{{Name: "Windows Server", Vendor: "Microsoft", Parts: []string{"connect"}, Versions: []content.PlatformVersion{
		{Version: "2016", EndOfSupport: on.AddDays(-1)},
		{Version: "2022", EndOfSupport: on.AddDays(1)},
		{Version: "2025"},
	}}})
	got, ok := osNote(n)
	if !ok {
		t.Fatal("a notice whose versions state their platforms gets no note of them")
	}
	connect := p.Part("connect").Name
	kindtest.SaysAll(t, "operating systems", got,
		"on these platform versions, which the customer supplies: "+env.Content.Site.Manufacturer.Name+" neither supplies nor updates them.",
		"- Windows Server 2016 (Microsoft), for "+connect+": Microsoft's support ended on "+on.AddDays(-1).String()+".",
		"- Windows Server 2022 (Microsoft), for "+connect+": Microsoft's support ends on "+on.AddDays(1).String()+".",
		"- Windows Server 2025 (Microsoft), for "+connect+": the end of Microsoft's support is not stated.")
	if head := "Version " + n.Versions[0] + " runs on"; len(n.Versions) == 1 && !strings.HasPrefix(got, head) {
		t.Errorf("operating systems %q, want it to begin %q", got, head)
	}
}
