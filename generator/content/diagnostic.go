package content

import "github.com/jspgen/jspgen/generator/diag"

// The diagnostics of the content model are package diag's; these names
// keep the loader's and the kinds' code short.
type (
	Severity    = diag.Severity
	Diagnostic  = diag.Diagnostic
	Diagnostics = diag.Diagnostics
	InputError  = diag.InputError
)

// Severities.
const (
	Error   = diag.Error
	Warning = diag.Warning
)
