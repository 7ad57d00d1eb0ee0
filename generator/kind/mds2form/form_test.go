package mds2form

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
	"github.com/jspgen/jspgen/internal/kindtest"
)

var update = flag.Bool("update", false, "rewrite testdata/ from the fixture")

// mds2Case is a product repository on disk for one MDS2 test: the site
// file and one product file, possibly edited.
type mds2Case struct {
	site, product string // paths
	dir           string // content folder
}

// copyCase copies a site file and a product file (plus the product's
// asset folder, when it exists) into a temporary repository and applies
// edit to the product file's text.
func copyCase(t *testing.T, siteFile, productFile string, edit func(string) string) mds2Case {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "content")
	site, err := os.ReadFile(siteFile)
	if err != nil {
		t.Fatal(err)
	}
	prod, err := os.ReadFile(productFile)
	if err != nil {
		t.Fatal(err)
	}
	src := string(prod)
	if edit != nil {
		src = edit(src)
	}
	name := filepath.Base(productFile)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "jspgen.toml"), site, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	assets := strings.TrimSuffix(productFile, ".toml")
	if st, err := os.Stat(assets); err == nil && st.IsDir() {
		if err := os.CopyFS(filepath.Join(dir, filepath.Base(assets)), os.DirFS(assets)); err != nil {
			t.Fatal(err)
		}
	}
	return mds2Case{site: filepath.Join(root, "jspgen.toml"), product: filepath.Join(dir, name), dir: dir}
}

// mds2Diagnostics are the diagnostics about the MDS2 form: the kind's own
// and those of content validation on mds2 and documents.mds2 keys. Other
// documents' requirements are ignored, so that the fixture stays small.
func isMDS2Diag(d content.Diagnostic) bool {
	return strings.HasPrefix(d.Path, "mds2") || strings.HasPrefix(d.Path, "documents.mds2") ||
		(d.Path == "documents" && strings.Contains(d.Message, "MDS2"))
}

// resolveCase loads the case and resolves its (single) product's form.
func resolveCase(t *testing.T, c mds2Case) (*mds2.Form, content.Diagnostics, *kind.Env, kind.Product) {
	t.Helper()
	loaded, diags := content.Load(c.site, c.dir)
	if len(loaded.Products) != 1 {
		t.Fatalf("want one product, got %d: %v", len(loaded.Products), diags)
	}
	for _, d := range diags {
		if strings.Contains(d.Message, "TOML syntax") {
			t.Fatalf("%s", d)
		}
	}
	env := kindtest.Env(loaded, content.NewDate(2026, 2, 16))
	p, _ := kindtest.Product(t, loaded, loaded.Products[0].ID)
	cat, err := LoadCatalog(env)
	if err != nil {
		t.Fatal(err)
	}
	f, mine := resolveMDS2(env, cat, p)
	var out content.Diagnostics
	for _, d := range diags {
		if isMDS2Diag(d) {
			out = append(out, d)
		}
	}
	out = append(out, mine...)
	out.Sort()
	return f, out, env, p
}

func fixtureCase(t *testing.T, edit func(string) string) mds2Case {
	return copyCase(t, "testdata/jspgen.toml", "testdata/content/thermo.toml", edit)
}

func exampleCase(t *testing.T, edit func(string) string) mds2Case {
	return copyCase(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content/halcyon-lvp7.toml", edit)
}

// addAnswer puts a line into [mds2.answers].
func addAnswer(line string) func(string) string {
	return func(src string) string {
		return strings.Replace(src, "[mds2.answers]\n", "[mds2.answers]\n"+line+"\n", 1)
	}
}

func diagStrings(ds content.Diagnostics) []string {
	out := make([]string, len(ds))
	for i, d := range ds {
		out[i] = d.String()
	}
	return out
}

func TestMDS2FixtureIsClean(t *testing.T) {
	_, diags, _, _ := resolveCase(t, fixtureCase(t, nil))
	for _, d := range diags {
		t.Errorf("%s", d)
	}
}

// TestMDS2Validation has one case per validation rule: the edit to the
// fixture and the start of the diagnostic it must cause, file:line first.
func TestMDS2Validation(t *testing.T) {
	tests := []struct {
		name string
		edit func(string) string
		want string // regexp, matched against each diagnostic
	}{
		{"unknown ID", addAnswer(`"MPII-9" = "yes"`),
			`^thermo\.toml:\d+: mds2\.answers\.MPII-9: unknown MDS2 question ID "MPII-9" \(the MPII questions run from MPII-1 to MPII-3\.10\)$`},
		{"misspelt section code suggests the ID with the same numbers", addAnswer(`"SGDU-1" = "yes"`),
			`^thermo\.toml:\d+: mds2\.answers\.SGDU-1: unknown MDS2 question ID "SGDU-1" \(did you mean "SGUD-1"\?\)$`},
		{"misspelt ID suggests the canonical one", addAnswer(`"shad-15" = "yes"`),
			`mds2\.answers\.shad-15: unknown MDS2 question ID "shad-15" \(did you mean "SAHD-15"\?`},
		{"OTHR takes no answers", addAnswer(`"OTHR-" = "yes"`),
			`OTHR has no questions; its free text goes in mds2\.other`},
		{"invalid answer", func(s string) string { return strings.Replace(s, `"ALOF-1" = "no"`, `"ALOF-1" = "perhaps"`, 1) },
			`^thermo\.toml:\d+: mds2\.answers\.ALOF-1: ALOF-1 is answered "perhaps": want yes, no, na or see_note \(any case\)$`},
		{"answers are case-insensitive", func(s string) string { return strings.Replace(s, `"ALOF-1" = "no"`, `"ALOF-1" = "NO"`, 1) },
			``},
		{"applicable ID without an answer is a warning: the form says Not stated", func(s string) string { return strings.Replace(s, "\"ALOF-1\" = \"no\"\n", "", 1) },
			// the only one of its section nothing hints at: the section's warning
			`warning: mds2\.answers: section ALOF \(Automatic Logoff\): ALOF-1 has no answer \(.*\): answer it "yes", "no", "na" or "see_note" under \[mds2\.answers\]; where an answer is not known, give \{ note = n \} in its place, with a note marked unstated = true; the form says "Not stated"$`},
		{"Yes under an implied No is a warning", func(s string) string { return strings.Replace(s, `"AUTH-1.2" = "no"`, `"AUTH-1.2" = "yes"`, 1) },
			`warning: mds2\.answers\.AUTH-1\.2: answer Yes although AUTH-1 is No, which this question presupposes answered Yes`},
		{"N/A under an implied No is fine", func(s string) string { return strings.Replace(s, `"AUTH-1.2" = "no"`, `"AUTH-1.2" = "na"`, 1) },
			``},
		{"no answer under an implied No is a warning", func(s string) string { return strings.Replace(s, `"AUTH-1.2" = "no"`, ``, 1) },
			`warning: mds2\.answers\.AUTH-1\.2: AUTH-1\.2 has no answer \(.*\); AUTH-1 is No, so answer "no" or "na".*; the form says "Not stated"$`},
		{"breaking a stated rule is a warning", addAnswer(`"CSUP-2.1" = "no"`),
			// The form's instruction is CSUP-1 = No, not CSUP-2's N/A.
			`warning: mds2\.answers\.CSUP-2\.1: answer No breaks the form's instruction that CSUP-2\.1 does not apply when CSUP-1 is No;`},
		{"see_note without a note", func(s string) string { return strings.Replace(s, `"DTBK-1" = "no"`, `"DTBK-1" = "see_note"`, 1) },
			`mds2\.answers\.DTBK-1: answer See Note needs a note`},
		{"na without a note or reason, which no answer rules out: warning", func(s string) string { return strings.Replace(s, `"DTBK-1" = "no"`, `"DTBK-1" = "na"`, 1) },
			`warning: mds2\.answers\.DTBK-1: answer N/A gives no reason, and no earlier answer makes DTBK-1 N/A by the form's rules`},
		{"na with a reason", func(s string) string {
			return strings.Replace(s, `"DTBK-1" = "no"`, `"DTBK-1" = { answer = "na", reason = "Readings are not patient records" }`, 1)
		}, ``},
		{"reason on a yes", func(s string) string {
			return strings.Replace(s, `"DTBK-1" = "no"`, `"DTBK-1" = { answer = "no", reason = "x" }`, 1)
		},
			`mds2\.answers\.DTBK-1\.reason: a reason explains N/A only`},
		{"undefined note", func(s string) string {
			return strings.Replace(s, `"DTBK-1" = "no"`, `"DTBK-1" = { answer = "see_note", note = 7 }`, 1)
		},
			`mds2\.answers\.DTBK-1\.note: note 7 is not defined in \[\[mds2\.notes\]\]`},
		{"note never referenced is a warning", func(s string) string {
			return s + "\n[[mds2.notes]]\nnumber = 9\ntext = \"Unused.\"\n"
		}, `^thermo\.toml:\d+: warning: mds2\.notes\[2\]: note 9 is not referred to by any answer$`},
		{"duplicate note number", func(s string) string { return s + "\n[[mds2.notes]]\nnumber = 2\ntext = \"Again.\"\n" },
			`mds2\.notes\[2\]\.number: duplicate note number 2 \(first at mds2\.notes\[1\], line \d+\)`},
		{"note_when asks for a note", func(s string) string {
			return strings.Replace(s, `"MLDP-2" = { answer = "no", note = 1 }`, `"MLDP-2" = "no"`, 1)
		},
			`warning: mds2\.answers\.MLDP-2: the form asks for details in a note with answer No`},
		{"contradicting a derived answer", addAnswer(`"CONN-1.2.2" = "no"`),
			`^thermo\.toml:\d+: mds2\.answers\.CONN-1\.2\.2: answer No contradicts the product data: interfaces\[0\] \(\S*thermo\.toml:\d+\) is a USB interface; correct the data, or keep the answer and explain it in a note`},
		{"an honest override with a note is a warning", addAnswer(`"CONN-1.2.2" = { answer = "no", note = 2 }`),
			`warning: mds2\.answers\.CONN-1\.2\.2: answer No \(explained in note 2\) overrides the answer Yes the product data gives: interfaces\[0\] \(\S*thermo\.toml:\d+\) is a USB interface`},
		{"contradicting a derived No", addAnswer(`"CONN-1.2.1" = "yes"`),
			`mds2\.answers\.CONN-1\.2\.1: answer Yes contradicts the product data: interfaces \(\S*thermo\.toml:\d+\) lists no Ethernet interface`},
		{"answering Yes under a derived No", addAnswer(`"CONN-1.1.1" = "yes"`),
			`warning: mds2\.answers\.CONN-1\.1\.1: answer Yes although CONN-1\.1 is No \(interfaces lists no wireless interface\)`},
		{"answering No under a derived No is fine", addAnswer(`"CONN-1.1.1" = { note = 2 }`),
			``},
		{"N/A under a No trigger agrees with a derived No", addAnswer(`"CONN-1.1.1" = "na"`),
			``},
		{"N/A with a reason under a No trigger", addAnswer(`"CONN-1.1.1" = { answer = "na", reason = "No radio hardware" }`),
			``},
		// "Every account is documented" claims a complete list, which a
		// list of accounts does not establish: the manufacturer answers.
		{"PAUT-4 is the manufacturer's to answer", func(s string) string {
			s = strings.Replace(s, `"PAUT-4" = "yes"`+"\n", "", 1)
			s = strings.Replace(s, "accounts = [] # no login: stated, so PAUT-14 derives No\n", "", 1)
			i := strings.Index(s, "\n[mds2]")
			return s[:i] + "\n[[accounts]]\nrole = \"Nurse\"\nkind = \"user\"\nauthentication = \"PIN\"\nprivileges = \"Read temperatures.\"\nprovisioning = \"At setup.\"\ncustomer_managed = true\n" + s[i:]
		},
			`warning: mds2\.answers: section PAUT \(Person Authentication\): PAUT-4 has no answer.*; the form says "Not stated"$`},
		{"PII over wireless without wireless connectivity", addAnswer(`"MPII-3.6" = { answer = "yes", note = 2 }`),
			`warning: mds2\.answers\.MPII-3\.6: the form answers MPII-3\.6 Yes and CONN-1\.1 No, but PII over a wireless link needs wireless connectivity`},
		{"PII on removable media the device does not take", func(s string) string {
			return strings.Replace(s, `"MPII-3.3" = "no"`, `"MPII-3.3" = { answer = "yes", note = 2 }`, 1)
		},
			`warning: mds2\.answers\.MPII-3\.3: the form answers MPII-3\.3 Yes and CONN-1\.2\.3 No, but PII on removable media needs a removable-media connection`},
		{"N/A over a derived No without a trigger still contradicts", addAnswer(`"CONN-1.2.1" = "na"`),
			`mds2\.answers\.CONN-1\.2\.1: answer N/A contradicts the product data: interfaces \(\S*thermo\.toml:\d+\) lists no Ethernet interface`},
		{"repeating a derived answer is a warning", addAnswer(`"CONN-1.2.2" = "yes"`),
			`warning: mds2\.answers\.CONN-1\.2\.2: answer Yes repeats what the product data decides`},
		{"a note on a derived answer is fine", addAnswer(`"CONN-1.2.2" = { note = 2 }`),
			``},
		{"the manufacturer's own DOC-1 text", addAnswer(`"DOC-1" = "Fixture Devices Limited, Clinical Thermometry"`),
			``},
		{"a DOC-1 naming another company", addAnswer(`"DOC-1" = "Someone Else"`),
			`warning: mds2\.answers\.DOC-1: "Someone Else" does not name the manufacturer Fixture Devices Ltd`},
		{"fixed derived text cannot be replaced", addAnswer(`"JSP-VER" = "9.9"`),
			`mds2\.answers\.JSP-VER: the product data gives this text: .*; change it there`},
		{"replaceable derived text", addAnswer(`"DOC-6" = "Wards."`),
			``},
		{"explicit trigger ruling out a derived answer", func(s string) string {
			s = strings.Replace(s, "ports = [] #", "# ports = [] #", 1)
			return s + "\n[[ports]]\nnumber = 123\ntransport = \"udp\"\nservice = \"NTP\"\npurpose = \"Time\"\ndirection = \"out\"\ninterface = \"usb\"\n"
		}, `mds2\.answers\.AUDT-4\.1\.1: answer N/A contradicts the product data: ports\[0\] \(\S*thermo\.toml:\d+\) is 123/udp \(NTP\) to a time server`},
		{"unknown version", func(s string) string { return strings.Replace(s, "[mds2]\n", "[mds2]\nversions = [\"9.9\"]\n", 1) },
			`mds2\.versions\[0\]: unknown version "9\.9"`},
		{"missing OTHR text", func(s string) string { return strings.Replace(s, "other = ", "# other = ", 1) },
			`warning: mds2: mds2\.other is not written`},
		{"unquoted dotted ID", func(s string) string { return strings.Replace(s, `"MPII-2.3" =`, `MPII-2.3 =`, 1) },
			`mds2\.answers\.MPII-2\.3: an ID with a dot must be quoted: write "MPII-2\.3" = \.\.\.`},
		{"answer of the wrong type", func(s string) string { return strings.Replace(s, `"DTBK-2" = "yes"`, `"DTBK-2" = 3`, 1) },
			`mds2\.answers\.DTBK-2: want an answer string \(yes, no, na, see_note\) or a table`},
		{"unknown key in an answer table", func(s string) string {
			return strings.Replace(s, `"DTBK-2" = "yes"`, `"DTBK-2" = { answer = "no", note_ = 1 }`, 1)
		},
			`mds2\.answers\.DTBK-2\.note_: unknown key \(did you mean "note"\?\)`},
		{"missing document control", func(s string) string { return strings.Replace(s, "[documents.mds2]", "[documents.mds2x]", 1) },
			`documents: missing \[documents\.mds2\]`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, diags, _, _ := resolveCase(t, fixtureCase(t, tc.edit))
			got := diagStrings(diags)
			if tc.want == "" {
				for _, d := range diags {
					t.Errorf("unexpected: %s", d)
				}
				return
			}
			re := regexp.MustCompile(tc.want)
			for _, s := range got {
				// Drop the temporary folder so that patterns can start at the file name.
				if re.MatchString(s) || re.MatchString(s[strings.LastIndex(s[:strings.Index(s, ".toml")], "/")+1:]) {
					return
				}
			}
			t.Errorf("no diagnostic matching\n  %s\ngot:\n  %s", tc.want, strings.Join(got, "\n  "))
		})
	}
}

// TestMDS2FixtureJSONGolden pins the JSON export's shape and content for
// the fixture product.
func TestMDS2FixtureJSONGolden(t *testing.T) {
	f, diags, _, _ := resolveCase(t, fixtureCase(t, nil))
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	for name, enc := range map[string]func() ([]byte, error){"thermo.mds2.json": f.JSON, "thermo.mds2.csv": f.CSV} {
		got, err := enc()
		if err != nil {
			t.Fatal(err)
		}
		golden := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("%v (run go test ./generator/kind/mds2form -run MDS2 -update)", err)
		}
		if d := cmp.Diff(string(want), string(got)); d != "" {
			t.Errorf("%s differs (-golden +got):\n%s", golden, d)
		}
	}
}

// TestMDS2ContradictionNamesBothPlaces: an explicit answer against the
// example's interfaces fails, naming the answer's line and the interface's
// (where the current version states it: 4.2.1 restates the Wi-Fi
// interface in its changes).
func TestMDS2ContradictionNamesBothPlaces(t *testing.T) {
	c := exampleCase(t, addAnswer(`"CONN-1.1.1" = "no"`))
	_, diags, _, p := resolveCase(t, c)
	var wifiAt string
	for i, it := range p.Interfaces {
		if it.Kind == "wifi" {
			wifiAt = content.AtOr(it.At, "interfaces["+itoa(i)+"]")
			break
		}
	}
	file := p.Source.File
	src, _ := os.ReadFile(c.product)
	answerLine := 1 + strings.Count(string(src)[:strings.Index(string(src), `"CONN-1.1.1" = "no"`)], "\n")
	want := content.Diagnostic{File: file, Line: answerLine, Path: "mds2.answers.CONN-1.1.1",
		Message: "answer No contradicts the product data: " + fact{File: file, Path: wifiAt,
			Line: p.Source.Line(wifiAt), Says: "is a Wi-Fi interface"}.String() +
			`; correct the data, or keep the answer and explain it in a note ({ answer = "no", note = n })`}
	found := false
	for _, d := range diags.Errors() {
		if d == want {
			found = true
		}
	}
	if !found {
		t.Errorf("want\n  %s\ngot\n  %s", want, strings.Join(diagStrings(diags), "\n  "))
	}
	if !strings.Contains(want.String(), ".toml:"+itoa(answerLine)+": ") || !strings.Contains(want.String(), "halcyon-lvp7.toml:"+itoa(p.Source.Line(wifiAt))+") is a Wi-Fi interface") || p.Source.Line(wifiAt) == 0 {
		t.Errorf("message does not name both places: %s", want)
	}
	// And it is an error: the build stops on it.
	if err := diags.Err(); err == nil || !strings.Contains(err.Error(), "mds2.answers.CONN-1.1.1: answer No contradicts the product data: "+wifiAt) {
		t.Errorf("want the contradiction among the errors, got %v", err)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestMDS2RefusedAnswerIsOneError: an answer that is no answer is one
// error, saying what was found and what is wanted, not a second one saying
// the question has no answer (the probe's "CONN-4" = "nope"): for an
// applicable question, one under an implied No, one the data answers and
// a text question.
func TestMDS2RefusedAnswerIsOneError(t *testing.T) {
	for _, tc := range []struct{ id, edit, want string }{
		{"ALOF-1", `"ALOF-1" = "nope"`, `ALOF-1 is answered "nope": want yes, no, na or see_note (any case)`},
		{"AUTH-1.1", `"AUTH-1.1" = "nope"`, `AUTH-1.1 is answered "nope": want yes, no, na or see_note (any case)`},
		{"CONN-1.2.2", `"CONN-1.2.2" = "nope"`, `CONN-1.2.2 is answered "nope": want yes, no, na or see_note (any case)`},
		{"DOC-6", `"DOC-6" = " "`, `text answer is blank`},
	} {
		t.Run(tc.id, func(t *testing.T) {
			_, diags, _, _ := resolveCase(t, fixtureCase(t, func(s string) string {
				s = regexp.MustCompile(`(?m)^"`+regexp.QuoteMeta(tc.id)+`" = .*\n`).ReplaceAllString(s, "")
				return addAnswer(tc.edit)(s)
			}))
			var got []string
			for _, d := range diags {
				if d.Path == "mds2.answers."+tc.id {
					got = append(got, d.Message)
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("diagnostics on mds2.answers.%s: %q; want one: %q", tc.id, got, tc.want)
			}
		})
	}
}

// TestMDS2NewInterfaceChangesAnswers: adding an interface to the product
// data changes the connectivity answers and the form, with no MDS2 edit.
func TestMDS2NewInterfaceChangesAnswers(t *testing.T) {
	wifi := "\n[[interfaces]]\nid = \"wifi\"\nkind = \"wifi\"\nname = \"Wi-Fi\"\npurpose = \"Settings.\"\ncarries = [\"configuration\"]\n"
	// A radio without listed ports no longer shows that the device talks to
	// nothing outside (CONN-4, CONN-6): the product says so, listing no
	// cloud service (services = []; the statement alone is prose).
	wifi += "\n[cloud]\nstatement = \"The device uses no cloud or internet service.\"\nservices = []\n"
	// Nor that the device joins no network: the answers derived from that
	// (rules_nonet.go) are now the manufacturer's to give.
	networked := func(iface string) func(string) string {
		return func(s string) string {
			return addAnswer(`"MPII-3.7" = "no"`+"\n"+`"PAUT-2" = "no"`+"\n"+`"AUTH-1.1" = "no"`+"\n"+`"NAUT-2.1" = "na"`)(s) + iface
		}
	}
	before, d1, _, _ := resolveCase(t, fixtureCase(t, nil))
	after, d2, _, _ := resolveCase(t, fixtureCase(t, networked(wifi)))
	if err := d1.Err(); err != nil {
		t.Fatal(err)
	}
	if err := d2.Err(); err != nil {
		t.Fatalf("adding a Wi-Fi interface alone must not break the form: %v", err)
	}
	changed := map[string][2]string{}
	for _, r := range before.Rows() {
		a, _ := after.Row(r.ID)
		if a.Printed() != r.Printed() {
			changed[r.ID] = [2]string{r.Printed(), a.Printed()}
		}
	}
	want := map[string][2]string{ // the radio questions were No under CONN-1.1 = No, as derived
		"CONN-1.1": {"No", "Yes"}, "CONN-1.1.1": {"No", "Yes"},
		// CONN-2 stays N/A: the device uses no network port, on a
		// network or not, and the CSD built beside the form says so
	}
	if d := cmp.Diff(want, changed); d != "" {
		t.Errorf("answers changed by adding a Wi-Fi interface (-want +got):\n%s", d)
	}

	// If the new interface carries PII, the PII answers follow, and the
	// fixture's explicit "PII only over a dedicated cable" now contradicts
	// the data: the build names both places.
	piiWifi := strings.Replace(wifi, `carries = ["configuration"]`, `carries = ["pii"]`, 1)
	after2, d3, _, _ := resolveCase(t, fixtureCase(t, networked(piiWifi)))
	if r, _ := after2.Row("MPII-3.6"); r.Printed() != "Yes" {
		t.Errorf("MPII-3.6 = %q with a Wi-Fi interface carrying PII, want Yes", r.Printed())
	}
	if err := d3.Err(); err == nil || !regexp.MustCompile(`mds2\.answers\.TXCF-1: answer Yes contradicts the product data: interfaces\[2\]\.carries \(\S+thermo\.toml:\d+\) lists PHI or PII`).MatchString(err.Error()) {
		t.Errorf("want the TXCF-1 contradiction, got %v", err)
	}

	// The example has Wi-Fi already: a Bluetooth radio flips CONN-1.1.2.
	bt := "\n[[interfaces]]\nid = \"ble\"\nkind = \"bluetooth\"\nname = \"Bluetooth LE\"\npurpose = \"Service app pairing.\"\n"
	ex, _, _, _ := resolveCase(t, exampleCase(t, nil))
	ex2, diags, _, _ := resolveCase(t, exampleCase(t, func(s string) string { return s + bt }))
	if err := diags.Err(); err != nil {
		t.Fatalf("adding a Bluetooth interface alone must not break the example's form: %v", err)
	}
	r1, _ := ex.Row("CONN-1.1.2")
	r2, _ := ex2.Row("CONN-1.1.2")
	if r1.Printed() != "No" || r2.Printed() != "Yes" {
		t.Errorf("CONN-1.1.2: %q -> %q, want No -> Yes", r1.Printed(), r2.Printed())
	}
	j1, _ := ex.JSON()
	j2, _ := ex2.JSON()
	if bytes.Equal(j1, j2) {
		t.Error("the JSON export did not change")
	}
}

// TestMDS2ExampleComplete: the example's form has the 240 IDs of HN
// 1-2019, each answered, in the Markdown, JSON and CSV.
func TestMDS2ExampleComplete(t *testing.T) {
	f, diags, env, p := resolveCase(t, exampleCase(t, nil))
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	for _, w := range diags.Warnings() {
		t.Errorf("example: %s", w)
	}
	cat, err := LoadCatalog(env)
	if err != nil {
		t.Fatal(err)
	}
	ids := []string{}
	for _, q := range cat.FormQuestions() {
		ids = append(ids, q.ID)
	}
	if len(ids) != 240 {
		t.Fatalf("catalog has %d form IDs, want 240", len(ids))
	}

	// JSON
	js, err := f.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Format    string `json:"format"`
		Versions  []string
		Models    []struct{ ID string }
		Questions []struct {
			ID, Answer string
			Note       *int
		}
	}
	if err := json.Unmarshal(js, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Questions) != 240 || len(doc.Versions) == 0 || len(doc.Models) == 0 {
		t.Errorf("JSON: %d questions, %d versions, %d models", len(doc.Questions), len(doc.Versions), len(doc.Models))
	}
	for i, q := range doc.Questions {
		if i < len(ids) && q.ID != ids[i] {
			t.Errorf("JSON question %d is %s, want %s (natural order)", i, q.ID, ids[i])
		}
		if strings.TrimSpace(q.Answer) == "" {
			t.Errorf("JSON: %s has no answer", q.ID)
		}
	}

	// CSV
	cs, err := f.CSV()
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(cs)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 241 || !slicesEqual(recs[0], mds2.CSVHeader) {
		t.Fatalf("CSV: %d records, header %v", len(recs), recs[0])
	}
	for i, r := range recs[1:] {
		if r[0] != ids[i] || strings.TrimSpace(r[4]) == "" {
			t.Errorf("CSV row %d: id %s answer %q, want id %s answered", i+1, r[0], r[4], ids[i])
		}
	}

	// Markdown: every ID in a table row with a non-blank answer cell.
	md := renderMDS2(t, env, p, f)
	rows := map[string]string{}
	for _, line := range strings.Split(string(md), "\n") {
		cells := strings.Split(line, " | ")
		if len(cells) >= 3 && strings.HasPrefix(line, "| ") {
			rows[strings.TrimPrefix(cells[0], "| ")] = strings.TrimSuffix(cells[2], " |")
		}
	}
	for _, id := range ids {
		ans, ok := rows[id]
		if !ok {
			t.Errorf("Markdown: no row for %s", id)
		} else if strings.TrimSpace(ans) == "" {
			t.Errorf("Markdown: %s has a blank answer", id)
		}
	}
	for _, ext := range []string{`JSP-VER\*`, `JSP-MODELS\*`} {
		if strings.TrimSpace(rows[ext]) == "" {
			t.Errorf("Markdown: %s missing or blank", ext)
		}
	}
}

func slicesEqual(a, b []string) bool { return cmp.Equal(a, b) }

func renderMDS2(t *testing.T, env *kind.Env, p kind.Product, f *mds2.Form) string {
	t.Helper()
	prep := publish(env, p, f, "")
	return kindtest.Render(t, env, p, prep.Documents[0])
}

// formIntro is the introduction of the fixture case's form after edit.
func formIntro(t *testing.T, edit func(string) string) string {
	t.Helper()
	f, diags, env, p := resolveCase(t, fixtureCase(t, edit))
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	md := renderMDS2(t, env, p, f)
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "This is the Manufacturer Disclosure Statement") {
			return line
		}
	}
	t.Fatal("no introduction")
	return ""
}

// TestFormSaysWhereItDepartsFromTheData: the introduction says the
// answers the product data decides come from it, and names the answers
// in which the manufacturer's own answer departs from the data instead
// of saying the form agrees with the other documents.
func TestFormSaysWhereItDepartsFromTheData(t *testing.T) {
	plain := formIntro(t, nil)
	if strings.Contains(plain, "departs from it") {
		t.Errorf("the form without an override says an answer departs from the data:\n%s", plain)
	}
	over := formIntro(t, addAnswer(`"CONN-1.2.2" = { answer = "no", note = 2 }`))
	if !strings.Contains(over, "the answer is taken from that data, except where Fixture Devices Ltd's own answer departs from it (CONN-1.2.2), each explained in its note") {
		t.Errorf("the form with CONN-1.2.2 overridden does not name it:\n%s", over)
	}
	if strings.Contains(over, "agrees with") {
		t.Errorf("the form with an override says it agrees with the other documents:\n%s", over)
	}
}

// TestFormNamesTheAnswersLeftBlank: an imported hand-filled form may
// answer a question no fact decides with a note alone (AUDT-1 = { note =
// 1 }); the form prints its answer cell blank, so its introduction may not
// say that every answer is Yes, No, N/A or See Note without naming it.
func TestFormNamesTheAnswersLeftBlank(t *testing.T) {
	if plain := formIntro(t, nil); !strings.Contains(plain, "Every answer is Yes, No, N/A (not applicable) or See Note; numbered notes") {
		t.Errorf("the form with every question answered does not say every answer is one of the four:\n%s", plain)
	}
	blank := formIntro(t, func(s string) string {
		return strings.Replace(s, `"AUDT-1" = "no"`, `"AUDT-1" = { note = 1 }`, 1)
	})
	if want := "Every answer is Yes, No, N/A (not applicable) or See Note, except that Fixture Devices Ltd answers AUDT-1 with a note alone, the answer left blank; numbered notes"; !strings.Contains(blank, want) {
		t.Errorf("the form with AUDT-1 answered by a note alone does not name it:\n%s\nwant %q", blank, want)
	}
}

// TestNAInPlaceOfADerivedNo: an N/A the manufacturer gives under a
// question the data answer No (CONN-1.1.1 under CONN-1.1 = No) is
// accepted without a note, as real forms answer either; but the form
// showed it as a plain N/A, and its introduction said every answer the
// data decide is taken from the data except those it names as departing.
// The row now says the data give No (from, the appendix), and the form
// lists it (InPlaceOfNo), which the introduction names.
func TestNAInPlaceOfADerivedNo(t *testing.T) {
	f, diags, _, _ := resolveCase(t, fixtureCase(t, func(s string) string {
		return strings.Replace(s, "[mds2.answers]\n", "[mds2.answers]\n\"CONN-1.1.1\" = \"na\"\n", 1)
	}))
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	if got := f.InPlaceOfNo(); !slices.Contains(got, "CONN-1.1.1") {
		t.Errorf("InPlaceOfNo = %q, want CONN-1.1.1 among them", got)
	}
	for _, s := range f.Sections {
		for _, r := range s.Rows {
			if r.ID != "CONN-1.1.1" {
				continue
			}
			if r.Answer != mds2.NA || r.Basis != mds2.BasisAnswered || r.From != mds2.InPlaceOfNoPrefix+"interfaces lists no Wi-Fi interface" {
				t.Errorf("CONN-1.1.1 row: %+v", r)
			}
			if want := "The manufacturer's answer, N/A where the product data give No: interfaces lists no Wi-Fi interface."; r.Why() != want {
				t.Errorf("Why = %q, want %q", r.Why(), want)
			}
		}
	}
}
