package generator

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	contentpkg "github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/modelfamily is a patient-monitor family, the Tamsin TV-300: a
// transport monitor on no network (TV-300T, USB only), a bedside monitor
// on Ethernet (TV-300B) and a telemetry monitor on Wi-Fi and Bluetooth
// (TV-300W); 5.0 runs on all three, 5.1 on the TV-300T alone, 5.2 on the
// other two (its product file's header says what it holds).

// TestModelFamilyYesNotDecidedForAModel: 5.0's form covers the three
// models. CONN-3 (systems inside the customer's network) is Yes from the
// central-station port of the TV-300B and TV-300W; for the TV-300T,
// whose only link is a USB port that may reach a computer, the data
// decide nothing. The form gave a plain Yes for the family, with the
// bedside monitor's port as its reason: a transport monitor that joins
// no network said to talk to systems on the hospital's. It now refers to
// a note naming the models the Yes holds for and saying the data do not
// decide it for the TV-300T (not that its answer is No), and JSP-MODELS
// names it. 5.2's form, whose two models both have the port, is a plain
// Yes. (The derived answers' notes follow the manufacturer's four.)
func TestModelFamilyYesNotDecidedForAModel(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	mds2 := read("tv300/5.0/mds2.md")
	kindtest.SaysAll(t, "5.0/mds2.md", mds2,
		// Each model's own port: the TV-300W has no lan.
		"on the lan interface, which joins the customer's network on model TV-300B; ports[1] is 7400/tcp (Tamsin central-station protocol over TLS 1.2) on the wifi interface, which joins the customer's network on model TV-300W, not decided for model TV-300T.\") | Note\u00a08 |",
		"**Note 8.** The answer Yes to the questions that refer to this note holds for models TV-300B and TV-300W: for the other model this form covers (TV-300T), the product data do not decide those questions.",
		"CONN-3 (Yes for models TV-300B and TV-300W, not decided for model TV-300T, note 8); ",
		// CONN-2, Yes for the family but N/A for the TV-300T, which joins
		// no network, has a note of its own (note 7, in row order).
		"| Note\u00a07 |  |  |  |\n| CONN-3 |",
		"**Note 7.** The answer Yes to the questions that refer to this note holds for models TV-300B and TV-300W only: for the other model this form covers (TV-300T), the product data give N/A to each of those questions.",
		"CONN-2 (Yes, but N/A for model TV-300T, note 7); ",
		// A No of some models gets its note and its place in the list too:
		// TXCF-1 from the TV-300B's and TV-300W's PHI over the network,
		// which the TV-300T, on USB alone, does not decide.
		"TXCF-1 (No for models TV-300B and TV-300W, not decided for model TV-300T, note 9).",
		"interfaces[1].carries lists PHI or PII, and interface lan is of kind Ethernet, which is no dedicated point-to-point cable on model TV-300B; interfaces[2].carries lists PHI or PII, and interface wifi is of kind Wi-Fi, which is no dedicated point-to-point cable on model TV-300W, not decided for model TV-300T.\") | Note\u00a09 |",
		// Answers the TV-300T gives No to keep their notes.
		"**Note 6.** The answer Yes to the questions that refer to this note holds for model TV-300W only: for the other models this form covers (TV-300T and TV-300B), the product data give No to each of those questions.")
	kindtest.SaysNone(t, "5.0/mds2.md", mds2, "which joins the customer's network.\") |  |")
	current := read("tv300/mds2.md")
	// each model's own port: the TV-300W has no lan interface
	kindtest.SaysAll(t, "mds2.md", current, "on the lan interface, which joins the customer's network on model TV-300B; ports[1] is 7400/tcp (Tamsin central-station protocol over TLS 1.2) on the wifi interface, which joins the customer's network on model TV-300W.\") |  |")
	kindtest.SaysNone(t, "mds2.md", current, "not decided for")
}

// TestModelFamilyTransportNoticeIsolatesNothing: the end-of-life notice
// of 5.1 concerns the TV-300T alone (5.1's models), which joins no
// network. check asked it for network_isolation, because 5.1's facts
// hold the other models' Ethernet and Wi-Fi, and the manufacturer had
// to tell hospitals to keep a transport monitor on the clinical device
// network. It now reads 5.1 on the notice's models, as the notice does,
// and the notice says there is nothing to isolate.
func TestModelFamilyTransportNoticeIsolatesNothing(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	n := read("tv300/notices/eol-tv300t.md")
	kindtest.SaysAll(t, "eol-tv300t.md", n,
		"| TV-300T | TV-300T transport monitor (catalogue no. 300-300) |",
		"The device has no network interface and uses no network port.",
		"The device joins no network, so there is nothing of it to isolate on one.")
	kindtest.SaysNone(t, "eol-tv300t.md", n, "TV-300B bedside", "7400", "clinical device network")
}

// TestModelFamilyUpgradePathNamesItsModels: 5.0's end-of-life notice
// concerns every model and offers 5.2 and 5.1, each of which runs on
// some of them only. Its upgrade table said "software 5.2" and
// "software 5.1" for every affected device: a transport monitor's owner
// read that 5.2 was open to it. Each now names the models it runs on;
// and a software-only path (the same hardware) to a version none of the
// notice's models runs is refused by check.
func TestModelFamilyUpgradePathNamesItsModels(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	n := read("tv300/notices/eol-5-0.md")
	kindtest.SaysAll(t, "eol-5-0.md", n,
		"| Software only | software 5.2 (planned; models TV-300B and TV-300W only) |",
		"| Software only | software 5.1 (model TV-300T only) |")
	// The TV-300T notice offers a replacement only: named as is.
	kindtest.SaysAll(t, "eol-tv300t.md", read("tv300/notices/eol-tv300t.md"), "| Full replacement | TV-300W telemetry monitor |")

	dir := filepath.Join("testdata", "modelfamily")
	site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "tv300.toml",
		kindtest.Replace(`upgrade_paths = [{ kind = "full_replacement", target = "TV-300W telemetry monitor",`,
			`upgrade_paths = [{ kind = "software_only", to_version = "5.2", description = "Install 5.2." }, { kind = "full_replacement", target = "TV-300W telemetry monitor",`))
	_, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	var ie *contentpkg.InputError
	found := false
	if errors.As(err, &ie) {
		for _, d := range ie.Diagnostics {
			found = found || d.Path == "notices[0].upgrade_paths[0].to_version" && strings.Contains(d.Message, "version 5.2 runs on models TV-300B and TV-300W only (versions.models), none of the models this notice concerns (TV-300T)")
		}
	}
	if !found {
		t.Errorf("a software-only path to 5.2 in the TV-300T's notice is not refused: %v", err)
	}
}

// TestModelFamilyDocumentsOfOneModel: 5.1's CSD is about the TV-300T
// alone: no other model's interface, port or firewall rule, and the
// firewall section says there is no traffic to allow or block.
func TestModelFamilyDocumentsOfOneModel(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	csd := read("tv300/5.1/csd.md")
	kindtest.SaysAll(t, "5.1/csd.md", csd,
		"| Interfaces | 1 | As shipped: USB (on) |",
		"The device joins no network: it has no network interface and uses no network port, so there is no traffic for a firewall to allow or block.")
	kindtest.SaysNone(t, "5.1/csd.md", csd, "Bluetooth Low Energy", "| 7400/TCP", "Wi-Fi (802.11ac)")
	// 5.0's CSD covers the three: each model's interface names it; 7400,
	// opened by the TV-300B and the TV-300W on an interface of each, is
	// listed once with both.
	kindtest.SaysAll(t, "5.0/csd.md", read("tv300/5.0/csd.md"),
		"| Connections the device opens as shipped | TCP 7400 (models TV-300B and TV-300W only) |",
		"| Bluetooth Low Energy (model TV-300W only) | Bluetooth |")
}

// TestModelFamilyControlOfSomeModels: RC-01, a required network
// segmentation, concerns the TV-300B and TV-300W (recommended_controls.
// models). 5.1's CSD, about the TV-300T alone, printed it as Required:
// "Put the TV-300B and TV-300W monitors on the clinical device network",
// a control for monitors the document is not about, on a model that
// joins no network. It now leaves it out and keeps RC-02, which concerns
// every model; 5.0's CSD (every model) names the models beside RC-01;
// 5.2's (the TV-300B and TV-300W) names none. Without the models key,
// check warns that 5.1's CSD prints a network control for a version
// that joins no network.
func TestModelFamilyControlOfSomeModels(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	csd51 := read("tv300/5.1/csd.md")
	kindtest.SaysAll(t, "5.1/csd.md", csd51, "| RC-02 | Physical security | USB drives | Recommended |")
	kindtest.SaysNone(t, "5.1/csd.md", csd51, "RC-01", "Clinical device network", "Put the TV-300B")
	csd50 := read("tv300/5.0/csd.md")
	kindtest.SaysAll(t, "5.0/csd.md", csd50,
		"| RC-01 | Network segmentation | Clinical device network (models TV-300B and TV-300W only) | **Required** |",
		"- **RC-01 Clinical device network (models TV-300B and TV-300W only).** Put the TV-300B",
		"| RC-02 | Physical security | USB drives | Recommended |")
	csd52 := read("tv300/csd.md")
	kindtest.SaysAll(t, "csd.md", csd52, "| RC-01 | Network segmentation | Clinical device network | **Required** |")
	kindtest.SaysNone(t, "csd.md", csd52, "Clinical device network (model")

	const warning = "CSD of version 5.1: recommended control RC-01 (Network segmentation, required) is printed for version 5.1, which joins no network on model TV-300T"
	check := func(edit func(string) string) []string {
		dir := filepath.Join("testdata", "modelfamily")
		site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "tv300.toml", edit)
		res, err := Check(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
		if err != nil {
			t.Fatalf("check: %v", err)
		}
		var out []string
		for _, d := range res.Warnings {
			if d.Path == "recommended_controls[0]" {
				out = append(out, d.Message)
			}
		}
		return out
	}
	if got := check(nil); len(got) > 0 {
		t.Errorf("RC-01 names its models, yet: %q", got)
	}
	got := check(kindtest.Replace("priority = \"required\"\nmodels = [\"TV-300B\", \"TV-300W\"]\n", "priority = \"required\"\n"))
	if len(got) != 1 || !strings.HasPrefix(got[0], warning) {
		t.Errorf("RC-01 without models: %q, want one warning starting %q", got, warning)
	}
}

// TestModelFamilyFlowsNameTheirModels: the data-flow tables of the plan
// and the CSD named the interface of a flow on some models only without
// them ("| cs | … | Ethernet |"), where the interface and port tables
// beside them name them. Each now names them; a flow on every model's
// USB port names none.
func TestModelFamilyFlowsNameTheirModels(t *testing.T) {
	read := buildFixture(t, "modelfamily")
	for _, doc := range []string{"tv300/5.0/csd.md", "tv300/security-plan.md"} {
		kindtest.SaysAll(t, doc, read(doc),
			"| cs | Monitor | Tamsin central station | PHI, Alarms | Ethernet (model TV-300B only) | Mutually authenticated TLS 1.2. |",
			"| sensors | Tamsin wearable sensors | Monitor | PHI | Bluetooth (model TV-300W only) |",
			"| usb-export | Monitor | USB drive | PHI | USB | File encrypted")
	}
	// The plan's architecture view lists its flows by interface name.
	kindtest.SaysAll(t, "security-plan.md", read("tv300/security-plan.md"),
		"| cs-wifi | Monitor | Tamsin central station | PHI, Alarms | Wi-Fi (802.11ac) (model TV-300W only) |")
	// 5.2's CSD is about the TV-300B and TV-300W; each interface is one's.
	kindtest.SaysAll(t, "csd.md", read("tv300/csd.md"), "| Ethernet (model TV-300B only) |")
}

// TestModelNoticeLeadAndKind: a notice about a model's end of support
// (eos-tv300t, the TV-300T's, 31 December 2027) skipped the 24-month lead
// check (IMDRF N70) that a notice about a version's milestone gets, so a
// notice issued months, or days after, before the model's support ended
// passed check in silence; and kind = "end_of_life" was accepted though a
// model has no end of life, so the notice announced a milestone the data
// do not give. Both directions: the fixture's notice, 29 months ahead,
// draws nothing.
func TestModelNoticeLeadAndKind(t *testing.T) {
	// edit gives the notice kind, and issue date on (its revision's
	// release and history dates with it).
	edit := func(kind, on string) func(string) string {
		return func(s string) string {
			i := strings.Index(s, "id = \"eos-tv300t\"")
			j := strings.Index(s, "[documents]\nbuild")
			if i < 0 || j < i {
				t.Fatal("the fixture no longer has the TV-300T notice")
			}
			block := strings.ReplaceAll(s[i:j], "2025-07-01", on)
			block = strings.Replace(block, "kind = \"end_of_support\"", "kind = \""+kind+"\"", 1)
			s = s[:i] + block + s[j:]
			return s
		}
	}
	for _, tc := range []struct {
		name, kind, on string
		says           []string
		not            []string
	}{
		{"29 months ahead", "", "", nil, []string{"model TV-300T's end of support", "a model has no end of life"}},
		{"18 months ahead", "end_of_support", "2026-06-01", []string{
			".issued: issued 2026-06-01, 18 months before model TV-300T's end of support on 2027-12-31;",
			"end_of_life.notice_months commits to 24",
		}, nil},
		{"after it", "end_of_support", "2028-01-15", []string{".issued: issued 2028-01-15, after model TV-300T's end of support on 2027-12-31, and no notice issued earlier announces that date"}, nil},
		{"end of life", "end_of_life", "2025-07-01", []string{".kind: a model has no end of life: this notice names TV-300T only (models), so it announces their end of support; write kind = \"end_of_support\""}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var e func(string) string
			if tc.kind != "" {
				e = edit(tc.kind, tc.on)
			}
			got := fixtureCheck(t, "modelfamily", "tv300.toml", e)
			for _, s := range tc.says {
				if !strings.Contains(got, s) {
					t.Errorf("check lacks %q; got:\n%s", s, got)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(got, s) {
					t.Errorf("check says %q; got:\n%s", s, got)
				}
			}
		})
	}
}
