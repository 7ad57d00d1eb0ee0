package generator

import (
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
)

// TestNewestRelease: the as-of date falls back to the newest release date
// of any of a product's documents, notices included, so that the site is
// never dated before a document it publishes.
func TestNewestRelease(t *testing.T) {
	date := func(s string) content.Date {
		d, err := content.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	released := func(s string) content.DocumentControl { return content.DocumentControl{ReleaseDate: date(s)} }
	base := func() *content.Product {
		p := &content.Product{}
		p.Documents.SecurityPlan, p.Documents.CSD, p.Documents.MDS2 = released("2026-02-16"), released("2026-02-02"), released("2026-01-05")
		return p
	}
	tests := []struct {
		name string
		edit func(p *content.Product)
		want string
	}{
		{"plan newest", func(*content.Product) {}, "2026-02-16"},
		{"risk report later", func(p *content.Product) { p.Documents.RiskReport.DocumentControl = released("2026-03-01") }, "2026-03-01"},
		{"eSTAR later", func(p *content.Product) { p.Documents.ESTAR.DocumentControl = released("2026-03-02") }, "2026-03-02"},
		{"lifecycle page later", func(p *content.Product) { p.Documents.Lifecycle = released("2026-03-03") }, "2026-03-03"},
		{"notice later", func(p *content.Product) {
			p.Notices = []content.Notice{{Document: released("2026-01-01")}, {Document: released("2026-04-01")}}
		}, "2026-04-01"},
		{"notice earlier", func(p *content.Product) { p.Notices = []content.Notice{{Document: released("2025-01-01")}} }, "2026-02-16"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := base()
			tc.edit(p)
			if got := newestRelease(p); got != date(tc.want) {
				t.Errorf("newestRelease = %s; want %s", got, tc.want)
			}
		})
	}
}

// TestCarriedRecordAsTheStateSays: the build state says which products may
// be carried over, and their records are read while the build loads and
// renders the rest (cache.prefetch, cache.complete). A record that is
// missing, or that says otherwise than the state (here, a newest release
// date that would date the site differently), makes the build read every
// product, as a clean build, and write what a clean build writes.
func TestCarriedRecordAsTheStateSays(t *testing.T) {
	for _, tc := range []struct {
		name   string
		damage func(t *testing.T, file string)
	}{
		{"record missing", func(t *testing.T, file string) {
			if err := os.Remove(file); err != nil {
				t.Fatal(err)
			}
		}},
		{"record disagrees", func(t *testing.T, file string) {
			rec, ok := readRecord(file)
			if !ok {
				t.Fatal("unreadable record")
			}
			rec.Newest = rec.Newest.AddDate(1, 0, 0)
			if err := writeRecord(file, rec); err != nil {
				t.Fatal(err)
			}
		}},
		{"record intact", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := builtPortfolio(t, 2)
			contentDir, out := opts.ContentDir, opts.OutDir
			c := &cache{dir: opts.CacheDir}
			var st buildState
			if !readSealed(c.stateFile(out), &st) {
				t.Fatal("no build state")
			}
			var ref productRef
			for file, r := range st.Products {
				if strings.HasSuffix(file, "halcyon-lvp7-002.toml") {
					ref = r
				}
			}
			if ref.Known.ID != "halcyon-lvp7-002" || ref.Key == nil || ref.Newest.IsZero() {
				t.Fatalf("the build state says too little of product 002: %+v", ref)
			}
			if tc.damage != nil {
				tc.damage(t, c.docFile(hex.EncodeToString(ref.LoadKey)))
			}
			// built twice: what the first build records of product 002
			// must hold for the next
			p1 := filepath.Join(contentDir, "halcyon-lvp7-001.toml")
			for i, step := range [][2]string{{"end_of_support = 2028-12-31", "end_of_support = 2029-06-30"}, {"end_of_support = 2029-06-30", "end_of_support = 2028-12-31"}} {
				editFile(t, p1, step[0], step[1])
				res, err := Build(opts)
				if err != nil {
					t.Fatal(err)
				}
				if want := map[bool]int{true: 0, false: 1}[tc.damage != nil && i == 0]; res.Carried != want {
					t.Errorf("build %d: %d products carried over, want %d", i+1, res.Carried, want)
				}
				ref2 := opts
				ref2.CacheDir, ref2.OutDir = "", filepath.Join(t.TempDir(), "site")
				clean, err := Build(ref2)
				if err != nil {
					t.Fatal(err)
				}
				sameTree(t, fmt.Sprintf("%s, build %d", tc.name, i+1), readTree(t, ref2.OutDir), readTree(t, out))
				if diff := cmp.Diff(clean.Warnings, res.Warnings); diff != "" {
					t.Errorf("build %d: warnings differ (-clean +incremental):\n%s", i+1, diff)
				}
			}
		})
	}
}

// onlyRecordFile is the file of the record of the one product the last
// build of opts.OutDir built.
func onlyRecordFile(t *testing.T, opts Options) string {
	t.Helper()
	c := &cache{dir: opts.CacheDir}
	var st buildState
	if !readSealed(c.stateFile(opts.OutDir), &st) || len(st.Products) != 1 {
		t.Fatal("no build state of one product")
	}
	for _, ref := range st.Products {
		return c.docFile(hex.EncodeToString(ref.LoadKey))
	}
	return ""
}
