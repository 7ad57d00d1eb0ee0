package csd

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// responsibilityRow is the row of the part named name in the CSD's table
// of who patches, backs up and monitors each part ("" when none).
func responsibilityRow(md, name string) string {
	head := "| Part | Runs | Patching | Backup | Security monitoring |"
	i := strings.Index(md, head)
	if i < 0 {
		return ""
	}
	for _, line := range strings.Split(md[i:], "\n")[2:] {
		if !strings.HasPrefix(line, "|") {
			break
		}
		if strings.HasPrefix(line, "| "+name+" |") {
			return line
		}
	}
	return ""
}

// TestCSDResponsibilityPatchingAfterSecurityUpdatesStopped: the table of
// who patches each part gives the product's patching as written, which
// promises the updates (an OCT's "validates Microsoft's monthly security
// updates"). Once a notice has stopped the security updates of the
// version a CSD describes, the key facts and section 6 say so; the
// patching of each part that runs the version's software (on the device,
// hosted by the customer) is followed by the same stop, so that the row
// no longer promises the version what it does not get. A service the
// manufacturer hosts and the customer's own infrastructure are not the
// version's to stop, and a version whose updates go on is told nothing.
func TestCSDResponsibilityPatchingAfterSecurityUpdatesStopped(t *testing.T) {
	const stop = " For version `4.1.0`, security updates stopped on 2026-01-15 (notice MIS-LVP7-EOL-410)."
	const pump = "Meridian publishes signed releases. The hospital imports each into Halcyon Connect, which installs it on docked pumps that are not infusing, in waves the hospital chooses; Meridian's field service installs it where the customer asks or where no Connect server is used."
	const connect = "The hospital patches the virtual machine's operating system and installs the Connect maintenance releases Meridian publishes."
	for _, tc := range []struct {
		name    string
		stopped bool
	}{
		{"security updates stopped before the CSD", true},
		{"security updates still coming", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			csds := exampleCSDs(t, func(p *content.Product) {
				p.Parts = append(p.Parts,
					content.Part{ID: "portal", Name: "Test portal", Runs: "manufacturer_hosted"},
					content.Part{ID: "idp", Name: "Test identity provider", Runs: "customer_infrastructure"})
				if !tc.stopped {
					return
				}
				n := eol410(p)
				for i := range n.Stops {
					if n.Stops[i].What == "security_updates" {
						n.Stops[i].Milestone, n.Stops[i].Date = "", content.NewDate(2026, time.January, 15)
					}
				}
			})
			md := csds[kind.VersionPath("4.1.0", "csd")]
			for _, part := range []struct{ name, patching string }{
				{"Halcyon LVP-7 pump", pump},
				{"Halcyon Connect server", connect},
			} {
				row := responsibilityRow(md, part.name)
				if row == "" {
					t.Fatalf("no row of %s in the CSD of 4.1.0", part.name)
				}
				if tc.stopped {
					kindtest.SaysAll(t, part.name+"'s row", row, " | "+part.patching+stop+" | ")
				} else {
					kindtest.SaysAll(t, part.name+"'s row", row, " | "+part.patching+" | ")
					kindtest.SaysNone(t, part.name+"'s row", row, "security updates stopped")
				}
			}
			for _, part := range []string{"Test portal", "Test identity provider"} {
				row := responsibilityRow(md, part)
				if row == "" {
					t.Fatalf("no row of %s in the CSD of 4.1.0", part)
				}
				kindtest.SaysNone(t, part+"'s row", row, "security updates stopped")
			}
			// The current version's updates are not stopped.
			kindtest.SaysNone(t, "the current version's CSD", responsibilityRow(csds["csd"], "Halcyon LVP-7 pump"), "security updates stopped")
		})
	}
	// Past the version's end of support the document says that its
	// support ended (no updates at all), not that a notice stopped them:
	// the docking station's 3.4.2, whose notice stops its security updates
	// at its end of support, the product's own.
	dir := filepath.Join("..", "..", "testdata", "endofsupport")
	c, _ := kindtest.Load(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
	kp, _ := kindtest.Product(t, c, "pumpdock")
	env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
	v := kp.CurrentVersion(env.AsOf)
	if _, n := kp.SecurityUpdatesStopped(v, env.AsOf); n == nil || v.Stage(env.AsOf) != "End of Support" {
		t.Fatal("the endofsupport fixture's version no longer has its security updates stopped at its end of support")
	}
	md := renderCSD(t, env, kp)
	kindtest.SaysAll(t, "the docking station's CSD", md, "| Software updates | None: support for version `3.4.2` ended on ")
	kindtest.SaysNone(t, "the docking station's row", responsibilityRow(md, "PumpDock DS-200"), "security updates stopped")
}
