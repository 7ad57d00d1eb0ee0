package kind

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// A released document speaks as of its release date (Released), so a
// revision says the same whenever it is built. What has happened since is
// the next revision's to say; these checks tell the manufacturer when one
// is due, at the document's release_date.

// Outdated warns when the document under control c, documents.<key> of p,
// describes another version than the one current on the build's as-of
// date: it was released before that version became generally available.
func Outdated(env *Env, p Product, key, title string, c content.DocumentControl) content.Diagnostics {
	return OutdatedAbout(env, p, key, title, c, "")
}

// OutdatedAbout is Outdated for a document that names the version it
// describes, about (content.SubmissionControl.Version; "" for the version
// current on its release date). A document about a version released
// after the current one (a submission for a version not yet released) is
// not outdated.
func OutdatedAbout(env *Env, p Product, key, title string, c content.DocumentControl, about string) content.Diagnostics {
	if c.ReleaseDate.IsZero() || !env.AsOf.After(c.ReleaseDate) {
		return nil
	}
	now := p.CurrentVersion(env.AsOf)
	then := p.CurrentVersion(c.ReleaseDate)
	if about != "" {
		then = p.Version(about)
	}
	if now == nil || then != nil && (then.Version == now.Version || about != "" && !then.GeneralAvailability.Before(now.GeneralAvailability)) {
		return nil
	}
	described := "no generally available version"
	if then != nil {
		described = "version " + then.Version
	}
	return outdated(p, "documents."+key, fmt.Sprintf("the %s (%s, released %s) describes %s; version %s has been %s: release a new revision about it",
		title, c.Cite(), c.ReleaseDate, described, now.Version, now.AvailableSince()))
}

// StagesChanged warns when the lifecycle stages the document under
// control c (documents.<key> of p) states, as of its release, have
// changed by the build's as-of date, or a notice it would list was
// released after it, or (vulns) a vulnerability it would list became
// known or was fixed after it.
func StagesChanged(env *Env, p Product, key, title string, c content.DocumentControl, notices, vulns bool) content.Diagnostics {
	if c.ReleaseDate.IsZero() || !env.AsOf.After(c.ReleaseDate) {
		return nil
	}
	var changes []string
	for _, v := range p.Versions {
		if then, now := v.Stage(c.ReleaseDate), v.Stage(env.AsOf); then != now {
			changes = append(changes, fmt.Sprintf("%s is in %s, not %s", v.Version, now, then))
		}
	}
	if listsPlatforms[key] {
		changes = append(changes, platformsEndedSince(p, c.ReleaseDate, env.AsOf)...)
	}
	if notices {
		for _, n := range p.NoticesNewestFirst() {
			if IssuedAfter(n, c.ReleaseDate) {
				changes = append(changes, fmt.Sprintf("notice %s was issued on %s", n.ID, issued(n)))
			}
		}
	}
	if vulns && p.Vulnerabilities != nil {
		seen := map[string]bool{}
		for _, v := range p.Vulnerabilities.List {
			var change string
			// The document lists a vulnerability once it is public
			// (vuln.Set.KnownBy): known, and disclosed.
			if k := v.Public(); k.After(c.ReleaseDate) && !k.After(env.AsOf) {
				if k == v.Disclosed && v.Known().Before(k) {
					change = fmt.Sprintf("%s was publicly disclosed on %s", v.ID, k)
				} else {
					change = fmt.Sprintf("%s became known on %s", v.ID, k)
				}
			} else if v.Fixed.After(c.ReleaseDate) && !v.Fixed.After(env.AsOf) && v.Status != "not_affected" {
				change = fmt.Sprintf("a fix for %s was released on %s", v.ID, v.Fixed)
			}
			if change != "" && !seen[change] {
				seen[change] = true
				changes = append(changes, change)
			}
		}
	}
	if len(changes) == 0 {
		return nil
	}
	return outdated(p, "documents."+key, fmt.Sprintf("the %s (%s) speaks as of its release on %s; on %s, %s: release a new revision",
		title, c.Cite(), c.ReleaseDate, env.AsOf, strings.Join(changes, "; ")))
}

// DueRevision is the warning, if any, that the document under control c
// (documents.<key> of p) is due a new revision: Outdated when it
// describes a version, else or when that is not the reason,
// StagesChanged (with notices and, for a document listing known
// vulnerabilities, vulns).
func DueRevision(env *Env, p Product, key, title string, c content.DocumentControl, describesVersion, notices, vulns bool) content.Diagnostics {
	if d := ReleasedAfterAsOf(env, p, "documents."+key, title, c); len(d) > 0 {
		return d
	}
	var out content.Diagnostics
	if describesVersion {
		out = Outdated(env, p, key, title, c)
	}
	if len(out) == 0 {
		out = StagesChanged(env, p, key, title, c, notices, vulns)
	}
	if key == "csd" {
		// Each other version's CSD (documents.versions = supported)
		// speaks as of the same release and states the same stages,
		// platforms and vulnerabilities: each is named, under its own
		// number, as due a new revision (REPORT-bloodbank 9).
		for i, v := range CSDVersions(env, p) {
			if i == 0 { // the CSD above
				continue
			}
			out = append(out, StagesChanged(env, p, key, title+" of version "+v, VersionControl(c, v), notices, vulns)...)
		}
	}
	return out
}

// DueSubmissionRevision is DueRevision for a premarket submission
// document under control c, which describes the version it names (else
// the one current on its release) and lists no notices.
func DueSubmissionRevision(env *Env, p Product, key, title string, c content.SubmissionControl, vulns bool) content.Diagnostics {
	if d := ReleasedAfterAsOf(env, p, "documents."+key, title, c.DocumentControl); len(d) > 0 {
		return d
	}
	if d := OutdatedAbout(env, p, key, title, c.DocumentControl, c.Version); len(d) > 0 {
		return d
	}
	return StagesChanged(env, p, key, title, c.DocumentControl, false, vulns)
}

// IssuedAfter reports a notice first issued after date d (its issue
// date, else its revision's release date): a page dated d cannot list it.
func IssuedAfter(n content.Notice, d content.Date) bool { return issued(n).After(d) }

func issued(n content.Notice) content.Date {
	if !n.Issued.IsZero() {
		return n.Issued
	}
	return Released(n.Document, content.Date{})
}

// outdated is a warning at the release date of the document control at
// key path control ("documents.csd", "notices[2].document").
func outdated(p Product, control, msg string) content.Diagnostics {
	path := control + ".release_date"
	return content.Diagnostics{{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path, Message: msg}}
}

// ReleasedAfterAsOf is the warning, if any, that the document under
// control c (at key path path of p) is released after the build's as-of
// date: the site, dated then, would publish a document not yet released,
// and the revision of that date is not in the data.
func ReleasedAfterAsOf(env *Env, p Product, path, title string, c content.DocumentControl) content.Diagnostics {
	if !c.ReleaseDate.After(env.AsOf) {
		return nil
	}
	instead := ""
	if strings.HasPrefix(path, "documents.") {
		instead = ", or leave it out of documents.build"
	}
	return outdated(p, path, fmt.Sprintf("the %s (%s) is released on %s, after the build's as-of date %s: the site dated %s publishes it before its release (build as of %s or later%s)",
		title, c.Cite(), c.ReleaseDate, env.AsOf, env.AsOf, c.ReleaseDate, instead))
}
