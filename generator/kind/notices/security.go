package notices

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/vuln"
)

// SecurityTemplate is the security notices' template under templates/.
const SecurityTemplate = "security-notice.md.tmpl"

// SecurityView is what the security notice template sees as .Data. The
// notice names vulnerabilities; everything else here comes from them.
type SecurityView struct {
	Notice          content.Notice
	Vulnerabilities []vuln.AdvisoryVuln
	Affected        []*content.Version // versions affected or under investigation
	Fixed           []*content.Version // released versions that carry a fix
	FixedWhere      map[string]string  // where a version of Fixed released market by market is out on the notice's release ("available in the United States; in the European Union from 1 June 2026"); absent when everywhere
	Planned         []*content.Version // versions named to carry a fix, not generally available on the notice's release
	WithdrawnFix    []*content.Version // versions that first carried a fix, withdrawn by the notice's release
	NoFixComing     bool               // no version carries or is to carry a fix, and every affected version is to get none (fix = "none_planned")
	Models          []content.Model    // models that run an affected version
	Rows            []StatusRow        // every version's status, per vulnerability
	Timeline        []TimelineRow      // oldest first
	Remediations    []string           // the fixes and plans of the affected versions, and those that get no fix, each once
	Compensating    []string           // the vulnerabilities' compensating controls and the notice's own, each once
	Disable         []content.Interface
	Block           []content.Port
	CSAF            string // the CSAF twin, relative to the notice; link it only when .Built.VEX
	Lifecycle       string // the lifecycle page, relative to the notice; "" when first issued after it
	CSDThen         bool   // the CSD was first issued by the notice's release
	Stage           map[string]string
	// StageVersions are the versions whose stage the notice gives: those
	// released by its date, and a version not yet released only where the
	// notice names it (affected, or to carry the fix). Another version
	// still in development then may not even have been planned, and one
	// planned later must not change what an earlier revision says.
	StageVersions []content.Version

	// product and asOf (the build's as-of date) are for Where: a market
	// release after the notice's and by asOf is named without its date.
	product *content.Product
	asOf    content.Date
}

// StatusRow is one vulnerability in one version.
type StatusRow struct {
	Version string
	*vuln.Vulnerability
}

// TimelineRow is one dated event in words.
type TimelineRow struct {
	Date content.Date
	Text string
}

// securityView is a security notice's data.
func securityView(env *kind.Env, p kind.Product, n content.Notice) *SecurityView {
	on := kind.Released(n.Document, env.AsOf) // a notice speaks as of its release
	adv := p.Vulnerabilities.KnownBy(on).Advisory(n)
	adv.ByMarketBy(p.Product, on, env.AsOf) // a fix released market by market: each market's release, as the notice could say it
	view := &SecurityView{Notice: n, Vulnerabilities: adv.Vulnerabilities, Lifecycle: lifecycleThen(p, on), CSDThen: issuedBy(p.Documents.CSD, on), Stage: map[string]string{}, FixedWhere: map[string]string{}, product: p.Product, asOf: env.AsOf}
	for _, v := range p.Versions {
		view.Stage[v.Version] = v.StageUndecided(on, env.AsOf) // the end of life not stated, Support or Limited Support
	}
	for _, ver := range adv.Affected {
		view.Affected = append(view.Affected, p.Version(ver))
	}
	for _, ver := range adv.Fixed {
		view.Fixed = append(view.Fixed, p.Version(ver))
		if w := view.Where(p.Version(ver), on); w != "" {
			view.FixedWhere[ver] = w
		}
	}
	for _, ver := range adv.Planned {
		view.Planned = append(view.Planned, p.Version(ver))
	}
	for _, ver := range adv.WithdrawnFix {
		view.WithdrawnFix = append(view.WithdrawnFix, p.Version(ver))
	}
	// n.Versions are the affected versions (vuln.Load sets them).
	view.Models = p.NoticeModels(n)
	for _, v := range p.Versions {
		for _, av := range adv.Vulnerabilities {
			for _, e := range av.Entries {
				if e.Version == v.Version {
					view.Rows = append(view.Rows, StatusRow{Version: v.Version, Vulnerability: e})
				}
			}
		}
	}
	for _, v := range p.Versions {
		if view.Stage[v.Version] != "Development" || namesVersion(view, v.Version) {
			view.StageVersions = append(view.StageVersions, v)
		}
	}
	for _, e := range adv.Timeline {
		view.Timeline = append(view.Timeline, TimelineRow{Date: e.Date, Text: e.Text(env.Content.Site.Manufacturer.Name)})
	}
	addOnce := func(list *[]string, s string) {
		if s != "" && !slices.Contains(*list, s) {
			*list = append(*list, s)
		}
	}
	for _, av := range adv.Vulnerabilities {
		var none []string // the affected versions that get no fix
		for _, e := range av.Open() {
			if e.Status == "affected" && e.Fix.NonePlanned() {
				none = append(none, e.Version)
			}
		}
		if len(none) > 0 {
			addOnce(&view.Remediations, vuln.NoFixPlanned(none...))
		}
		for _, e := range av.Open() {
			// The remediation sends the reader to a version: where it
			// is released, when not everywhere (as the VEX and CSAF).
			r := e.Remediation
			if w := vuln.FixWhereBy(p.Product, e.InstallVersion(), on, env.AsOf); w != "" && r != "" && e.Status == "affected" {
				r += " " + w
			}
			addOnce(&view.Remediations, r)
			for _, c := range e.CompensatingControls {
				addOnce(&view.Compensating, c)
			}
		}
	}
	for _, c := range n.Compensating {
		addOnce(&view.Compensating, c)
	}
	view.NoFixComing = len(view.Affected) > 0 && len(view.Fixed) == 0 && len(view.Planned) == 0 && noneToBeFixed(adv.Vulnerabilities)
	facts := kind.NoticeFacts(p, n)
	for _, id := range n.Actions.DisableInterfaces {
		if i := facts.Interface(id); i != nil {
			view.Disable = append(view.Disable, *i)
		}
	}
	for _, pt := range facts.SortedPorts() {
		if slices.Contains(n.Actions.BlockPorts, pt.Number) {
			view.Block = append(view.Block, pt)
		}
	}
	// The template links the twin only when .Built.VEX: the csaf kind
	// publishes it whenever it publishes the product's VEX files (for
	// every version with known vulnerabilities, and a security notice's
	// vulnerabilities are known ones), and the site file states the
	// publisher's namespace a CSAF document needs.
	if len(adv.Vulnerabilities) > 0 && env.Content.Site.CSAFNamespace() != "" {
		view.CSAF = "../../" + csaf.WhitePath(n.Issued.Time().Year(), kind.NoticeTrackingID(p.ID, n))
	}
	return view
}

// namesVersion reports whether the notice names version v: a row of its
// status table, or a version that carries or is to carry the fix.
func namesVersion(view *SecurityView, v string) bool {
	for _, r := range view.Rows {
		if r.Version == v || r.FixedIn == v {
			return true
		}
	}
	for _, vs := range [][]*content.Version{view.Affected, view.Fixed, view.Planned, view.WithdrawnFix} {
		for _, x := range vs {
			if x != nil && x.Version == v {
				return true
			}
		}
	}
	return false
}

// noneToBeFixed reports that every open entry of the advisory's
// vulnerabilities is affected with no fix planned: "no released version
// yet" would promise one.
func noneToBeFixed(vs []vuln.AdvisoryVuln) bool {
	for _, av := range vs {
		for _, e := range av.Open() {
			if e.Status != "affected" || !e.Fix.NonePlanned() {
				return false
			}
		}
	}
	return true
}
