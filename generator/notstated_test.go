package generator

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestMDS2UnstatedListsNeedAnAnswer: an MDS2-only product (a manufacturer
// that answered its form by hand, say) whose file does not write
// data_stores, data_flows, ports or sbom has not said that it stores no
// PHI, moves none, opens no port or has no SBOM. The form derives no "No"
// from those silent keys: check asks for the answers, and the
// manufacturer's own answers are published as answered.
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
	// join one.
	unanswered := []string{"AUTH-1.1", "CONN-2", "CONN-4", "CONN-6", "MPII-2", "MPII-2.6", "MPII-3.7", "NAUT-2.1", "PAUT-14", "PAUT-2", "SBOM-1", "SGUD-1", "SGUD-2"}

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

	// Not answered: check names each question; none is derived No.
	_, err = Check(write(product))
	var ie *content.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("want input errors for the unanswered questions, got %v", err)
	}
	var missing []string
	for _, d := range ie.Diagnostics {
		if m := regexp.MustCompile(`^(\S+) has no answer`).FindStringSubmatch(d.Message); m != nil {
			missing = append(missing, m[1])
		}
	}
	slices.Sort(missing)
	if !slices.Equal(missing, unanswered) {
		t.Errorf("questions without an answer:\n got %q\nwant %q\nall: %v", missing, unanswered, ie.Diagnostics)
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
	for _, q := range form.Questions {
		if slices.Contains(unanswered, q.ID) && (q.Answer != "Yes" || q.Basis != "answered") {
			t.Errorf("%s: got %s (%s), want the manufacturer's Yes (answered)", q.ID, q.Answer, q.Basis)
		}
	}
}
