package content

import "fmt"

// A version's general_availability may be left out, except for the
// newest version (the last of [[versions]], which are listed oldest
// first): a sparse specification may list an older version only by name,
// as the one a later version superseded, without its release date. Such a
// version is older than the later versions listed after it, so it was
// released no later than the first of them to come out: from that day it
// counts as released (its stage, the current version, the supported
// versions), and before it its release is not known. No date is ever
// printed or computed for it: the version tables say "Not stated", and the
// checks that compare release dates skip it (ruleGAUnstated names it).

// markUnstatedGA records, for each version other than the newest that
// leaves general_availability out, the earliest general availability
// stated by a version listed after it (releasedBy).
func markUnstatedGA(p *Product) {
	var next Date
	for i := len(p.Versions) - 1; i >= 0; i-- {
		v := &p.Versions[i]
		v.releasedBy = Date{}
		if v.GeneralAvailability.IsZero() {
			v.releasedBy = next
			continue
		}
		if next.IsZero() || v.GeneralAvailability.Before(next) {
			next = v.GeneralAvailability
		}
	}
}

// GAUnstated reports an older version whose general availability the
// data leave out (markUnstatedGA): the documents say "Not stated".
func (v Version) GAUnstated() bool {
	return v.GeneralAvailability.IsZero() && !v.releasedBy.IsZero()
}

// ReleasedOn reports whether the version is generally available on d: on
// or after its general_availability, or, for one that leaves it out
// (GAUnstated), once a version listed after it is. It gives no date.
func (v Version) ReleasedOn(d Date) bool {
	if v.GeneralAvailability.IsZero() {
		return !v.releasedBy.IsZero() && !d.Before(v.releasedBy)
	}
	return !d.Before(v.GeneralAvailability)
}

// GADate is the version's general availability for a table cell: the date,
// or "Not stated" for one the data leave out.
func (v Version) GADate() string {
	if v.GeneralAvailability.IsZero() {
		return "Not stated"
	}
	return v.GeneralAvailability.String()
}

// unstatedGA checks where general_availability may be left out: the
// newest version states it (the release every other date is read
// against), and so does a version released market by market (its markets'
// dates are read against it).
func (v *productValidator) unstatedGA() {
	p := v.p
	for i, ver := range p.Versions {
		if !ver.GeneralAvailability.IsZero() {
			continue
		}
		path := fmt.Sprintf("versions[%d]", i)
		switch {
		case i == len(p.Versions)-1:
			v.errorf(path, "missing required key general_availability: version %s is the newest (the last of [[versions]], oldest first), and every document reads the product's release dates against it; only an older version may leave it out", ver.Version)
		case len(ver.Markets) > 0 || len(ver.MarketReleases) > 0:
			v.errorf(path, "missing general_availability: version %s is released market by market (markets, market_releases), which needs its first release date", ver.Version)
		}
	}
}

// AvailableSince words the version's release for a sentence about a
// released version: "generally available since 2026-05-05", or, for one
// whose general availability the data leave out, that it is not stated.
func (v Version) AvailableSince() string {
	if v.GeneralAvailability.IsZero() {
		return "generally available, its release date not stated"
	}
	return "generally available since " + v.GeneralAvailability.String()
}
