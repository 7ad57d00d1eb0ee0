package lifecycle

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/kind/notices"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// exampleAsOf is the date the lifecycle tests speak as of, fixed so that
// other documents' release dates cannot move the stages under them.
var exampleAsOf = content.NewDate(2026, 2, 16)

var update = flag.Bool("update", false, "rewrite testdata/ from the example content")

// loadExample loads the site file and the content folder and returns the
// example product with its inventory and every diagnostic of the
// inventory and of the notices kind.
func loadExample(t *testing.T, siteFile, contentDir string) (*kind.Env, kind.Product, content.Diagnostics) {
	t.Helper()
	c, _ := kindtest.Load(t, siteFile, contentDir)
	env := kindtest.Env(c, exampleAsOf)
	p, diags := kindtest.Product(t, c, kindtest.Example)
	_, d := kindtest.Prepare(t, notices.Kind, env, p)
	return env, p, append(diags, d...)
}

// TestGoldenLifecycleJSON compares the example's lifecycle.json with
// testdata/lifecycle/halcyon-lvp7.json (go test ./generator -run
// LifecycleJSON -update rewrites it).
func TestGoldenLifecycleJSON(t *testing.T) {
	env, p, _ := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	got, err := JSON(env, p)
	if err != nil {
		t.Fatal(err)
	}
	var check map[string]any
	if err := json.Unmarshal(got, &check); err != nil {
		t.Fatalf("lifecycle.json is not JSON: %v", err)
	}
	golden := filepath.Join("testdata", "halcyon-lvp7.json")
	if *update {
		os.MkdirAll(filepath.Dir(golden), 0o755)
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./generator/kind/lifecycle -run LifecycleJSON -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("lifecycle.json differs from %s (-golden +built):\n%s", golden, diff)
	}
}

// Moving a version's end of support in the TOML moves it in the notice,
// the lifecycle page and lifecycle.json: none of them holds a date of its
// own.
func TestEndOfSupportHasOneSource(t *testing.T) {
	const oldEOS, newEOS = "2025-06-30", "2025-12-31"
	site, dir := kindtest.CopyRepo(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", "halcyon-lvp7.toml", func(s string) string {
		i := strings.Index(s, "version = \"3.8.2\"")
		j := i + strings.Index(s[i:], "end_of_support = "+oldEOS)
		return s[:j] + "end_of_support = " + newEOS + s[j+len("end_of_support = "+oldEOS):]
	})
	env, p, _ := loadExample(t, site, dir)
	np, _ := kindtest.Prepare(t, notices.Kind, env, p)
	var noticeMD string
	for _, d := range np.Documents {
		if d.Path == "notices/eos-3.8.2" {
			noticeMD = kindtest.Render(t, env, p, d)
		}
	}
	if noticeMD == "" {
		t.Fatal("no notice eos-3.8.2")
	}
	lp, _ := kindtest.Prepare(t, Kind, env, p)
	pageMD := kindtest.Render(t, env, p, lp.Documents[0])
	js := kindtest.File(t, lp, "lifecycle.json")
	// 2025-06-30 is also 4.1.0's end of marketing, so look at 3.8.2's rows.
	for _, c := range []struct{ doc, text, want, old string }{
		{"notice", noticeMD, "| Software 3.8.2 | End of support | " + newEOS + " |", "| Software 3.8.2 | End of support | " + oldEOS + " |"},
		{"notice", noticeMD, "end of support 31 December 2025", "30 June 2025"},
		{"notice", noticeMD, "Software 3.8.2: " + newEOS + " (end of support)", "Software 3.8.2: " + oldEOS},
		{"lifecycle page", pageMD, "| 2024-12-31 | " + newEOS + " |", "| 2024-12-31 | " + oldEOS + " |"},
	} {
		kindtest.SaysAll(t, c.doc, c.text, c.want)
		kindtest.SaysNoneBecause(t, c.doc, c.text, "the old end of support", c.old)
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

// TestNoticesLinkedOnlyWhenBuilt: the lifecycle page lists and links the
// product's notices only when it builds them; otherwise it says they are
// not published there, and lifecycle.json gives no page for them.
func TestNoticesLinkedOnlyWhenBuilt(t *testing.T) {
	env, p, _ := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	for _, tc := range []struct {
		build []string
		built bool
	}{
		{nil, true},
		{[]string{"lifecycle", "notices"}, true},
		{[]string{"lifecycle", "csd"}, false},
	} {
		p.Documents.Build = tc.build
		prep, _ := kindtest.Prepare(t, Kind, env, p)
		md := kindtest.Render(t, env, p, prep.Documents[0])
		if got := strings.Contains(md, "(notices/"); got != tc.built {
			t.Errorf("build %v: the page links notices: %v, want %v", tc.build, got, tc.built)
		}
		if got := strings.Contains(md, "notices are not published on this page"); got == tc.built {
			t.Errorf("build %v: says the notices are not published here: %v, want %v", tc.build, got, !tc.built)
		}
		js := string(kindtest.File(t, prep, "lifecycle.json"))
		if got := strings.Contains(js, `"document": "notices/`); got != tc.built {
			t.Errorf("build %v: lifecycle.json gives notice pages: %v, want %v", tc.build, got, tc.built)
		}
	}
}

// TestLifecycleJSONSupportEnded: a component's support in lifecycle.json
// is the level as recorded, and support_ended says whether its supplier
// support had ended on as_of, by its end of support where one is stated:
// FreeRTOS-Kernel 10.5.1, recorded no longer maintained from 31 October
// 2024, had not ended on 15 October 2024 and had on 1 November; busybox
// 1.35.0, recorded actively maintained until 30 April 2026, had not ended
// on 1 November 2024 and had on 15 May 2026.
func TestLifecycleJSONSupportEnded(t *testing.T) {
	env, p, _ := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	type comp struct {
		Name         string `json:"name"`
		Version      string `json:"version"`
		Support      string `json:"support"`
		SupportEnded *bool  `json:"support_ended"`
	}
	for _, tc := range []struct {
		on             content.Date
		name, version  string
		support, ended string
	}{
		{content.NewDate(2024, 10, 15), "FreeRTOS-Kernel", "10.5.1", "no_longer_maintained", "false"},
		{content.NewDate(2024, 11, 1), "FreeRTOS-Kernel", "10.5.1", "no_longer_maintained", "true"},
		{content.NewDate(2024, 11, 1), "busybox", "1.35.0", "maintained", "false"},
		{content.NewDate(2026, 5, 15), "busybox", "1.35.0", "maintained", "true"},
	} {
		p.Documents.Lifecycle.ReleaseDate, p.Documents.Lifecycle.History = tc.on, nil
		b, err := JSON(env, p)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			AsOf     string `json:"as_of"`
			Versions []struct {
				Version   string `json:"version"`
				Attention []comp `json:"components_needing_attention"`
			} `json:"versions"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		found := false
		for _, v := range doc.Versions {
			for _, c := range v.Attention {
				if v.Version != "4.1.0" || c.Name != tc.name || c.Version != tc.version {
					continue
				}
				found = true
				ended := "absent"
				if c.SupportEnded != nil {
					ended = strconv.FormatBool(*c.SupportEnded)
				}
				if c.Support != tc.support || ended != tc.ended {
					t.Errorf("as of %s, %s %s: support %q, support_ended %s; want %q, %s", doc.AsOf, c.Name, c.Version, c.Support, ended, tc.support, tc.ended)
				}
			}
		}
		if !found {
			t.Errorf("as of %s: %s %s is not among 4.1.0's components needing attention", doc.AsOf, tc.name, tc.version)
		}
	}
}
