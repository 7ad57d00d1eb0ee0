package render

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"text/template/parse"
	"time"
	"unicode/utf8"

	"github.com/jspgen/jspgen/generator/input"
	template "github.com/jspgen/jspgen/third_party/texttemplate"
)

// Limits bound one template execution. A template override comes from the
// product repository and is code: without bounds a loop in it could hang a
// build or exhaust its memory.
//
// How each bound is enforced, and what it cannot stop:
//   - Output: every byte goes through a writer that fails past the limit,
//     which stops execution (text/template aborts on a write error). Most
//     runaway loops write, so this stops most of them.
//   - Time: checked on every write, on every function call (each function
//     of the map is wrapped), at the start of every template invocation and
//     of every range iteration (an empty text, whose write checks, is
//     inserted into the parsed tree).
//     Execution is synchronous: nothing keeps running after an error.
//     A single function call that is slow on large arguments (a regular
//     expression over a long text) is not interrupted; it finishes first.
//   - Memory: no function may return a text longer than Value bytes or a
//     list longer than Items entries; functions whose result grows with an
//     integer or with the product of two arguments (repeat, until,
//     untilStep, seq, indent, nindent, replace, regexReplaceAll, wrapWith,
//     printf widths) are checked before they allocate; text/template's
//     print, println, printf, html, js and urlquery are replaced by the
//     same functions, wrapped, so their results are measured too. Lists built up by
//     append in a loop are bounded only by the time limit.
type Limits struct {
	Time   time.Duration // wall time of one execution
	Output int64         // bytes of Markdown one execution writes
	Value  int           // bytes of one text a function returns
	Items  int           // entries of one list a function returns or a range over an integer walks
}

// DefaultLimits are the limits Markdown uses: the example product's longest
// document renders in milliseconds to about 100 KB.
var DefaultLimits = Limits{Time: 20 * time.Second, Output: 16 << 20, Value: 4 << 20, Items: 100_000}

// LimitError is a template execution stopped by a limit.
type LimitError struct {
	Template string // the template file executed, as named in messages
	What     string // which limit, e.g. "output larger than 16777216 bytes"
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("template %s stopped: %s", e.Template, e.What)
}

// budget is the state of one execution against its limits.
type budget struct {
	limits  Limits
	expired *atomic.Bool // set by timer once the time limit has passed
	timer   *time.Timer
	written int64
	breach  string // the first limit passed
}

// newBudget starts the clock of one execution; release stops it. The
// checks read a flag the timer sets rather than the clock: reading the
// clock on every function call and write was a percent of a build.
func newBudget(l Limits) *budget {
	b := &budget{}
	b.start(l)
	return b
}

// start begins an execution within l: nothing written, no limit passed,
// a clock of its own. A budget kept for the next execution (an instance
// of a Set's template) starts again here. The flag is new each time, so
// the timer of an earlier execution, should it fire as that execution
// ends, sets the earlier flag and never this one.
func (b *budget) start(l Limits) {
	expired := new(atomic.Bool)
	b.limits, b.written, b.breach, b.expired = l, 0, "", expired
	b.timer = time.AfterFunc(l.Time, func() { expired.Store(true) })
}

// release stops the budget's clock once its execution has ended.
func (b *budget) release() { b.timer.Stop() }

var errLimit = errors.New("template limit reached")

// check fails once any limit is passed.
func (b *budget) check() error {
	if b.breach == "" && b.expired.Load() {
		b.breach = fmt.Sprintf("ran longer than %v", b.limits.Time)
	}
	if b.breach != "" {
		return fmt.Errorf("%w: %s", errLimit, b.breach)
	}
	return nil
}

func (b *budget) fail(format string, args ...any) error {
	if b.breach == "" {
		b.breach = fmt.Sprintf(format, args...)
	}
	return b.check()
}

// limitWriter writes to buf until a limit is passed.
type limitWriter struct {
	b   *budget
	buf *bytes.Buffer
}

func (w *limitWriter) Write(p []byte) (int, error) {
	if err := w.b.check(); err != nil {
		return 0, err
	}
	if w.b.written+int64(len(p)) > w.b.limits.Output {
		return 0, w.b.fail("output larger than %d bytes", w.b.limits.Output)
	}
	w.b.written += int64(len(p))
	return w.buf.Write(p)
}

// funcs returns the function map bound to b: every function checks the
// budget before it runs and the size of what it returns.
func (b *budget) funcs() template.FuncMap {
	base := FuncMap()
	for name, fn := range b.guards() {
		base[name] = fn
	}
	m := make(template.FuncMap, len(base))
	for name, fn := range base {
		m[name] = b.wrap(fn)
	}
	return m
}

// wrap checks the budget before fn runs and the size of its result after.
// A breach panics with an error; text/template turns a panic in a function
// into an execution error.
func (b *budget) wrap(fn any) any {
	// The commonest signatures (by calls in a build of the example) get a
	// plain closure: text/template calls it through reflection once,
	// where reflect.MakeFunc made every call go through reflection twice.
	// Same checks, same panics.
	switch f := fn.(type) {
	case func(string) string:
		return func(s string) string {
			b.checkNow()
			out := f(s)
			b.measureText(out)
			return out
		}
	case func(any) string:
		return func(a any) string {
			b.checkNow()
			out := f(a)
			b.measureText(out)
			return out
		}
	case func(string, any) string:
		return func(s string, a any) string {
			b.checkNow()
			out := f(s, a)
			b.measureText(out)
			return out
		}
	case func(...string) string:
		return func(s ...string) string {
			b.checkNow()
			out := f(s...)
			b.measureText(out)
			return out
		}
	case func(string, ...any) (string, error):
		return func(s string, a ...any) (string, error) {
			b.checkNow()
			out, err := f(s, a...)
			b.measureText(out)
			return out, err
		}
	case func(any, any) bool:
		return func(x, y any) bool {
			b.checkNow()
			return f(x, y)
		}
	case func(any, any) []any:
		return func(x, y any) []any {
			b.checkNow()
			out := f(x, y)
			b.measureLen(len(out))
			return out
		}
	case func(...any) []any:
		return func(a ...any) []any {
			b.checkNow()
			out := f(a...)
			b.measureLen(len(out))
			return out
		}
	case func(any, ...any) any:
		return func(x any, a ...any) any {
			b.checkNow()
			out := f(x, a...)
			b.measure(reflect.ValueOf(out))
			return out
		}
	case func(string, string) string:
		return func(x, y string) string {
			b.checkNow()
			out := f(x, y)
			b.measureText(out)
			return out
		}
	case func(string, string, string) string:
		return func(x, y, z string) string {
			b.checkNow()
			out := f(x, y, z)
			b.measureText(out)
			return out
		}
	case func(int, string, string) string:
		return func(n int, x, y string) string {
			b.checkNow()
			out := f(n, x, y)
			b.measureText(out)
			return out
		}
	case func(...any) string:
		return func(a ...any) string {
			b.checkNow()
			out := f(a...)
			b.measureText(out)
			return out
		}
	case func(any) (string, error):
		return func(a any) (string, error) {
			b.checkNow()
			out, err := f(a)
			b.measureText(out)
			return out, err
		}
	case func(any) int64:
		return func(a any) int64 {
			b.checkNow()
			return f(a) // a number has no size to measure
		}
	case func(...any) map[string]any:
		return func(a ...any) map[string]any {
			b.checkNow()
			out := f(a...)
			b.measureLen(len(out))
			return out
		}
	case func(any, any, bool) any:
		return func(x, y any, c bool) any {
			b.checkNow()
			out := f(x, y, c)
			b.measure(reflect.ValueOf(out))
			return out
		}
	}
	v := reflect.ValueOf(fn)
	t := v.Type()
	return reflect.MakeFunc(t, func(args []reflect.Value) []reflect.Value {
		b.checkNow()
		var out []reflect.Value
		if t.IsVariadic() {
			out = v.CallSlice(args)
		} else {
			out = v.Call(args)
		}
		if len(out) > 0 {
			b.measure(out[0])
		}
		return out
	}).Interface()
}

// checkNow is check for the wrappers: a spent budget stops the template.
func (b *budget) checkNow() {
	if err := b.check(); err != nil {
		panic(err)
	}
}

// measureLen is measure for a list of n entries.
func (b *budget) measureLen(n int) {
	if n > b.limits.Items {
		panic(b.fail("a function returned a list longer than %d entries", b.limits.Items))
	}
}

func (b *budget) measure(r reflect.Value) {
	for r.Kind() == reflect.Interface && !r.IsNil() {
		r = r.Elem()
	}
	switch r.Kind() {
	case reflect.String:
		b.measureText(r.String())
	case reflect.Slice, reflect.Map:
		b.measureLen(r.Len())
	}
}

// measureText is measure for a text.
func (b *budget) measureText(s string) {
	if len(s) > b.limits.Value {
		panic(b.fail("a function returned a text longer than %d bytes", b.limits.Value))
	}
}

// guards replaces the functions whose result grows faster than their
// arguments with versions that check the size before allocating.
func (b *budget) guards() template.FuncMap {
	sprigMap := FuncMap()
	call := func(name string, args ...any) any {
		in := make([]reflect.Value, len(args))
		for i, a := range args {
			in[i] = reflect.ValueOf(a)
		}
		return reflect.ValueOf(sprigMap[name]).Call(in)[0].Interface()
	}
	size := func(name string, n int) {
		if n < 0 || n > b.limits.Value {
			panic(b.fail("%s would return a text longer than %d bytes", name, b.limits.Value))
		}
	}
	count := func(name string, n int) {
		if n < 0 || n > b.limits.Items {
			panic(b.fail("%s would return a list longer than %d entries", name, b.limits.Items))
		}
	}
	steps := func(start, stop, step int) int {
		if step == 0 || (step > 0) != (stop > start) {
			return 0
		}
		return (absInt(stop-start) + absInt(step) - 1) / absInt(step)
	}
	regexResult := func(name, re, s, repl string, literal bool) int {
		r, err := regexp.Compile(re)
		if err != nil {
			return 0 // the function reports it
		}
		matches := r.FindAllStringIndex(s, b.limits.Items+1)
		if len(matches) > b.limits.Items {
			panic(b.fail("%s would replace more than %d matches", name, b.limits.Items))
		}
		n := len(s)
		for _, m := range matches {
			per := len(repl)
			if !literal {
				per += strings.Count(repl, "$") * len(s) // an expansion is at most the whole text
			}
			n += per - (m[1] - m[0])
			if n > b.limits.Value {
				break
			}
		}
		return n
	}
	regexGuard := func(name string, literal bool) any {
		return func(re, s, repl string) any {
			size(name, regexResult(name, re, s, repl, literal))
			return call(name, re, s, repl)
		}
	}
	mustRegexGuard := func(name string, literal bool) any {
		return func(re, s, repl string) (string, error) {
			size(name, regexResult(name, re, s, repl, literal))
			out := reflect.ValueOf(sprigMap[name]).Call([]reflect.Value{reflect.ValueOf(re), reflect.ValueOf(s), reflect.ValueOf(repl)})
			err, _ := out[1].Interface().(error)
			return out[0].String(), err
		}
	}
	return template.FuncMap{
		"repeat": func(n int, s string) string {
			if n > 0 && len(s) > 0 {
				size("repeat", min(n, b.limits.Value+1)*len(s))
			}
			return strings.Repeat(s, max(n, 0))
		},
		"until": func(n int) any {
			count("until", absInt(n))
			return call("until", n)
		},
		"untilStep": func(start, stop, step int) any {
			count("untilStep", steps(start, stop, step))
			return call("untilStep", start, stop, step)
		},
		"seq": func(params ...int) any {
			for _, p := range params {
				count("seq", absInt(p)) // bounds every form: seq n, seq a b, seq a step b
			}
			return reflect.ValueOf(sprigMap["seq"]).Call(intValues(params))[0].Interface()
		},
		"indent": func(n int, s string) any {
			size("indent", len(s)+max(n, 0)*(strings.Count(s, "\n")+1))
			return call("indent", n, s)
		},
		"nindent": func(n int, s string) any {
			size("nindent", 1+len(s)+max(n, 0)*(strings.Count(s, "\n")+1))
			return call("nindent", n, s)
		},
		"replace": func(old, repl, s string) string {
			k := utf8.RuneCountInString(s) + 1
			if old != "" {
				k = strings.Count(s, old)
			}
			size("replace", len(s)+k*len(repl))
			return strings.ReplaceAll(s, old, repl)
		},
		"wrapWith": func(l int, sep, s string) any {
			size("wrapWith", len(s)+(len(s)/max(l, 1)+1)*len(sep))
			return call("wrapWith", l, sep, s)
		},
		"regexReplaceAll":            regexGuard("regexReplaceAll", false),
		"regexReplaceAllLiteral":     regexGuard("regexReplaceAllLiteral", true),
		"mustRegexReplaceAll":        mustRegexGuard("mustRegexReplaceAll", false),
		"mustRegexReplaceAllLiteral": mustRegexGuard("mustRegexReplaceAllLiteral", true),
		// text/template's own text functions, so that their results are
		// measured too (print $s $s doubles a text as cat does).
		"print":    fmt.Sprint,
		"println":  fmt.Sprintln,
		"html":     template.HTMLEscaper,
		"js":       template.JSEscaper,
		"urlquery": template.URLQueryEscaper,
		"printf": func(format string, args ...any) (string, error) {
			if err := checkFormat(format); err != nil {
				return "", err
			}
			return fmt.Sprintf(format, args...), nil
		},
	}
}

func intValues(ns []int) []reflect.Value {
	out := make([]reflect.Value, len(ns))
	for i, n := range ns {
		out[i] = reflect.ValueOf(n)
	}
	return out
}

func absInt(n int) int {
	if n < 0 {
		if n == -n { // the most negative int
			return int(^uint(0) >> 1)
		}
		return -n
	}
	return n
}

// formatWidth finds widths and precisions in a printf format.
var formatWidth = regexp.MustCompile(`%[-+# 0]*(\*|\d+)?(\.(\*|\d+))?`)

// checkFormat refuses printf widths and precisions that would allocate
// without bound: '*' (taken from an argument) and numbers above 1000.
func checkFormat(format string) error {
	for _, m := range formatWidth.FindAllStringSubmatch(format, -1) {
		for _, n := range []string{m[1], m[3]} {
			if n == "*" || len(n) > 4 || (len(n) == 4 && n > "1000") {
				return fmt.Errorf("printf: width or precision %q is not allowed (at most 1000)", n)
			}
		}
	}
	return nil
}

// guardTrees rewrites every parsed template of t so that each template
// invocation and each range iteration checks the budget (a range over a
// large integer with an empty body writes nothing and calls nothing), and
// refuses fields that depend on the machine's time zone.
func guardTrees(t *template.Template) error {
	for _, tt := range t.Templates() {
		if tt.Tree == nil || tt.Root == nil {
			continue
		}
		if err := guardList(tt.Tree, tt.Root); err != nil {
			return err
		}
		tt.Root.Nodes = slices.Insert(tt.Root.Nodes, 0, tick(tt.Root.Position()))
	}
	return nil
}

// tick is the budget's check: an empty text, whose write checks the
// budget (limitWriter.Write). The parser makes no empty text, so a tick
// is never mistaken for a template's own. A call of a function that
// checked it cost text/template's reflective call every time, about 4,500
// calls a product (2 % of a build).
func tick(pos parse.Pos) parse.Node {
	return &parse.TextNode{NodeType: parse.NodeText, Pos: pos, Text: []byte{}}
}

// zoneDependent are time.Time methods whose result depends on the time
// zone of the machine that builds.
var zoneDependent = []string{"Local"}

func guardList(tree *parse.Tree, l *parse.ListNode) error {
	if l == nil {
		return nil
	}
	for _, n := range l.Nodes {
		if err := guardNode(tree, n); err != nil {
			return err
		}
	}
	return nil
}

func guardNode(tree *parse.Tree, n parse.Node) error {
	switch n := n.(type) {
	case *parse.ActionNode:
		return guardPipe(tree, n.Pipe)
	case *parse.IfNode:
		return guardBranch(tree, &n.BranchNode)
	case *parse.WithNode:
		return guardBranch(tree, &n.BranchNode)
	case *parse.RangeNode:
		if err := guardBranch(tree, &n.BranchNode); err != nil {
			return err
		}
		if n.List != nil {
			n.List.Nodes = slices.Insert(n.List.Nodes, 0, tick(n.Position()))
		}
	case *parse.TemplateNode:
		return guardPipe(tree, n.Pipe)
	}
	return nil
}

func guardBranch(tree *parse.Tree, b *parse.BranchNode) error {
	if err := guardPipe(tree, b.Pipe); err != nil {
		return err
	}
	if err := guardList(tree, b.List); err != nil {
		return err
	}
	return guardList(tree, b.ElseList)
}

func guardPipe(tree *parse.Tree, p *parse.PipeNode) error {
	if p == nil {
		return nil
	}
	for _, c := range p.Cmds {
		for _, a := range c.Args {
			if err := guardArg(tree, a); err != nil {
				return err
			}
		}
	}
	return nil
}

func guardArg(tree *parse.Tree, a parse.Node) error {
	var idents []string
	switch a := a.(type) {
	case *parse.FieldNode:
		idents = a.Ident
	case *parse.VariableNode:
		idents = a.Ident[1:]
	case *parse.ChainNode:
		if err := guardArg(tree, a.Node); err != nil {
			return err
		}
		idents = a.Field
	case *parse.PipeNode:
		return guardPipe(tree, a)
	}
	for _, id := range idents {
		if slices.Contains(zoneDependent, id) {
			loc, _ := tree.ErrorContext(a)
			return fmt.Errorf("template: %s: .%s depends on the time zone of the machine that builds; dates print in UTC: use date or dateLong", loc, id)
		}
	}
	return nil
}

// readOverride reads a template override: a regular file of at most
// input.MaxTemplate bytes (no FIFO, no device), CRLF line ends as LF.
func readOverride(fsys fs.FS, name string) ([]byte, error) {
	b, err := input.ReadFS(fsys, name, input.MaxTemplate)
	if err != nil {
		return nil, err
	}
	return input.NormalizeText(b), nil
}

// OverrideFiles returns the templates a build uses: the product
// repository's folder dir over the shipped ones. dir is read through
// input.FS, so a symbolic link out of it, a FIFO or an oversized file is
// refused with an error naming it. An empty dir, or one that does not
// exist, means the shipped templates alone.
func OverrideFiles(shipped fs.FS, dir string) Files {
	f := Files{Shipped: shipped}
	if dir == "" {
		return f
	}
	if fi, err := fs.Stat(input.FS(dir, input.MaxTemplate), "."); err == nil && fi.IsDir() {
		f.Override, f.OverrideName = input.FS(dir, input.MaxTemplate), strings.TrimSuffix(dir, "/")
	}
	return f
}
