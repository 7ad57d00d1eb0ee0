package notices

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// AffectedOnly words, for the row of model id in a notice's list of
// affected models, that the model is affected only while it runs the
// notice's versions, when later versions (versions.models; released
// after them) the notice does not concern run on it too and their
// support has not ended, nor have they been withdrawn, on d (the
// notice's release): "Affected only while it runs software 1.0; the
// later software 2.0, which this notice does not concern, runs on it
// too." An end-of-life notice about release 1.0 that lists a gateway
// which also runs 2.0 would otherwise read as the gateway's own end of
// life. The notice speaks as of d: a version not out by d is named only
// where the notice's own upgrade paths name it (to_version), and then
// "is planned to run on it too"; one they do not name is left out, as
// the data do not say it was planned then. A version the notice's
// upgrade paths reach only with hardware replaced (partial or
// full_replacement, no software_only path) is not said to run on the
// customer's model: it is said to be offered only by an upgrade path that
// replaces hardware. Empty when no such version runs on the
// model, and for a notice about a model's end of support (which is the
// model's) or about no version of the product. A product with no
// hardware of its own has no model that software runs on
// (softwareOnlyAffected).
func (v *NoticeView) AffectedOnly(id string, d content.Date) string {
	if v.EndsModels != nil || len(v.Notice.Versions) == 0 {
		return ""
	}
	var mine, others, hardware []string
	planned := 0          // how many of others were not out by d
	var last content.Date // the newest general availability of the notice's versions on the model
	runs := v.product.ModelVersions(id)
	paths := v.upgradeKinds()
	for _, ver := range runs {
		if slices.Contains(v.Notice.Versions, ver.Version) {
			mine = append(mine, ver.Version)
			if ver.GeneralAvailability.After(last) {
				last = ver.GeneralAvailability
			}
		}
	}
	for _, ver := range runs {
		switch {
		case slices.Contains(v.Notice.Versions, ver.Version):
		case !ver.GeneralAvailability.IsZero() && !ver.GeneralAvailability.After(last):
		case ver.GAUnstated() && listedBeforeOneOf(runs, ver.Version, mine):
			// listed before one of the notice's versions, so older than it
			// an earlier version is no way on for the model
		case !ver.EndOfSupport.IsZero() && !ver.EndOfSupport.After(d):
		case !ver.Withdrawn.IsZero() && !ver.Withdrawn.After(d):
		case !ver.ReleasedOn(d) && paths[ver.Version] == "":
			// not out when the notice was issued, and the notice does
			// not name it: the data do not say it was planned then
		default:
			// A version still to come is said to be one, and one not
			// released in every market at once says where and from
			// when, as the notice's upgrade paths say it.
			var said []string
			where := v.Where(ver, d)
			s := kind.PlannedSaid(ver, where, d, v.asOf)
			if s != "" {
				said = append(said, s)
			}
			if where != "" {
				said = append(said, where)
			}
			name := ver.Version
			if len(said) > 0 {
				name += " (" + strings.Join(said, "; ") + ")"
			}
			if k := paths[ver.Version]; k != "" && k != "software_only" {
				// the notice's own upgrade paths reach it only with
				// hardware replaced: not said to run on the customer's model
				hardware = append(hardware, name)
				continue
			}
			if s != "" {
				planned++
			}
			others = append(others, name)
		}
	}
	if len(mine) == 0 || len(others)+len(hardware) == 0 {
		return ""
	}
	var out string
	switch {
	case len(others) == 0:
		out = "Affected only while it runs software " + content.OrList(mine)
		if v.product.SoftwareOnly() {
			out = "Affected only where software " + content.OrList(mine) + " " + v.softwareWhere()
		}
	case v.product.SoftwareOnly():
		out = strings.TrimSuffix(softwareOnlyAffected(mine, others, planned, v.softwareWhere()), ".")
	default:
		verb := laterVerb(others, planned, content.Plural(len(others), "runs", "run"), "planned to run", "run or are planned to run")
		out = "Affected only while it runs software " + content.OrList(mine) + "; the later software " + content.AndList(others) + ", which this notice does not concern, " +
			verb + " on it too"
	}
	if len(hardware) > 0 {
		which := "which this notice does not concern"
		if len(others) > 0 {
			which = "which it does not concern either"
		}
		out += "; the later software " + content.AndList(hardware) + ", " + which + ", " + content.Plural(len(hardware), "is", "are") +
			" offered only by an upgrade path that replaces hardware (see the upgrade paths below)"
	}
	return out + "."
}

// softwareWhere is where the notice's versions of a product with no
// hardware of its own are found: "is installed", or for a product only
// the manufacturer hosts, "is served to the customer".
func (v *NoticeView) softwareWhere() string {
	if v.product.HostedOnly() {
		// nothing of it is installed anywhere the customer controls:
		// the manufacturer runs it for the customer (REPORT-cloudsamd 5)
		return "is served to " + v.product.InHouseWords("the customer")
	}
	return "is installed"
}

// upgradeKinds maps each version the notice's upgrade paths lead to
// (to_version) to "software_only" when a software-only path reaches it,
// else to the kind of the path that does (partial or full_replacement).
func (v *NoticeView) upgradeKinds() map[string]string {
	kinds := map[string]string{}
	for _, u := range v.Notice.UpgradePaths {
		if u.ToVersion == "" || kinds[u.ToVersion] == "software_only" {
			continue
		}
		kinds[u.ToVersion] = u.Kind
	}
	return kinds
}

// softwareOnlyAffected is AffectedOnly for a product with no hardware of
// its own (content.Product.SoftwareOnly): its model is an edition or
// licence, which software is released for rather than runs on. planned
// is how many of others were not out by the notice's release; where says
// where the notice's versions are found ("is installed", or for a product
// only the manufacturer hosts, "is served to the customer").
func softwareOnlyAffected(mine, others []string, planned int, where string) string {
	verb := laterVerb(others, planned, content.Plural(len(others), "is", "are")+" also released for it", "planned to be released for it too", "are released or planned to be released for it too")
	return "Affected only where software " + content.OrList(mine) + " " + where + "; the later software " + content.AndList(others) + ", which this notice does not concern, " + verb + "."
}

// laterVerb is the verb of AffectedOnly's later software others, planned
// of which were not out by the notice's release: out when all are out,
// "is/are " + allPlanned when none is, mixed otherwise. Where the verb
// says they are planned it drops their " (planned)".
func laterVerb(others []string, planned int, out, allPlanned, mixed string) string {
	switch planned {
	case 0:
		return out
	case len(others):
		for i := range others {
			others[i] = strings.TrimSuffix(others[i], " (planned)")
		}
		return content.Plural(len(others), "is", "are") + " " + allPlanned
	}
	return mixed
}

// listedBeforeOneOf reports whether version ver comes before one of the
// versions mine in runs (a model's versions, oldest first).
func listedBeforeOneOf(runs []*content.Version, ver string, mine []string) bool {
	seen := false
	for _, r := range runs {
		if r.Version == ver {
			seen = true
		} else if seen && slices.Contains(mine, r.Version) {
			return true
		}
	}
	return false
}
