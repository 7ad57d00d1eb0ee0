package vuln_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// monitoringNamed loads the monitoring fixture (CVE-2025-67410, learnt of
// on 2025-12-15 and disclosed on 2026-01-12 by the advisory sa-2026-01,
// issued that day) with every document but the advisory released on on
// (the CSD on csd, when given), the product file's other prose naming the
// CVE left out, without the advisory unless notice, without 3.4's
// end-of-support notice of 2024 (which prints the product's description
// and would be the first to publish text the cases put there), and edit
// applied; it returns the file text and what
// vuln.Load reports, as of asOf, that the rule on text naming an
// undisclosed vulnerability reports: "path:line: message".
func monitoringNamed(t *testing.T, on, csd, asOf string, notice bool, edit func(string) string) (string, []string) {
	t.Helper()
	var text string
	site, dir := kindtest.CopyRepo(t, "../testdata/monitoring/jspgen.toml", "../testdata/monitoring/content", "sentinel-pm.toml", func(s string) string {
		s = strings.NewReplacer(" (fixes CVE-2025-67410)", "", " (CVE-2025-67410, advisory VMS-SA-2026-01)", "",
			"except CVE-2025-67410, uncontrolled until 4.0.1 is installed (advisory VMS-SA-2026-01)", "except one, uncontrolled until 4.0.1 is installed",
			"name = \"R. Okonkwo\", date = 2026-01-15", "name = \"R. Okonkwo\", date = 2025-12-01").Replace(s)
		i := strings.Index(s, "\n[[notices]]\nid = \"eos-sentinel-3-4\"")
		j := strings.Index(s, "\n[[notices]]\nid = \"sa-2026-01\"")
		if i < 0 || j < i {
			t.Fatal("the monitoring fixture has no notice eos-sentinel-3-4 before sa-2026-01")
		}
		s = s[:i] + s[j:]
		if !notice {
			i := strings.Index(s, "\n[[notices]]\nid = \"sa-2026-01\"")
			j := strings.Index(s, securityProgramme)
			s = s[:i] + s[j:]
		}
		if csd != "" {
			i := strings.Index(s, "id = \"VMS-SPM-CSD-001\"")
			s = s[:i] + strings.Replace(strings.Replace(s[i:], "release_date = 2026-01-19", "release_date = "+csd, 1), "date = 2026-01-19, summary", "date = "+csd+", summary", 1)
		}
		s = strings.NewReplacer("release_date = 2026-01-19", "release_date = "+on, "date = 2026-01-19, summary", "date = "+on+", summary").Replace(s)
		if edit != nil {
			s = edit(s)
		}
		text = s
		return s
	})
	c, diags := content.Load(site, dir)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	p := c.Products[0]
	d, _ := content.ParseDate(asOf)
	inv, _ := inventory.Load(c.Dir, p.Current(d))
	_, ds := vuln.Load(c.Dir, p, inv, d)
	var got []string
	for _, x := range ds {
		if strings.HasPrefix(x.Message, "this text names ") {
			got = append(got, fmt.Sprintf("%s:%d: %s", x.Path, x.Line, x.Message))
		}
	}
	return text, got
}

// securityProgramme is the heading that follows the advisory.
const securityProgramme = "\n# ---------------------------------------------------------------------------\n# Security programme"

// lineOf is the 1-based line of text that first holds s.
func lineOf(t *testing.T, text, s string) int {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("the edited file does not hold %q", s)
	}
	return strings.Count(text[:i], "\n") + 1
}

// TestUndisclosedNamedInText: text of the product file that names a
// vulnerability of its data in a document or file speaking as of a date
// before the vulnerability is public is an error at the text's key and
// line, saying when it may be named; text printed only from the
// disclosure on, the vulnerability's own entry, an ID not in the data,
// and a longer ID holding the ID are not reported.
func TestUndisclosedNamedInText(t *testing.T) {
	const summary40 = "disk encryption of the server's waveform store."
	name := func(ref string) func(string) string {
		return func(s string) string {
			return strings.Replace(s, summary40, "disk encryption of the server's waveform store; "+ref+" is fixed in 4.0.1.", 1)
		}
	}
	secondVuln := func(disclosed, text string) func(string) string {
		return func(s string) string {
			entry := "[[vulnerabilities]]\nid = \"CVE-2025-11111\"\ndescription = \"" + text + "\"\n" +
				"components = [{ name = \"Sentinel alarm forwarder\", version = \"4.0.0\" }]\nversions = [\"4.0\"]\nstatus = \"under_investigation\"\n" +
				"discovered = 2025-10-01\ndisclosed = " + disclosed + "\n"
			return strings.Replace(s, securityProgramme, "\n"+entry+securityProgramme, 1)
		}
	}
	// sameID adds a second entry of CVE-2025-67410 (4.0.1, fixed) with
	// the given dates, after the first.
	sameID := func(dates string) func(string) string {
		return func(s string) string {
			entry := "[[vulnerabilities]]\nid = \"CVE-2025-67410\"\ncomponents = [{ name = \"Sentinel alarm forwarder\", version = \"4.0.1\" }]\nversions = [\"4.0.1\"]\nstatus = \"fixed\"\n" + dates
			return strings.Replace(s, securityProgramme, "\n"+entry+securityProgramme, 1)
		}
	}
	const csdHistory = "First release; CVE-2025-67410 is named from revision B."
	csdNames := func(s string) string {
		i := strings.Index(s, "id = \"VMS-SPM-CSD-001\"")
		return s[:i] + strings.Replace(s[i:], "summary = \"First release.\"", "summary = \""+csdHistory+"\"", 1)
	}
	tests := []struct {
		name           string
		on, csd, asOf  string
		notice         bool
		edit           func(string) string
		wantPath, line string // line: text the key's line holds; "" wants nothing reported
		wantMsg        string
	}{
		{"a version's summary, documents released before the disclosure", "2026-01-05", "", "2026-01-05", false, name("CVE-2025-67410"),
			"versions[1].summary", "CVE-2025-67410 is fixed in 4.0.1", "this text names CVE-2025-67410, not publicly disclosed until 2026-01-12 (vulnerabilities[0].disclosed), but may be published as of 2026-01-05, in the security plan (VMS-SPM-SEC-001 revision A), which speaks as of its release date"},
		{"the same, followed by a curly apostrophe", "2026-01-05", "", "2026-01-05", false, name("CVE-2025-67410’s fix"),
			"versions[1].summary", "CVE-2025-67410’s fix", "not publicly disclosed until 2026-01-12"},
		{"the same, in lower case", "2026-01-05", "", "2026-01-05", false, name("cve-2025-67410"),
			"versions[1].summary", "cve-2025-67410 is fixed", "not publicly disclosed until 2026-01-12"},
		{"the same, documents released on the disclosure", "2026-01-12", "", "2026-01-12", false, name("CVE-2025-67410"), "", "", ""},
		{"the same, loaded with no as-of date (nothing speaks as of a date)", "2026-01-05", "", "", false, name("CVE-2025-67410"), "", "", ""},
		{"the same, documents released after the disclosure, built as of a date before it", "2026-01-19", "", "2026-01-05", false, name("CVE-2025-67410"), "", "", ""},
		{"the product's description, built as of a date before the disclosure", "2026-01-19", "", "2026-01-05", false, func(s string) string {
			return strings.Replace(s, "\ndescription = \"\"\"\n", "\ndescription = \"\"\"\nFixed for CVE-2025-67410 in 4.0.1.\n", 1)
		}, "description", "description = \"\"\"\nFixed for CVE-2025-67410", "in the site's product page, views, lifecycle.json or the VEX and CSAF files, which speak as of the build's as-of date"},
		{"a security use case's title, drawn in the site's views, built as of a date before the disclosure", "2026-01-19", "", "2026-01-05", false, func(s string) string {
			return strings.Replace(s, "\n[[architecture]]\nkind = \"updatability\"", "\n[[architecture]]\nkind = \"security_use_case\"\ntitle = \"Alarm forwarded after the CVE-2025-67410 fix\"\nflows = [\"DF-01\"]\ndescription = \"The receiver passes an alarm on.\"\n\n[[architecture]]\nkind = \"updatability\"", 1)
		}, "architecture[2].title", "Alarm forwarded after the CVE-2025-67410 fix", "in the site's product page, views, lifecycle.json or the VEX and CSAF files, which speak as of the build's as-of date"},
		{"the same, built as of the disclosure", "2026-01-19", "", "2026-01-12", false, func(s string) string {
			return strings.Replace(s, "\n[[architecture]]\nkind = \"updatability\"", "\n[[architecture]]\nkind = \"security_use_case\"\ntitle = \"Alarm forwarded after the CVE-2025-67410 fix\"\nflows = [\"DF-01\"]\ndescription = \"The receiver passes an alarm on.\"\n\n[[architecture]]\nkind = \"updatability\"", 1)
		}, "", "", ""},
		{"a version's change to the make-up the views draw, built as of a date before the disclosure", "2026-01-19", "", "2026-01-05", false, func(s string) string {
			return strings.Replace(s, "protection = \"Readable only by the Sentinel server's service account;", "protection = \"Since the CVE-2025-67410 fix, readable only by the Sentinel server's service account;", 1)
		}, "versions[1].changes.data_stores_changed[0].protection", "Since the CVE-2025-67410 fix", "in the site's product page, views, lifecycle.json or the VEX and CSAF files"},
		{"an ID not in the data", "2026-01-05", "", "2026-01-05", false, name("CVE-2025-67411"), "", "", ""},
		{"a longer ID holding the data's", "2026-01-05", "", "2026-01-05", false, name("CVE-2025-674100"), "", "", ""},
		{"a longer ID holding the data's, ending in 9", "2026-01-05", "", "2026-01-05", false, name("CVE-2025-674109"), "", "", ""},
		{"words holding the data's ID, ending in a letter or an underscore", "2026-01-05", "", "2026-01-05", false, name("CVE-2025-67410A, CVE-2025-67410Z and CVE-2025-67410_1"), "", "", ""},
		{"the data's ID inside the one named", "2026-01-05", "", "2026-01-05", false, func(s string) string {
			s = strings.ReplaceAll(s, "\"CVE-2025-67410\"", "\"CVE-2025-6741\"")
			return name("CVE-2025-67410")(s)
		}, "", "", ""},
		{"the vulnerability's own entry", "2026-01-05", "", "2026-01-05", false, func(s string) string {
			return strings.Replace(s, "The monitoring server accepts HL7 v2", "CVE-2025-67410: the monitoring server accepts HL7 v2", 1)
		}, "", "", ""},
		{"the advisory, issued on the disclosure, with documents released before it", "2026-01-05", "", "2026-01-12", true, nil, "", "", ""},
		{"the advisory, issued on the disclosure, built as of a date before it", "2026-01-05", "", "2026-01-05", true, nil, "", "", ""},
		{"the advisory released before the disclosure", "2026-01-05", "", "2026-01-05", true, func(s string) string {
			return strings.NewReplacer("issued = 2026-01-12", "issued = 2026-01-05", "release_date = 2026-01-12", "release_date = 2026-01-05",
				"name = \"R. Okonkwo\", date = 2026-01-09", "name = \"R. Okonkwo\", date = 2025-12-01", "{ revision = \"A\", date = 2026-01-12", "{ revision = \"A\", date = 2026-01-05").Replace(s)
		}, "notices[0].summary", "without authenticating them (CVE-2025-67410)", "in the notice sa-2026-01 (VMS-SA-2026-01 revision A), which speaks as of its release date"},
		{"a CSD revision's summary, the CSD released before the disclosure", "2026-01-05", "", "2026-01-05", false, csdNames,
			"documents.csd.history[0].summary", csdHistory, "in the CSD (VMS-SPM-CSD-001 revision A), which speaks as of its release date"},
		{"a CSD revision's summary, the CSD released on the disclosure, the others before", "2026-01-05", "2026-01-12", "2026-01-12", false, csdNames, "", "", ""},
		{"another vulnerability's description, it public before", "2026-01-05", "", "2026-01-05", false, secondVuln("2025-11-01", "Found while fixing CVE-2025-67410."),
			"vulnerabilities[1].description", "Found while fixing CVE-2025-67410.", "not publicly disclosed until 2026-01-12"},
		{"another vulnerability's description, it disclosed after", "2026-01-05", "", "2026-01-05", false, secondVuln("2026-02-01", "Found while fixing CVE-2025-67410."), "", "", ""},
		{"an entry of the same ID with no dates first: never held back", "2026-01-05", "", "2026-01-05", false, func(s string) string {
			entry := "[[vulnerabilities]]\nid = \"CVE-2025-67410\"\ncomponents = [{ name = \"Sentinel alarm forwarder\", version = \"4.0.1\" }]\nversions = [\"4.0.1\"]\nstatus = \"fixed\"\n\n"
			return name("CVE-2025-67410")(strings.Replace(s, "[[vulnerabilities]]\nid = \"CVE-2025-67410\"", entry+"[[vulnerabilities]]\nid = \"CVE-2025-67410\"", 1))
		}, "", "", ""},
		{"an entry of the same ID public earlier: the ID is public from then", "2026-01-05", "", "2026-01-05", false, func(s string) string {
			return name("CVE-2025-67410")(sameID("discovered = 2025-12-01\ndisclosed = 2025-12-20\n")(s))
		}, "", "", ""},
		{"an entry of the same ID public later does not stop the next ID", "2026-01-05", "", "2026-01-05", false, func(s string) string {
			return name("CVE-2025-11111")(secondVuln("2026-02-01", "Found in review.")(sameID("discovered = 2025-12-20\ndisclosed = 2026-01-20\n")(s)))
		}, "versions[1].summary", "CVE-2025-11111 is fixed", "this text names CVE-2025-11111, not publicly disclosed until 2026-02-01 (vulnerabilities[2].disclosed)"},
		{"disclosed before the manufacturer learnt of it, documents released between", "2025-12-10", "", "2025-12-10", false, func(s string) string {
			return name("CVE-2025-67410")(strings.NewReplacer("disclosed = 2026-01-12\n", "disclosed = 2025-12-05\n", "date = 2025-12-01 }]", "date = 2025-12-08 }]").Replace(s))
		}, "versions[1].summary", "CVE-2025-67410 is fixed", "this text names CVE-2025-67410, not known to the manufacturer until 2025-12-15 (vulnerabilities[0].discovered), but"},
		{"a text beginning with the ID", "2026-01-05", "", "2026-01-05", false, func(s string) string {
			return strings.Replace(s, "summary = \"Windows 10 IoT Enterprise", "summary = \"CVE-2025-67410 fixed later; Windows 10 IoT Enterprise", 1)
		}, "versions[1].summary", "CVE-2025-67410 fixed later", "this text names CVE-2025-67410, not publicly disclosed until 2026-01-12"},
		{"an entry's own text naming another ID, published before that one's disclosure", "2026-01-05", "", "2026-01-20", false, func(s string) string {
			return secondVuln("2026-02-01", "Found in review.")(strings.Replace(s, "The monitoring server accepts HL7 v2", "CVE-2025-67410, found with CVE-2025-11111: the monitoring server accepts HL7 v2", 1))
		}, "vulnerabilities[0].description", "found with CVE-2025-11111", "this text names CVE-2025-11111, not publicly disclosed until 2026-02-01 (vulnerabilities[1].disclosed), but may be published as of 2026-01-20, in the site's"},
		{"a text naming an ID public by its release and one not yet", "2026-01-19", "2026-01-05", "2026-01-19", false, func(s string) string {
			i := strings.Index(s, "id = \"VMS-SPM-SEC-001\"")
			s = s[:i] + strings.Replace(s[i:], "summary = \"First release.\"", "summary = \"First release: CVE-2025-67410 and CVE-2025-11111.\"", 1)
			return secondVuln("2026-02-01", "Found in review.")(s)
		}, "documents.security_plan.history[0].summary", "First release: CVE-2025-67410 and CVE-2025-11111.", "this text names CVE-2025-11111, not publicly disclosed until 2026-02-01 (vulnerabilities[1].disclosed), but may be published as of 2026-01-19, in the security plan (VMS-SPM-SEC-001 revision A)"},
		{"a version's text, the only notice before the disclosure about another version", "2026-01-19", "", "2026-01-19", false, func(s string) string {
			notice := "\n[[notices]]\nid = \"eos-3-4\"\nkind = \"end_of_support\"\nissued = 2026-01-05\n" +
				"summary = \"Sentinel 3.4 reaches end of support on 30 June 2027.\"\nversions = [\"3.4\"]\n" +
				"maintenance = \"Security fixes until 30 June 2027; none after.\"\n" +
				"stops = [{ what = \"security_updates\", milestone = \"end_of_support\" }]\n" +
				"operating_systems = [\"Windows 10 Enterprise LTSC 2021\"]\ncompensating_controls = [\"Keep the server on the monitoring VLAN.\"]\n" +
				"upgrade_paths = [{ kind = \"software_only\", target = \"Sentinel 4.0\", to_version = \"4.0\", description = \"Install 4.0.\" }]\n" +
				"[notices.customer_actions]\nnetwork_isolation = \"Keep the server on the monitoring VLAN.\"\n" +
				"[notices.document]\nid = \"VMS-EOS-34\"\nrevision = \"A\"\nrelease_date = 2026-01-05\nowner = \"Sentinel product security lead\"\n" +
				"approvals = [{ role = \"Product security lead\", name = \"R. Okonkwo\", date = 2026-01-02 }]\n" +
				"history = [{ revision = \"A\", date = 2026-01-05, summary = \"First release.\" }]\n"
			return name("CVE-2025-67410")(strings.Replace(s, securityProgramme, notice+securityProgramme, 1))
		}, "", "", ""},
		{"disclosed not stated: public from its discovery", "2026-01-05", "", "2026-01-05", false, func(s string) string {
			return name("CVE-2025-67410")(strings.Replace(s, "disclosed = 2026-01-12\n", "", 1))
		}, "", "", ""},
		{"disclosed not stated, documents released before its discovery", "2025-12-10", "", "2025-12-10", false, func(s string) string {
			return name("CVE-2025-67410")(strings.NewReplacer("disclosed = 2026-01-12\n", "", "date = 2025-12-01 }]", "date = 2025-12-08 }]").Replace(s))
		}, "versions[1].summary", "CVE-2025-67410 is fixed", "not known to the manufacturer until 2025-12-15 (vulnerabilities[0].discovered; disclosed is not stated)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, got := monitoringNamed(t, tt.on, tt.csd, tt.asOf, tt.notice, tt.edit)
			if tt.wantPath == "" {
				if len(got) > 0 {
					t.Errorf("reported:\n%s", strings.Join(got, "\n"))
				}
				return
			}
			prefix := fmt.Sprintf("%s:%d: ", tt.wantPath, lineOf(t, text, tt.line))
			if len(got) != 1 || !strings.HasPrefix(got[0], prefix) || !strings.Contains(got[0], tt.wantMsg) ||
				!strings.Contains(got[0], "name it only in text first published on or after") {
				t.Errorf("want one report %s…%s…; got:\n%s", prefix, tt.wantMsg, strings.Join(got, "\n"))
			}
		})
	}
}

// TestScanIndex: the rule reads the index of a key path's entry (which
// vulnerability, notice or version a text belongs to) whatever its
// digits; a path without a number between the brackets is no entry's.
func TestScanIndex(t *testing.T) {
	for _, c := range []struct {
		path, prefix string
		ok           bool
		i            int
		rest         string
	}{
		{"vulnerabilities[19].description", "vulnerabilities[", true, 19, ".description"},
		{"versions[0]", "versions[", true, 0, ""},
		{"notices[907].summary", "notices[", true, 907, ".summary"},
		{"notices[2].summary", "versions[", false, 0, ""},
		{"vulnerabilities[].description", "vulnerabilities[", false, 0, ""},
		{"vulnerabilities[1a].description", "vulnerabilities[", false, 0, ""},
		{"vulnerabilities[3", "vulnerabilities[", false, 0, ""},
	} {
		var i int
		var rest string
		if ok := vuln.ScanIndex(c.path, c.prefix, &i, &rest); ok != c.ok || i != c.i || rest != c.rest {
			t.Errorf("scanIndex(%q, %q) = %v, %d, %q; want %v, %d, %q", c.path, c.prefix, ok, i, rest, c.ok, c.i, c.rest)
		}
	}
}
