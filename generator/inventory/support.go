package inventory

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// Support per component. Each component's support (level, end of support
// or a justification, and where the maker publishes it) comes whole from
// the first of these that states any of it (see content/support.go):
//
//  1. the [[components]] entry that annotates it (OriginAnnotation),
//  2. the first notice whose [[notices.components]] entry states it
//     (OriginNotice, applyNoticeSupport): the manufacturer's statement
//     about that component version,
//  3. the SBOM file's properties (OriginSBOM),
//  4. the product file's first matching [[support_rules]] rule (OriginProductRule),
//  5. the site file's first matching [[support_rules]] rule (OriginSiteRule).
//
// The documents show the origin beside the facts; the annotated SBOM
// records it in jspgen:support:origin.

// OriginKind says where a component's support facts come from.
type OriginKind string

// Origins, in order of precedence.
const (
	OriginAnnotation  OriginKind = "annotation"
	OriginNotice      OriginKind = "notice"
	OriginSBOM        OriginKind = "sbom"
	OriginProductRule OriginKind = "product-rule"
	OriginSiteRule    OriginKind = "site-rule"
)

// Origin is where one component's support facts come from.
type Origin struct {
	Kind OriginKind // "" when nothing states the component's support
	Rule string     // the rule's id, for a rule
	File string     // the file that states it: product or site file, or the SBOM (relative to the asset folder)
	Path string     // key path in File ("components[3]", "support_rules[0]"); "" for an SBOM
	Line int        // line of Path in File; 0 for an SBOM
	// Notice is the notice's cited document ID (content.Notice.CitedID),
	// for a notice: "MIS-LVP7-EOL-410".
	Notice string
}

// IsZero reports that nothing states the component's support.
func (o Origin) IsZero() bool { return o.Kind == "" }

// Label names the origin: "Annotation", "SBOM (sbom.cdx.json)",
// "Product rule linux-lts", "Site rule npm", "Notice MIS-LVP7-EOL-410"
// (bare "Notice" when its ID is not known); "" for none. Diagnostics
// print it; a document prints Cited, which names a notice only where the
// notices are built.
func (o Origin) Label() string {
	switch o.Kind {
	case OriginAnnotation:
		return "Annotation"
	case OriginSBOM:
		return "SBOM (" + o.File + ")"
	case OriginProductRule:
		return "Product rule " + o.Rule
	case OriginSiteRule:
		return "Site rule " + o.Rule
	case OriginNotice:
		return strings.TrimSpace("Notice " + o.Notice)
	}
	return ""
}

// Cited names the origin in a document: Label, except that a notice is
// "Notice" and its ID, as the documents cite notices, only where notices
// are built (a bare "Notice" said no more than that some notice states
// it), else "A notice", which names no document the build does not
// publish.
func (o Origin) Cited(notices bool) string {
	if o.Kind == OriginNotice && (!notices || strings.TrimSpace(o.Notice) == "") {
		return "A notice"
	}
	return o.Label()
}

// Token is the origin in an annotated SBOM's jspgen:support:origin
// property: annotation, sbom, product-rule:<id>, site-rule:<id>, notice.
func (o Origin) Token() string {
	if o.Rule != "" {
		return string(o.Kind) + ":" + o.Rule
	}
	return string(o.Kind)
}

// Place is file:line of the statement, for diagnostics; the file alone
// for an SBOM.
func (o Origin) Place() string {
	if o.Line > 0 {
		return fmt.Sprintf("%s:%d", o.File, o.Line)
	}
	return o.File
}

// HasSupport reports whether the component has a support level or a
// justification of why it is not known: what FDA's premarket guidance asks
// of every component of a cyber device.
func (c Component) HasSupport() bool {
	return c.Support != "" || strings.TrimSpace(c.Justification) != ""
}

// OwnAssessment reports that c's support comes from the [[components]]
// entry that annotates it (Origin annotation), whatever of it the entry
// states: a level, an end of support or only a justification. The
// README's field reference makes an entry stating any of these the whole
// of the component's support (over the SBOM and the rules), and the CSD
// calls it the manufacturer's own assessment ("Annotation"): a
// justification is its statement of why no end is known. Documents that
// say whose assessment the support is use this, so they agree with the
// CSD's source column. An entry with only notes or a supplier is not an
// assessment: its component's support comes from the SBOM file or a rule
// (another Origin).
func (c Component) OwnAssessment() bool {
	return c.Origin.Kind == OriginAnnotation
}

// EndNotDated is what a table prints for c's end of support when it
// states none. Of a component whose level says its support has ended (no
// longer maintained, abandoned) the end has come, only its date is not
// stated; of any other, the data do not say whether its supplier has
// announced an end ("Not announced" had claimed it had not, while the
// CSD and the plan said "Not stated" of the same component). A
// justification, where a table prints one, says why no end is known.
func (c Component) EndNotDated() string {
	if c.Support.Ended() {
		return "Ended; date not stated"
	}
	return "Not stated"
}

// SupportEnded reports a component whose maker no longer fixes it on
// date d: its end of support is on or before d, or, with no end of support
// stated, its level has ended (no longer maintained, abandoned). The level
// is stated as the data stands, without a date of its own: with an end of
// support after d, an ended level had not yet ended on d (a notice issued
// before .NET 6's end of support announces it, and .NET 6 was still
// maintained then).
func (c Component) SupportEnded(d content.Date) bool {
	if end := c.FixesEnd(); !end.IsZero() {
		return !end.After(d)
	}
	return c.Support.Ended()
}

// FixesEnd is the last day every customer's c receives security fixes:
// the end of its extended security updates when the manufacturer obtains
// them for every customer after the supplier's end of support
// (ExtendsFixes), else the supplier's end of support; zero when neither
// is stated. Every judgement of whether c is still supported goes by it;
// the documents print both dates.
func (c Component) FixesEnd() content.Date {
	if c.ExtendsFixes() {
		return c.ExtendedUntil
	}
	return c.EndOfSupport
}

// ExtendsFixes reports extended security updates that every customer
// receives (extended_for = every_customer): only those keep c supported
// after its supplier's end. Updates only the customers who buy them
// receive, or whose reach is not stated, leave every other customer's c
// unsupported from the supplier's end.
func (c Component) ExtendsFixes() bool {
	return !c.ExtendedUntil.IsZero() && c.ExtendedFor == content.ExtendedForEveryCustomer
}

// InExtended reports that on date on c's supplier support has ended
// while its extended security updates, which every customer receives,
// continue.
func (c Component) InExtended(on content.Date) bool {
	return c.ExtendsFixes() && !c.EndOfSupport.After(on) && c.ExtendedUntil.After(on)
}

// Extended is what a document adds after c's supplier end of support, as
// of date on: "; extended security updates until 2026-10-13" (or "ended
// on"), with whom they reach unless every customer ("only for the
// customers who buy them", or that this is not stated); "" when c has
// none.
func (c Component) Extended(on content.Date) string {
	if c.ExtendedUntil.IsZero() {
		return ""
	}
	s := "; extended security updates ended on " + c.ExtendedUntil.String()
	if c.ExtendedUntil.After(on) {
		s = "; extended security updates until " + c.ExtendedUntil.String()
	}
	return s + c.ExtendedReach()
}

// ExtendedReach is what Extended adds after the extended security
// updates' end: "" when every customer receives them, else whom they
// reach or that this is not stated. An in-house device has no customers
// (content.Product.TheCustomer): whether the institution that makes and
// uses it obtains them is what is not stated (customers_who_buy is an
// error there, InHouseBought).
func (c Component) ExtendedReach() string {
	switch {
	case c.ExtendedUntil.IsZero() || c.ExtendedFor == content.ExtendedForEveryCustomer:
		return ""
	case c.inHouse != "":
		return " (whether " + c.inHouse + " obtains them is not stated)"
	case c.ExtendedFor == "customers_who_buy":
		return ", only for the customers who pay for them"
	}
	return " (which customers receive them is not stated)"
}

// Annotation returns the annotation's support as an SBOM records it, with
// the type a [[components]] entry gives a component whose SBOM states
// none (components.type).
func (c Component) Annotation() sbom.Annotation {
	a := sbom.Annotation{Level: string(c.Support), Justification: c.Justification, Source: c.SupportSource}
	if c.typeGiven {
		a.Type = c.Type
	}
	if !c.EndOfSupport.IsZero() {
		a.EndOfSupport = c.EndOfSupport.String()
	}
	if !c.ExtendedUntil.IsZero() {
		a.ExtendedUntil, a.ExtendedFor = c.ExtendedUntil.String(), c.ExtendedFor
	}
	if !c.Origin.IsZero() {
		a.Origin = c.Origin.Token()
	}
	return a
}

// supporter resolves the support of a product's components.
type supporter struct {
	p *content.Product
}

// resolve fills c's support from the first source that states it and
// returns the problems of the SBOM's support properties, at where, the
// product file's key that names the SBOM file (sbom.files[i]).
func (s supporter) resolve(c *Component, where string) content.Diagnostics {
	p := s.p
	if p.InHouse {
		c.inHouse = p.TheCustomer()
	}
	if c.annotatedBy > 0 {
		tc := p.Components[c.annotatedBy-1]
		if tc.States() {
			path := fmt.Sprintf("components[%d]", c.annotatedBy-1)
			c.Origin = Origin{Kind: OriginAnnotation, File: p.Source.File, Path: path, Line: p.Source.Line(path)}
			return nil
		}
	}
	var diags content.Diagnostics
	if st := c.Component.Support; !st.IsZero() && c.SBOMFile != "" {
		level, eos, ext, d := s.sbomSupport(*c, where)
		diags = d
		if level != "" || !eos.IsZero() || st.Justification != "" {
			c.Support, c.EndOfSupport, c.Justification, c.SupportSource, c.ExtendedUntil = level, eos, st.Justification, st.Source, ext
			if f := st.ExtendedFor; !ext.IsZero() && (f == content.ExtendedForEveryCustomer || f == "customers_who_buy") { // a bad one is reported by sbomSupport
				c.ExtendedFor = f
			}
			c.Origin = Origin{Kind: OriginSBOM, File: c.SBOMFile}
			return diags
		}
	}
	for _, set := range []struct {
		kind  OriginKind
		rules []content.SupportRule
		src   content.Source
	}{{OriginProductRule, p.SupportRules, p.Source}, {OriginSiteRule, p.SiteSupportRules, p.SiteSource}} {
		for i, r := range set.rules {
			if !r.States() || !r.Matches(c.PURL, c.Name, c.Supplier, c.Type) {
				continue
			}
			path := fmt.Sprintf("support_rules[%d]", i)
			c.Support, c.EndOfSupport, c.Justification, c.SupportSource, c.ExtendedUntil, c.ExtendedFor = r.Level, r.EndOfSupport, r.Justification, r.Source, r.ExtendedUntil, r.ExtendedFor
			if strings.TrimSpace(c.Notes) == "" {
				c.Notes = r.Notes
			}
			c.Origin = Origin{Kind: set.kind, Rule: r.ID, File: set.src.File, Path: path, Line: set.src.Line(path)}
			return diags
		}
	}
	return diags
}

// sbomSupport validates the SBOM's support properties of c: a level from
// the vocabulary, ISO 8601 dates (a date-time counts by its date), an
// extended security-update end beside an end of support and not before
// it (content.ExtendedProblem; a bad one is dropped).
func (s supporter) sbomSupport(c Component, where string) (content.SupportLevel, content.Date, content.Date, content.Diagnostics) {
	var diags content.Diagnostics
	bad := func(format string, args ...any) {
		diags = append(diags, content.Diagnostic{File: s.p.Source.File, Line: s.p.Source.Line(where), Path: where,
			Message: fmt.Sprintf("%s: component %s: ", c.SBOMFile, content.NameVersion(c.Name, c.Version)) + fmt.Sprintf(format, args...)})
	}
	st := c.Component.Support
	level := content.SupportLevel(st.Level)
	if level != "" && !slices.Contains(level.Values(), st.Level) {
		bad("property %s: want one of %s; got %q", sbom.PropertyLevel, strings.Join(level.Values(), ", "), st.Level)
		level = ""
	}
	date := func(v, name string) content.Date {
		if v == "" {
			return content.Date{}
		}
		day, _, _ := strings.Cut(v, "T")
		d, err := content.ParseDate(day)
		if err != nil {
			bad("property %s: %v", name, err)
		}
		return d
	}
	eos := date(st.EndOfSupport, sbom.PropertyEndOfSupport)
	ext := date(st.ExtendedUntil, sbom.PropertyExtendedUntil)
	if msg := content.ExtendedProblem(eos, ext); msg != "" {
		bad("property %s: %s", sbom.PropertyExtendedUntil, strings.NewReplacer("extended_until", sbom.PropertyExtendedUntil, "end_of_support", sbom.PropertyEndOfSupport).Replace(msg))
		ext = content.Date{}
	}
	if f := st.ExtendedFor; f != "" && f != content.ExtendedForEveryCustomer && f != "customers_who_buy" {
		bad("property %s: want every_customer or customers_who_buy; got %q", sbom.PropertyExtendedFor, f)
	}
	return level, eos, ext, diags
}

// CheckSupport is the support check of version p's component list (p is
// the product as that version is): the current version's is run when its
// inventory is read; a kind publishing a document about another version
// that prints its components' support runs it on that version's own list.
func CheckSupport(p *content.Product, list []Component) content.Diagnostics {
	return supporter{p: p}.check(list)
}

// check reports, for a cyber device, every component that has neither a
// support level nor a justification (an error), and every component that
// is maintained without an end-of-support date or a justification of why
// none is published (a warning), at the place that states or should state
// it. For any other product (not a cyber device, health IT, one not
// marketed in the United States) the components without either are one
// warning (unsupported): the FDA asks nothing of it, but a plan's
// supplier management owes each component's support all the same.
func (s supporter) check(list []Component) content.Diagnostics {
	p := s.p
	if !p.CyberDevice.Applies.IsTrue() {
		return s.unsupported(list)
	}
	var diags content.Diagnostics
	for _, c := range list {
		name := content.NameVersion(c.Name, c.Version)
		if c.PURL != "" {
			name += " (" + c.PURL + ")"
		}
		path := s.placeOf(c)
		if !c.HasSupport() && !c.EndOfSupport.IsZero() {
			diags = append(diags, s.endOnly(c, name))
			continue
		}
		if !c.HasSupport() {
			in := "the product file"
			if c.SBOMFile != "" {
				in = c.SBOMFile
			}
			diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(path), Path: path,
				Message: fmt.Sprintf("component %s of %s: no support level and no justification (FDA premarket guidance: the maker's level of support and end of support of every component of a cyber device, or why they are unknown); state support and end_of_support, or justification, in its [[components]] entry, in a [[support_rules]] rule that matches it, or in the SBOM properties %s and %s",
					name, in, sbom.PropertyLevel, sbom.PropertyEndOfSupport)})
			continue
		}
		if c.Support != "" && !c.Support.Ended() && c.EndOfSupport.IsZero() && strings.TrimSpace(c.Justification) == "" {
			at := c.Origin
			if at.Path == "" {
				at = Origin{File: p.Source.File, Path: path, Line: p.Source.Line(path)}
			}
			diags = append(diags, content.Diagnostic{Severity: content.Warning, File: at.File, Line: at.Line, Path: at.Path,
				Message: fmt.Sprintf("component %s: %s but no end of support and no justification of why none is published (%s)",
					name, strings.ToLower(c.Support.Label()), c.Origin.Label())})
		}
	}
	return diags
}

// endOnly is the error for a cyber device's component c (named name)
// whose end of supplier support is stated but neither its level nor a
// justification: asking it for the end it gives would be wrong. As its
// support comes whole from the first source that states any of it, the
// level belongs beside that end, and the error is at that source.
func (s supporter) endOnly(c Component, name string) content.Diagnostic {
	at := c.Origin
	if at.Path == "" {
		path := s.placeOf(c)
		at = Origin{File: s.p.Source.File, Path: path, Line: s.p.Source.Line(path)}
	}
	where := "beside it"
	switch o := c.Origin; o.Kind {
	case OriginAnnotation:
		where = "in its [[components]] entry (" + o.Path + "), which states that end"
	case OriginSBOM:
		where = fmt.Sprintf("in the SBOM property %s of %s, which states that end", sbom.PropertyLevel, o.File)
	case OriginProductRule, OriginSiteRule:
		where = fmt.Sprintf("in %s (%s), which states that end", strings.ToLower(o.Label()[:1])+o.Label()[1:], o.Path)
	case OriginNotice:
		// A notice's component entry has no justification key.
		return content.Diagnostic{File: at.File, Line: at.Line, Path: at.Path,
			Message: fmt.Sprintf("component %s has an end of supplier support (%s) but no support level (FDA premarket guidance: the maker's level of support of every component of a cyber device, or why it is unknown); state support in the notice's [[notices.components]] entry (%s), which states that end", name, c.EndOfSupport, o.Path)}
	}
	return content.Diagnostic{File: at.File, Line: at.Line, Path: at.Path,
		Message: fmt.Sprintf("component %s has an end of supplier support (%s) but no support level and no justification (FDA premarket guidance: the maker's level of support of every component of a cyber device, or why it is unknown); state support (or a justification of why none is known) %s", name, c.EndOfSupport, where)}
}

// unsupported is the warnings, each at the place the first it names
// belongs, naming the components that state neither a support level nor
// a justification (the first three, and how many more): one for those
// that state nothing, whose support the documents print as not stated,
// and one for those that state an end of supplier support (and perhaps
// extended updates) without a level, beside whose dates the documents
// print the level as not stated: asking these for an end of support they
// give would be wrong. Nothing when every component states one.
func (s supporter) unsupported(list []Component) content.Diagnostics {
	var none, endOnly []Component
	for _, c := range list {
		switch {
		case c.HasSupport():
		case c.EndOfSupport.IsZero():
			none = append(none, c)
		default:
			endOnly = append(endOnly, c)
		}
	}
	var diags content.Diagnostics
	if len(none) > 0 {
		diags = append(diags, s.warnAt(none[0], fmt.Sprintf("%s no support level and no justification (%s): the documents print %s support as not stated; state support and end_of_support, or justification, in [[components]], in [[support_rules]] or in the SBOM properties %s and %s",
			content.Count(len(none), "component has", "components have"), namesOf(none), theirs(len(none)), sbom.PropertyLevel, sbom.PropertyEndOfSupport)))
	}
	if len(endOnly) > 0 {
		diags = append(diags, s.warnAt(endOnly[0], fmt.Sprintf("%s an end of supplier support but no support level and no justification (%s): the documents print %s level as not stated beside %s dates; state support (or a justification of why none is known) in [[components]], in [[support_rules]] or in the SBOM property %s",
			content.Count(len(endOnly), "component has", "components have"), namesOf(endOnly), theirs(len(endOnly)), theirs(len(endOnly)), sbom.PropertyLevel)))
	}
	return diags
}

// theirs is the possessive for n components.
func theirs(n int) string {
	if n == 1 {
		return "its"
	}
	return "their"
}

// namesOf names the components of list for a warning: the first three,
// and how many more.
func namesOf(list []Component) string {
	var names []string
	for _, c := range list {
		names = append(names, content.NameVersion(c.Name, c.Version))
	}
	if len(names) > 3 {
		names = append(slices.Clone(names[:3]), fmt.Sprintf("%d more", len(names)-3))
	}
	return content.AndList(names)
}

// warnAt is a warning saying msg at the place c's support belongs.
func (s supporter) warnAt(c Component, msg string) content.Diagnostic {
	path := s.placeOf(c)
	return content.Diagnostic{Severity: content.Warning, File: s.p.Source.File, Line: s.p.Source.Line(path), Path: path, Message: msg}
}

// placeOf is the product file's key where c's support belongs: its
// [[components]] entry, else the sbom.files entry of the SBOM that lists
// it, else [[components]].
func (s supporter) placeOf(c Component) string {
	if c.annotatedBy > 0 {
		return fmt.Sprintf("components[%d]", c.annotatedBy-1)
	}
	if c.fileAt != "" {
		return c.fileAt
	}
	if i := slices.Index(s.p.SBOM.Files, c.SBOMFile); i >= 0 && c.SBOMFile != "" {
		return s.p.SBOM.FilePath(i)
	}
	return "components"
}

// Where is the place that states c's support, for a diagnostic about it:
// the annotation or rule that states it, else the product file's key where
// it belongs (its [[components]] entry, or the sbom.files entry of its
// SBOM).
func Where(p *content.Product, c Component) (file string, line int, path string) {
	if o := c.Origin; o.Path != "" {
		return o.File, o.Line, o.Path
	}
	path = supporter{p: p}.placeOf(c)
	return p.Source.File, p.Source.Line(path), path
}

// AnnotatedPath is where the annotated copy of SBOM file s is published,
// beside it: "sbom.cdx.json" → "sbom.cdx.annotated.json"; any other file
// (XML, SPDX) becomes "<name without extension>.annotated.cdx.json"
// ("sbom.spdx.json" → "sbom.spdx.annotated.cdx.json").
func (s SBOMFile) AnnotatedPath() string {
	if s.Document != nil && s.Document.Format == sbom.FormatCycloneDX && s.Document.Encoding == sbom.EncodingJSON && strings.HasSuffix(s.Path, ".json") {
		return strings.TrimSuffix(s.Path, ".json") + ".annotated.json"
	}
	base := s.Path
	if i := strings.LastIndexByte(base, '.'); i > strings.LastIndexByte(base, '/') {
		base = base[:i]
	}
	return base + ".annotated.cdx.json"
}

// Annotated is a CycloneDX JSON copy of SBOM file s with each component's
// support, as the inventory resolved it, in its properties (see
// sbom.AnnotateAs); subject is the type of the product version it
// describes, which a subject stating none gets. The original file is not
// changed.
func (inv *Inventory) Annotated(s SBOMFile, subject string) ([]byte, error) {
	return inv.AnnotatedCopy(s, sbom.CopyOptions{Subject: subject})
}

// AnnotatedCopy is Annotated with what the copy says of itself
// (sbom.AnnotateCopy): its subject's type, the date its annotations speak
// as of and jspgen's version.
func (inv *Inventory) AnnotatedCopy(s SBOMFile, o sbom.CopyOptions) ([]byte, error) {
	return sbom.AnnotateCopy(s.Path, s.Data, o, func(c sbom.Component) sbom.Annotation {
		for _, e := range inv.List {
			if slices.Contains(e.SBOMFiles, s.Path) && e.Matches(c.PURL, c.Name, c.Version) {
				return e.Annotation()
			}
		}
		return sbom.Annotation{}
	})
}

// InHouseBought is an error for each component of list whose extended
// security updates reach only the customers who buy them, when p is an
// in-house device (content.Product.InHouse): the institution that makes
// and uses it is its only user, so either it obtains the updates for
// every installation (every_customer) or no installation receives them.
// The error is at the place that states the support (Where), which may
// be a site rule shared with marketed products: a rule or annotation in
// the product file then takes precedence.
func InHouseBought(p *content.Product, list []Component) content.Diagnostics {
	if !p.InHouse {
		return nil
	}
	var diags content.Diagnostics
	for _, c := range list {
		if c.ExtendedUntil.IsZero() || c.ExtendedFor != "customers_who_buy" {
			continue
		}
		name := content.NameVersion(c.Name, c.Version)
		if c.PURL != "" {
			name += " (" + c.PURL + ")"
		}
		from := ""
		if o := c.Origin.Label(); o != "" {
			from = o + ": "
		}
		file, line, path := Where(p, c)
		diags = append(diags, content.Diagnostic{File: file, Line: line, Path: path,
			Message: fmt.Sprintf("component %s: extended_for = \"customers_who_buy\" (%sextended security updates until %s for the customers who buy them), but in_house is true: %s makes and uses the device and has no customers; state extended_for = \"every_customer\" if it obtains the updates for every installation, else leave extended_until out (the component's fixes then end at its supplier's end of support); a site rule shared with marketed products can be overridden by a [[components]] entry or a [[support_rules]] rule in the product file",
				name, from, c.ExtendedUntil, p.TheCustomer())})
	}
	return diags
}

// PassedEnds warns, for each component of list whose level says its
// supplier still supports it (actively maintained, limited support) or
// states no level, while its end of supplier support is on or before
// asOf (EndPassed), that the two disagree: a document that speaks as of
// a date on or after the end goes by the date, says the component's
// supplier support has ended and counts it among the components that
// need attention; one released before the end still prints the level as
// stated (endedSay). p is the product as the version that
// lists the components is; the warning is at the place that states the
// support (Where). Any product, cyber device or not.
func PassedEnds(p *content.Product, list []Component, asOf content.Date) content.Diagnostics {
	var diags content.Diagnostics
	for _, c := range list {
		if !c.EndPassed(asOf) {
			continue
		}
		name := content.NameVersion(c.Name, c.Version)
		if c.PURL != "" {
			name += " (" + c.PURL + ")"
		}
		level, fix := "no support level is stated", "state its level (no_longer_maintained, abandoned)"
		if c.Support != "" {
			level, fix = "its stated level is "+strings.ToLower(c.Support.Label()), "state no_longer_maintained or abandoned"
		}
		from := ""
		if o := c.Origin.Label(); o != "" {
			from = " (" + o + ")"
		}
		file, line, path := Where(p, c)
		if c.ExtendsFixes() {
			diags = append(diags, content.Diagnostic{Severity: content.Warning, File: file, Line: line, Path: path,
				Message: fmt.Sprintf("component %s: %s, but its supplier support ended on %s and its extended security updates on %s, on or before the as-of date %s%s: the documents say so and list it among the components that need attention; if it still receives security fixes, correct the dates, else %s",
					name, level, c.EndOfSupport, c.ExtendedUntil, asOf, from, fix)})
			continue
		}
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: file, Line: line, Path: path,
			Message: fmt.Sprintf("component %s: %s, but its end of support, %s, is on or before the as-of date %s%s: %s; if the supplier still supports it, correct the date, else %s",
				name, level, c.EndOfSupport, asOf, from, endedSay(p, c.EndOfSupport, asOf), fix)})
	}
	return diags
}

// supportDocs are the documents.build values of the documents that print
// the components' support as of the date they speak as of (their release
// date, else the build's as-of date), with their document control.
var supportDocs = []struct {
	doc     string
	control func(d content.Documents) content.DocumentControl
}{
	{"security_plan", func(d content.Documents) content.DocumentControl { return d.SecurityPlan }},
	{"csd", func(d content.Documents) content.DocumentControl { return d.CSD }},
	{"lifecycle", func(d content.Documents) content.DocumentControl { return d.Lifecycle }},
	{"risk_report", func(d content.Documents) content.DocumentControl { return d.RiskReport.DocumentControl }},
}

// endedSay says what the documents p builds print of a component whose
// supplier support ended on end, on or before asOf. Each speaks as of its
// release date, else asOf (kind.Released): one released on or after end
// says the support ended and lists the component among those that need
// attention; one released before end still prints the stated level, as
// it was when it was released. A notice, dated by its own issue, is not
// counted.
func endedSay(p *content.Product, end, asOf content.Date) string {
	says := func(n int) string {
		return content.Plural(n, "says", "say") + " its supplier support ended on " + end.String() + " and " +
			content.Plural(n, "lists", "list") + " it among the components that need attention"
	}
	var after, dates []string
	before := map[string][]string{} // release date: documents released then
	n := 0
	for _, sd := range supportDocs {
		if !p.Produces(sd.doc) {
			continue
		}
		on := sd.control(p.Documents).ReleaseDate
		if on.IsZero() {
			on = asOf
		}
		name := content.DocumentName(sd.doc)
		if !on.Before(end) {
			after = append(after, name)
			continue
		}
		if _, ok := before[on.String()]; !ok {
			dates = append(dates, on.String())
		}
		before[on.String()] = append(before[on.String()], name)
		n++
	}
	if n == 0 && len(after) == 0 {
		return "no document built lists components' support, but one that did would say its supplier support ended on " + end.String() + " and list it among the components that need attention"
	}
	if n == 0 {
		return "the documents " + says(2)
	}
	var released []string
	for _, d := range dates {
		released = append(released, content.AndList(before[d])+", released "+d)
	}
	out := content.AndList(released) + ", " + content.Plural(n, "speaks as of its release date", "speak as of their release dates") +
		", before that end, and " + content.Plural(n, "prints", "print") + " its level as stated, not that its support ended"
	if len(after) > 0 {
		out += "; " + content.AndList(after) + " " + says(len(after))
	}
	return out + "; a revision released on or after " + end.String() + " would say that it ended and list it among the components that need attention"
}
