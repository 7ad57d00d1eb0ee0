package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestIncidentContactWithoutNameNamesItsRole: the contact
// postmarket.incident_reporting names, without a name in the site file,
// was printed as "the contact named", which no document names and which
// hid whether it was the support line or the PSIRT. Without a name, the
// CSD and the plan give the contact's role; with one, its name.
func TestIncidentContactWithoutNameNamesItsRole(t *testing.T) {
	for _, c := range []struct {
		contact, section, name, role string
	}{
		{"support", "[manufacturer.support]", "Corvane Technical Support and Field Service", "technical support"},
		{"psirt", "[manufacturer.psirt]", "Corvane Product Security Incident Response Team (Corvane PSIRT)", "the product security incident response team"},
		{"security_contact", "[manufacturer.security_contact]", "Corvane Product Security Office", "the security contact"},
	} {
		for _, named := range []bool{false, true} {
			if c.contact == "psirt" && !named {
				continue // the site file requires the PSIRT's name
			}
			t.Run(c.contact+map[bool]string{false: " unnamed", true: " named"}[named], func(t *testing.T) {
				var edit func(string) string
				if c.contact != "support" { // the fixture's own contact
					edit = func(s string) string {
						return strings.Replace(s, "[postmarket.incident_reporting]\ncontact = \"support\"\n", "[postmarket.incident_reporting]\ncontact = \""+c.contact+"\"\n", 1)
					}
				}
				dir := filepath.Join("testdata", "analyzer")
				site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "corvane-ca600.toml", edit)
				if !named {
					editFile(t, site, c.section+"\nname = \""+c.name+"\"\n", c.section+"\n")
				}
				out := filepath.Join(t.TempDir(), "site")
				if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
					t.Fatal(err)
				}
				files := readTree(t, out)
				who := c.role
				if named {
					who = c.name
				}
				kindtest.SaysAll(t, "csd.md", string(files["corvane-ca600/csd.md"]), "**Report a suspected security incident** to "+who+" (")
				kindtest.SaysAll(t, "security-plan.md", string(files["corvane-ca600/security-plan.md"]), " reports a suspected incident | To "+who+" (")
				for _, doc := range []string{"corvane-ca600/csd.md", "corvane-ca600/security-plan.md"} {
					kindtest.SaysNoneBecause(t, doc, string(files[doc]), "no document names the contact", "the contact named")
				}
			})
		}
	}
}
