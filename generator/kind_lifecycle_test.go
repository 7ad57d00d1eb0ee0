package generator

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/render"
)

// exampleAsOf is the date the lifecycle tests speak as of, fixed so that
// other documents' release dates cannot move the stages under them.
var exampleAsOf = content.NewDate(2026, 2, 16)

// loadExample loads the site file and the content folder; input errors
// outside the lifecycle (other documents under construction) are ignored,
// the lifecycle's own diagnostics are returned.
func loadExample(t *testing.T, siteFile, contentDir string) (*Context, *content.Product) {
	t.Helper()
	c, _ := content.Load(siteFile, contentDir)
	for _, p := range c.Products {
		if p.ID == "halcyon-lvp7" {
			return &Context{Content: c, AsOf: exampleAsOf}, p
		}
	}
	t.Fatalf("no product halcyon-lvp7 in %s", contentDir)
	return nil, nil
}

// TestGoldenLifecycleJSON compares the example's lifecycle.json with
// testdata/lifecycle/halcyon-lvp7.json (go test ./generator -run
// LifecycleJSON -update rewrites it).
func TestGoldenLifecycleJSON(t *testing.T) {
	ctx, p := loadExample(t, "../jspgen.toml", "../content")
	got, err := LifecycleJSON(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	var check map[string]any
	if err := json.Unmarshal(got, &check); err != nil {
		t.Fatalf("lifecycle.json is not JSON: %v", err)
	}
	golden := filepath.Join("testdata", "lifecycle", "halcyon-lvp7.json")
	if *update {
		os.MkdirAll(filepath.Dir(golden), 0o755)
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./generator -run LifecycleJSON -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("lifecycle.json differs from %s (-golden +built):\n%s", golden, diff)
	}
}

// The example's lifecycle checks pass: every component a notice names is
// found, and no component's end of support goes unassessed.
func TestExampleLifecycleCheck(t *testing.T) {
	ctx, p := loadExample(t, "../jspgen.toml", "../content")
	for _, d := range checkLifecycle(ctx, p) {
		t.Errorf("unexpected: %s", d)
	}
}

// copyExample copies the example site file and content to a temporary
// folder, with edit applied to the product file.
func copyExample(t *testing.T, edit func(string) string) (siteFile, contentDir string) {
	t.Helper()
	dir := t.TempDir()
	siteFile = filepath.Join(dir, "jspgen.toml")
	contentDir = filepath.Join(dir, "content")
	src, err := os.ReadFile("../jspgen.toml")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(siteFile, src, 0o644)
	if err := os.CopyFS(contentDir, os.DirFS("../content")); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(contentDir, "halcyon-lvp7.toml")
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	edited := edit(string(b))
	if edited == string(b) {
		t.Fatal("the edit changed nothing")
	}
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	return siteFile, contentDir
}

func TestNoticeNamesUnknownComponent(t *testing.T) {
	var line int
	site, dir := copyExample(t, func(s string) string {
		old := "[[notices.components]]\nname = \"linux-imx\"\nversion = \"6.6.52\"\n"
		i := strings.Index(s, old)
		if i < 0 {
			t.Fatal("example changed: no linux-imx 6.6.52 notice component")
		}
		line = strings.Count(s[:i], "\n") + 1
		return strings.Replace(s, old, "[[notices.components]]\nname = \"linux-imx\"\nversion = \"6.6.99\"\n", 1)
	})
	ctx, p := loadExample(t, site, dir)
	var got []string
	for _, d := range checkLifecycle(ctx, p) {
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
	deviceEOS := content.NewDate(2031, 6, 30)
	tests := []struct {
		name   string
		comp   content.Component
		notice bool // a notice names it
		warn   string
	}{
		{"support ends before the device's, nothing recorded", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2027, 1, 1)}, false,
			"component libx 1: its support ends 2027-01-01, before version 4.2.1's end of support on 2031-06-30"},
		{"assessment in notes", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2027, 1, 1), Notes: "Replaced in 5.0."}, false, ""},
		{"named by a notice", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2027, 1, 1)}, true, ""},
		{"support ends after the device's", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2032, 1, 1)}, false, ""},
		{"support ends on the device's day", content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: deviceEOS}, false, ""},
		{"no longer maintained, no date", content.Component{Name: "libx", Version: "1", Support: "no_longer_maintained"}, false,
			"component libx 1: it is no longer maintained while version 4.2.1 is supported until 2031-06-30"},
		{"abandoned, no date", content.Component{Name: "libx", Version: "1", Support: "abandoned"}, false, "component libx 1: it is abandoned"},
		{"maintained, no date announced", content.Component{Name: "libx", Version: "1", Support: "maintained"}, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ctx, p := loadExample(t, "../jspgen.toml", "../content")
			p.Components = append(p.Components, tc.comp)
			if tc.notice {
				p.Notices = append(p.Notices, content.Notice{ID: "x", Kind: "component_end_of_support",
					Components: []content.NoticeComponent{{Name: "libx", Version: "1", Concern: "c"}}})
			}
			var warnings []string
			for _, d := range checkLifecycle(ctx, p) {
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

// Moving a version's end of support in the TOML moves it in the notice,
// the lifecycle page and lifecycle.json: none of them holds a date of its
// own.
func TestEndOfSupportHasOneSource(t *testing.T) {
	const oldEOS, newEOS = "2025-06-30", "2025-12-31"
	site, dir := copyExample(t, func(s string) string {
		i := strings.Index(s, "version = \"3.8.2\"")
		j := i + strings.Index(s[i:], "end_of_support = "+oldEOS)
		return s[:j] + "end_of_support = " + newEOS + s[j+len("end_of_support = "+oldEOS):]
	})
	ctx, p := loadExample(t, site, dir)
	ctx.Templates = templateFiles("")
	var n content.Notice
	for _, x := range p.Notices {
		if x.ID == "eos-3.8.2" {
			n = x
		}
	}
	view, err := noticeData(ctx, p, n)
	if err != nil {
		t.Fatal(err)
	}
	noticeMD := renderForTest(t, ctx, p, notices, Instance{Path: "notices/eos-3.8.2", Title: n.DisplayTitle(), Control: n.Document, Data: view})
	lv, err := lifecycleData(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	pageMD := renderForTest(t, ctx, p, lifecyclePage, Instance{Path: "lifecycle", Title: "Product Lifecycle and Support Status", Control: p.Documents.Lifecycle, Data: lv})
	js, err := LifecycleJSON(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	// 2025-06-30 is also 4.1.0's end of marketing, so look at 3.8.2's rows.
	for _, c := range []struct{ doc, text, want, old string }{
		{"notice", noticeMD, "| Software 3.8.2 | End of support | " + newEOS + " |", "| Software 3.8.2 | End of support | " + oldEOS + " |"},
		{"notice", noticeMD, "end of support 31 December 2025", "30 June 2025"},
		{"notice", noticeMD, "Software 3.8.2: " + newEOS + " (end of support)", "Software 3.8.2: " + oldEOS},
		{"lifecycle page", pageMD, "| 2024-12-31 | " + newEOS + " |", "| 2024-12-31 | " + oldEOS + " |"},
	} {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("%s lacks %q", c.doc, c.want)
		}
		if strings.Contains(c.text, c.old) {
			t.Errorf("%s still has %q", c.doc, c.old)
		}
	}
	var doc struct {
		Versions []struct {
			Version    string
			Properties []struct{ Name, Value string }
		}
	}
	if err := json.Unmarshal(js, &doc); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, v := range doc.Versions {
		for _, pr := range v.Properties {
			if v.Version == "3.8.2" && pr.Name == "cdx:lifecycle:milestone:endOfSupport" {
				found = true
				if pr.Value != newEOS {
					t.Errorf("lifecycle.json: 3.8.2 endOfSupport = %s, want %s", pr.Value, newEOS)
				}
			}
		}
	}
	if !found {
		t.Errorf("lifecycle.json: no endOfSupport property for 3.8.2")
	}
}

func renderForTest(t *testing.T, ctx *Context, p *content.Product, k Kind, in Instance) string {
	t.Helper()
	md, err := render.Markdown(ctx.Templates, k.Template, DocumentData{Site: ctx.Content.Site, Product: p, Doc: in.Control,
		Title: in.Title, AsOf: ctx.AsOf, Version: Version, Data: in.Data})
	if err != nil {
		t.Fatal(err)
	}
	return string(md)
}
