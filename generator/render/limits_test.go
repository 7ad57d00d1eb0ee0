package render

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/input"
)

// run executes src as the document template within limits l.
func run(t *testing.T, l Limits, src string, data any) (string, error) {
	t.Helper()
	files := Files{Shipped: fstest.MapFS{"doc.md.tmpl": {Data: []byte(src)}}}
	done := make(chan struct{})
	var out []byte
	var err error
	go func() { out, err = MarkdownWithin(l, files, "doc.md.tmpl", data); close(done) }()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatalf("template %q still running after 60s", src)
	}
	return string(out), err
}

// TestTemplateLimits: a runaway template override stops with a
// TemplateError that names the template file and the limit.
func TestTemplateLimits(t *testing.T) {
	l := Limits{Time: 2 * time.Second, Output: 1 << 20, Value: 1 << 20, Items: 10_000}
	for _, tc := range []struct {
		name, src, want string
	}{
		{"output loop", `{{ range until 10000 }}{{ range until 10000 }}xxxxxxxx{{ end }}{{ end }}`, "output larger than 1048576 bytes"},
		{"silent range over an integer", `{{ range 1000000000000 }}{{ end }}`, "ran longer than 2s"},
		{"silent nested ranges", `{{ range 100000 }}{{ range 100000 }}{{ $x := 1 }}{{ end }}{{ end }}`, "ran longer than 2s"},
		{"recursive template", `{{ define "a" }}{{ template "a" . }}{{ template "a" . }}{{ end }}{{ template "a" . }}`, ""},
		{"doubling text", `{{ $s := "xx" }}{{ range until 100 }}{{ $s = cat $s $s }}{{ end }}{{ len $s }}`, "a function returned a text longer than 1048576 bytes"},
		{"doubling by print", `{{ $s := "xx" }}{{ range until 100 }}{{ $s = print $s $s }}{{ end }}`, "a function returned a text longer than 1048576 bytes"},
		{"growing by js", `{{ $s := "<<" }}{{ range until 100 }}{{ $s = js $s }}{{ end }}`, "a function returned a text longer than 1048576 bytes"},
		{"huge repeat", `{{ repeat 1000000000 "x" }}`, "repeat would return a text longer than 1048576 bytes"},
		{"huge until", `{{ until 1000000000 }}`, "until would return a list longer than 10000 entries"},
		{"huge untilStep", `{{ untilStep 0 1000000000 1 }}`, "untilStep would return a list longer than 10000 entries"},
		{"huge seq", `{{ seq 1000000000 }}`, "seq would return a list longer than 10000 entries"},
		{"huge indent", `{{ indent 1000000000 "x" }}`, "indent would return a text longer than 1048576 bytes"},
		{"huge nindent", `{{ nindent 1000000000 "x" }}`, "nindent would return a text longer than 1048576 bytes"},
		{"replace blow-up", `{{ $s := repeat 100000 "x" }}{{ replace "" (repeat 100 "y") $s }}`, "replace would return a text longer than 1048576 bytes"},
		{"regex blow-up", `{{ $s := repeat 100000 "x" }}{{ regexReplaceAll "" $s (repeat 100 "y") }}`, "regexReplaceAll would replace more than 10000 matches"},
		{"growing list by append", `{{ $l := until 10000 }}{{ $l = append $l 1 }}`, "a function returned a list longer than 10000 entries"},
		{"doubling by printf", `{{ $s := "xx" }}{{ range until 100 }}{{ $s = printf "%s%s" $s $s }}{{ end }}`, "a function returned a text longer than 1048576 bytes"},
		{"huge tableHead", `{{ $s := repeat 600000 "x" }}{{ tableHead $s $s }}`, "a function returned a text longer than 1048576 bytes"},
		{"printf width", `{{ printf "%01000000000d" 1 }}`, `printf: width or precision "1000000000" is not allowed`},
		{"printf star", `{{ printf "%*d" 1000000000 1 }}`, `printf: width or precision "*" is not allowed`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := run(t, l, tc.src, nil)
			var te *TemplateError
			if !errors.As(err, &te) {
				t.Fatalf("got %v; want a TemplateError", err)
			}
			if !strings.Contains(err.Error(), "doc.md.tmpl") {
				t.Errorf("error %q does not name the template", err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
		})
	}
}

// TestTemplateLimitsAllowOrdinaryUse: the guarded functions still work.
func TestTemplateLimitsAllowOrdinaryUse(t *testing.T) {
	for src, want := range map[string]string{
		`{{ repeat 3 "ab" }}`:                                "ababab",
		`{{ until 3 }}`:                                      "[0 1 2]",
		`{{ untilStep 0 10 4 }}`:                             "[0 4 8]",
		`{{ seq 3 }} {{ seq 5 -2 1 }}`:                       "1 2 3 5 3 1",
		`{{ indent 2 "a\nb" }}`:                              "  a\n  b",
		`x{{ nindent 2 "a" }}`:                               "x\n  a",
		`{{ replace "a" "bb" "aXa" }}`:                       "bbXbb",
		`{{ regexReplaceAll "a(x*)b" "-ab-axxb-" "${1}W" }}`: "-W-xxW-",
		`{{ regexReplaceAllLiteral "a" "aXa" "$1" }}`:        "$1X$1",
		`{{ wrapWith 3 "|" "abc def" }}`:                     "abc|def",
		`{{ printf "%5.2f|%-4s|%03d" 3.14159 "a" 7 }}`:       " 3.14|a   |007",
		`{{ range 3 }}{{ . }}{{ end }}`:                      "012",
		`{{ keys (dict "b" 1 "a" 2 "c" 3) | join "," }}`:     "a,b,c",
		`{{ values (dict "b" 1 "a" 2 "c" 3) | join "," }}`:   "2,1,3",
	} {
		got, err := run(t, DefaultLimits, src, nil)
		if err != nil || got != want+"\n" {
			t.Errorf("%s = %q, %v; want %q", src, got, err, want)
		}
	}
}

// TestKeysValuesSorted: sprig's keys and values iterate a map in random
// order; ours are sorted by key, every run.
func TestKeysValuesSorted(t *testing.T) {
	src := `{{ $d := dict "k" 1 "e" 2 "a" 3 "z" 4 "m" 5 "b" 6 "q" 7 "c" 8 }}{{ keys $d | join "" }} {{ values $d | join "" }} {{ keys $d (dict "d" 0) | join "" }}`
	for range 50 {
		got, err := run(t, DefaultLimits, src, nil)
		if want := "abcekmqz 36821574 abcdekmqz\n"; err != nil || got != want {
			t.Fatalf("got %q, %v; want %q", got, err, want)
		}
	}
}

// TestNoZoneDependentDates: .Time.Local would print the building machine's
// time zone; templates that use it are refused, dates print in UTC.
func TestNoZoneDependentDates(t *testing.T) {
	data := map[string]any{"AsOf": content.NewDate(2026, 3, 2)}
	for _, src := range []string{
		`{{ .AsOf.Time.Local }}`,
		`{{ $t := .AsOf.Time }}{{ $t.Local.Hour }}`,
		`{{ (.AsOf.Time).Local }}`,
		`{{ with .AsOf }}{{ if true }}{{ range list 1 }}{{ .Time.Local }}{{ end }}{{ end }}{{ end }}`,
		`{{ define "x" }}{{ .Time.Local }}{{ end }}{{ template "x" .AsOf }}`,
	} {
		_, err := run(t, DefaultLimits, src, data)
		if err == nil || !strings.Contains(err.Error(), ".Local depends on the time zone") {
			t.Errorf("%s: got %v; want a refusal", src, err)
		}
	}
	for _, tz := range []string{"UTC", "Pacific/Kiritimati", "America/Adak"} {
		loc, err := time.LoadLocation(tz)
		if err != nil {
			continue
		}
		saved := time.Local
		time.Local = loc
		got, err := run(t, DefaultLimits, `{{ .AsOf.Time }} {{ date .AsOf }} {{ dateLong .AsOf }}`, data)
		time.Local = saved
		if want := "2026-03-02 00:00:00 +0000 UTC 2026-03-02 2 March 2026\n"; err != nil || got != want {
			t.Errorf("TZ=%s: got %q, %v; want %q", tz, got, err, want)
		}
	}
}

// TestOverrideFiles: a template override is read safely — a FIFO does not
// hang, a symlink out of the folder is refused, CRLF becomes LF.
func TestOverrideFiles(t *testing.T) {
	tmp := t.TempDir()
	dir := filepath.Join(tmp, "templates")
	os.MkdirAll(filepath.Join(dir, "partials"), 0o755)
	os.WriteFile(filepath.Join(tmp, "secret.txt"), []byte("hunter2"), 0o644)
	os.WriteFile(filepath.Join(dir, "crlf.md.tmpl"), []byte("a\r\nb\r\n"), 0o644)
	os.Symlink("../secret.txt", filepath.Join(dir, "out.md.tmpl"))
	if err := mkfifo(filepath.Join(dir, "fifo.md.tmpl")); err != nil {
		t.Skip(err)
	}
	files := OverrideFiles(fstest.MapFS{}, dir)
	if got, err := MarkdownWithin(DefaultLimits, files, "crlf.md.tmpl", nil); err != nil || string(got) != "a\nb\n" {
		t.Errorf("CRLF override: %q, %v", got, err)
	}
	for name, want := range map[string]error{"out.md.tmpl": input.ErrOutside, "fifo.md.tmpl": input.ErrNotRegular} {
		done := make(chan error)
		go func() { _, err := MarkdownWithin(DefaultLimits, files, name, nil); done <- err }()
		select {
		case err := <-done:
			var te *TemplateError
			if !errors.As(err, &te) || !errors.Is(err, want) || strings.Contains(err.Error(), "hunter2") {
				t.Errorf("%s: got %v; want a TemplateError wrapping %v", name, err, want)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: hangs", name)
		}
	}
	// A plain os.DirFS (before the build switches to OverrideFiles) at
	// least cannot hang on a FIFO.
	plain := Files{Shipped: fstest.MapFS{}, Override: os.DirFS(dir), OverrideName: "templates"}
	if _, err := MarkdownWithin(DefaultLimits, plain, "fifo.md.tmpl", nil); !errors.Is(err, input.ErrNotRegular) {
		t.Errorf("os.DirFS FIFO: got %v", err)
	}
}

func BenchmarkMarkdownLimits(b *testing.B) {
	files := Files{Shipped: fstest.MapFS{"doc.md.tmpl": {Data: []byte(`{{ range until 1000 }}{{ md "a *b*" }} {{ . }}{{ end }}`)}}}
	for b.Loop() {
		if _, err := Markdown(files, "doc.md.tmpl", nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestWrapPlainSignatures checks the closures wrap makes for the common
// signatures against the reflective wrapper: a text within the limit
// passes, a longer one and a spent budget panic with the limit error.
func TestWrapPlainSignatures(t *testing.T) {
	long := func(string) string { return strings.Repeat("x", 11) }
	short := func(string) string { return "ok" }
	longAny := func(any) string { return strings.Repeat("x", 11) }
	for _, tc := range []struct {
		name  string
		fn    any
		panic bool
	}{
		{"func(string) string, short", short, false},
		{"func(string) string, long", long, true},
		{"func(any) string, long", longAny, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBudget(Limits{Value: 10, Items: 10, Time: time.Hour})
			defer b.release()
			w := b.wrap(tc.fn)
			if _, plain := w.(func(string) string); !plain {
				if _, plain = w.(func(any) string); !plain {
					t.Fatalf("wrap(%T) gave %T, not a plain closure", tc.fn, w)
				}
			}
			got := func() (p any) {
				defer func() { p = recover() }()
				switch f := w.(type) {
				case func(string) string:
					f("in")
				case func(any) string:
					f("in")
				}
				return nil
			}()
			if (got != nil) != tc.panic {
				t.Fatalf("panic = %v, want a panic: %v", got, tc.panic)
			}
			if tc.panic {
				if err, ok := got.(error); !ok || !errors.Is(err, errLimit) || !strings.Contains(err.Error(), "longer than 10 bytes") {
					t.Errorf("panic %v, want the text limit error", got)
				}
				// The budget is spent: the next call fails before running.
				ran := false
				spent := b.wrap(func(string) string { ran = true; return "" }).(func(string) string)
				func() { defer func() { recover() }(); spent("in") }()
				if ran {
					t.Error("a function ran after the budget was spent")
				}
			}
		})
	}
}

// TestWrapTypedSignatures: every signature wrap gives a closure of its
// own keeps the function's type (text/template's fast path calls it
// directly), measures what it returns as the reflective wrapper does (a
// text or a list over the limit panics with the limit error; a number is
// not measured) and does not run once the budget is spent.
func TestWrapTypedSignatures(t *testing.T) {
	text := strings.Repeat("x", 11)
	list := make([]any, 11)
	dict := map[string]any{}
	for i := range 11 {
		dict[fmt.Sprint(i)] = i
	}
	for _, tc := range []struct {
		name string
		fn   any
		call func(w any) // calls the wrapped function once
		over bool        // its result is over the limits
	}{
		{"string,string", func(a, b string) string { return text }, func(w any) { w.(func(string, string) string)("a", "b") }, true},
		{"string,string,string", func(a, b, c string) string { return text }, func(w any) { w.(func(string, string, string) string)("a", "b", "c") }, true},
		{"int,string,string", func(n int, a, b string) string { return text }, func(w any) { w.(func(int, string, string) string)(1, "a", "b") }, true},
		{"...any→string", func(a ...any) string { return text }, func(w any) { w.(func(...any) string)(1, 2) }, true},
		{"any→string,error", func(a any) (string, error) { return text, nil }, func(w any) { _, _ = w.(func(any) (string, error))(1) }, true},
		{"any→int64", func(a any) int64 { return 1 << 40 }, func(w any) { w.(func(any) int64)(1) }, false},
		{"...any→map", func(a ...any) map[string]any { return dict }, func(w any) { w.(func(...any) map[string]any)(1) }, true},
		{"any,any,bool→any", func(a, b any, c bool) any { return list }, func(w any) { w.(func(any, any, bool) any)(1, 2, true) }, true},
		{"any,any,bool→any text", func(a, b any, c bool) any { return text }, func(w any) { w.(func(any, any, bool) any)(1, 2, true) }, true},
		{"any,any,bool→any short", func(a, b any, c bool) any { return "ok" }, func(w any) { w.(func(any, any, bool) any)(1, 2, true) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := newBudget(Limits{Value: 10, Items: 10, Time: time.Hour})
			defer b.release()
			w := b.wrap(tc.fn)
			if reflect.TypeOf(w) != reflect.TypeOf(tc.fn) {
				t.Fatalf("wrap(%T) gave %T", tc.fn, w)
			}
			got := func() (p any) {
				defer func() { p = recover() }()
				tc.call(w)
				return nil
			}()
			if (got != nil) != tc.over {
				t.Fatalf("panic = %v, want a panic: %v", got, tc.over)
			}
			if got != nil {
				if err, ok := got.(error); !ok || !errors.Is(err, errLimit) {
					t.Fatalf("panic %v, want a limit error", got)
				}
				// the budget is spent: the next call fails before running
				ran := false
				again := b.wrap(func(a, b any, c bool) any { ran = true; return nil }).(func(any, any, bool) any)
				func() { defer func() { recover() }(); again(1, 2, true) }()
				if ran {
					t.Error("a function ran after the budget was spent")
				}
			}
		})
	}
}
