package content

import (
	"fmt"
	"strings"
)

// RuleRelatedSupport: a supported device version needs a supported
// version of each related system it works with (IMDRF N70: a device in
// support on a companion system out of support leaves the hospital with no
// fixes for half the product). For each device version in Support or
// Limited Support on asOf, and each related system that states which
// device versions its versions work with:
//
//   - the versions that work with it all reached their end of support on
//     or before asOf, or
//   - the last of them ends before the device version's own end of support, or
//   - none works with it, while the system's other versions state the
//     device versions they work with,
//
// is a warning. Not stated is not "no": a related version without
// device_versions states nothing, so it is never counted as incompatible,
// and a system none of whose versions states device_versions is not
// checked; a version without an end of support has none announced and
// covers any date. It needs the as-of date, so the kinds that print the
// compatibility run it (the CSD, else the plan, else the lifecycle page).
func RuleRelatedSupport(p *Product, asOf Date) Diagnostics {
	var out Diagnostics
	for i, s := range p.RelatedSystems {
		if !statesCompatibility(s) {
			continue
		}
		for k, dv := range p.Versions {
			if st := dv.Stage(asOf); st != "Support" && st != "Limited Support" {
				continue // planned, or history
			}
			out = append(out, relatedSupportOf(p, i, s, k, dv, asOf)...)
		}
	}
	return out
}

// statesCompatibility reports a related system some version of which names
// the device versions it works with.
func statesCompatibility(s RelatedSystem) bool {
	for _, rv := range s.Versions {
		if len(rv.DeviceVersions) > 0 {
			return true
		}
	}
	return false
}

// relatedSupportOf checks device version dv (versions[k]) against related
// system s (related_systems[i]).
func relatedSupportOf(p *Product, i int, s RelatedSystem, k int, dv Version, asOf Date) Diagnostics {
	works := s.VersionsFor(dv.Version)
	unstated := unstatedVersions(s)
	if len(works) == 0 {
		stated := statedVersions(s)
		path := fmt.Sprintf("versions[%d].version", k)
		return Diagnostics{at(p, Warning, path,
			"software %s is %s, but no version of %s states that it works with it, while %s %s %s the software versions %s works with: add %s to the device_versions of the %s versions that work with it%s",
			dv.Version, supportedUntil(dv, asOf), s.Name, s.Name, listVersions(stated), verb(len(stated), "states", "state"),
			verb(len(stated), "it", "each"), dv.Version, s.Name, unstatedNote(s, unstated, dv.Version))}
	}
	// The hospital can move to the compatible version supported longest:
	// it decides, and its device_versions is where the fix goes.
	last := works[0]
	for _, rv := range works {
		if rv.EndOfSupport.IsZero() {
			return nil // no end of support announced: covers any date
		}
		if rv.EndOfSupport.After(last.EndOfSupport) {
			last = rv
		}
	}
	path := fmt.Sprintf("related_systems[%d].versions[%d].device_versions", i, versionIndex(s, last.Version))
	which := fmt.Sprintf("%s %s that %s with it (%s)", s.Name, verb(len(works), "version", "versions"), verb(len(works), "works", "work"), listVersions(works))
	// IMDRF N70 is about medical devices: health IT that is not one is
	// told the same fact without it.
	n70 := " (IMDRF N70)"
	if p.MedicalDevice.IsFalse() {
		n70 = ""
	}
	switch {
	case !last.EndOfSupport.After(asOf):
		return Diagnostics{at(p, Warning, path,
			"software %s is %s, but the %s %s support on %s, before the as-of date %s: a supported %s on an unsupported %s%s; list a supported version of %s that works with %s%s",
			dv.Version, supportedUntil(dv, asOf), which, verb(len(works), "ended its", "ended their"), last.EndOfSupport, asOf, p.Noun(), s.Name, n70, s.Name, dv.Version, unstatedNote(s, unstated, dv.Version))}
	case !dv.EndOfSupport.IsZero() && last.EndOfSupport.Before(dv.EndOfSupport):
		return Diagnostics{at(p, Warning, path,
			"software %s is supported until %s, but the %s %s supported only until %s: until the %s's end of support it would depend on an unsupported %s%s; list a version of %s supported until %s that works with %s, or end %s's support no later than %s%s",
			dv.Version, dv.EndOfSupport, which, verb(len(works), "is", "are"), last.EndOfSupport, p.Noun(), s.Name, n70, s.Name, dv.EndOfSupport, dv.Version, dv.Version, last.EndOfSupport, unstatedNote(s, unstated, dv.Version))}
	}
	return nil
}

// supportedUntil says how long a device version is supported: "supported
// until 2028-12-31".
func supportedUntil(dv Version, asOf Date) string {
	if dv.EndOfSupport.IsZero() {
		return fmt.Sprintf("in %s on %s with no end of support announced", dv.Stage(asOf), asOf)
	}
	return fmt.Sprintf("supported until %s", dv.EndOfSupport)
}

// statedVersions are the versions of s that state their device versions.
func statedVersions(s RelatedSystem) []RelatedVersion {
	var out []RelatedVersion
	for _, rv := range s.Versions {
		if len(rv.DeviceVersions) > 0 {
			out = append(out, rv)
		}
	}
	return out
}

// unstatedVersions are the versions of s that state no device versions:
// whether they work with a device version is not stated.
func unstatedVersions(s RelatedSystem) []RelatedVersion {
	var out []RelatedVersion
	for _, rv := range s.Versions {
		if len(rv.DeviceVersions) == 0 {
			out = append(out, rv)
		}
	}
	return out
}

// unstatedNote names the versions whose compatibility is not stated, which
// might be the answer.
func unstatedNote(s RelatedSystem, unstated []RelatedVersion, device string) string {
	if len(unstated) == 0 {
		return ""
	}
	return fmt.Sprintf(" (%s %s %s no device versions: say whether %s with %s)", s.Name, listVersions(unstated), verb(len(unstated), "states", "state"),
		verb(len(unstated), "it works", "they work"), device)
}

func listVersions(vs []RelatedVersion) string {
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = v.Version
	}
	return strings.Join(names, ", ")
}

func versionIndex(s RelatedSystem, v string) int {
	for i, rv := range s.Versions {
		if rv.Version == v {
			return i
		}
	}
	return -1
}

func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// relatedSupportDocuments print the related systems' compatibility, the
// first one a product builds running RuleRelatedSupport.
var relatedSupportDocuments = []string{"csd", "security_plan", "lifecycle"}

// RunsRelatedSupport reports whether document doc (a documents.build
// value) is the one that runs RuleRelatedSupport for p: the first of the
// CSD, the plan and the lifecycle page that p builds, so that the warning
// comes once whichever documents are chosen.
func (p *Product) RunsRelatedSupport(doc string) bool {
	for _, d := range relatedSupportDocuments {
		if p.Builds(d) {
			return d == doc
		}
	}
	return false
}
