package content

import (
	"fmt"
	"slices"
	"strings"
)

func init() { productRules = append(productRules, ruleNoticeUpgradePlanned) }

// ruleNoticeUpgradePlanned warns about a notice every upgrade path of
// which leads to a version not yet generally available on the notice's
// issue date (upgrade_paths.to_version, general_availability after
// issued), while a version later than those the notice concerns was
// generally available then, in its Support stage, and ran on some of the
// models the notice concerns: the notice sends customers to wait for a
// release although one they could install existed (REPORT-anaesthesia
// 12). Only explicit keys are read: the versions' general_availability,
// end_of_life, end_of_support and withdrawn dates, their models, the
// notice's issued date, versions, models and upgrade paths. A path with
// no to_version (a full replacement), a target whose release date is not
// stated, and a notice about some models' own end of support (whose
// hardware no software upgrade keeps) decide nothing.
func ruleNoticeUpgradePlanned(p *Product) Diagnostics {
	if !p.Produces("notices") {
		return nil
	}
	var out Diagnostics
	for i, n := range p.Notices {
		if n.Kind == "security" || n.Issued.IsZero() || len(n.UpgradePaths) == 0 || len(n.Versions) == 0 || p.NoticeEndsModels(n) != nil {
			continue
		}
		var planned []string
		for _, u := range n.UpgradePaths {
			t := p.Version(u.ToVersion)
			if t == nil || t.GeneralAvailability.IsZero() || !t.GeneralAvailability.After(n.Issued) {
				planned = nil
				break
			}
			if s := fmt.Sprintf("%s (generally available on %s)", t.Version, t.GeneralAvailability); !slices.Contains(planned, s) {
				planned = append(planned, s)
			}
		}
		if len(planned) == 0 {
			continue
		}
		last := -1
		for _, id := range n.Versions {
			last = max(last, p.VersionIndex(id))
		}
		if last < 0 {
			continue
		}
		var models []string
		for _, m := range p.NoticeModels(n) {
			models = append(models, m.ID)
		}
		for j := len(p.Versions) - 1; j > last; j-- { // the newest such version
			w := &p.Versions[j]
			if w.GeneralAvailability.IsZero() || w.GeneralAvailability.After(n.Issued) || w.Stage(n.Issued) != "Support" {
				continue
			}
			var on []string
			for _, id := range p.ModelIDs(w) {
				if slices.Contains(models, id) {
					on = append(on, id)
				}
			}
			if len(on) == 0 {
				continue
			}
			runs := ""
			if len(p.Models) > 0 {
				runs = fmt.Sprintf(" and running on %s %s", Plural(len(on), "model", "models"), AndList(on))
			}
			out = append(out, at(p, Warning, fmt.Sprintf("notices[%d].upgrade_paths", i),
				"notice %s, issued %s, offers only the upgrade to %s %s, not yet released then, while version %s, generally available since %s, in its Support stage then%s, is not offered: customers are told to wait for a release; offer it as an upgrade path (to_version) if they can move to it, and if they cannot, say why in the notice",
				n.ID, n.Issued, Plural(len(planned), "version", "versions"), strings.Join(planned, " and "), w.Version, w.GeneralAvailability, runs))
			break
		}
	}
	return out
}
