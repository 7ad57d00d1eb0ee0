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
// life. A version not out by d did not run on anything then: it "is
// planned to run on it too". Empty when no such version runs on the
// model, and for a notice about a model's end of support (which is the
// model's) or about no version of the product. A product with no
// hardware of its own has no model that software runs on
// (softwareOnlyAffected).
func (v *NoticeView) AffectedOnly(id string, d content.Date) string {
	if v.EndsModels != nil || len(v.Notice.Versions) == 0 {
		return ""
	}
	var mine, others []string
	planned := 0          // how many of others were not out by d
	var last content.Date // the newest general availability of the notice's versions on the model
	runs := v.product.ModelVersions(id)
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
		default:
			// A version still to come is said to be one, and one not
			// released in every market at once says where and from
			// when, as the notice's upgrade paths say it.
			var said []string
			where := v.Where(ver, d)
			if s := kind.PlannedSaid(ver, where, d, v.asOf); s != "" {
				planned++
				said = append(said, s)
			}
			if where != "" {
				said = append(said, where)
			}
			s := ver.Version
			if len(said) > 0 {
				s += " (" + strings.Join(said, "; ") + ")"
			}
			others = append(others, s)
		}
	}
	if len(mine) == 0 || len(others) == 0 {
		return ""
	}
	if v.product.SoftwareOnly() {
		where := "is installed"
		if v.product.HostedOnly() {
			// nothing of it is installed anywhere the customer controls:
			// the manufacturer runs it for the customer (REPORT-cloudsamd 5)
			where = "is served to " + v.product.InHouseWords("the customer")
		}
		return softwareOnlyAffected(mine, others, planned, where)
	}
	verb := laterVerb(others, planned, content.Plural(len(others), "runs", "run"), "planned to run", "run or are planned to run")
	return "Affected only while it runs software " + content.OrList(mine) + "; the later software " + content.AndList(others) + ", which this notice does not concern, " +
		verb + " on it too."
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
