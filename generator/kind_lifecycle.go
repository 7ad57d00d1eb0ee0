package generator

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/export"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/sbom"
)

// The lifecycle documents: the permanent public lifecycle page with its
// machine-readable lifecycle.json, and one document per notice. Every date
// they show comes from the versions' milestones and the components' end of
// support; notices only say which versions and components they concern.

var lifecyclePage = Kind{
	Slug:     "lifecycle",
	Title:    "Product Lifecycle and Support Status",
	Template: "lifecycle.md.tmpl",
	Subject:  "Lifecycle stage, milestone dates of every software version, component end of support and the end-of-life and end-of-support notices issued",
	Instances: func(ctx *Context, p *content.Product) ([]Instance, error) {
		if p.Documents.Lifecycle.ID == "" {
			return nil, nil // warned about by validation
		}
		data, err := lifecycleData(ctx, p)
		if err != nil {
			return nil, err
		}
		return []Instance{{Path: "lifecycle", Title: "Product Lifecycle and Support Status", Control: p.Documents.Lifecycle, Data: data}}, nil
	},
	Files: func(ctx *Context, p *content.Product) ([]File, error) {
		data, err := LifecycleJSON(ctx, p)
		if err != nil {
			return nil, err
		}
		return []File{{Path: "lifecycle.json", Label: "Lifecycle dates and notices (JSON, CycloneDX lifecycle properties)", Data: data}}, nil
	},
}

var notices = Kind{
	Slug:     "notices",
	Title:    "End-of-Life and End-of-Support Notices",
	Template: "notice.md.tmpl",
	Subject:  "End-of-life or end-of-support notice: affected models, versions and components, effective dates, remaining maintenance, compensating controls, customer actions, upgrade paths and decommissioning",
	Instances: func(ctx *Context, p *content.Product) ([]Instance, error) {
		var out []Instance
		for _, n := range sortedNotices(p) {
			view, err := noticeData(ctx, p, n)
			if err != nil {
				return nil, err
			}
			out = append(out, Instance{Path: "notices/" + n.ID, Title: n.DisplayTitle(), Control: n.Document, Data: view})
		}
		return out, nil
	},
	Check: checkLifecycle,
}

// sortedNotices returns the product's notices newest first (by issue date,
// then ID).
func sortedNotices(p *content.Product) []content.Notice {
	out := slices.Clone(p.Notices)
	slices.SortStableFunc(out, func(a, b content.Notice) int {
		if c := b.Issued.Time().Compare(a.Issued.Time()); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	return out
}

// NoticeView is what the notice template sees as .Data.
type NoticeView struct {
	Notice     content.Notice
	KindTitle  string
	Versions   []*content.Version
	Models     []content.Model
	Components []NoticeComponentView
	Effective  []EffectiveDate
	Stops      []StopView
	Disable    []content.Interface
	Block      []content.Port // ports to block
	Needed     []content.Port // every other port of the device
	Stores     []content.DataStore
	SBOM       string   // the notice's own SBOM, relative to the notice's folder ("../sbom-3.8.2.cdx.json"), or ""
	SBOMs      []string // the product's SBOM files, relative to the notice's folder
	Lifecycle  string   // the lifecycle page, relative to the notice
	Current    *content.Version
	Stage      map[string]string // version → stage on the as-of date
}

// NoticeComponentView is one component a notice names, as the SBOM and
// the product file describe it.
type NoticeComponentView struct {
	Component
	Concern string
}

// EffectiveDate is one dated change a notice announces.
type EffectiveDate struct {
	What      string // "Software 3.8.2" or "openssl 3.0.16"
	Milestone string // "End of support"
	Date      content.Date
	Note      string // e.g. "already ended; no date announced"
}

// StopView is one thing that stops, with its date(s).
type StopView struct {
	What    string
	Details string
	When    []EffectiveDate
}

func noticeData(ctx *Context, p *content.Product, n content.Notice) (*NoticeView, error) {
	comps, _ := ctx.Components(p)
	view := &NoticeView{
		Notice: n, KindTitle: content.NoticeKindTitle(n.Kind), Versions: p.NoticeVersions(n), Models: p.NoticeModels(n),
		Stores: p.DataStores, Lifecycle: "../lifecycle.html", Current: p.CurrentVersion(ctx.AsOf), Stage: map[string]string{},
	}
	for _, v := range p.Versions {
		view.Stage[v.Version] = v.Stage(ctx.AsOf)
	}
	if comps != nil {
		for _, s := range comps.SBOMs {
			view.SBOMs = append(view.SBOMs, "../"+s.Path)
		}
	}
	if n.SBOM != "" {
		view.SBOM = "../" + n.SBOM
	}
	resolved, _ := resolveNoticeComponents(ctx, p, n)
	for j, c := range n.Components {
		if resolved[j] != nil {
			view.Components = append(view.Components, NoticeComponentView{Component: *resolved[j], Concern: c.Concern})
		}
	}
	if n.AboutVersions() {
		for _, v := range view.Versions {
			for _, m := range v.Milestones() {
				view.Effective = append(view.Effective, EffectiveDate{What: "Software " + v.Version, Milestone: m.Name, Date: m.Date})
			}
		}
	} else {
		for _, c := range view.Components {
			e := EffectiveDate{What: strings.TrimSpace(c.Name + " " + c.Version), Milestone: "End of supplier support", Date: c.EndOfSupport}
			if e.Date.IsZero() {
				e.Note = "Already ended (" + strings.ToLower(content.Label(c.Support)) + "); the supplier announced no date"
				if c.Support == "" || c.Support == "maintained" {
					e.Note = "Not announced"
				}
			}
			view.Effective = append(view.Effective, e)
		}
		for _, v := range view.Versions {
			if !v.EndOfSupport.IsZero() {
				view.Effective = append(view.Effective, EffectiveDate{What: "Software " + v.Version, Milestone: "End of support (unchanged by this notice)", Date: v.EndOfSupport})
			}
		}
	}
	for _, s := range n.Stops {
		sv := StopView{What: content.Label(s.What), Details: s.Details}
		if s.Milestone != "" {
			for _, v := range view.Versions {
				sv.When = append(sv.When, EffectiveDate{What: "Software " + v.Version, Milestone: content.MilestoneName(s.Milestone), Date: v.MilestoneDate(s.Milestone)})
			}
		} else {
			sv.When = []EffectiveDate{{Date: s.Date}}
		}
		view.Stops = append(view.Stops, sv)
	}
	for _, id := range n.Actions.DisableInterfaces {
		if i := p.Interface(id); i != nil {
			view.Disable = append(view.Disable, *i)
		}
	}
	for _, pt := range p.SortedPorts() {
		if slices.Contains(n.Actions.BlockPorts, pt.Number) {
			view.Block = append(view.Block, pt)
		} else {
			view.Needed = append(view.Needed, pt)
		}
	}
	return view, nil
}

// resolveNoticeComponents finds each component a notice names: first in
// the notice's own SBOM (annotated by the product file's [[components]]),
// then among the product's components. It returns nil entries, with a
// diagnostic each, for names it cannot find.
func resolveNoticeComponents(ctx *Context, p *content.Product, n content.Notice) ([]*Component, content.Diagnostics) {
	var diags content.Diagnostics
	idx := slices.IndexFunc(p.Notices, func(m content.Notice) bool { return m.ID == n.ID })
	path := fmt.Sprintf("notices[%d]", idx)
	var own []Component
	if n.SBOM != "" {
		doc, err := noticeSBOM(ctx, p, n.SBOM)
		if err != nil {
			diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(path + ".sbom"), Path: path + ".sbom", Message: err.Error()})
		} else {
			own = fromSBOM(doc, n.SBOM, p.Components)
		}
	}
	var product []Component
	if comps, _ := ctx.Components(p); comps != nil {
		product = comps.List
	}
	out := make([]*Component, len(n.Components))
	for j, ref := range n.Components {
		for _, list := range [][]Component{own, product} {
			if out[j] != nil {
				break
			}
			for k := range list {
				if list[k].Matches(ref.PURL, ref.Name, ref.Version) {
					c := list[k]
					out[j] = &c
					break
				}
			}
		}
		if c := out[j]; c != nil && (ref.Support != "" || !ref.EndOfSupport.IsZero()) {
			if c.Annotated {
				cp := fmt.Sprintf("%s.components[%d]", path, j)
				diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(cp), Path: cp,
					Message: fmt.Sprintf("component %s %s: its support level and end of support are recorded in [[components]]; do not repeat them in the notice", c.Name, c.Version)})
			} else {
				c.Support, c.EndOfSupport = ref.Support, ref.EndOfSupport
			}
		}
		if out[j] == nil {
			cp := fmt.Sprintf("%s.components[%d]", path, j)
			where := "the product's SBOM files or [[components]]"
			if n.SBOM != "" {
				where = n.SBOM + ", the product's SBOM files or [[components]]"
			}
			what := ref.PURL
			if what == "" {
				what = strings.TrimSpace(ref.Name + " " + ref.Version)
			}
			msg := fmt.Sprintf("unknown component %q: no component of %s matches it", what, where)
			if versions := versionsNamed(append(slices.Clone(own), product...), ref.Name); ref.PURL == "" && len(versions) > 0 {
				msg += fmt.Sprintf(" (%s exists in version %s)", ref.Name, strings.Join(versions, ", "))
			}
			diags = append(diags, content.Diagnostic{File: p.Source.File, Line: p.Source.Line(cp), Path: cp, Message: msg})
		}
	}
	return out, diags
}

func versionsNamed(list []Component, name string) []string {
	var out []string
	for _, c := range list {
		if strings.EqualFold(strings.TrimSpace(c.Name), strings.TrimSpace(name)) && !slices.Contains(out, c.Version) {
			out = append(out, c.Version)
		}
	}
	slices.Sort(out)
	return out
}

// noticeSBOM reads a notice's own SBOM file from content/<product-id>/.
// It is read once per build: the check, the notice and lifecycle.json all
// resolve the notice's components.
func noticeSBOM(ctx *Context, p *content.Product, rel string) (*sbom.Document, error) {
	type result struct {
		doc *sbom.Document
		err error
	}
	r := ctx.once("sbom:"+p.ID+":"+rel, func() any {
		file, err := assetFile(ctx.Content.Dir, p, rel)
		if err != nil {
			return result{err: err}
		}
		doc, err := sbom.ParseFile(file)
		return result{doc, err}
	}).(result)
	return r.doc, r.err
}

// checkLifecycle checks what needs the SBOM: that every component a notice
// names exists, and that every component whose support ends before the
// current version's has a notice or an assessment.
func checkLifecycle(ctx *Context, p *content.Product) content.Diagnostics {
	var diags content.Diagnostics
	named := map[int]bool{} // index into comps.List of components some notice names
	comps, _ := ctx.Components(p)
	for _, n := range p.Notices {
		resolved, d := resolveNoticeComponents(ctx, p, n)
		diags = append(diags, d...)
		if comps == nil {
			continue
		}
		for _, c := range resolved {
			if c == nil {
				continue
			}
			for k, pc := range comps.List {
				if pc.Matches(c.PURL, c.Name, c.Version) {
					named[k] = true
				}
			}
		}
	}
	cur := p.CurrentVersion(ctx.AsOf)
	if comps == nil || cur == nil || cur.EndOfSupport.IsZero() {
		return diags
	}
	for k, c := range comps.List {
		if !c.Annotated || named[k] || strings.TrimSpace(c.Notes) != "" {
			continue
		}
		var why string
		switch {
		case !c.EndOfSupport.IsZero() && c.EndOfSupport.Before(cur.EndOfSupport):
			why = fmt.Sprintf("its support ends %s, before version %s's end of support on %s", c.EndOfSupport, cur.Version, cur.EndOfSupport)
		case c.EndOfSupport.IsZero() && (c.Support == "no_longer_maintained" || c.Support == "abandoned"):
			why = fmt.Sprintf("it is %s while version %s is supported until %s", strings.ToLower(content.Label(c.Support)), cur.Version, cur.EndOfSupport)
		default:
			continue
		}
		path := "components"
		for i, tc := range p.Components {
			if c.Matches(tc.PURL, tc.Name, tc.Version) {
				path = fmt.Sprintf("components[%d]", i)
				break
			}
		}
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path,
			Message: fmt.Sprintf("component %s %s: %s, and neither a notice names it nor its notes record an assessment (IMDRF N70: assess whether the device changes lifecycle stage)", c.Name, c.Version, why)})
	}
	return diags
}

// LifecycleView is what the lifecycle page template sees as .Data.
type LifecycleView struct {
	Current    *content.Version
	Stage      string
	Versions   []VersionStatus
	Notices    []NoticeLink
	Components []Component // annotated components with a support level or end of support
	JSON       string
}

// VersionStatus is one version on the lifecycle page.
type VersionStatus struct {
	*content.Version
	Models  []string
	Stage   string
	Next    content.Milestone
	Notices []NoticeLink
}

// NoticeLink is one notice as lists show it.
type NoticeLink struct {
	ID, Title, Kind, Revision, DocumentID, Href string
	Issued, Released                            content.Date
	Versions                                    []string
}

func lifecycleData(ctx *Context, p *content.Product) (*LifecycleView, error) {
	view := &LifecycleView{Current: p.CurrentVersion(ctx.AsOf), Stage: "Development", JSON: "lifecycle.json"}
	if view.Current != nil {
		view.Stage = view.Current.Stage(ctx.AsOf)
	}
	links := map[string]NoticeLink{}
	for _, n := range sortedNotices(p) {
		l := NoticeLink{ID: n.ID, Title: n.DisplayTitle(), Kind: content.Label(n.Kind), Revision: n.Document.Revision, DocumentID: n.Document.ID,
			Href: "notices/" + n.ID + ".html", Issued: n.Issued, Released: n.Document.ReleaseDate, Versions: n.Versions}
		links[n.ID] = l
		view.Notices = append(view.Notices, l)
	}
	for i := range p.Versions {
		v := &p.Versions[i]
		vs := VersionStatus{Version: v, Models: p.ModelIDs(v), Stage: v.Stage(ctx.AsOf), Next: v.NextMilestone(ctx.AsOf)}
		for _, n := range view.Notices {
			if slices.Contains(n.Versions, v.Version) {
				vs.Notices = append(vs.Notices, links[n.ID])
			}
		}
		view.Versions = append(view.Versions, vs)
	}
	if comps, _ := ctx.Components(p); comps != nil {
		for _, c := range comps.List {
			if c.Annotated {
				view.Components = append(view.Components, c)
			}
		}
	}
	return view, nil
}

// The lifecycle.json document. Milestones are written as CycloneDX
// property-taxonomy properties (cdx:lifecycle:milestone:*), so a consumer
// that reads CycloneDX component properties reads them unchanged.
type lifecycleJSON struct {
	Format         string          `json:"format"`
	Generator      string          `json:"generator"`
	Product        jsonProduct     `json:"product"`
	AsOf           string          `json:"as_of"`
	CurrentVersion string          `json:"current_version,omitempty"`
	CurrentStage   string          `json:"current_stage"`
	LifecyclePage  string          `json:"lifecycle_page,omitempty"`
	Versions       []jsonVersion   `json:"versions"`
	Components     []jsonComponent `json:"components"`
	Notices        []jsonNotice    `json:"notices"`
}

type jsonProduct struct {
	ID           string   `json:"id"`
	Name         string   `json:"name"`
	Manufacturer string   `json:"manufacturer"`
	Models       []string `json:"models"`
}

type jsonProperty struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type jsonVersion struct {
	Version    string         `json:"version"`
	Models     []string       `json:"models"`
	Stage      string         `json:"stage"`
	Properties []jsonProperty `json:"properties"`
	Notices    []string       `json:"notices"`
}

type jsonComponent struct {
	Name       string         `json:"name"`
	Version    string         `json:"version"`
	PURL       string         `json:"purl,omitempty"`
	Support    string         `json:"support,omitempty"`
	Properties []jsonProperty `json:"properties"`
	Notices    []string       `json:"notices"`
}

type jsonNotice struct {
	ID         string   `json:"id"`
	Kind       string   `json:"kind"`
	Title      string   `json:"title"`
	DocumentID string   `json:"document_id"`
	Revision   string   `json:"revision"`
	Issued     string   `json:"issued"`
	Released   string   `json:"released"`
	Versions   []string `json:"versions"`
	Models     []string `json:"models"`
	Components []string `json:"components"`
	Document   string   `json:"document"`
}

// LifecycleJSON is the machine-readable lifecycle of a product:
// site/<product-id>/lifecycle.json.
func LifecycleJSON(ctx *Context, p *content.Product) ([]byte, error) {
	doc := lifecycleJSON{
		Format: "jspgen-lifecycle/1", Generator: "jspgen " + Version, AsOf: ctx.AsOf.String(), CurrentStage: "Development",
		Product:  jsonProduct{ID: p.ID, Name: p.Name, Manufacturer: ctx.Content.Site.Manufacturer.Name, Models: []string{}},
		Versions: []jsonVersion{}, Components: []jsonComponent{}, Notices: []jsonNotice{},
	}
	for _, m := range p.Models {
		doc.Product.Models = append(doc.Product.Models, m.ID)
	}
	if p.Documents.Lifecycle.ID != "" {
		doc.LifecyclePage = "lifecycle.html"
	}
	if cur := p.CurrentVersion(ctx.AsOf); cur != nil {
		doc.CurrentVersion, doc.CurrentStage = cur.Version, cur.Stage(ctx.AsOf)
	}
	ordered := sortedNotices(p)
	for i := range p.Versions {
		v := &p.Versions[i]
		jv := jsonVersion{Version: v.Version, Models: p.ModelIDs(v), Stage: v.Stage(ctx.AsOf), Properties: []jsonProperty{}, Notices: []string{}}
		for _, m := range v.Milestones() {
			jv.Properties = append(jv.Properties, jsonProperty{Name: content.CycloneDXProperty(m.Key), Value: m.Date.String()})
		}
		for _, n := range ordered {
			if slices.Contains(n.Versions, v.Version) {
				jv.Notices = append(jv.Notices, n.ID)
			}
		}
		doc.Versions = append(doc.Versions, jv)
	}
	resolved := map[string][]*Component{}
	for _, n := range ordered {
		resolved[n.ID], _ = resolveNoticeComponents(ctx, p, n)
	}
	if comps, _ := ctx.Components(p); comps != nil {
		for _, c := range comps.List {
			if !c.Annotated {
				continue
			}
			jc := jsonComponent{Name: c.Name, Version: c.Version, PURL: c.PURL, Support: c.Support, Properties: []jsonProperty{}, Notices: []string{}}
			if !c.EndOfSupport.IsZero() {
				jc.Properties = append(jc.Properties, jsonProperty{Name: content.CycloneDXProperty("end_of_support"), Value: c.EndOfSupport.String()})
			}
			for _, n := range ordered {
				if slices.ContainsFunc(resolved[n.ID], func(r *Component) bool { return r != nil && r.Matches(c.PURL, c.Name, c.Version) }) {
					jc.Notices = append(jc.Notices, n.ID)
				}
			}
			doc.Components = append(doc.Components, jc)
		}
	}
	for _, n := range ordered {
		jn := jsonNotice{ID: n.ID, Kind: n.Kind, Title: n.DisplayTitle(), DocumentID: n.Document.ID, Revision: n.Document.Revision,
			Issued: n.Issued.String(), Released: n.Document.ReleaseDate.String(), Versions: []string{}, Models: []string{}, Components: []string{},
			Document: "notices/" + n.ID + ".html"}
		jn.Versions = append(jn.Versions, n.Versions...)
		for _, m := range p.NoticeModels(n) {
			jn.Models = append(jn.Models, m.ID)
		}
		for _, c := range resolved[n.ID] {
			if c != nil {
				id := c.PURL
				if id == "" {
					id = c.Name + "@" + c.Version
				}
				jn.Components = append(jn.Components, id)
			}
		}
		doc.Notices = append(doc.Notices, jn)
	}
	return export.JSON(doc)
}
