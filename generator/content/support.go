package content

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
)

// Support per component: FDA's premarket guidance asks, for every SBOM
// component, the level of support its maker gives and the end-of-support
// date, or why none is known. A component's support is stated in one of
// four places, and the first that states any of it (a level, an end of
// support or a justification) decides all of it:
//
//  1. its [[components]] annotation in the product file,
//  2. the SBOM file (CycloneDX properties cdx:lifecycle:milestone:endOfSupport
//     and jspgen:support:*),
//  3. the first matching [[support_rules]] rule of the product file,
//  4. the first matching [[support_rules]] rule of the site file.
//
// The inventory (package inventory) applies this order and records where
// each component's support came from.
//
// Extended security updates: a supplier's end of support is often not
// the end of a component's security fixes. A manufacturer may buy a paid
// programme (Windows Extended Security Updates, RHEL ELS, …) that keeps
// fixes coming after it. extended_until is that programme's end: the
// supplier's end of support is still stated as the supplier states it,
// and the component counts as unsupported only once extended_until has
// passed too (inventory.Component.FixesEnd). It needs end_of_support and
// is not before it (validateExtended).
//
// Who receives them is extended_for: the manufacturer obtains them for
// every customer's devices (every_customer), or only the customers who buy
// them receive them (customers_who_buy: each buys them from the supplier,
// or they come with a paid programme such as versions.extended_support).
// Only in the first case do they keep the component's fixes coming for the
// documents' reader, whoever it is: in the second, and when it is not
// stated, the component is judged by the supplier's end of support, and
// the documents give the extended updates' end with whom they reach (or
// that this is not stated), never as fixes every customer receives.

// SupportRule states the support of every component it matches, so that a
// team does not annotate a thousand npm packages one by one. Every match
// key given must match (purl, name and supplier are globs: * is any run of
// characters, ? one character); at least one is required.
type SupportRule struct {
	ID            string       `toml:"id" jsp:"required,key" doc:"Rule identifier, shown as the source of the support facts it sets."`
	PURL          string       `toml:"purl" doc:"Match: package URL glob, e.g. \"pkg:npm/*\" or \"pkg:github/qt/*@v6.8.*\" (case-sensitive)."`
	Name          string       `toml:"name" doc:"Match: component name glob, e.g. \"qt*\" (case-insensitive)."`
	Supplier      string       `toml:"supplier" doc:"Match: supplier name glob, as the SBOM or the annotation states it (case-insensitive)."`
	Type          string       `toml:"type" doc:"Match: component type as the SBOM states it (CycloneDX type or SPDX purpose, e.g. library, operating-system), or, where it states none, as components.type gives it."`
	Level         SupportLevel `toml:"level" doc:"Support level of the matched components."`
	EndOfSupport  Date         `toml:"end_of_support" doc:"Maker's end of support of the matched versions."`
	ExtendedUntil Date         `toml:"extended_until" doc:"End of an extended security-update programme the manufacturer uses for the matched versions after end_of_support (as [[components]] extended_until)."`
	ExtendedFor   string       `toml:"extended_for" jsp:"oneof=every_customer customers_who_buy" doc:"Who receives the extended security updates of the matched versions (as [[components]] extended_for; customers_who_buy is an error for an in_house product it applies to). Only with extended_until."`
	Justification string       `toml:"justification" doc:"Why no end-of-support date is stated (the maker publishes none, support follows the newest release only, …)."`
	Source        string       `toml:"source" doc:"Where the maker publishes this support policy (URL or document), shown with the facts."`
	Notes         string       `toml:"notes" doc:"Contingency or assessment for the matched components (as [[components]] notes, which take precedence)."`
}

// Matches reports whether the rule matches a component with these
// identifiers. A rule without match keys matches nothing.
func (r SupportRule) Matches(purl, name, supplier, typ string) bool {
	if r.PURL == "" && r.Name == "" && r.Supplier == "" && r.Type == "" {
		return false
	}
	return (r.PURL == "" || globMatch(r.PURL, strings.TrimSpace(purl), false)) &&
		(r.Name == "" || globMatch(r.Name, strings.TrimSpace(name), true)) &&
		(r.Supplier == "" || globMatch(r.Supplier, strings.TrimSpace(supplier), true)) &&
		(r.Type == "" || strings.EqualFold(r.Type, strings.TrimSpace(typ)))
}

// States reports whether the rule sets any support fact.
func (r SupportRule) States() bool {
	return r.Level != "" || !r.EndOfSupport.IsZero() || strings.TrimSpace(r.Justification) != ""
}

// States reports whether the annotation states any support fact: a level,
// an end of support or a justification. An annotation that only adds a
// supplier or notes leaves the support to the SBOM and the rules.
func (c Component) States() bool {
	return c.Support != "" || !c.EndOfSupport.IsZero() || strings.TrimSpace(c.Justification) != ""
}

// globMatch matches s against pattern, where * is any run of characters
// ("/" included: a purl's namespace is part of what "pkg:npm/*" matches)
// and ? one character; everything else is literal.
func globMatch(pattern, s string, fold bool) bool {
	re, err := compiledGlob(pattern, fold)
	return err == nil && re.MatchString(s)
}

// globs holds the compiled support-rule patterns: every rule is matched
// against every component of every version of every product, and
// compiling the pattern each time was half the cost of building the
// inventories. Bounded: emptied when it holds globsMax patterns.
var globs struct {
	sync.Mutex
	m map[globKey]globCompiled
}

const globsMax = 4096

type globKey struct {
	pattern string
	fold    bool
}

type globCompiled struct {
	re  *regexp.Regexp
	err error
}

// compiledGlob is globRegexp(pattern, fold), compiled once.
func compiledGlob(pattern string, fold bool) (*regexp.Regexp, error) {
	k := globKey{pattern, fold}
	globs.Lock()
	defer globs.Unlock()
	if c, ok := globs.m[k]; ok {
		return c.re, c.err
	}
	if globs.m == nil || len(globs.m) >= globsMax {
		globs.m = map[globKey]globCompiled{}
	}
	re, err := globRegexp(pattern, fold)
	globs.m[k] = globCompiled{re, err}
	return re, err
}

func globRegexp(pattern string, fold bool) (*regexp.Regexp, error) {
	var b strings.Builder
	if fold {
		b.WriteString("(?i)")
	}
	b.WriteString("^")
	for _, r := range pattern {
		switch r {
		case '*':
			b.WriteString("(?s:.*)")
		case '?':
			b.WriteString("(?s:.)")
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
	}
	b.WriteString("$")
	return regexp.Compile(b.String())
}

// validateSupportRules checks the rules of one file (product or site):
// unique IDs, at least one match key, something stated, and a date or a
// justification beside a level that has not ended.
func validateSupportRules(src Source, rules []SupportRule) Diagnostics {
	var diags Diagnostics
	add := func(sev Severity, path, format string, args ...any) {
		diags = append(diags, Diagnostic{Severity: sev, File: src.File, Line: src.Line(path), Path: path, Message: fmt.Sprintf(format, args...)})
	}
	seen := map[string]int{}
	for i, r := range rules {
		path := fmt.Sprintf("support_rules[%d]", i)
		if j, ok := seen[strings.ToLower(r.ID)]; ok && r.ID != "" {
			add(Error, path+".id", "duplicate id %q (first at support_rules[%d], line %d)", r.ID, j, src.Line(fmt.Sprintf("support_rules[%d]", j)))
		} else {
			seen[strings.ToLower(r.ID)] = i
		}
		if r.PURL == "" && r.Name == "" && r.Supplier == "" && r.Type == "" {
			add(Error, path, "rule %q matches nothing: give at least one of purl, name, supplier, type", r.ID)
		}
		if !r.States() {
			add(Error, path, "rule %q states no support: give level, end_of_support or justification", r.ID)
		}
		if r.EndOfSupport.IsZero() && strings.TrimSpace(r.Justification) == "" && r.Level != "" && !r.Level.Ended() {
			add(Error, path, "rule %q: level %q needs end_of_support, or a justification of why the maker publishes none", r.ID, r.Level)
		}
		if msg := ExtendedProblem(r.EndOfSupport, r.ExtendedUntil); msg != "" {
			add(Error, path+".extended_until", "rule %q: %s", r.ID, msg)
		}
		switch msg := ExtendedForProblem(r.ExtendedUntil, r.ExtendedFor); {
		case msg == "":
		case r.ExtendedUntil.IsZero():
			add(Error, path+".extended_for", "rule %q: %s", r.ID, msg)
		default:
			add(Warning, path+".extended_until", "rule %q: %s", r.ID, msg)
		}
	}
	return diags
}

// ExtendedProblem is what is wrong with an extended security-update end
// beside the supplier's end of support, "" for nothing: one needs the
// other (extended updates follow the supplier's end), and cannot end
// before it.
func ExtendedProblem(endOfSupport, extendedUntil Date) string {
	switch {
	case extendedUntil.IsZero():
		return ""
	case endOfSupport.IsZero():
		return fmt.Sprintf("extended_until (%s) without end_of_support: extended security updates follow the supplier's end of support; state it too", extendedUntil)
	case extendedUntil.Before(endOfSupport):
		return fmt.Sprintf("extended_until (%s) is before end_of_support (%s): extended security updates continue after the supplier's end of support", extendedUntil, endOfSupport)
	}
	return ""
}

// ExtendedForProblem is what is wrong with who receives a component's
// extended security updates, "" for nothing: extended_for without
// extended_until says nothing (an error), and extended_until without it
// leaves the documents unable to say whether every customer receives the
// updates (a warning: they then say it is not stated and judge the
// component by its supplier's end).
func ExtendedForProblem(extendedUntil Date, extendedFor string) string {
	switch {
	case extendedUntil.IsZero() && extendedFor != "":
		return "extended_for without extended_until: there are no extended security updates to receive"
	case !extendedUntil.IsZero() && extendedFor == "":
		return fmt.Sprintf("extended_until (%s) without extended_for: the documents cannot say whether every customer receives these updates, so they say it is not stated and count the component unsupported from its supplier's end of support; state extended_for = \"every_customer\" (the manufacturer obtains them for every customer's devices) or \"customers_who_buy\"", extendedUntil)
	}
	return ""
}

// validateExtended checks each [[components]] entry's extended_until and
// extended_for.
func (v *productValidator) validateExtended() {
	for i, c := range v.p.Components {
		if msg := ExtendedProblem(c.EndOfSupport, c.ExtendedUntil); msg != "" {
			v.errorf(fmt.Sprintf("components[%d].extended_until", i), "%s", msg)
		}
		switch msg := ExtendedForProblem(c.ExtendedUntil, c.ExtendedFor); {
		case msg == "":
		case c.ExtendedUntil.IsZero():
			v.errorf(fmt.Sprintf("components[%d].extended_for", i), "%s", msg)
		default:
			v.warnf(fmt.Sprintf("components[%d].extended_until", i), "%s", msg)
		}
	}
}

// Extended security updates that reach every customer (ExtendedFor).
const ExtendedForEveryCustomer = "every_customer"
