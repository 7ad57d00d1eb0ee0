package content

import (
	"fmt"
	"slices"
	"strings"
)

// A version in Support is "supported with security updates", but a major
// component of it (its operating system, or a component a security control
// rests on: lifecycle.Major) may have lost its supplier's support before
// the document's date (hyperbaric 6.4 on Windows Embedded Standard 7). The
// stage, the plan's commitments and the CSD's update row then say so
// beside the version, instead of promising fixes that cannot come.
//
// Only [[components]] entries whose versions name the version are read
// here: content cannot see the SBOM files (package inventory), and an entry
// without versions is the current version's as the inventory decides.
// check (lifecycle.supportWithUnsupportedMajor) still warns of every one.

// MajorUnsupported is a version's major components whose supplier support
// ended on or before a date.
type MajorUnsupported struct {
	Version    string
	Components []Component
}

// UnsupportedMajor lists version v's major components, as the
// [[components]] entries given to v state them, whose security fixes ended
// on or before date on: their end of support (or, with extended security
// updates every customer receives, the end of those) has passed, or no
// date is stated and the level says the supplier no longer maintains them.
// Empty when there is none.
func (p *Product) UnsupportedMajor(v string, on Date) MajorUnsupported {
	out := MajorUnsupported{Version: v}
	for _, c := range p.Components {
		if !slices.Contains(c.Versions, v) || !p.MajorComponent(c.Type, c.Name) {
			continue
		}
		end := fixesEnd(c)
		if end.IsZero() && !c.Support.Ended() || !end.IsZero() && end.After(on) {
			continue
		}
		out.Components = append(out.Components, c)
	}
	return out
}

// MajorComponent reports a component of type typ named name on which a
// version's security rests: its operating system, or one a security
// control names (controls.components). check's rule on versions in
// Support (lifecycle.Major, for an inventory component) and the sentence
// beside the Support stage (UnsupportedMajor) share it.
func (p *Product) MajorComponent(typ, name string) bool {
	if typ == "operating-system" {
		return true
	}
	return slices.ContainsFunc(p.Controls, func(ctl Control) bool { return slices.Contains(ctl.Components, name) })
}

// IsZero reports no major component past its support.
func (m MajorUnsupported) IsZero() bool { return len(m.Components) == 0 }

// Sentence says it in plain text (the template escapes it): "Version 6.4's
// operating system, Windows Embedded Standard 7, has had no security
// updates from Microsoft since 13 October 2020."; "" when none.
func (m MajorUnsupported) Sentence() string {
	var s []string
	for _, c := range m.Components {
		s = append(s, fmt.Sprintf("Version %s's %s, has had no security updates from %s %s.", m.Version, m.what(c), supplierOf(c), m.since(c)))
	}
	return strings.Join(s, " ")
}

// Except is the clause that qualifies commitments held for the version:
// ", except for its operating system, Windows Embedded Standard 7, whose
// supplier support ended on 13 October 2020"; "" when none.
func (m MajorUnsupported) Except() string {
	if m.IsZero() {
		return ""
	}
	var s []string
	for _, c := range m.Components {
		ended := "whose supplier no longer maintains it"
		if end := fixesEnd(c); !end.IsZero() {
			ended = "whose supplier support ended on " + end.Long()
		}
		s = append(s, fmt.Sprintf("its %s, %s", m.what(c), ended))
	}
	return ", except for " + strings.Join(s, "; and ")
}

func (m MajorUnsupported) what(c Component) string {
	if c.Type == "operating-system" {
		return "operating system, " + c.Name
	}
	return "component " + c.Name + ", on which a security control rests"
}

func (m MajorUnsupported) since(c Component) string {
	if end := fixesEnd(c); !end.IsZero() {
		return "since " + end.Long()
	}
	return "(" + strings.ToLower(c.Support.Label()) + ")"
}

// fixesEnd is inventory.Component.FixesEnd for the entry's own dates.
func fixesEnd(c Component) Date {
	if !c.ExtendedUntil.IsZero() && c.ExtendedFor == ExtendedForEveryCustomer {
		return c.ExtendedUntil
	}
	return c.EndOfSupport
}

func supplierOf(c Component) string {
	if s := strings.TrimSpace(c.Supplier); s != "" {
		return s
	}
	return "its supplier"
}
