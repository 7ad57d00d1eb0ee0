package csaf

import (
	"slices"
	"strconv"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/kind"
)

// upgradeNote is a notice's upgrade paths, as its section "Upgrade
// paths" gives them (each path, where it leads and what it involves, and
// the related system's versions the target works with), or its statement
// that the manufacturer offers none (upgrade_paths = []). Not written, the
// twin says, as the notice, which paths are offered is not stated. on is the notice's
// release: a target version not out by then is planned.
func upgradeNote(env *kind.Env, p kind.Product, n content.Notice, on content.Date) (csaf.Note, bool) {
	maker := env.Content.Site.Manufacturer.Name
	note := csaf.Note{Category: "general", Title: "Upgrade paths"}
	if p.NoticeOffersNoUpgrade(n) {
		note.Text = maker + " offers no upgrade path for the affected versions: neither to another software version nor to a replacement product."
		return note, true
	}
	if len(n.UpgradePaths) == 0 {
		note.Text = upgradeUnstated(maker, kind.NoticeFacts(p, n).Product)
		if s := kind.NoticeFieldReplace(p, n, false); s != "" {
			note.Text += "\n" + s
		}
		return note, true
	}
	related := p.RelatedSystem(n.RelatedSystem)
	var replacedBy []string
	for _, m := range p.NoticeEndsModels(n) {
		if r := p.Model(m.ReplacedBy); r != nil && !slices.Contains(replacedBy, "Model "+r.ID+", the "+r.Name) {
			replacedBy = append(replacedBy, "Model "+r.ID+", the "+r.Name)
		}
	}
	var lines, targets []string
	for _, u := range n.UpgradePaths {
		var to []string
		if ver := u.ToVersion; ver != "" {
			if related != nil && len(n.Versions) == 0 {
				to = append(to, related.Name+" "+ver)
			} else {
				to = append(to, "software "+ver+targetSaid(p, ver, on, env.AsOf))
				if !slices.Contains(targets, ver) && !slices.Contains(n.Versions, ver) {
					targets = append(targets, ver)
				}
			}
		}
		switch {
		case u.Target != "":
			to = append(to, u.Target)
		case u.Kind == "full_replacement" && u.ToVersion == "":
			to = append(to, replacedBy...)
		}
		line := "- " + content.Label(u.Kind)
		if len(to) > 0 {
			line += ", to " + strings.Join(to, "; ")
		}
		lines = append(lines, line+": "+strings.TrimSpace(u.Description))
	}
	// As the notice: a target version out by its release works with these
	// versions of each related system, out by then too.
	if len(n.Versions) > 0 {
		for _, s := range p.RelatedSystems {
			for _, ver := range targets {
				target := p.Version(ver)
				if target == nil || !target.ReleasedOn(on) {
					continue
				}
				var works []string
				for _, rv := range s.VersionsFor(ver) {
					if !rv.GeneralAvailability.IsZero() && !rv.GeneralAvailability.After(on) {
						works = append(works, rv.Version)
					}
				}
				if len(works) == 0 {
					continue
				}
				line := "Software " + ver + " works with " + s.Name + " " + orList(works)
				switch {
				case p.RelatedKeptBy(s) == "customer":
					line += ": check the version of " + s.Name + " before upgrading."
				case p.RelatedHosting(s).IsManufacturerHosted():
					line += "."
				default:
					line += "; " + maker + " keeps " + s.Name + " on a version that works with it."
				}
				lines = append(lines, line)
			}
		}
	}
	// As the notice: the units of a part never updated once made are
	// replaced, not upgraded.
	if s := kind.NoticeFieldReplace(p, n, false); s != "" {
		lines = append(lines, s)
	}
	note.Text = strings.Join(lines, "\n")
	return note, true
}

// targetSaid is what the notice says beside an upgrade's target version:
// planned (kind.PlannedSaid; asOf is the build's as-of date), the models
// it runs on when not all, the markets it is out in when not all:
// " (planned; models B and C only)".
func targetSaid(p kind.Product, ver string, on, asOf content.Date) string {
	v := p.Version(ver)
	if v == nil {
		return ""
	}
	var said []string
	where := p.ReleasedWhereBy(v, on, asOf) // as the notice: no market date it could not have given
	if s := kind.PlannedSaid(v, where, on, asOf); s != "" {
		said = append(said, s)
	}
	if only := p.VersionOnlyOn(v); only != "" {
		said = append(said, only)
	}
	if where != "" {
		said = append(said, where)
	}
	if len(said) == 0 {
		return ""
	}
	return " (" + strings.Join(said, "; ") + ")"
}

// orList joins versions as alternatives: "5.1, 5.2 or 5.3".
func orList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}

// componentsNote is the software components a notice names and why each
// concerns the customer, as its section "Software components concerned":
// the component as the SBOM names it, else as the notice does.
func componentsNote(p kind.Product, n content.Notice) (csaf.Note, bool) {
	var resolved []string
	if p.Inventory != nil {
		for _, c := range p.Inventory.NoticeComponents(n.ID) {
			name := ""
			if c != nil {
				name = content.NameVersion(c.Name, c.Version)
			}
			resolved = append(resolved, name)
		}
	}
	var lines []string
	for j, c := range n.Components {
		name := content.NameVersion(c.Name, c.Version)
		if j < len(resolved) && resolved[j] != "" {
			name = resolved[j]
		}
		if name == "" {
			name = c.PURL
		}
		lines = append(lines, "- "+name+": "+strings.TrimSpace(c.Concern))
	}
	if len(lines) == 0 {
		return csaf.Note{}, false
	}
	return csaf.Note{Category: "details", Title: "Software components concerned", Text: strings.Join(lines, "\n")}, true
}

// decommissioningNote is what the notice says of decommissioning the
// affected devices: what is particular to them, then the product's steps
// (of the newest version the notice concerns, as the notice's:
// kind.NoticeFacts); with neither, for a product only its manufacturer
// hosts, that there is nothing of it for the customer to decommission
// (hostedOnlySentence). maker is the manufacturer's name.
func decommissioningNote(maker string, p kind.Product, n content.Notice) (csaf.Note, bool) {
	var parts []string
	if s := strings.TrimSpace(n.Decommissioning); s != "" {
		parts = append(parts, s)
	}
	facts := kind.NoticeFacts(p, n).Product
	for i, s := range facts.Decommissioning.Steps {
		parts = append(parts, strconv.Itoa(i+1)+". "+strings.TrimSpace(s))
	}
	if len(parts) == 0 && facts.HostedOnly() {
		parts = append(parts, hostedOnlySentence(maker, p, facts, n, "it", "there is nothing of it for the customer to decommission.", true))
	}
	if s := decommissioningUnstated(facts, n); s != "" {
		parts = append(parts, s)
	}
	if len(parts) == 0 {
		return csaf.Note{}, false
	}
	return csaf.Note{Category: "general", Title: "Decommissioning", Text: strings.Join(parts, "\n")}, true
}
