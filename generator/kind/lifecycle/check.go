package lifecycle

import (
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
)

// Checks of the versions' lifecycle against their SBOMs: what a reviewer
// finds by reading the lifecycle page beside the SBOM files. Each is one
// function, table-tested in check_test.go.

// check runs the lifecycle kind's rules for one product.
func check(env *kind.Env, p kind.Product) content.Diagnostics {
	var diags content.Diagnostics
	diags = append(diags, sbomAfterRelease(p)...)
	diags = append(diags, supportWithUnsupportedMajor(env.AsOf, p)...)
	diags = append(diags, sameVersionRebuilt(p)...)
	return diags
}

// sbomAfterRelease: the SBOM of a release describes what was built and
// shipped, so it is dated no later than the release of the first version
// it describes (its own SBOM files: inventory.LoadVersions), unless it
// says it was made later, from the software in use (CycloneDX lifecycle
// phase operations, discovery or decommission:
// the SBOM of a legacy device, reconstructed years after its release).
func sbomAfterRelease(p kind.Product) content.Diagnostics {
	var diags content.Diagnostics
	reported := map[string]bool{}
	for _, v := range p.Versions {
		q := p.At(v.Version)
		if v.GeneralAvailability.IsZero() {
			continue
		}
		if q.Inventory == nil {
			continue
		}
		for _, s := range q.Inventory.SBOMs {
			rel := s.Path
			if reported[rel] {
				continue
			}
			reported[rel] = true // the first version the file describes released it
			if len(s.Document.Timestamp) < 10 {
				continue
			}
			day, err := content.ParseDate(s.Document.Timestamp[:10])
			if err != nil || !day.After(v.GeneralAvailability) || slices.ContainsFunc(s.Document.Phases, madeAfterBuild) {
				continue
			}
			path := s.KeyIn(q.Product)
			diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path,
				Message: fmt.Sprintf("SBOM %s is dated %s, after version %s's release on %s: an SBOM the release's build generated is dated no later than the release, so this one may describe a later build; if it was made later from the released software (reconstructed), say so in the SBOM (CycloneDX metadata.lifecycles phase \"operations\" or \"discovery\")", rel, day, v.Version, v.GeneralAvailability)})
		}
	}
	return diags
}

// madeAfterBuild reports a CycloneDX lifecycle phase after the build:
// an SBOM made from software in use or being taken out of use.
func madeAfterBuild(phase string) bool {
	return phase == "operations" || phase == "discovery" || phase == "decommission"
}

func sbomFile(inv *inventory.Inventory, rel string) *inventory.SBOMFile {
	if inv == nil {
		return nil
	}
	for i := range inv.SBOMs {
		if inv.SBOMs[i].Path == rel {
			return &inv.SBOMs[i]
		}
	}
	return nil
}

// Major reports whether a component is one the device's security rests
// on: an operating system (its SBOM type), or a component a security
// control names as implementing it. Its end of support ends the full
// support of the version (IMDRF N70 §5.5).
func Major(p *content.Product, c inventory.Component) bool {
	return p.MajorComponent(c.Type, c.Name)
}

// supportWithUnsupportedMajor: a version cannot stay in full Support (until
// its end of life) past the day a major component loses its supplier's
// support; IMDRF N70 §5.5 puts it in Limited Support then. Versions
// already at end of life on asOf are history and not checked.
//
// A version with no end of life set is warned of a component's end of
// support only once it has passed or falls within the notice the maker
// owes before an end of support (end_of_life.notice_months, else N70's 24
// months): an end years ahead is not yet a decision the maker must have
// made, and asking for it would push an end of life nobody decided.
func supportWithUnsupportedMajor(asOf content.Date, p kind.Product) content.Diagnostics {
	var diags content.Diagnostics
	// The horizon the CSD and the lifecycle page list such components by
	// too (content.Product.NoticeHorizon): one rule.
	horizon, notice := p.NoticeHorizon(asOf)
	within := "end_of_life.notice_months commits to"
	if p.EndOfLife.NoticeMonths <= 0 {
		within = p.N70Asks()
	}
	for i, v := range p.Versions {
		stage := v.Stage(asOf)
		if stage != "Support" && stage != "Development" || stage == "Development" && v.GeneralAvailability.IsZero() {
			continue
		}
		q := p.At(v.Version)
		if q.Inventory == nil {
			continue
		}
		var why []string
		var earliest content.Date // the earliest end of support given of those listed
		undated := false          // a component whose support ended on a date not given
		for _, c := range q.Inventory.List {
			if !Major(p.Product, c) {
				continue
			}
			// A level stated ended holds from its end of support when one
			// is stated (inventory.Component.SupportEnded): one from a
			// date still to come, after the end of life, loses nothing
			// before then.
			// By its security fixes: extended security updates after the
			// supplier's end of support keep it supported (FixesEnd).
			fixes := c.FixesEnd()
			ended := "support ended"
			ends := "support ends"
			if c.ExtendsFixes() {
				supplier := "supplier support ended "
				if c.EndOfSupport.After(asOf) {
					supplier = "supplier support ends "
				}
				ended = supplier + c.EndOfSupport.String() + ", extended security updates ended"
				ends = supplier + c.EndOfSupport.String() + ", extended security updates end"
			}
			switch {
			case c.Support.Ended() && fixes.IsZero():
				why = append(why, fmt.Sprintf("%s %s (%s)", c.Name, c.Version, strings.ToLower(c.Support.Label())))
				undated = true
			case fixes.IsZero():
				continue
			case c.Support.Ended() && c.SupportEnded(asOf):
				why = append(why, fmt.Sprintf("%s %s (%s)", c.Name, c.Version, strings.ToLower(c.Support.Label())))
			case v.EndOfLife.IsZero() && fixes.After(horizon):
				continue
			case v.EndOfLife.IsZero() || fixes.Before(v.EndOfLife):
				switch {
				case c.EndedLater(asOf):
					why = append(why, fmt.Sprintf("%s %s (%s from %s%s)", c.Name, c.Version, strings.ToLower(c.Support.Label()), c.EndOfSupport,
						strings.Replace(c.Extended(asOf), ";", ",", 1)))
				case c.SupportEnded(asOf):
					why = append(why, fmt.Sprintf("%s %s (%s %s)", c.Name, c.Version, ended, fixes))
				default:
					why = append(why, fmt.Sprintf("%s %s (%s %s)", c.Name, c.Version, ends, fixes))
				}
			default:
				continue
			}
			if !fixes.IsZero() && (earliest.IsZero() || fixes.Before(earliest)) {
				earliest = fixes
			}
		}
		if len(why) == 0 {
			continue
		}
		is := "is in Support"
		if stage == "Development" {
			is = "will be in Support from " + v.GeneralAvailability.String()
		}
		const n70 = "a version whose security rests on an unsupported component is in Limited Support (IMDRF N70 §5.5)"
		path := fmt.Sprintf("versions[%d].end_of_life", i)
		var msg string
		if !v.EndOfLife.IsZero() {
			msg = fmt.Sprintf("version %s %s until its end of life on %s, but major components lose their support before then: %s; %s: move end_of_life to the earliest of those dates, or ship a version with supported components",
				v.Version, is, v.EndOfLife, strings.Join(why, ", "), n70)
		} else if p.MaintenanceNotice(v.Version, asOf) != nil {
			// The remedy below is taken: a notice about the version,
			// issued by asOf, states the limited maintenance it still gets
			// (hyperbaric's 6.4: "no Windows security updates"), and the
			// documents say beside its stage that the component is past
			// its support (content.Product.UnsupportedMajor).
			continue
		} else {
			// No end of life: there is no "then" to lose support before;
			// say what the data gives and the latest end of life it allows.
			path = fmt.Sprintf("versions[%d]", i)
			var set string
			switch {
			case undated && earliest.IsZero():
				set = "set end_of_life to when that support ended"
			case undated:
				set = "set end_of_life to when the support of those no longer supported ended, and no later than " + earliest.String()
			default:
				set = "set end_of_life no later than " + earliest.String()
			}
			// end_of_life starts Limited Support: the documents then say
			// the version's support is limited from it (Product.
			// EndOfLifeMeans); a notice can state its limited maintenance
			// instead.
			msg = fmt.Sprintf("version %s %s and its end_of_life is not set, but major components have lost their support or lose it within the %d months of notice %s: %s; %s: %s (the documents then say the version is in Limited Support from that date: set it only where that is so), or issue a notice about it ([[notices]]) whose maintenance states what it still gets, or ship a version with supported components",
				v.Version, is, notice, within, strings.Join(why, ", "), n70, set)
		}
		msg += earlierMinor(asOf, p.Product, q.Inventory.List, earliest)
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path, Message: msg})
	}
	return diags
}

// earlierMinor is what supportWithUnsupportedMajor adds about the
// components of a version not counted as major (Major) whose security
// fixes end before before, the earliest end of a major one: the date its
// remedy gives is no latest end of life if the version's security rests on
// one of those (implant's 6.0: OpenSSL ends before the kernel), and only
// the manufacturer can say whether it does. "" where none ends earlier, or
// before is not known.
func earlierMinor(asOf content.Date, p *content.Product, list []inventory.Component, before content.Date) string {
	if before.IsZero() {
		return ""
	}
	var earlier []inventory.Component
	for _, c := range list {
		if fixes := c.FixesEnd(); !Major(p, c) && !fixes.IsZero() && fixes.Before(before) {
			earlier = append(earlier, c)
		}
	}
	if len(earlier) == 0 {
		return ""
	}
	slices.SortStableFunc(earlier, func(a, b inventory.Component) int { return dateOrder(a.FixesEnd(), b.FixesEnd()) })
	var named []string
	for i, c := range earlier {
		if i == 3 {
			named = append(named, fmt.Sprintf("%d more", len(earlier)-3))
			break
		}
		ends := "support ends"
		if !c.FixesEnd().After(asOf) {
			ends = "support ended"
		}
		named = append(named, fmt.Sprintf("%s %s (%s %s)", c.Name, c.Version, ends, c.FixesEnd()))
	}
	return fmt.Sprintf("; other components of the version, not counted as major (neither an operating system nor named in a control's components), lose their support earlier: %s; if the version's security rests on one of them, name it in the components of the control it implements (it then counts as major), and its end comes first: %s",
		content.AndList(named), earlier[0].FixesEnd())
}

// sameVersionRebuilt: a component that keeps its version from one release
// to the next must be the same build. When the SBOMs of both releases give
// its dependencies and they differ (the safety firmware's RTOS kernel
// changed while the firmware kept its version), one version number names
// two builds, which neither the versions' changes nor a vulnerability
// match can tell apart.
func sameVersionRebuilt(p kind.Product) content.Diagnostics {
	var diags content.Diagnostics
	for i := 1; i < len(p.Versions); i++ {
		prev, cur := p.At(p.Versions[i-1].Version), p.At(p.Versions[i].Version)
		if prev.Inventory == nil || cur.Inventory == nil || prev.Inventory == cur.Inventory {
			continue
		}
		for _, c := range cur.Inventory.List {
			before := findComponent(prev.Inventory, c.Name, c.Version)
			if before == nil {
				continue
			}
			was, ok1 := dependencies(prev.Inventory, *before)
			now, ok2 := dependencies(cur.Inventory, c)
			if !ok1 || !ok2 || slices.Equal(was, now) {
				continue
			}
			path := cur.SBOM.FilePath(0)
			for _, s := range cur.Inventory.SBOMs {
				if s.Path == c.SBOMFile {
					path = s.KeyIn(cur.Product)
				}
			}
			diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path,
				Message: fmt.Sprintf("%s %s is built on %s in version %s and on %s in version %s: one version number names two different builds; give the rebuilt component a new version",
					c.Name, c.Version, strings.Join(was, ", "), p.Versions[i-1].Version, strings.Join(now, ", "), p.Versions[i].Version)})
		}
	}
	return diags
}

func findComponent(inv *inventory.Inventory, name, version string) *inventory.Component {
	for k := range inv.List {
		if c := &inv.List[k]; c.Name == name && c.Version == version {
			return c
		}
	}
	return nil
}

// dependencies are the "name version" of the components c depends on
// directly, sorted; ok is false when its SBOM gives no dependencies for it.
func dependencies(inv *inventory.Inventory, c inventory.Component) ([]string, bool) {
	s := sbomFile(inv, c.SBOMFile)
	if s == nil || c.Ref == "" {
		return nil, false
	}
	refs, ok := s.Document.DependsOn[c.Ref]
	if !ok {
		return nil, false
	}
	var out []string
	for _, ref := range refs {
		for _, d := range s.Document.Components {
			if d.Ref == ref {
				out = append(out, content.NameVersion(d.Name, d.Version))
			}
		}
	}
	slices.Sort(out)
	return out, true
}

// dateOrder orders two dates, earliest first.
func dateOrder(a, b content.Date) int {
	switch {
	case a.Before(b):
		return -1
	case b.Before(a):
		return 1
	}
	return 0
}
