package content

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
)

// The manufacturer's software often runs on a platform the customer
// supplies: the Windows of a dental practice's own PCs, the Windows
// Server and SQL Server of its server, the hypervisor a virtual appliance
// runs on. The manufacturer neither supplies nor patches it, so it is no
// [[components]] entry (which would say the manufacturer ships it), but
// each version of the product runs only on the platform versions it
// supports, and the platform vendor's end of support decides whether the
// customer can keep them patched while the product is supported.

// Platform is software the customer supplies beneath the product's own
// software on parts it hosts or owns.
type Platform struct {
	Name       string            `toml:"name" jsp:"required" doc:"The platform without its version, as its vendor names it (Windows 11 Pro, Windows Server, SQL Server Express, VMware ESXi); a version's changes name it by this."`
	Vendor     string            `toml:"vendor" doc:"Who makes and supports it (Microsoft). Not written: the documents say its vendor."`
	Parts      []string          `toml:"parts" jsp:"required" doc:"IDs of the parts that run on it: parts on hardware the customer supplies (runs = customer_hosted or customer_device), or parts of the customer's own infrastructure the product depends on (runs = customer_infrastructure: the hospital's SQL Server that holds the product's database)."`
	SuppliedBy string            `toml:"supplied_by" jsp:"oneof=manufacturer" doc:"manufacturer: the manufacturer supplies this platform with the parts that run on it (an operating system inside the appliance image or the installation it delivers for the customer to run on its own hardware or virtualisation), so those parts' patching ([[parts]] patching) covers its updates. The CSD and the lifecycle page then say that the manufacturer supplies it with those parts, quote their patching for who updates it, or say that who updates it is not stated where a part's patching is not written, instead of that the customer supplies it and the manufacturer neither supplies nor updates it; the CSD's key facts say the manufacturer supplies it. Only for a platform under parts the customer runs (runs = customer_hosted or customer_device): on one whose parts the manufacturer hosts, or that are the customer's own infrastructure, it is an error. Not written: the customer (or whoever owns the hardware the parts run on) supplies it."`
	Versions   []PlatformVersion `toml:"versions" doc:"The versions of it that this version of the product supports, each with its vendor's end of support. Not written: the documents name the platform alone and say its versions are not stated (its row's version and vendor's end of support read Not stated), no part on it counts as on a platform past its vendor's end of support, and check warns."`
}

// VersionsOrUnstated is the platform's versions, or, when none is
// written, one version with neither a version nor an end of support: the
// documents then give the platform a row or a line of its own (its name
// alone, its version not stated), and it never counts as ended or ending.
func (pl Platform) VersionsOrUnstated() []PlatformVersion {
	if len(pl.Versions) == 0 {
		return []PlatformVersion{{}}
	}
	return pl.Versions
}

// Aside is what a list of platform versions prints in parentheses after
// a platform version's label: its vendor, and that its versions are not
// stated when none is written ("Microsoft; versions not stated"); empty
// when neither applies.
func (pl Platform) Aside(pv PlatformVersion) string {
	var out []string
	if v := strings.TrimSpace(pl.Vendor); v != "" {
		out = append(out, v)
	}
	if strings.TrimSpace(pv.Version) == "" {
		out = append(out, "versions not stated")
	}
	return strings.Join(out, "; ")
}

// PlatformVersion is one version of a platform the product supports.
type PlatformVersion struct {
	Version      string `toml:"version" jsp:"required" doc:"The platform's version or release (22H2, 2019)."`
	EndOfSupport Date   `toml:"end_of_support" doc:"The last day its vendor supports it with security updates for every customer (paid extended updates not counted). Not written: not stated, and never counted as past."`
}

// Label names the platform version: "Windows 10 Pro 22H2".
func (pl Platform) Label(pv PlatformVersion) string { return NameVersion(pl.Name, pv.Version) }

// VendorOr is the platform's vendor, or the fallback ("its vendor").
func (pl Platform) VendorOr(fallback string) string {
	if pl.Vendor != "" {
		return pl.Vendor
	}
	return fallback
}

// Ended reports a platform version whose vendor's support ended on or
// before d; one without an end of support is not known to have ended.
func (pv PlatformVersion) Ended(d Date) bool {
	return !pv.EndOfSupport.IsZero() && !d.Before(pv.EndOfSupport)
}

// EndsWithinYear reports a platform version whose vendor's support ends
// after d but within twelve months of it: a customer planning its
// computers needs to know, though the platform is still supported.
func (pv PlatformVersion) EndsWithinYear(d Date) bool {
	return !pv.EndOfSupport.IsZero() && pv.EndOfSupport.After(d) && !pv.EndOfSupport.After(d.AddMonths(12))
}

// PlatformPartNames names the parts that run on pl, in part order, each
// with its own version where it has one (Part.NameWithVersion).
func (p *Product) PlatformPartNames(pl Platform) []string {
	var out []string
	for _, pt := range p.AllParts() {
		if slices.Contains(pl.Parts, pt.ID) {
			out = append(out, pt.NameWithVersion())
		}
	}
	return out
}

// PlatformUsers names the parts that run on pl for a sentence or a
// cell: "DentaSense Imaging (chairside) and DentaSense image database".
func (p *Product) PlatformUsers(pl Platform) string { return AndList(p.PlatformPartNames(pl)) }

// PlatformVersionLabels lists every platform version of this view; a
// platform whose versions are not written is listed by its name with
// "(versions not stated)".
func (p *Product) PlatformVersionLabels() []string {
	var out []string
	for _, pl := range p.Platforms {
		if len(pl.Versions) == 0 {
			out = append(out, strings.TrimSpace(pl.Name)+" (versions not stated)")
			continue
		}
		for _, pv := range pl.Versions {
			out = append(out, pl.Label(pv))
		}
	}
	return out
}

// PartNamesText names the parts for a sentence: "A and B".
func (p *Product) PartNamesText(parts []Part) string { return PartNames(parts) }

// PartNames names the parts for a sentence: "A and B".
func PartNames(parts []Part) string {
	names := make([]string, len(parts))
	for i, pt := range parts {
		names[i] = pt.Name
	}
	return AndList(names)
}

// PlatformVersionsEnded lists this view's platform versions whose
// vendor's support ended on or before d ("Windows 10 Pro 22H2").
func (p *Product) PlatformVersionsEnded(d Date) []string {
	return p.platformLabels(func(pv PlatformVersion) bool { return pv.Ended(d) })
}

// PlatformVersionsEnding lists this view's platform versions whose
// vendor's support ends within twelve months after d.
func (p *Product) PlatformVersionsEnding(d Date) []string {
	return p.platformLabels(func(pv PlatformVersion) bool { return pv.EndsWithinYear(d) })
}

func (p *Product) platformLabels(keep func(PlatformVersion) bool) []string {
	var out []string
	for _, pl := range p.Platforms {
		for _, pv := range pl.Versions {
			if keep(pv) {
				out = append(out, pl.Label(pv))
			}
		}
	}
	return out
}

// PartsOnEndedPlatforms returns, in part order, the parts of this view
// that run on platforms and every platform version of which that it
// supports had reached its vendor's end of support by d: the customer
// cannot run them on a platform its vendor still supports.
func (p *Product) PartsOnEndedPlatforms(d Date) []Part {
	var out []Part
	for _, pt := range p.AllParts() {
		named := false
		allEnded := true
		for _, pl := range p.Platforms {
			if !slices.Contains(pl.Parts, pt.ID) {
				continue
			}
			for _, pv := range pl.VersionsOrUnstated() { // versions not stated: not known to have ended
				named = true
				allEnded = allEnded && pv.Ended(d)
			}
		}
		if named && allEnded {
			out = append(out, pt)
		}
	}
	return out
}

// PlatformsFor returns the platforms the given versions of the product
// support, each once (the same entry in several versions is listed once;
// a platform whose supported versions differ between them, once per
// version that states it so).
func (p *Product) PlatformsFor(versions []string) []Platform {
	var out []Platform
	for _, v := range versions {
		for _, pl := range p.At(v).Platforms {
			if !slices.ContainsFunc(out, func(o Platform) bool { return reflect.DeepEqual(o, pl) }) {
				out = append(out, pl)
			}
		}
	}
	return out
}

// StatesPlatformsFor reports whether every one of the versions states
// the platforms it supports (so that a notice about them can list them).
func (p *Product) StatesPlatformsFor(versions []string) bool {
	if len(versions) == 0 {
		return false
	}
	for _, v := range versions {
		q := p.At(v)
		if len(q.Platforms) == 0 {
			return false
		}
	}
	return true
}

// everyPlatform lists the platform entries of every version with the key
// path each is written at.
func everyPlatform(p *Product) []written[Platform] {
	return everyWritten(p, "platforms", p.Platforms, platformsAdded, platformsChanged)
}

func platformsAdded(c VersionChanges) []Platform   { return c.PlatformsAdded }
func platformsChanged(c VersionChanges) []Platform { return c.PlatformsChanged }

// platformFacts checks [[platforms]] and each version's changes of it:
// names unique, each version of a platform once, the parts each names
// exist in the version that writes it and are on hardware the customer
// supplies; and, in each version's view, infrastructure requirements,
// recommended controls and notices that name a platform the version does
// not list (the CSD prints both, and they would disagree).
func (v *productValidator) platformFacts() {
	p := v.p
	v.unique("platforms", "name", len(p.Platforms), func(i int) string { return p.Platforms[i].Name })
	eachWrittenList(p, "platforms", p.Platforms, platformsAdded, platformsChanged, v.platformEntries)
	v.platformTexts()
}

// platformEntries checks the entries of one list at path, written for
// the view q.
func (v *productValidator) platformEntries(q *Product, path string, list []Platform) {
	for i, pl := range list {
		at := fmt.Sprintf("%s[%d]", path, i)
		for j, id := range pl.Parts {
			pp := fmt.Sprintf("%s.parts[%d]", at, j)
			k := slices.IndexFunc(q.AllParts(), func(pt Part) bool { return pt.ID == id })
			if k < 0 {
				v.checkPartOf(q, pp, id)
				continue
			}
			if pt := q.AllParts()[k]; pt.Implicit() {
				// The user wrote no part "device": say where it comes from
				// and that the fix is a part of their own.
				v.errorf(pp, "part %q is the part assumed because the product lists no [[parts]], and it runs on the device: a platform is what the customer supplies beneath the product's software, on a part it hosts or owns; add a [[parts]] entry with runs = \"customer_hosted\" (software on the customer's servers) or \"customer_device\" (an app on the customer's own phones, tablets or computers) and name that part here", id)
			} else if r := pt.Runs; !r.IsCustomerHosted() && !r.IsCustomerDevice() && !r.IsCustomerInfrastructure() {
				// The device and what the manufacturer hosts are the
				// manufacturer's to supply; the customer's own
				// infrastructure (the hospital's SQL Server that holds the
				// product's database) is the customer's, so its platform is
				// one the product depends on.
				v.errorf(pp, "part %q runs %s (%s): a platform is what the customer supplies beneath the product's software, on a part it hosts or owns, or in its own infrastructure (runs = customer_hosted, customer_device or customer_infrastructure); software the manufacturer supplies with the part is a [[components]] entry", id, r, r.Where())
			}
		}
		v.platformSuppliedBy(q, at, pl)
		seen := map[string]bool{}
		for j, pv := range pl.Versions {
			if seen[pv.Version] {
				v.errorf(fmt.Sprintf("%s.versions[%d].version", at, j), "platform %q lists version %q twice", pl.Name, pv.Version)
			}
			seen[pv.Version] = true
		}
	}
}

// platformTexts warns where the text a version's documents print beside
// its platforms names a platform (or a platform version) that some
// version of the product lists but this version does not: the
// infrastructure requirements and the recommended controls of the CSD,
// and the operating systems of a notice about the version. A platform
// no version lists is not checked: the text may speak of anything.
func (v *productValidator) platformTexts() {
	p := v.p
	names, labels := map[string]bool{}, map[string]bool{}
	for _, w := range everyPlatform(p) {
		names[w.entry.Name] = true
		for _, pv := range w.entry.Versions {
			labels[w.entry.Label(pv)] = true
		}
	}
	if len(names) == 0 {
		return
	}
	seen := map[string]bool{}
	check := func(vv versionView, path, text string) {
		for _, miss := range platformsNamedNotListed(vv.q, text, names, labels) {
			if seen[path+"\x00"+miss] {
				continue
			}
			seen[path+"\x00"+miss] = true
			in := "this version"
			if vv.version != "" {
				in = "version " + vv.version
			}
			v.warnf(path, "names %s, which %s does not list in its platforms (%s): the CSD prints both, and they disagree; correct the text or the platforms", miss, in, platformList(vv.q))
		}
	}
	infra := everyWritten(p, "infrastructure", p.Infrastructure,
		func(c VersionChanges) []InfrastructureRequirement { return c.InfrastructureAdded },
		func(c VersionChanges) []InfrastructureRequirement { return c.InfrastructureChanged })
	for _, vv := range p.distinctViews() {
		upTo := vv.q.versionsUpTo(p.Versions)
		for _, e := range vv.q.Infrastructure {
			check(vv, writtenAt(infra, e, upTo)+".requirement", e.Requirement)
		}
		for i, e := range vv.q.RecommendedControls {
			check(vv, AtOr(e.At, fmt.Sprintf("recommended_controls[%d]", i))+".recommendation", e.Recommendation)
		}
	}
	for i, n := range p.Notices {
		for j, os := range n.OperatingSystems {
			for _, ver := range n.Versions {
				check(versionView{ver, p.At(ver)}, fmt.Sprintf("notices[%d].operating_systems[%d]", i, j), os)
			}
		}
	}
}

// platformsNamedNotListed returns the platforms and platform versions
// of names and labels that text names (whole words, any case) and q's
// platforms do not list; a version named is reported rather than its
// platform.
func platformsNamedNotListed(q *Product, text string, names, labels map[string]bool) []string {
	has := func(s string) bool {
		return regexp.MustCompile(`(?i)(^|\W)` + regexp.QuoteMeta(s) + `($|\W)`).MatchString(text)
	}
	listedName, listedLabel := map[string]bool{}, map[string]bool{}
	for _, pl := range q.Platforms {
		listedName[pl.Name] = true
		for _, pv := range pl.Versions {
			listedLabel[pl.Label(pv)] = true
		}
	}
	var out []string
	for _, l := range sortedSet(labels) {
		if has(l) && !listedLabel[l] {
			out = append(out, l)
		}
	}
	for _, n := range sortedSet(names) {
		if has(n) && !listedName[n] && !slices.ContainsFunc(out, func(o string) bool { return strings.HasPrefix(o, n+" ") }) {
			out = append(out, n)
		}
	}
	return out
}

func sortedSet(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// platformList names q's platform versions for a message, or "none".
func platformList(q *Product) string {
	l := q.PlatformVersionLabels()
	if len(l) == 0 {
		return "none"
	}
	return strings.Join(l, ", ")
}

// RulePlatformSupport: a version in Support or Limited Support on asOf
// that has a part every platform version of which, in that version, is
// past its vendor's end of support leaves the customer no way to run it
// on a platform its vendor still patches, while the manufacturer's own
// support goes on. A warning, once per version (the CSD says so); a
// platform version without an end of support is not known to have ended.
// It needs the as-of date, so the kind that prints the related systems'
// support runs it too (RunsRelatedSupport).
func RulePlatformSupport(p *Product, asOf Date) Diagnostics {
	var out Diagnostics
	p = p.Base() // a kind may pass a version's view: paths are the file's
	all := everyPlatform(p)
	for k, dv := range p.Versions {
		if st := dv.Stage(asOf); st != "Support" && st != "Limited Support" {
			continue
		}
		q := p.At(dv.Version)
		parts := q.PartsOnEndedPlatforms(asOf)
		if len(parts) == 0 {
			continue
		}
		var ended []string
		path := ""
		for _, pl := range q.Platforms {
			if !slices.ContainsFunc(parts, func(pt Part) bool { return slices.Contains(pl.Parts, pt.ID) }) {
				continue
			}
			if w := writtenAt(all, pl, q.versionsUpTo(p.Versions)); w != "" && path == "" {
				path = w + ".versions" // where a supported version would be listed
			}
			for _, pv := range pl.Versions {
				ended = append(ended, fmt.Sprintf("%s on %s", pl.Label(pv), pv.EndOfSupport))
			}
		}
		if path == "" {
			path = fmt.Sprintf("versions[%d].version", k)
		}
		out = append(out, at(p, Warning, path,
			"software %s is %s, but every platform version it supports for %s is past its vendor's end of support (%s): %s can run it only on platforms its vendor no longer supports for every customer (paid extended updates aside); list a supported platform version that %s runs on, or end %s's support (its CSD says so meanwhile)",
			dv.Version, supportedUntil(dv, asOf), PartNames(parts), strings.Join(ended, ", "), q.OwnersOf(parts, "customer"), dv.Version, dv.Version))
	}
	return out
}
