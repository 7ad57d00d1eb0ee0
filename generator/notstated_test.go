package generator

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestMDS2UnstatedListsNeedAnAnswer: an MDS2-only product (a manufacturer
// that answered its form by hand, say) whose file does not write
// data_stores, data_flows, ports or sbom has not said that it stores no
// PHI, moves none, opens no port or has no SBOM. The form derives no "No"
// from those silent keys: check warns of each question, the form says
// "Not stated" for it, and the manufacturer's own answers are published
// as answered.
func TestMDS2UnstatedListsNeedAnAnswer(t *testing.T) {
	src, err := os.ReadFile("kind/mds2form/testdata/content/thermo.toml")
	if err != nil {
		t.Fatal(err)
	}
	product := string(src)
	for _, re := range []string{`(?m)^ports = \[\].*\n`, `(?s)\[sbom\]\nfiles = \[\][^\n]*\n`, `(?s)\[\[data_stores\]\].*?\n\n`, `(?s)\[\[data_flows\]\].*?\n\n`} {
		edited := regexp.MustCompile(re).ReplaceAllString(product, "")
		if edited == product {
			t.Fatalf("the fixture no longer matches %s", re)
		}
		product = edited
	}
	product = strings.Replace(product, "[documents.mds2]", "[documents]\nbuild = [\"mds2\"]\n\n[documents.mds2]", 1)
	// SGUD-1 too: without a CSD in the build the form cannot derive it.
	// CONN-4 and CONN-6 too: with ports not written, its USB interface
	// may carry a network port the file does not list. So may AUTH-1.1,
	// MPII-3.7, NAUT-2.1 and PAUT-2, which ports = [] beside no network
	// interface answers (the device joins no network): not written, it may
	// join one. MPII-2.2 too: the fixture's data store on the device
	// derives it, and its hand answer, a repeat, is gone.
	unanswered := []string{"AUTH-1.1", "CONN-2", "CONN-4", "CONN-6", "MPII-2", "MPII-2.2", "MPII-2.6", "MPII-3.7", "NAUT-2.1", "PAUT-14", "PAUT-2", "SBOM-1", "SGUD-1", "SGUD-2"}

	write := func(product string) Options {
		dir := t.TempDir()
		if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "content", "thermo.toml"), []byte(product), 0o644); err != nil {
			t.Fatal(err)
		}
		return Options{SiteFile: "../jspgen.toml", ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: filepath.Join(dir, "site")}
	}

	// Not answered: check warns of each question, and the form says "Not
	// stated" for it; none is derived No.
	res, err := Check(write(product))
	if err != nil {
		t.Fatalf("want warnings for the unanswered questions, got %v", err)
	}
	var missing []string
	for _, d := range res.Warnings {
		if m := regexp.MustCompile(`^(\S+) has no answer`).FindStringSubmatch(d.Message); m != nil {
			missing = append(missing, m[1])
			if !strings.HasSuffix(d.Message, `; the form says "Not stated"`) {
				t.Errorf("the warning does not say what the form prints: %s", d.Message)
			}
		}
	}
	slices.Sort(missing)
	if !slices.Equal(missing, unanswered) {
		t.Errorf("questions without an answer:\n got %q\nwant %q\nall: %v", missing, unanswered, res.Warnings)
	}
	unansweredOpts := write(product)
	if _, err := Build(unansweredOpts); err != nil {
		t.Fatalf("unanswered, the form must still build: %v", err)
	}
	for _, q := range mds2Questions(t, unansweredOpts) {
		// a blank answer in the exports, printed "Not stated"
		if slices.Contains(unanswered, q.ID) && (q.Answer != "" || q.Basis != "not stated") {
			t.Errorf("unanswered %s: got %q (%s), want a blank answer (not stated)", q.ID, q.Answer, q.Basis)
		}
	}

	// Answered by hand: the build publishes the manufacturer's answers.
	var answers strings.Builder
	for _, id := range unanswered {
		answers.WriteString(`"` + id + `" = "yes"` + "\n")
	}
	opts := write(strings.Replace(product, "[mds2.answers]\n", "[mds2.answers]\n"+answers.String(), 1))
	if _, err := Build(opts); err != nil {
		t.Fatalf("answered by hand, the form must build: %v", err)
	}
	for _, q := range mds2Questions(t, opts) {
		if slices.Contains(unanswered, q.ID) && (q.Answer != "Yes" || q.Basis != "answered") {
			t.Errorf("%s: got %s (%s), want the manufacturer's Yes (answered)", q.ID, q.Answer, q.Basis)
		}
	}
}

// mds2Questions reads the questions of thermo's built MDS2 form.
func mds2Questions(t *testing.T, opts Options) []struct{ ID, Answer, Basis string } {
	t.Helper()
	js, err := os.ReadFile(filepath.Join(opts.OutDir, "thermo", "mds2.json"))
	if err != nil {
		t.Fatal(err)
	}
	var form struct {
		Questions []struct{ ID, Answer, Basis string }
	}
	if err := json.Unmarshal(js, &form); err != nil {
		t.Fatal(err)
	}
	return form.Questions
}
