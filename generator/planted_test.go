package generator

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// What the planted-contradiction tests share (planted_*_test.go): each
// plants a contradiction a reviewer found back into a copy of the pump
// example and expects check to report it at the line of the key that
// carries it; the example itself is clean (TestExampleIsClean).

// plantedContradiction is one contradiction a reviewer found between what the
// pump's documents promised and the facts that decide it, planted back
// into a copy of the example.
type plantedContradiction struct {
	name string
	file string              // the edited file under content/; "" is halcyon-lvp7.toml
	edit func(string) string // of that file
	want string              // "<key path>: <message part>"
	at   string              // text of the product-file line the diagnostic points at
}

// assertPlanted copies the example with the edit made and expects check
// to report the contradiction, as an error or a warning, at the line.
func assertPlanted(t *testing.T, tt plantedContradiction) {
	t.Helper()
	const product = "halcyon-lvp7.toml"
	edited := tt.file
	if edited == "" {
		edited = product
	}
	site, dir := kindtest.CopyRepo(t, "../jspgen.toml", "../content", edited, tt.edit)
	res, err := Check(Options{SiteFile: site, ContentDir: dir, TemplatesDir: "../templates-none"})
	var got []string
	if err != nil {
		got = append(got, err.Error())
	}
	if res != nil {
		for _, w := range res.Warnings {
			got = append(got, w.String())
		}
	}
	file := filepath.Join(dir, product)
	src, rerr := os.ReadFile(file)
	if rerr != nil {
		t.Fatal(rerr)
	}
	line := lineOfText(t, string(src), tt.at)
	want := fmt.Sprintf("%s:%d: %s", file, line, tt.want)
	warning := fmt.Sprintf("%s:%d: warning: %s", file, line, tt.want)
	if all := strings.Join(got, "\n"); !strings.Contains(all, want) && !strings.Contains(all, warning) {
		t.Errorf("check lacks\n  %s\ngot:\n%s", want, all)
	}
}

// lineOfText is the 1-based line of the first line containing text.
func lineOfText(t *testing.T, src, text string) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, text) {
			return i + 1
		}
	}
	t.Fatalf("no line contains %q", text)
	return 0
}
