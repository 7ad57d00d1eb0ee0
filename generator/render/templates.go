package render

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"strconv"
	"sync"
	"text/template/parse"

	template "github.com/jspgen/jspgen/third_party/texttemplate"
)

// Files is the templates folder a build uses: the product repository's own
// folder (may be nil) over the shipped one. A file in Override replaces the
// shipped file of the same path.
type Files struct {
	Override     fs.FS
	OverrideName string // how to name override files in messages, e.g. "templates"
	Shipped      fs.FS
}

// Open returns the content of name and the name errors should use for it.
func (f Files) Open(name string) ([]byte, string, error) {
	if f.Override != nil {
		if b, err := readOverride(f.Override, name); err == nil {
			return b, path.Join(f.OverrideName, name), nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return nil, "", err
		}
	}
	b, err := fs.ReadFile(f.Shipped, name)
	return b, "jspgen:templates/" + name, err
}

// Glob lists the files matching pattern in either folder, sorted, once each.
func (f Files) Glob(pattern string) ([]string, error) {
	names, err := fs.Glob(f.Shipped, pattern)
	if err != nil {
		return nil, err
	}
	if f.Override != nil {
		more, err := fs.Glob(f.Override, pattern)
		if err != nil {
			return nil, err
		}
		names = append(names, more...)
	}
	slices.Sort(names)
	return slices.Compact(names), nil
}

// TemplateError is a template that failed to parse or execute; its message
// names the template file and line.
type TemplateError struct {
	Err error
}

func (e *TemplateError) Error() string { return e.Err.Error() }
func (e *TemplateError) Unwrap() error { return e.Err }

// Pos is a place in a template file; Line and Col count from 1, 0 when
// unknown.
type Pos struct {
	File      string
	Line, Col int
}

// templatePos matches the position text/template and html/template put in
// front of their messages: "template: NAME:LINE: " (parse errors),
// "template: NAME:LINE:COL: " (execution errors), "html/template:NAME:LINE:COL: "
// and "html/template:NAME: " (escaping errors). NAME may itself contain
// colons ("jspgen:templates/csd.md.tmpl").
var templatePos = regexp.MustCompile(`^(?:html/)?template: ?(.+?)(?::(\d+))?(?::(\d+))?: `)

// Position returns where the error is and its message without the
// position. File is empty when the error names no template.
func (e *TemplateError) Position() (Pos, string) {
	msg := e.Err.Error()
	m := templatePos.FindStringSubmatchIndex(msg)
	if m == nil {
		return Pos{}, msg
	}
	p := Pos{File: msg[m[2]:m[3]]}
	if m[4] >= 0 {
		p.Line, _ = strconv.Atoi(msg[m[4]:m[5]])
	}
	if m[6] >= 0 {
		// text/template counts columns from 0 (a byte offset in the line)
		col, _ := strconv.Atoi(msg[m[6]:m[7]])
		p.Col = col + 1
	}
	return p, msg[m[1]:]
}

// Markdown executes the document template name (e.g.
// "security-plan.md.tmpl") with every partial under partials/, and returns
// the Markdown, tidied: no trailing spaces, at most one blank line in a row,
// one final newline. Execution runs within DefaultLimits. It parses the
// templates on every call; a build uses a Set, which parses each template
// once.
func Markdown(files Files, name string, data any) ([]byte, error) {
	return MarkdownWithin(DefaultLimits, files, name, data)
}

// MarkdownWithin is Markdown within the given limits; passing one is a
// TemplateError wrapping a *LimitError.
func MarkdownWithin(limits Limits, files Files, name string, data any) ([]byte, error) {
	t, err := parseTemplates(files, name)
	if err != nil {
		return nil, err
	}
	return executeWithin(limits, t, data)
}

// Set is the templates of one build, each document template parsed the
// first time it is used and kept for the rest of the build. The partials
// are parsed once for the whole Set and shared by every document template
// (a parse tree is only read once guarded), rather than parsed again with
// each of them. A Set is safe for concurrent use: each execution runs on
// an instance of the parsed template that no other execution is using, a
// clone with its own budget (see instance), which the Set keeps for later
// executions.
type Set struct {
	files Files

	partialsOnce sync.Once
	partials     *partialSet
	partialsErr  error

	mu     sync.Mutex
	byName map[string]*parsedTemplate
}

type parsedTemplate struct {
	once sync.Once
	t    *template.Template
	err  error

	instances sync.Pool // *instance of t, each idle between executions
}

// NewSet returns the set of files' templates; nothing is parsed yet.
func NewSet(files Files) *Set {
	return &Set{files: files, byName: map[string]*parsedTemplate{}}
}

// Markdown is Markdown(files, name, data) with name parsed once per Set;
// a template that fails to parse fails the same way on every call.
func (s *Set) Markdown(name string, data any) ([]byte, error) {
	p := s.parsedEntry(name)
	if p.err != nil {
		return nil, p.err
	}
	in, _ := p.instances.Get().(*instance)
	if in == nil {
		var err error
		if in, err = newInstance(p.t); err != nil {
			return nil, err
		}
	}
	defer p.instances.Put(in)
	return in.execute(DefaultLimits, data)
}

// Warm parses every document template of the set (each *.md.tmpl at the
// top of either folder) that nothing has asked for yet, so that a build
// can parse them on a processor idle while the product files load;
// documents then find them parsed. Errors wait for the document that
// uses the template, as they would without Warm.
func (s *Set) Warm() {
	names, err := s.files.Glob("*.md.tmpl")
	if err != nil {
		return
	}
	for _, name := range names {
		_, _ = s.parsed(name)
	}
}

// Parse parses the document template name (with every partial) and
// returns its parse error, if any, without executing it: `check` reports
// template syntax errors even when the content cannot be rendered.
func (s *Set) Parse(name string) error {
	_, err := s.parsed(name)
	return err
}

// parsed is name parsed with every partial, the first time it is asked
// for; later calls get the same template or the same error.
func (s *Set) parsed(name string) (*template.Template, error) {
	p := s.parsedEntry(name)
	return p.t, p.err
}

// parsedEntry is parsed's entry for name, parsed.
func (s *Set) parsedEntry(name string) *parsedTemplate {
	s.mu.Lock()
	p := s.byName[name]
	if p == nil {
		p = &parsedTemplate{}
		s.byName[name] = p
	}
	s.mu.Unlock()
	p.once.Do(func() {
		s.partialsOnce.Do(func() { s.partials, s.partialsErr = parsePartials(s.files) })
		p.t, p.err = parseDocument(s.files, name, s.partials, s.partialsErr)
	})
	return p
}

// parseTemplates parses the document template name with every partial,
// with the budget checks guardTrees inserts. The functions bound here only
// let the parse resolve names; every execution binds a fresh budget's.
func parseTemplates(files Files, name string) (*template.Template, error) {
	partials, err := parsePartials(files)
	return parseDocument(files, name, partials, err)
}

// newTemplate is an empty template named display, as every parse starts.
func newTemplate(display string) *template.Template {
	b := newBudget(DefaultLimits) // binds the names only: never runs
	b.release()
	return template.New(display).Option("missingkey=error").Funcs(b.funcs())
}

// partialSet is every partial parsed into one guarded template set, and
// which of its templates were empty before guardTrees put a check into
// each: text/template does not let an empty definition replace another.
type partialSet struct {
	t     *template.Template
	empty map[string]bool
}

// parsePartials parses every file under partials/, in name order, into
// one set; nil when there is none. A later partial's definition replaces
// an earlier one's of the same name, as text/template does within a set.
func parsePartials(files Files) (*partialSet, error) {
	names, err := files.Glob("partials/*.tmpl")
	if err != nil {
		return nil, &TemplateError{err}
	}
	if len(names) == 0 {
		return nil, nil
	}
	var set *template.Template
	for _, name := range names {
		src, display, err := files.Open(name)
		if err != nil {
			return nil, &TemplateError{err}
		}
		if set == nil {
			set = newTemplate(display)
		}
		if _, err := set.New(display).Parse(string(src)); err != nil {
			return nil, &TemplateError{err}
		}
	}
	empty := map[string]bool{}
	for _, t := range set.Templates() {
		if t.Tree == nil || t.Root == nil || parse.IsEmptyTree(t.Root) {
			empty[t.Name()] = true
		}
	}
	if err := guardTrees(set); err != nil {
		return nil, &TemplateError{err}
	}
	return &partialSet{t: set, empty: empty}, nil
}

// parseDocument parses the document template name and adds the partials'
// trees (parsed by parsePartials, with partialsErr) after it, as if they
// were parsed after it into its own set: a partial's definition replaces
// the document template's of the same name unless it is empty. A
// document template that does not parse fails with its own error first.
func parseDocument(files Files, name string, partials *partialSet, partialsErr error) (*template.Template, error) {
	src, display, err := files.Open(name)
	if err != nil {
		return nil, &TemplateError{fmt.Errorf("template %s: %w", name, err)}
	}
	t := newTemplate(display)
	if _, err := t.Parse(string(src)); err != nil {
		return nil, &TemplateError{err}
	}
	if partialsErr != nil {
		return nil, partialsErr
	}
	if err := guardTrees(t); err != nil {
		return nil, &TemplateError{err}
	}
	if partials == nil {
		return t, nil
	}
	for _, p := range sortedTemplates(partials.t) {
		if p.Tree == nil {
			continue
		}
		if own := t.Lookup(p.Name()); partials.empty[p.Name()] && own != nil && own.Tree != nil {
			continue
		}
		if _, err := t.AddParseTree(p.Name(), p.Tree); err != nil {
			return nil, &TemplateError{err}
		}
	}
	return t, nil
}

// sortedTemplates is t's set by name: the order the trees are added in
// does not change the set (each name has one tree in partials), but a
// fixed one keeps every build's sets alike.
func sortedTemplates(t *template.Template) []*template.Template {
	all := t.Templates()
	slices.SortFunc(all, func(a, b *template.Template) int { return cmp.Compare(a.Name(), b.Name()) })
	return all
}

// executeWithin runs a parsed template under a budget of its own, on an
// instance made for this execution.
func executeWithin(limits Limits, parsed *template.Template, data any) ([]byte, error) {
	in, err := newInstance(parsed)
	if err != nil {
		return nil, err
	}
	return in.execute(limits, data)
}

// instance is a parsed template made ready to execute: a clone (parse
// trees shared, function map not) whose functions check and charge one
// budget. It runs one execution at a time, each starting the budget
// again. A Set keeps its instances between executions: cloning the
// template and wrapping its functions (about two hundred) anew for every
// document was 1 % of a 100-product build's CPU.
type instance struct {
	t *template.Template
	b *budget
}

func newInstance(parsed *template.Template) (*instance, error) {
	b := &budget{} // started by execute
	t, err := parsed.Clone()
	if err != nil {
		return nil, &TemplateError{err}
	}
	t.Funcs(b.funcs())
	return &instance{t: t, b: b}, nil
}

// execute runs the instance's template within limits, writing through a
// writer that enforces them.
func (in *instance) execute(limits Limits, data any) ([]byte, error) {
	display, t, b := in.t.Name(), in.t, in.b
	b.start(limits)
	defer b.release()
	out := &limitWriter{b: b, buf: outputBuffers.Get().(*bytes.Buffer)}
	defer func() {
		out.buf.Reset()
		outputBuffers.Put(out.buf)
	}()
	if err := t.ExecuteTemplate(out, display, data); err != nil {
		if b.breach != "" {
			return nil, &TemplateError{fmt.Errorf("%w (%v)", &LimitError{Template: display, What: b.breach}, err)}
		}
		return nil, &TemplateError{err}
	}
	return Tidy(out.buf.Bytes()), nil
}

// outputBuffers hold templates' output until Tidy copies it out, so that
// every execution does not grow a buffer from empty again.
var outputBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// Tidy normalises template output so that template whitespace never shows:
// trailing spaces go, runs of blank lines become one, the text ends with
// exactly one newline.
func Tidy(md []byte) []byte {
	// One pass over the lines; a regexp for each rule took 4 % of a build.
	out := make([]byte, 0, len(md)+1)
	newlines := 0 // since the last line with text
	for len(md) > 0 {
		line, rest, found := bytes.Cut(md, []byte{'\n'})
		if line = bytes.TrimRight(line, " \t"); len(line) > 0 {
			if len(out) > 0 {
				out = append(out, "\n\n"[:min(newlines, 2)]...)
			}
			out = append(out, line...)
			newlines = 0
		}
		if found {
			newlines++
		}
		md = rest
	}
	return append(out, '\n')
}
