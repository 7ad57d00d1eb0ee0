// Package diag is how every input problem is reported: one Diagnostic per
// problem, placed by file, line and key path, with every problem of a run
// collected (Diagnostics) and returned as one InputError. The content
// loader, the MDS2 catalog, the document kinds and the CLI all use it.
package diag

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Severity says whether a diagnostic stops the build.
type Severity int

const (
	Error Severity = iota
	Warning
)

// Diagnostic is one problem in the input, placed as precisely as known.
type Diagnostic struct {
	Severity Severity `json:"-"`
	File     string   `json:"file"`
	Line     int      `json:"line,omitempty"` // 0 when unknown
	Path     string   `json:"path,omitempty"` // key path, e.g. ports[3].direction
	Message  string   `json:"message"`
	// Order places diagnostics of one file, line and key path in the
	// order of what they are about (the MDS2 form's sections), where
	// their messages' order would not; 0 for most.
	Order int `json:"-"`
}

// String formats the diagnostic as file:line: path: message, with
// "warning: " before the message for warnings.
func (d Diagnostic) String() string {
	var b strings.Builder
	b.WriteString(d.File)
	if d.Line > 0 {
		fmt.Fprintf(&b, ":%d", d.Line)
	}
	b.WriteString(": ")
	if d.Severity == Warning {
		b.WriteString("warning: ")
	}
	if d.Path != "" {
		b.WriteString(d.Path)
		b.WriteString(": ")
	}
	b.WriteString(d.Message)
	return b.String()
}

// Diagnostics is every problem of one run.
type Diagnostics []Diagnostic

// Sort orders diagnostics by file, line, path, Order and message, so a
// run's report is stable.
func (ds Diagnostics) Sort() {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Path, b.Path), cmp.Compare(a.Order, b.Order), cmp.Compare(a.Message, b.Message))
	})
}

// Errors returns the diagnostics of severity Error.
func (ds Diagnostics) Errors() Diagnostics {
	return ds.filter(Error)
}

// Warnings returns the diagnostics of severity Warning.
func (ds Diagnostics) Warnings() Diagnostics {
	return ds.filter(Warning)
}

func (ds Diagnostics) filter(s Severity) Diagnostics {
	var out Diagnostics
	for _, d := range ds {
		if d.Severity == s {
			out = append(out, d)
		}
	}
	return out
}

// Err returns the errors as one error, or nil when there are none.
func (ds Diagnostics) Err() error {
	if errs := ds.Errors(); len(errs) > 0 {
		return &InputError{Diagnostics: errs}
	}
	return nil
}

// InputError is returned when the input has errors; it lists them all.
type InputError struct {
	Diagnostics Diagnostics
}

func (e *InputError) Error() string {
	lines := make([]string, len(e.Diagnostics))
	for i, d := range e.Diagnostics {
		lines[i] = d.String()
	}
	return strings.Join(lines, "\n")
}
