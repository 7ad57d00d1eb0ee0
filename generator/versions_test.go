package generator

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// supportedKey asks for the documents of every supported version; the
// example sets it (see its [documents]).
const supportedKey = "versions = \"supported\"\n"

// requireSupported fails unless the example product file asks for the
// documents of every supported version, which these tests are about.
func requireSupported(t testing.TB) {
	t.Helper()
	b, err := os.ReadFile("../content/halcyon-lvp7.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "\n"+supportedKey) {
		t.Fatalf("the example no longer sets documents.%s", supportedKey)
	}
}

// versionDocs builds the example (documents.versions = "supported"),
// after edit (a text edit of the product file), and renders every document
// as the build does, each from the facts of the version it speaks about.
// It maps document path to Markdown.
func versionDocs(t *testing.T, edit func(string) string) map[string]string {
	t.Helper()
	requireSupported(t)
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", edit)
	c, diags := kindtest.Load(t, site, dir)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	kp, _ := kindtest.Product(t, c, kindtest.Example)
	env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
	kinds := DefaultKinds()
	prepared := make([]kind.Prepared, len(kinds))
	for k, kd := range kinds {
		prepared[k], _ = kindtest.Prepare(t, kd, env, kp)
	}
	built := kind.BuiltOf(kinds, prepared, kp)
	docs := map[string]string{}
	for _, prep := range prepared {
		for _, doc := range prep.Documents {
			docs[doc.Path] = kindtest.RenderBuilt(t, env, kp, doc, built)
		}
		for _, f := range prep.Files {
			if strings.HasSuffix(f.Path, ".json") {
				b, err := f.Bytes()
				if err != nil {
					t.Fatal(err)
				}
				docs[f.Path] = string(b)
			}
		}
	}
	return docs
}

// TestVersionFactsReachOnlyTheirDocuments changes one version's ports and
// checks that every document about that version changes and no document
// about another version does. The security plan, the CSD and the MDS2
// form speak about the current version (4.2.1), as does the component
// notice that names it; the end-of-support notice speaks about 3.8.2 and
// the end-of-life notice about 4.1.0, and so do the CSD and the MDS2 form
// of 4.1.0, still supported (documents.versions = "supported"), in
// 4.1.0/. (The MDS2 form's Markdown names no port; its JSON records the
// port count behind CONN-2.) A security setting reaches the CSD of its
// version and no other document.
func TestVersionFactsReachOnlyTheirDocuments(t *testing.T) {
	base := versionDocs(t, nil)
	const port = `number = 9999
transport = "tcp"
service = "Test service"
purpose = "A port only this version has."
direction = "out"
interface = "wifi"
endpoints = ["Test peer"]
default_enabled = true
encrypted = true
authenticated = true
`
	// 4.2.1 adds the port (its changes already add ports).
	in421 := versionDocs(t, func(s string) string {
		return strings.Replace(s, "[[versions.changes.ports_added]]\n", "[[versions.changes.ports_added]]\n"+port+"\n[[versions.changes.ports_added]]\n", 1)
	})
	// 3.8.2 (the top-level facts) has the port; 4.1.0 removes it.
	in382 := versionDocs(t, func(s string) string {
		s = strings.Replace(s, "[[data_stores]]\n", "[[ports]]\n"+port+"\n[[data_stores]]\n", 1) // after the last port: no other port's path moves
		return strings.Replace(s, "[versions.changes]\nsbom_files = [\"sbom-4.1.0.cdx.json\"]\n", "[versions.changes]\nsbom_files = [\"sbom-4.1.0.cdx.json\"]\nports_removed = [9999]\n", 1)
	})
	// 4.1.0 adds the port and 4.2.1 removes it: only 4.1.0 has it.
	const in410changes = "[versions.changes]\nsbom_files = [\"sbom-4.1.0.cdx.json\"]\n"
	in410 := versionDocs(t, func(s string) string {
		s = strings.Replace(s, "[[versions.changes.ports_added]]\n", "[[versions.changes.ports_added]]\n"+port+"\n[[versions.changes.ports_added]]\n", 1) // 4.2.1's first added port
		s = strings.Replace(s, "ports_removed = [53, 123]\n", "ports_removed = [53, 123, 9999]\n", 1)                                                     // 4.2.1's
		// move the added port from 4.2.1 to 4.1.0
		s = strings.Replace(s, "[[versions.changes.ports_added]]\n"+port+"\n", "", 1)
		return strings.Replace(s, in410changes, in410changes+"\n[[versions.changes.ports_added]]\n"+port+"\n", 1)
	})
	const setting = `name = "Test setting 9999"
default = "Off"
options = "Off; on"
changed_by = "Connect administrator"
raises_risk = false
`
	// 4.1.0 adds a setting and 4.2.1 removes it again.
	setting410 := versionDocs(t, func(s string) string {
		s = strings.Replace(s, "[versions.changes]\nsbom_files = [\"sbom.cdx.json\"]\n", "[versions.changes]\nsbom_files = [\"sbom.cdx.json\"]\nsecurity_settings_removed = [\"Test setting 9999\"]\n", 1)
		return strings.Replace(s, in410changes, in410changes+"\n[[versions.changes.security_settings_added]]\n"+setting+"\n", 1)
	})
	// 4.2.1 changes a setting 4.1.0 added: only the current version's CSD.
	setting421 := versionDocs(t, func(s string) string {
		return strings.Replace(s, "[cyber_device]\n", "[[versions.changes.security_settings_changed]]\nname = \"PIN length and lock-out\"\ndefault = \"9999 digits\"\nchanged_by = \"Connect administrator\"\n\n[cyber_device]\n", 1)
	})
	for _, tc := range []struct {
		name    string
		docs    map[string]string
		changed []string
	}{
		{"4.2.1 adds a port", in421, []string{"security-plan", "csd", "mds2", "mds2.json", "risk-report", "notices/ceos-linux-6.6-openssl-3.0"}},
		{"3.8.2 has a port 4.1.0 removes", in382, []string{"notices/eos-3.8.2"}},
		{"only 4.1.0 has a port", in410, []string{"4.1.0/csd", "4.1.0/mds2", "4.1.0/mds2.json", "notices/eol-4.1.0"}},
		{"only 4.1.0 has a setting", setting410, []string{"4.1.0/csd"}},
		{"4.2.1 changes a setting", setting421, []string{"csd"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var paths []string
			for path := range base {
				paths = append(paths, path)
			}
			slices.Sort(paths)
			for _, path := range tc.changed {
				if _, ok := base[path]; !ok {
					t.Errorf("%s is not built (documents of the example: %v)", path, paths)
				}
			}
			for _, path := range paths {
				differs := base[path] != tc.docs[path]
				// The MDS2 form counts the ports (CONN-2) but names none,
				// and its "how reached" appendix names the facts by key
				// path, which the added port shifts; the risk report counts
				// them in its attack surface.
				mentions := strings.Contains(tc.docs[path], "9999") || ((strings.HasSuffix(path, "mds2") || strings.HasSuffix(path, "mds2.json") || path == "risk-report") && differs)
				want := slices.Contains(tc.changed, path)
				switch {
				case want && !(differs && mentions):
					t.Errorf("%s is about the version with port 9999 but does not show it", path)
				case !want && (differs || mentions):
					t.Errorf("%s is about another version but changed (mentions 9999: %v)", path, mentions)
				}
			}
		})
	}
}

// TestSupportedVersionsGetDocuments: with documents.versions = "supported"
// the example (as of 2026-02-16: 4.2.1 current, 4.1.0 in limited support,
// 3.8.2 past its end of support) has a CSD and an MDS2 form for 4.1.0 in
// 4.1.0/, numbered and titled with the version, and none for 3.8.2; with
// documents.versions = "current" (the default) only the current version's.
func TestSupportedVersionsGetDocuments(t *testing.T) {
	const key = supportedKey
	for _, tc := range []struct {
		name string
		edit func(string) string
		want []string // documents and files of another version than the current
	}{
		{"supported", nil, []string{"4.1.0/csd", "4.1.0/mds2", "4.1.0/mds2.json"}},
		{"current only", func(s string) string { return strings.Replace(s, key, "versions = \"current\"\n", 1) }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs := versionDocs(t, tc.edit)
			var got []string
			for path := range docs {
				if strings.Contains(path, "/") && !strings.HasPrefix(path, "notices/") {
					got = append(got, path)
				}
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Fatalf("documents of other versions: %v, want %v", got, tc.want)
			}
			if tc.want == nil {
				return
			}
			csd := docs["4.1.0/csd"]
			kindtest.SaysAll(t, "4.1.0/csd", csd, "# Customer Security Documentation, version 4.1.0", "MIS-LVP7-CSD-001-4.1.0", "for software version `4.1.0`", "the current version is `4.2.1`", "](../sbom-4.1.0.cdx.json)", "](../diagrams/")
			if strings.Contains(csd, "3.8.2/") || strings.Contains(docs["csd"], "MIS-LVP7-CSD-001-") {
				t.Errorf("a version's number or folder leaked into another version's CSD")
			}
			if !strings.Contains(docs["4.1.0/mds2"], "| JSP-VER\\* | Which software versions of the device does this form cover? | 4.1.0 (") ||
				!strings.Contains(docs["mds2"], "| JSP-VER\\* | Which software versions of the device does this form cover? | 4.2.1 (") {
				t.Errorf("each MDS2 form covers its own version only")
			}
		})
	}
}

// TestSupportedVersionsSite builds the example with documents.versions =
// "supported": 4.1.0's CSD and MDS2 form are published in every format in
// halcyon-lvp7/4.1.0/ and linked from the product page and the index (the
// build's link check passes), and after a change to 4.1.0's facts a build
// from the cache equals a clean build.
func TestSupportedVersionsSite(t *testing.T) {
	requireSupported(t)
	siteFile, contentDir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", "halcyon-lvp7.toml", nil)
	out := filepath.Join(filepath.Dir(siteFile), "site")
	opts := Options{SiteFile: siteFile, ContentDir: contentDir, OutDir: out, CacheDir: DefaultCacheDir(out)}
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"csd.md", "csd.html", "csd.pdf", "mds2.md", "mds2.html", "mds2.pdf", "mds2.json", "mds2.csv", "mds2.xlsx"} {
		if _, err := os.Stat(filepath.Join(out, "halcyon-lvp7", "4.1.0", f)); err != nil {
			t.Error(err)
		}
	}
	for page, links := range map[string][]string{
		"halcyon-lvp7/index.html": {`href="4.1.0/csd.html">Customer Security Documentation, version 4.1.0<`, `href="4.1.0/mds2.html">MDS2 Disclosure Form, version 4.1.0<`, `href="sbom-4.1.0.cdx.annotated.json"`},
		"index.html":              {`href="halcyon-lvp7/4.1.0/csd.html">Customer Security Documentation, version 4.1.0<`},
	} {
		b, err := os.ReadFile(filepath.Join(out, page))
		if err != nil {
			t.Fatal(err)
		}
		kindtest.SaysAll(t, page, string(b), links...)
	}

	product := filepath.Join(contentDir, "halcyon-lvp7.toml")
	src, err := os.ReadFile(product)
	if err != nil {
		t.Fatal(err)
	}
	const in410 = "[versions.changes]\nsbom_files = [\"sbom-4.1.0.cdx.json\"]\n"
	edited := strings.Replace(string(src), in410, in410+"security_settings_removed = [\"Session timeout\"]\n", 1)
	if edited == string(src) {
		t.Fatal("4.1.0's changes not found")
	}
	if err := os.WriteFile(product, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, out)
	if _, err := Build(opts); err != nil {
		t.Fatal(err)
	}
	ref := opts
	ref.CacheDir, ref.OutDir = "", filepath.Join(t.TempDir(), "site")
	if _, err := Build(ref); err != nil {
		t.Fatal(err)
	}
	after := readTree(t, out)
	sameTree(t, "after a change to 4.1.0's settings", readTree(t, ref.OutDir), after)
	// 4.2.1 inherits the removal; the MDS2 forms list no setting.
	for _, changed := range []string{"halcyon-lvp7/4.1.0/csd.md", "halcyon-lvp7/csd.md"} {
		if bytes.Equal(before[changed], after[changed]) {
			t.Errorf("%s did not change when 4.1.0 removed a setting", changed)
		}
	}
	for _, same := range []string{"dosewise/csd.md", "halcyon-lvp7/4.1.0/mds2.md"} {
		if !bytes.Equal(before[same], after[same]) {
			t.Errorf("%s changed when 4.1.0 removed a setting", same)
		}
	}
}

// TestOlderVersionStatesOnlyItsFacts: 4.2.1 brought WPA3, Network Time
// Security, syslog forwarding and anti-rollback counters. The 4.2.1 CSD
// and MDS2 form state each; 4.1.0's, built from 4.1.0's facts
// (Product.At), state none of them, not even through the facts that were
// once product-wide (recommended controls, infrastructure, deployment,
// updates, events, hardening) or the revision history.
func TestOlderVersionStatesOnlyItsFacts(t *testing.T) {
	docs := versionDocs(t, nil)
	for _, tc := range []struct{ doc, feature, claim string }{
		{"csd", "WPA3", "WPA2- or WPA3-Enterprise"},
		{"csd", "WPA3 (infrastructure)", "WPA2-Enterprise or WPA3-Enterprise"},
		{"csd", "NTS (firewall)", "| 4460/TCP |"},
		{"csd", "NTS (infrastructure)", "Network Time Security (RFC 8915)"},
		{"csd", "NTS (NTP port)", "authenticated when the hospital's servers support NTS"},
		{"csd", "syslog (firewall)", "| 6514/TCP | Syslog over TLS (Wi-Fi, Ethernet)"},
		{"csd", "syslog (recommended control)", "Forward pump security events to the SIEM"},
		{"csd", "syslog (events)", "; syslog. |"},
		{"csd", "syslog (deployment)", "(optionally) syslog servers"},
		{"csd", "syslog (hardening)", "time and syslog servers"},
		{"csd", "syslog (SIEM)", "RFC 5424 syslog with structured data"},
		{"csd", "anti-rollback (hardening, updates)", "anti-rollback counters"},
		{"csd", "anti-rollback (recommended control)", "blocks installation of a release whose anti-rollback counter is lower"},
		{"csd", "revision about 4.2.1", "Software 4.2.1: WPA3-Enterprise, NTS"},
		{"mds2", "syslog (note 4)", "forwards security events as RFC 5424 syslog"},
		{"mds2", "syslog (note 11)", "when enabled, syslog servers"},
		{"mds2", "anti-rollback (note 16)", "hardware anti-rollback counters"},
		{"mds2", "revision about 4.2.1", "First release, for software 4.2.1."},
	} {
		if !strings.Contains(docs[tc.doc], tc.claim) {
			t.Errorf("4.2.1's %s does not state %s (%q)", tc.doc, tc.feature, tc.claim)
		}
		if strings.Contains(docs["4.1.0/"+tc.doc], tc.claim) {
			t.Errorf("4.1.0's %s states 4.2.1's %s (%q)", tc.doc, tc.feature, tc.claim)
		}
	}
	// 4.1.0 passed its end of life (2025-09-30) before the as-of date: its
	// CSD says it is in limited support, not plainly "still supported".
	kindtest.SaysAll(t, "4.1.0's CSD", docs["4.1.0/csd"], "Version `4.1.0` is in limited support")
	kindtest.SaysNoneBecause(t, "4.1.0's CSD", docs["4.1.0/csd"], "it is in limited support", "`4.1.0` is still supported")
}
