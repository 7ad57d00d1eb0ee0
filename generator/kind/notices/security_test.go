package notices

import (
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestSecurityNoticeView: the example's security notice shows what the
// vulnerability's entries say: the affected and fixed versions, the
// models that run an affected version, each remediation and compensating
// control once (from the affected versions only), and a status row per
// version; it is rendered with the security template.
func TestSecurityNoticeView(t *testing.T) {
	c, _ := kindtest.Load(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	p, _ := kindtest.Product(t, c, kindtest.Example)
	out, diags := kindtest.Prepare(t, Kind, kindtest.Env(c, exampleAsOf), p)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(out.Documents, func(d kind.Document) bool { return d.Path == "notices/sa-2024-02" })
	if i < 0 {
		t.Fatal("no document notices/sa-2024-02")
	}
	doc := out.Documents[i]
	v, ok := doc.Data.(*SecurityView)
	if doc.Template != SecurityTemplate || !ok {
		t.Fatalf("template %s, data %T; want %s and *SecurityView", doc.Template, doc.Data, SecurityTemplate)
	}
	var affected, fixed, models, rows []string
	for _, x := range v.Affected {
		affected = append(affected, x.Version)
	}
	for _, x := range v.Fixed {
		fixed = append(fixed, x.Version)
	}
	for _, m := range v.Models {
		models = append(models, m.ID)
	}
	for _, r := range v.Rows {
		rows = append(rows, r.Version+" "+string(r.Status))
	}
	if !slices.Equal(affected, []string{"3.8.2", "4.1.0"}) || !slices.Equal(fixed, []string{"4.2.1"}) {
		t.Errorf("affected %v, fixed %v", affected, fixed)
	}
	if !slices.Equal(models, []string{"LVP-7", "LVP-7D"}) {
		t.Errorf("models %v; want those running 3.8.2 or 4.1.0", models)
	}
	if !slices.Equal(rows, []string{"3.8.2 affected", "4.1.0 affected", "4.2.1 fixed"}) {
		t.Errorf("rows %v", rows)
	}
	// The 4.2.1 entry's remediation ("Linux 6.6.52 includes the upstream
	// fix") is about the fixed version, not advice to the affected ones,
	// which get no fix of their own (fix = "none_planned"), said once.
	if len(v.Remediations) != 2 || v.Remediations[0] != "No fix is planned for versions 3.8.2 and 4.1.0." || !strings.HasPrefix(v.Remediations[1], "Upgrade to 4.2.1") || len(v.Compensating) != 3 {
		t.Errorf("remediations %q, compensating controls %q; want no fix for 3.8.2 and 4.1.0, the one upgrade and the three controls, each once", v.Remediations, v.Compensating)
	}
	md := kindtest.Render(t, kindtest.Env(c, exampleAsOf), p, doc)
	kindtest.SaysAll(t, "the notice", md,
		"| 3.8.2 | CVE-2024-1086 | linux-imx 4.19.35 | Affected | Uncontrolled | No fix planned for 3.8.2; fixed in 4.2.1 |",
		"| 4.2.1 | CVE-2024-1086 | linux-imx 6.6.52 | Fixed | Does not apply | 4.2.1 |",
	)
	if v.CSAF != "../../.well-known/csaf/white/2024/mis-sa-2024-02.json" {
		t.Errorf("CSAF twin link %q", v.CSAF)
	}
}

// TestSecurityNoticeCitesThePostmarketGuidanceInForce: the example's
// advisory defines controlled and uncontrolled by FDA's postmarket
// guidance, naming the edition; the same advisory dated before that
// guidance defines them without citing it.
func TestSecurityNoticeCitesThePostmarketGuidanceInForce(t *testing.T) {
	md := renderNotice(t, "sa-2024-02", func(*content.Product) {})
	kindtest.SaysAll(t, "advisory of 2025", md,
		"Controlled and uncontrolled are meant as in FDA's postmarket cybersecurity guidance (28 December 2016): a risk is controlled when")
	md = renderNotice(t, "sa-2024-02", func(p *content.Product) {
		for i := range p.Notices {
			if p.Notices[i].ID == "sa-2024-02" {
				d := &p.Notices[i].Document
				d.ReleaseDate, d.History = content.NewDate(2015, 6, 1), nil
			}
		}
	})
	kindtest.SaysAll(t, "advisory of 2015", md, "A risk is controlled when the residual risk of patient harm")
	if strings.Contains(md, "postmarket cybersecurity guidance") {
		t.Error("an advisory of 1 June 2015 cites FDA's postmarket guidance of 28 December 2016")
	}
}

// TestSecurityNoticeStagesLeaveOutUnnamedDevelopmentVersions: an advisory
// gives the stages of the versions released by its date; a version still
// in development then is listed only where the advisory names it. So
// announcing 4.3.0 in the product file does not change what the advisory
// of May 2025 said, and its first issue, of June 2024, still gives 4.2.1,
// which it names, as in development.
func TestSecurityNoticeStagesLeaveOutUnnamedDevelopmentVersions(t *testing.T) {
	site, dir := kindtest.CopyRepo(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", kindtest.Example+".toml", func(s string) string {
		return s + "\n[[versions]]\nversion = \"4.3.0\"\ngeneral_availability = 2026-09-14\n"
	})
	c, diags := kindtest.Load(t, site, dir)
	if err := diags.Err(); err != nil {
		t.Fatal(err)
	}
	render := func(released content.Date) string {
		p, _ := kindtest.Product(t, c, kindtest.Example)
		for i := range p.Notices {
			if p.Notices[i].ID == "sa-2024-02" && !released.IsZero() {
				d := &p.Notices[i].Document
				d.ReleaseDate, d.History = released, nil
			}
		}
		env := kindtest.Env(c, exampleAsOf)
		prep, _ := kindtest.Prepare(t, Kind, env, p)
		for _, d := range prep.Documents {
			if d.Path == "notices/sa-2024-02" {
				return kindtest.Render(t, env, p, d)
			}
		}
		t.Fatal("no notice sa-2024-02")
		return ""
	}
	md := render(content.Date{})
	kindtest.SaysAll(t, "advisory of May 2025", md,
		"Stages on 12 May 2025: version 3.8.2, Limited Support; version 4.1.0, Support; version 4.2.1, Support.")
	kindtest.SaysNoneBecause(t, "advisory of May 2025", md, "a version announced later and named by none of its vulnerabilities", "4.3.0")
	md = render(content.NewDate(2024, 6, 6))
	kindtest.SaysAll(t, "advisory of June 2024", md,
		"Stages on 6 June 2024: version 3.8.2, Limited Support; version 4.1.0, Support; version 4.2.1, Development.")
	kindtest.SaysNoneBecause(t, "advisory of June 2024", md, "a version announced later and named by none of its vulnerabilities", "4.3.0")
}
