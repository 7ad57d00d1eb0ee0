package csaf

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeTwinPlatformFromMaker: a platform the manufacturer supplies
// with its part (platforms[].supplied_by = "manufacturer") is said in the
// twin's "Operating systems" note to come with that part, and who updates
// it is what the part's patching says (or not stated); the twin never
// says the manufacturer neither supplies nor updates it.
func TestNoticeTwinPlatformFromMaker(t *testing.T) {
	env, p, n := exampleNotice(t)
	maker := env.Content.Site.Manufacturer.Name
	n.OperatingSystems, n.NoOperatingSystem = nil, false
	setPlatforms := func(pls []content.Platform) {
		p.Product.Platforms = pls
		for _, q := range p.ByVersion {
			q.Platforms = pls
		}
	}
	setPatching := func(text string) {
		for i := range p.Product.Parts {
			if p.Product.Parts[i].ID == "connect" {
				p.Product.Parts[i].Patching = text
			}
		}
		for _, q := range p.ByVersion {
			for i := range q.Parts {
				if q.Parts[i].ID == "connect" {
					q.Parts[i].Patching = text
				}
			}
		}
	}
	osNote := func() string {
		x, ok := noteTitled(noticeAdvisory(env, p, n).Doc.Document.Notes, "Operating systems")
		if !ok {
			t.Fatal("a notice whose versions state their platforms gets no note of them")
		}
		return x.Text
	}
	connect := p.Part("connect").TheName()

	setPlatforms([]content.Platform{{Name: "Ubuntu Server", Vendor: "Canonical", SuppliedBy: "manufacturer", Parts: []string{"connect"},
		Versions: []content.PlatformVersion{{Version: "22.04"}}}})
	setPatching("")
	got := osNote()
	if strings.Contains(got, "neither supplies nor updates") {
		t.Errorf("a platform the manufacturer supplies is said not to be supplied by it: %q", got)
	}
	kindtest.SaysAll(t, "operating systems", got,
		"on these platform versions, which "+maker+" supplies with "+connect+": who updates them is not stated.",
		"- Ubuntu Server 22.04 (Canonical)")

	setPatching("Monthly image updates from the manufacturer.")
	kindtest.SaysAll(t, "operating systems", osNote(),
		"which "+maker+" supplies with "+connect+": who updates them is as the patching of "+connect+" says (“Monthly image updates from the manufacturer”).")
}
