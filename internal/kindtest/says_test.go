package kindtest

import (
	"fmt"
	"strings"
	"testing"
)

// recorder is a testing.TB that keeps what the helpers report.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Helper()           {}
func (r *recorder) Error(args ...any) { r.errors = append(r.errors, fmt.Sprint(args...)) }
func (r *recorder) Errorf(f string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(f, args...))
}

// TestSaysAllAndNone: each helper passes when the text agrees, and
// otherwise fails once, naming the document and every phrase at fault.
func TestSaysAllAndNone(t *testing.T) {
	const text = "The device listens on 443/TCP. Support ends on 2030-07-31."
	for _, tc := range []struct {
		name  string
		check func(t testing.TB)
		want  []string // every one in the single failure; none: it passes
	}{
		{"all said", func(t testing.TB) { SaysAll(t, "csd.md", text, "443/TCP", "2030-07-31") }, nil},
		{"nothing wanted", func(t testing.TB) { SaysAll(t, "csd.md", text) }, nil},
		{"one missing", func(t testing.TB) { SaysAll(t, "csd.md", text, "443/TCP", "22/TCP") },
			[]string{`csd.md lacks "22/TCP"`, text}},
		{"every missing one", func(t testing.TB) { SaysAll(t, "csd.md", text, "22/TCP", "443/TCP", "2031") },
			[]string{"csd.md lacks 2 of the 3 phrases", `"22/TCP"`, `"2031"`}},
		{"an empty phrase checks nothing", func(t testing.TB) { SaysAll(t, "csd.md", text, "") },
			[]string{`csd.md lacks ""`}},
		{"none said", func(t testing.TB) { SaysNoneBecause(t, "csd.md", text, "not stated", "22/TCP", "No") }, nil},
		{"one said", func(t testing.TB) { SaysNoneBecause(t, "csd.md", text, "not stated", "22/TCP", "listens") },
			[]string{`csd.md says "listens"`, "(not stated)"}},
		{"every said one", func(t testing.TB) { SaysNone(t, "plan.md", text, "device", "22/TCP", "Support") },
			[]string{"plan.md says 2 of the 3 phrases", `"device"`, `"Support"`}},
		{"the only phrase is checked", func(t testing.TB) { SaysNone(t, "csd.md", text, "listens") },
			[]string{`csd.md says "listens"`}},
		{"no phrase checks nothing", func(t testing.TB) { SaysNone(t, "csd.md", text) },
			[]string{"csd.md: SaysNone given no phrase checks nothing"}},
		{"the reason is not looked for", func(t testing.TB) { SaysNoneBecause(t, "csd.md", text, "listens", "22/TCP") }, nil},
		{"a long text is not shown", func(t testing.TB) { SaysAll(t, "csd.md", strings.Repeat("x", shownText+1), "y") },
			[]string{`csd.md lacks "y"`, "text of 4001 bytes not shown"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &recorder{TB: t}
			tc.check(r)
			if len(tc.want) == 0 {
				if len(r.errors) != 0 {
					t.Errorf("failed: %q", r.errors)
				}
				return
			}
			if len(r.errors) != 1 {
				t.Fatalf("failed %d times, want once: %q", len(r.errors), r.errors)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.errors[0], w) {
					t.Errorf("the failure lacks %q:\n%s", w, r.errors[0])
				}
			}
		})
	}
}
