package inventory_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// givenSite is a site file for givenProduct.
const givenSite = `schema_version = 2
title = "Lifecycle"
[manufacturer]
name = "Torrance Patient Systems, Inc."
address = "1180 Harbor Commerce Drive, Long Beach, CA 90802"
website = "https://www.torrance-patient.example"
[manufacturer.security_contact]
name = "Product Security"
email = "product-security@torrance-patient.example"
`

// givenProduct is a product without SBOM files, building the lifecycle
// page and notices, with versions 5.2 and 6.1 (current), the entries
// of [[components]] comps and notices notices.
func givenProduct(comps, notices string) string {
	return `schema_version = 2
id = "tc"
name = "TeleCentral"
[[models]]
id = "TC"
name = "TeleCentral"
[[versions]]
version = "5.2"
general_availability = 2016-04-11
end_of_life = 2022-06-30
end_of_support = 2024-06-30
[[versions]]
version = "6.1"
general_availability = 2019-09-16
end_of_life = 2025-06-30
end_of_support = 2027-06-30
` + comps + `
[decommissioning]
steps = ["Call customer service."]
[end_of_life]
notice_months = 24
commitments = "Announced 24 months ahead."
` + notices + `
[documents]
build = ["lifecycle", "notices"]
[documents.lifecycle]
id = "LC"
revision = "A"
release_date = 2023-07-01
owner = "Product manager"
approvals = [{ role = "Product manager", name = "R. Okafor", date = 2023-06-28 }]
history = [{ revision = "A", date = 2023-07-01, summary = "First release." }]
`
}

// component is a [[components]] entry with the versions line given.
func component(name, version, versions string) string {
	return "[[components]]\nname = \"" + name + "\"\nversion = \"" + version + "\"\nsupplier = \"Microsoft\"\nsupport = \"limited\"\nend_of_support = 2027-01-12\n" + versions + "\n"
}

// notice is an end-of-support notice about version, naming the
// component name, version.
func notice(id, about, name, version string) string {
	return `[[notices]]
id = "` + id + `"
kind = "end_of_support"
issued = 2022-06-15
summary = "End of support."
versions = ["` + about + `"]
operating_systems = ["Windows"]
maintenance = "Support until the end of support."
stops = [{ what = "technical_support", milestone = "end_of_support" }]
compensating_controls = ["Keep it on its own network."]
upgrade_paths = [{ kind = "full_replacement", target = "TeleCentral 7", description = "New station." }]
[[notices.components]]
name = "` + name + `"
version = "` + version + `"
concern = "Its support ends."
[notices.customer_actions]
network_isolation = "Keep it on its own network."
backup = "Ask customer service."
[notices.document]
id = "N-` + id + `"
revision = "A"
release_date = 2022-06-15
owner = "Product manager"
approvals = [{ role = "Product manager", name = "R. Okafor", date = 2022-06-10 }]
history = [{ revision = "A", date = 2022-06-15, summary = "First release." }]
`
}

// TestComponentsGivenToVersions: without SBOM files, a [[components]]
// entry whose versions name an older version is that version's
// component, which its notices can name, and not the current version's;
// an entry without versions is the current version's, as before, and the
// older version keeps the current list standing in for it; one naming
// both is both versions'. A notice naming an entry given to none of its
// versions is an error when the entry is not the current version's (the
// message says which versions it is given to) and a warning when it is.
func TestComponentsGivenToVersions(t *testing.T) {
	const wes7, server = "Windows Embedded Standard 7", "Windows Server 2016"
	for _, tc := range []struct {
		name, wesVersions, serverVersions string
		noticeAbout, noticeNames          string
		v52, v61                          []string // each version's list
		listedFor52                       string
		err, warn                         string // substrings of the one error and warning; "" for none
	}{
		{name: "given to the older version", wesVersions: `versions = ["5.2"]`, noticeAbout: "5.2", noticeNames: wes7,
			v52: []string{wes7}, v61: []string{server}},
		{name: "not written: the current version's", noticeAbout: "5.2", noticeNames: wes7,
			v52: []string{wes7, server}, v61: []string{wes7, server}, listedFor52: "6.1"},
		{name: "given to both", wesVersions: `versions = ["5.2", "6.1"]`, noticeAbout: "5.2", noticeNames: wes7,
			v52: []string{wes7}, v61: []string{wes7, server}},
		{name: "a notice about the current version names the older version's", wesVersions: `versions = ["5.2"]`, noticeAbout: "6.1", noticeNames: wes7,
			v52: []string{wes7}, v61: []string{server},
			err: `notices[0].components[0]: component "Windows Embedded Standard 7 6.1.7601 SP1" is no component of version 6.1, which the notice is about: components[0].versions (line 23) gives it to version 5.2 only`},
		{name: "a notice about the older version names one given to the current only", wesVersions: `versions = ["5.2"]`, serverVersions: `versions = ["6.1"]`, noticeAbout: "5.2", noticeNames: server,
			v52: []string{wes7}, v61: []string{server},
			warn: "notices[0].components[0]: component Windows Server 2016 1607: components[1].versions (line 30) gives it to version 6.1 only, and this notice is about version 5.2"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			cdir := filepath.Join(dir, "content")
			if err := os.MkdirAll(cdir, 0o755); err != nil {
				t.Fatal(err)
			}
			version := map[string]string{wes7: "6.1.7601 SP1", server: "1607"}
			src := givenProduct(component(wes7, version[wes7], tc.wesVersions)+component(server, version[server], tc.serverVersions),
				notice("eos", tc.noticeAbout, tc.noticeNames, version[tc.noticeNames]))
			for name, text := range map[string]string{filepath.Join(dir, "jspgen.toml"): givenSite, filepath.Join(cdir, "tc.toml"): src} {
				if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			c, diags := kindtest.Load(t, filepath.Join(dir, "jspgen.toml"), cdir)
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			p := c.Products[0]
			vs, diags := inventory.LoadVersions(cdir, p, "6.1")
			var errs, warns []string
			for _, d := range diags {
				if strings.Contains(d.String(), "warning:") {
					warns = append(warns, d.String())
				} else {
					errs = append(errs, d.String())
				}
			}
			for _, w := range []struct {
				got  []string
				want string
			}{{errs, tc.err}, {warns, tc.warn}} {
				if w.want == "" && len(w.got) > 0 || w.want != "" && (len(w.got) != 1 || !strings.Contains(w.got[0], w.want)) {
					t.Errorf("diagnostics %q, want one containing %q", w.got, w.want)
				}
			}
			names := func(inv *inventory.Inventory) []string {
				var out []string
				for _, c := range inv.List {
					out = append(out, c.Name)
				}
				slices.Sort(out)
				return out
			}
			v52, v61 := vs.ByVersion["5.2"], vs.ByVersion["6.1"]
			if got := names(v52); !slices.Equal(got, tc.v52) {
				t.Errorf("5.2 lists %v, want %v", got, tc.v52)
			}
			if got := names(v61); !slices.Equal(got, tc.v61) {
				t.Errorf("6.1 lists %v, want %v", got, tc.v61)
			}
			if v52.ListedFor != tc.listedFor52 {
				t.Errorf("5.2 ListedFor %q, want %q", v52.ListedFor, tc.listedFor52)
			}
			if named := vs.Inventory.NoticeComponents("eos"); tc.err == "" && (len(named) != 1 || named[0] == nil || named[0].Name != tc.noticeNames) {
				t.Errorf("the notice names %v, want %s", named, tc.noticeNames)
			}
		})
	}
}

// TestGivenVersionsAgainstTheSBOM: an entry given to some versions that
// another version's SBOM file lists is a warning at its versions (the
// entry says the component is not in that version, the SBOM says it is);
// given to that version too, it is none.
func TestGivenVersionsAgainstTheSBOM(t *testing.T) {
	for _, tc := range []struct {
		versions, warn string
	}{
		{`["3.2.0"]`, `components[0].versions: new 1 is given to version 3.2.0 only, but the SBOM files of version 4.0.0 list it`},
		{`["3.2.0", "4.0.0"]`, ""},
	} {
		t.Run(tc.versions, func(t *testing.T) {
			dir := filepath.Join("..", "testdata", "workstation")
			site, cdir := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "viewpoint-rw.toml", func(s string) string {
				// The entry first, so that it is components[0].
				i := strings.Index(s, "[[components]]")
				if i < 0 {
					i = len(s)
				}
				entry := "[[components]]\nname = \"new\"\nversion = \"1\"\nsupport = \"maintained\"\njustification = \"test\"\nversions = " + tc.versions + "\n\n"
				return s[:i] + entry + s[i:] + "\n[sbom]\nfiles = [\"old.cdx.json\", \"new.cdx.json\"]\n\n[[support_rules]]\nid = \"any\"\nname = \"*\"\njustification = \"test\"\n"
			})
			if err := os.MkdirAll(filepath.Join(cdir, "viewpoint-rw"), 0o755); err != nil {
				t.Fatal(err)
			}
			for name, version := range map[string]string{"old.cdx.json": "3.2.0", "new.cdx.json": "4.0.0"} {
				if err := os.WriteFile(filepath.Join(cdir, "viewpoint-rw", name), []byte(subjectSBOM(version, strings.TrimSuffix(name, ".cdx.json"))), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			c, diags := kindtest.Load(t, site, cdir)
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			_, diags = inventory.LoadVersions(cdir, c.Products[0], "4.0.0")
			var warns []string
			for _, d := range diags.Warnings() {
				if d.Path == "components[0].versions" {
					warns = append(warns, d.String())
				}
			}
			if tc.warn == "" && len(warns) > 0 || tc.warn != "" && (len(warns) != 1 || !strings.Contains(warns[0], tc.warn)) {
				t.Errorf("warnings %q, want one containing %q", warns, tc.warn)
			}
		})
	}
}
