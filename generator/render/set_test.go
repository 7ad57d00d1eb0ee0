package render

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"text/template/parse"
	"time"
)

// countingFS counts the files opened in it, by name.
type countingFS struct {
	fs.FS
	mu     sync.Mutex
	opened map[string]int
}

func (c *countingFS) Open(name string) (fs.File, error) {
	c.mu.Lock()
	c.opened[name]++
	c.mu.Unlock()
	return c.FS.Open(name)
}

func setFiles() fstest.MapFS {
	return fstest.MapFS{
		"one.md.tmpl":          {Data: []byte(`one {{ template "greet" "A" }} {{ template "mine" }}{{ define "mine" }}doc{{ end }}`)},
		"two.md.tmpl":          {Data: []byte(`two {{ template "greet" "B" }} {{ template "kept" }}{{ define "kept" }}kept{{ end }}`)},
		"partials/a.md.tmpl":   {Data: []byte(`{{ define "greet" }}hello from a {{ . }}{{ end }}{{ define "mine" }}partial{{ end }}`)},
		"partials/b.md.tmpl":   {Data: []byte(`{{ define "greet" }}hello {{ . }}{{ end }}{{ define "kept" }}{{ end }}`)},
		"partials/c.md.tmpl":   {Data: []byte(`{{ define "unused" }}{{ range until 3 }}{{ . }}{{ end }}{{ end }}`)},
		"partials/notes.txt":   {Data: []byte(`not a partial`)},
		"partials/d.md.tmpl.x": {Data: []byte(`{{ nonsense`)},
	}
}

// TestSetParsesPartialsOnce: a Set reads and parses the partials once for
// all its document templates, not once per document template; what each
// document renders is the same as Markdown's, which parses afresh.
func TestSetParsesPartialsOnce(t *testing.T) {
	counted := &countingFS{FS: setFiles(), opened: map[string]int{}}
	set := NewSet(Files{Shipped: counted})
	var wg sync.WaitGroup
	for range 4 {
		for _, name := range []string{"one.md.tmpl", "two.md.tmpl"} {
			wg.Go(func() {
				got, err := set.Markdown(name, nil)
				want, werr := Markdown(Files{Shipped: setFiles()}, name, nil)
				if err != nil || werr != nil || string(got) != string(want) {
					t.Errorf("%s: Set gives %q, %v; Markdown %q, %v", name, got, err, want, werr)
				}
			})
		}
	}
	wg.Wait()
	for _, name := range []string{"partials/a.md.tmpl", "partials/b.md.tmpl", "partials/c.md.tmpl", "one.md.tmpl", "two.md.tmpl"} {
		if n := counted.opened[name]; n != 1 {
			t.Errorf("%s opened %d times; want once", name, n)
		}
	}
	// The budget's check is put into each shared tree once.
	p, err := set.parsed("one.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := set.parsed("two.md.tmpl"); err != nil {
		t.Fatal(err)
	}
	nodes := p.Lookup("unused").Root.Nodes
	if len(nodes) < 2 || !isTick(nodes[0]) || isTick(nodes[1]) {
		t.Errorf("partial tree starts %v; want one budget check", nodes)
	}
}

func isTick(n parse.Node) bool {
	t, ok := n.(*parse.TextNode)
	return ok && len(t.Text) == 0
}

// TestPartialsDefineAfterTheDocument: a partial's definition replaces the
// document template's own of the same name, an empty one does not, and a
// later partial replaces an earlier one, with and without a Set.
func TestPartialsDefineAfterTheDocument(t *testing.T) {
	files := Files{Shipped: setFiles()}
	set := NewSet(files)
	for name, want := range map[string]string{"one.md.tmpl": "one hello A partial\n", "two.md.tmpl": "two hello B kept\n"} {
		for how, render := range map[string]func() ([]byte, error){
			"Markdown": func() ([]byte, error) { return Markdown(files, name, nil) },
			"Set":      func() ([]byte, error) { return set.Markdown(name, nil) },
		} {
			if got, err := render(); err != nil || string(got) != want {
				t.Errorf("%s, %s: got %q, %v; want %q", name, how, got, err, want)
			}
		}
	}
}

// TestSetPartialErrors: a document template that does not parse reports
// its own error; a partial that does not parse, or that the guards
// refuse, fails every document template the same way.
func TestSetPartialErrors(t *testing.T) {
	for _, tc := range []struct {
		name, partial, doc, want string
	}{
		{"partial syntax", `{{ define "p" }}{{ if }}{{ end }}`, `{{ template "p" }}`, "partials/bad.md.tmpl:1: missing value for if"},
		{"partial refused", `{{ define "p" }}{{ .AsOf.Local }}{{ end }}`, `{{ template "p" }}`, "depends on the time zone"},
		{"document first", `{{ define "p" }}{{ if }}{{ end }}`, `{{ template "p" }`, "jspgen:templates/doc.md.tmpl:1"},
	} {
		files := Files{Shipped: fstest.MapFS{
			"doc.md.tmpl":          {Data: []byte(tc.doc)},
			"other.md.tmpl":        {Data: []byte(`fine`)},
			"partials/bad.md.tmpl": {Data: []byte(tc.partial)},
		}}
		set := NewSet(files)
		for _, doc := range []string{"doc.md.tmpl", "other.md.tmpl"} {
			err := set.Parse(doc)
			var te *TemplateError
			if doc == "other.md.tmpl" && tc.name == "document first" {
				if !errors.As(err, &te) || !strings.Contains(err.Error(), "missing value for if") {
					t.Errorf("%s, %s: got %v; want the partial's error", tc.name, doc, err)
				}
				continue
			}
			want := tc.want
			if doc == "other.md.tmpl" {
				want = strings.Replace(want, "doc.md.tmpl", "other.md.tmpl", 1)
			}
			if !errors.As(err, &te) || !strings.Contains(err.Error(), want) {
				t.Errorf("%s, %s: got %v; want a TemplateError with %q", tc.name, doc, err, want)
			}
			if _, merr := MarkdownWithin(DefaultLimits, files, doc, nil); merr == nil || merr.Error() != err.Error() {
				t.Errorf("%s, %s: Markdown gives %v; the Set %v", tc.name, doc, merr, err)
			}
		}
	}
}

// TestSetWarm: Warm parses every document template once, overrides
// included and partials not as documents; a document that uses a template
// then reads nothing again and gets what it would have without Warm, and
// a template that does not parse reports its error to the document that
// uses it.
func TestSetWarm(t *testing.T) {
	counted := &countingFS{FS: setFiles(), opened: map[string]int{}}
	override := fstest.MapFS{"broken.md.tmpl": {Data: []byte(`{{ if }}`)}}
	set := NewSet(Files{Shipped: counted, Override: override, OverrideName: "templates"})
	set.Warm()
	for _, name := range []string{"one.md.tmpl", "two.md.tmpl", "broken.md.tmpl"} {
		if set.byName[name] == nil {
			t.Errorf("Warm did not parse %s", name)
		}
	}
	if len(set.byName) != 3 {
		t.Errorf("Warm parsed %d templates, want the 3 document templates", len(set.byName))
	}
	opened := maps.Clone(counted.opened)
	for name, want := range map[string]string{"one.md.tmpl": "one hello A partial\n", "two.md.tmpl": "two hello B kept\n"} {
		if got, err := set.Markdown(name, nil); err != nil || string(got) != want {
			t.Errorf("%s after Warm: got %q, %v; want %q", name, got, err, want)
		}
	}
	if !maps.Equal(opened, counted.opened) {
		t.Errorf("files read again after Warm: %v, then %v", opened, counted.opened)
	}
	if _, err := set.Markdown("broken.md.tmpl", nil); err == nil || !strings.Contains(err.Error(), "templates/broken.md.tmpl:1") {
		t.Errorf("broken override after Warm: error %v, want its parse error", err)
	}
}

// TestInstanceStartsAgain: an instance kept for the next execution
// starts with nothing written and no limit passed, whatever the last
// execution did.
func TestInstanceStartsAgain(t *testing.T) {
	files := Files{Shipped: fstest.MapFS{"doc.md.tmpl": {Data: []byte(`{{ repeat .N "x" }}`)}}}
	parsed, err := parseTemplates(files, "doc.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	in, err := newInstance(parsed)
	if err != nil {
		t.Fatal(err)
	}
	small := Limits{Time: time.Hour, Output: 8, Value: 8, Items: 8}
	for i, tc := range []struct {
		n      int
		limits Limits
		want   string // "" for a LimitError
	}{
		{9, small, ""},          // repeat past Value
		{3, small, "xxx\n"},     // the breach is forgotten
		{7, small, "xxxxxxx\n"}, // nothing counted as written before
		{7, small, "xxxxxxx\n"}, // still nothing: 16 bytes over two runs
		{6, Limits{Time: time.Hour, Output: 4, Value: 8, Items: 8}, ""}, // Output
		{2, small, "xx\n"},
	} {
		got, err := in.execute(tc.limits, map[string]int{"N": tc.n})
		var le *LimitError
		switch {
		case tc.want == "" && !errors.As(err, &le):
			t.Errorf("run %d (repeat %d): %q, %v; want a LimitError", i, tc.n, got, err)
		case tc.want != "" && (err != nil || string(got) != tc.want):
			t.Errorf("run %d (repeat %d): %q, %v; want %q", i, tc.n, got, err, tc.want)
		}
	}
}

// TestBudgetStartsANewClock: a budget started again gets a flag of its
// own, so the timer of the execution before, firing late, cannot stop
// the next one.
func TestBudgetStartsANewClock(t *testing.T) {
	b := newBudget(Limits{Time: time.Nanosecond})
	old := b.expired
	for deadline := time.Now().Add(10 * time.Second); !old.Load(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the 1 ns timer never fired")
		}
	}
	b.release()
	b.start(Limits{Time: time.Hour})
	defer b.release()
	if b.expired == old || b.expired.Load() {
		t.Errorf("started again: flag %p (was %p), set %v; want a new flag, unset", b.expired, old, b.expired.Load())
	}
	if err := b.check(); err != nil {
		t.Errorf("started again: check() = %v; want nil", err)
	}
}

// TestSetConcurrentExecutions: executions running at once on a Set's
// instances each see their own data and budget.
func TestSetConcurrentExecutions(t *testing.T) {
	set := NewSet(Files{Shipped: fstest.MapFS{"doc.md.tmpl": {Data: []byte(`x{{ repeat .N "y" }} n={{ .N }}`)}}})
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 50 {
				n := g*50 + i
				got, err := set.Markdown("doc.md.tmpl", map[string]int{"N": n})
				if want := fmt.Sprintf("x%s n=%d\n", strings.Repeat("y", n), n); err != nil || string(got) != want {
					t.Errorf("N=%d: %q, %v; want %q", n, got, err, want)
					return
				}
			}
		})
	}
	wg.Wait()
}
