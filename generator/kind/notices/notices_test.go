package notices

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// exampleAsOf is the date these tests speak as of, fixed so that other
// documents' release dates cannot move the stages under them.
var exampleAsOf = content.NewDate(2026, 2, 16)

// loadExample loads the site file and the content folder, applies edit to
// the example product, and returns it with every diagnostic of its
// inventory (notices naming unknown components) and of this kind.
func loadExample(t *testing.T, siteFile, contentDir string, edit func(*content.Product)) (*content.Content, *content.Product, content.Diagnostics) {
	t.Helper()
	c, _ := kindtest.Load(t, siteFile, contentDir)
	p, _ := kindtest.Product(t, c, kindtest.Example)
	if edit != nil {
		edit(p.Product)
	}
	p, diags := kindtest.Product(t, c, kindtest.Example) // the inventory of the edited product
	_, d := kindtest.Prepare(t, Kind, kindtest.Env(c, exampleAsOf), p)
	return c, p.Product, append(diags, d...)
}

// The example's lifecycle checks pass: every component a notice names is
// found, and no component's end of support goes unassessed.
func TestExampleLifecycleCheck(t *testing.T) {
	_, _, diags := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", nil)
	for _, d := range diags {
		t.Errorf("unexpected: %s", d)
	}
}

func TestNoticeNamesUnknownComponent(t *testing.T) {
	var line int
	site, dir := kindtest.CopyRepo(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", "halcyon-lvp7.toml", func(s string) string {
		old := "[[notices.components]]\nname = \"linux-imx\"\nversion = \"6.6.52\"\n"
		i := strings.Index(s, old)
		if i < 0 {
			t.Fatal("example changed: no linux-imx 6.6.52 notice component")
		}
		line = strings.Count(s[:i], "\n") + 1
		return strings.Replace(s, old, "[[notices.components]]\nname = \"linux-imx\"\nversion = \"6.6.99\"\n", 1)
	})
	_, _, diags := loadExample(t, site, dir, nil)
	var got []string
	for _, d := range diags {
		got = append(got, d.String())
	}
	want := filepath.ToSlash(filepath.Join(dir, "halcyon-lvp7.toml")) + ":" + strconv.Itoa(line) + `: notices[2].components[0]: unknown component "linux-imx 6.6.99": no component of the product's SBOM files or [[components]] matches it (linux-imx exists in version 6.6.52)`
	if len(got) != 1 || got[0] != want {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), want)
	}
}

// Component end of support before the device's: a warning unless a notice
// names the component or its notes record an assessment.
func TestComponentEndOfSupportWarning(t *testing.T) {
	deviceEOS := content.NewDate(2028, 12, 31)
	tests := []struct {
		name   string
		comp   content.Component
		notice bool // a notice names it
		warn   string
	}{
		{"support ends before the device's, nothing recorded", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2027, 1, 1)}, false,
			"component libx 1: its support ends 2027-01-01, before version 4.2.1's end of support on 2028-12-31"},
		{"assessment in notes", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2027, 1, 1), Notes: "Replaced in 5.0."}, false, ""},
		{"named by a notice", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2027, 1, 1)}, true, ""},
		{"support ends after the device's", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2032, 1, 1)}, false, ""},
		{"support ends on the device's day", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: deviceEOS}, false, ""},
		{"no longer maintained, no date", content.Component{Name: "libx", Version: "1", Support: "no_longer_maintained"}, false,
			"component libx 1: it is no longer maintained while version 4.2.1 is supported until 2028-12-31"},
		{"abandoned, no date", content.Component{Name: "libx", Version: "1", Support: "abandoned"}, false, "component libx 1: it is abandoned"},
		{"maintained, no date announced, no justification (inventory's warning)", content.Component{Name: "libx", Version: "1", Support: "maintained"}, false,
			"component libx 1: actively maintained but no end of support and no justification of why none is published"},
		{"maintained, no date, justified", content.Component{Name: "libx", Version: "1", Support: "maintained", Justification: "No dates published."}, false, ""},
		{"limited support ending before the device's", content.Component{Name: "libx", Version: "1", Support: "limited", EndOfSupport: content.NewDate(2027, 1, 1)}, false,
			"component libx 1: its support ends 2027-01-01"},
		// A level stated ended holds from its end of support: on the as-of
		// date (2026-02-16) one ending after the device's had not ended,
		// and one ending before it is judged by that date.
		{"no longer maintained from a date after the device's", content.Component{Name: "libx", Version: "1", Support: "no_longer_maintained", EndOfSupport: content.NewDate(2033, 1, 1)}, false, ""},
		{"abandoned from a date to come, before the device's", content.Component{Name: "libx", Version: "1", Support: "abandoned", EndOfSupport: content.NewDate(2027, 1, 1)}, false,
			"component libx 1: its support ends 2027-01-01, before version 4.2.1's end of support on 2028-12-31"},
		{"no longer maintained from a date passed", content.Component{Name: "libx", Version: "1", Support: "no_longer_maintained", EndOfSupport: content.NewDate(2025, 1, 1)}, false,
			"component libx 1: it is no longer maintained while version 4.2.1 is supported until 2028-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, diags := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", func(p *content.Product) {
				p.Components = append(p.Components, tc.comp)
				if tc.notice {
					p.Notices = append(p.Notices, content.Notice{ID: "x", Kind: "component_end_of_support",
						Components: []content.NoticeComponent{{Name: "libx", Version: "1", Concern: "c"}}})
				}
			})
			var warnings []string
			for _, d := range diags {
				warnings = append(warnings, d.String())
			}
			switch {
			case tc.warn == "" && len(warnings) > 0:
				t.Errorf("unexpected: %s", strings.Join(warnings, "\n"))
			case tc.warn != "" && (len(warnings) != 1 || !strings.Contains(warnings[0], "warning: components[") || !strings.Contains(warnings[0], tc.warn)):
				t.Errorf("want one warning containing %q; got %q", tc.warn, warnings)
			}
		})
	}
}

// TestComponentEndOfSupportWarningVersionEndNotSet: in a version whose
// end of support is not set, so still to come, a component whose support
// has ended, by its level or by a date already passed, ends before it
// and needs an assessment as one that ends before a set date does; a
// component whose date is still to come is not compared.
func TestComponentEndOfSupportWarningVersionEndNotSet(t *testing.T) {
	tests := []struct {
		name string
		comp content.Component
		warn string
	}{
		{"no longer maintained", content.Component{Name: "libx", Version: "1", Support: "no_longer_maintained"},
			"component libx 1: it is no longer maintained while version 4.2.1 is supported (its end of support not set)"},
		{"date passed", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2024, 1, 1)},
			"component libx 1: its support ended on 2024-01-01, while version 4.2.1 is supported (its end of support not set)"},
		{"date passed, assessed", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2024, 1, 1), Notes: "Replaced in 5.0."}, ""},
		{"date to come", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2040, 1, 1)}, ""},
		{"no longer maintained from a date to come", content.Component{Name: "libx", Version: "1", Support: "no_longer_maintained", EndOfSupport: content.NewDate(2040, 1, 1)}, ""},
		{"no longer maintained from a date passed", content.Component{Name: "libx", Version: "1", Support: "no_longer_maintained", EndOfSupport: content.NewDate(2024, 1, 1)},
			"component libx 1: it is no longer maintained while version 4.2.1 is supported (its end of support not set)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, diags := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", func(p *content.Product) {
				p.Components = append(p.Components, tc.comp)
				for i := range p.Versions {
					if p.Versions[i].Version == "4.2.1" {
						p.Versions[i].EndOfSupport = content.Date{}
					}
				}
			})
			var found []string
			for _, d := range diags {
				if strings.Contains(d.String(), "neither a notice names it") {
					found = append(found, d.String())
				}
			}
			switch {
			case tc.warn == "" && len(found) > 0:
				t.Errorf("unexpected: %s", strings.Join(found, "\n"))
			case tc.warn != "" && (len(found) != 1 || !strings.Contains(found[0], tc.warn)):
				t.Errorf("want one warning containing %q; got %q", tc.warn, found)
			}
		})
	}
}

// The warning covers support from every source: a rule's end of support
// before the device's is reported at the rule, and the rule's notes are
// the assessment that silences it.
func TestComponentEndOfSupportWarningFromRule(t *testing.T) {
	for _, tc := range []struct {
		name  string
		notes string
		warn  bool
	}{{"rule without notes", "", true}, {"rule with notes", "Replaced in 5.0.", false}} {
		t.Run(tc.name, func(t *testing.T) {
			_, p, diags := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", func(p *content.Product) {
				p.Components = append(p.Components, content.Component{Name: "libx", Version: "1"})
				p.SupportRules = append([]content.SupportRule{{ID: "x-libs", Name: "libx*", Level: "maintained", EndOfSupport: content.NewDate(2027, 1, 1), Notes: tc.notes}}, p.SupportRules...)
			})
			var got []string
			for _, d := range diags {
				got = append(got, d.String())
			}
			want := p.Source.File + ":" + strconv.Itoa(p.Source.Line("support_rules[0]")) + ": warning: support_rules[0]: component libx 1: its support ends 2027-01-01, before version 4.2.1's end of support on 2028-12-31 (Product rule x-libs)"
			switch {
			case !tc.warn && len(got) > 0:
				t.Errorf("unexpected: %s", strings.Join(got, "\n"))
			case tc.warn && (len(got) != 1 || !strings.HasPrefix(got[0], want)):
				t.Errorf("got %q\nwant one warning starting %q", got, want)
			}
		})
	}
}

// TestNoticePortsOfHostedParts: a notice keeps open ("needs only these
// ports") only ports on the customer's network; a part the manufacturer
// hosts listens at the manufacturer, so its ports are listed apart
// (Hosted), never as ports the customer keeps open. The pump's ports and
// its customer-hosted server's stay needed; hosted by the manufacturer,
// the server's ports move to Hosted.
func TestNoticePortsOfHostedParts(t *testing.T) {
	// The example's customer-hosted server moved to each place a part can
	// run: its ports are needed on the customer's network only where a
	// part of the product is on it (the device, a server the customer
	// hosts); a manufacturer-hosted service's are listed apart as what
	// users reach; those of an app on the customer's own devices or of the
	// customer's own infrastructure are not the customer's to keep open
	// for the product, and the notice says why it does not list them. An
	// app on the customer's own devices is on the customer's network
	// unless the product is used at home: a hospital runs it on its own
	// computers and phones; a patient's phone connects from anywhere.
	for _, tc := range []struct {
		runs content.PartRuns
		home content.Tri
		want string // "needed", "hosted" or "elsewhere"
		says string
	}{
		{"device", content.Unstated, "needed", "needs only these ports"},
		{"customer_hosted", content.Unstated, "needed", "needs only these ports"},
		{"manufacturer_hosted", content.Unstated, "hosted", "listen at the manufacturer"},
		{"customer_device", content.Unstated, "needed", "needs only these ports"},
		{"customer_device", content.False, "needed", "needs only these ports"},
		{"customer_device", content.True, "elsewhere", "are not listed: it runs on a device the customer owns, which connects from whatever network it is on."},
		{"customer_infrastructure", content.Unstated, "elsewhere", "are not listed: it runs in the customer's own infrastructure, whose ports the customer manages."},
	} {
		t.Run(fmt.Sprintf("%s/home_use=%s", tc.runs, tc.home.SayOr("true", "false", "unstated")), func(t *testing.T) {
			c, _ := kindtest.Load(t, "../../../jspgen.toml", "../../../content")
			p, _ := kindtest.Product(t, c, kindtest.Example)
			p.HomeUse = tc.home
			server := ""
			for i := range p.Parts {
				if p.Parts[i].Runs.IsCustomerHosted() {
					p.Parts[i].Runs, server = tc.runs, p.Parts[i].ID
				}
			}
			if server == "" {
				t.Fatal("the example has no customer-hosted part")
			}
			env := kindtest.Env(c, exampleAsOf)
			prep, _ := kindtest.Prepare(t, Kind, env, p)
			n := 0
			for _, doc := range prep.Documents {
				v, ok := doc.Data.(*NoticeView)
				if !ok {
					continue
				}
				n++
				got := map[string]bool{}
				for _, pt := range v.Needed {
					if pt.Part == server {
						got["needed"] = true
					}
				}
				for _, pt := range v.Hosted {
					if pt.Part != server {
						t.Errorf("%s: port %d of part %q listed as hosted by the manufacturer", doc.Path, pt.Number, pt.Part)
					}
					got["hosted"] = true
				}
				for _, part := range v.Elsewhere {
					if part.ID != server {
						t.Errorf("%s: part %q listed as off the customer's network", doc.Path, part.ID)
					}
					got["elsewhere"] = true
				}
				if len(got) != 1 || !got[tc.want] {
					t.Errorf("%s: the server's ports are %v; want only %s", doc.Path, got, tc.want)
				}
				if !slices.ContainsFunc(v.Needed, func(pt content.Port) bool { return pt.Part != server }) {
					t.Errorf("%s: the pump's own ports are no longer needed", doc.Path)
				}
				kindtest.SaysAll(t, doc.Path, kindtest.Render(t, env, p, doc), tc.says)
			}
			if n == 0 {
				t.Fatal("no end-of-life or end-of-support notice")
			}
		})
	}
}
