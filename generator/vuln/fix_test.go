package vuln_test

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/vuln"
)

// fixEntry is an affected entry of 4.1.0 (openssl 3.0.8) with the given
// fix plan, fix version and remediation.
func fixEntry(id string, fix content.FixPlan, fixedIn, remediation string) content.Vulnerability {
	return content.Vulnerability{ID: id, Status: "affected", Risk: "controlled", Fix: fix, FixedIn: fixedIn, Remediation: remediation,
		CompensatingControls: []string{"Isolate the pump's VLAN."},
		Versions:             []string{"4.1.0"}, Components: []content.VulnerableComponent{{Name: "openssl", Version: "3.0.8"}}}
}

// TestFixValidation: fix is a statement about affected versions; a
// released fix says which one. Both ways.
func TestFixValidation(t *testing.T) {
	for _, c := range []struct {
		name string
		v    content.Vulnerability
		want string // "" for no diagnostic about fix
	}{
		{"no fix planned, a later version has it", fixEntry("CVE-2024-5535", "none_planned", "4.2.1", "Upgrade to 4.2.1."), ""},
		{"no fix planned, compensating controls only", fixEntry("CVE-2024-5535", "none_planned", "", ""), ""},
		{"released, named in the remediation", fixEntry("CVE-2024-5535", "released", "", "Install the validated patch P-17."), ""},
		{"released, nothing says which", fixEntry("CVE-2024-5535", "released", "", ""),
			"a released fix needs saying which: fixed_in (the version that has it) or remediation (the update to install)"},
		{"on a fixed version", func() content.Vulnerability {
			v := fixEntry("CVE-2024-5535", "none_planned", "4.1.0", "")
			v.Status, v.Risk, v.CompensatingControls = "fixed", "", nil
			return v
		}(), "fix says whether a fix is released for affected versions; the status here is fixed (a fixed version names the version that fixed it in fixed_in): drop fix"},
		{"on a version under investigation", func() content.Vulnerability {
			v := fixEntry("CVE-2024-5535", "none_planned", "", "Assessing.")
			v.Status = "under_investigation"
			return v
		}(), "the status here is under_investigation (state it once the versions are assessed as affected)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := load(t, "", nil, []content.Vulnerability{c.v})
			var got []string
			for _, x := range d {
				if strings.HasSuffix(x.Path, ".fix") {
					got = append(got, x.Message)
				}
			}
			switch {
			case c.want == "" && len(got) > 0:
				t.Errorf("unexpected: %v", got)
			case c.want != "" && (len(got) != 1 || !strings.Contains(got[0], c.want)):
				t.Errorf("got %v; want one containing %q", got, c.want)
			}
		})
	}
}

// TestFixExport: no fix planned for a version is said in every format that
// can say it: CycloneDX will_not_fix (with update when a later version
// has the fix, workaround_available with compensating controls), OpenVEX
// and the documents in the action's first sentence; a fix released is
// CycloneDX update. Reading the files back gives the same plan.
func TestFixExport(t *testing.T) {
	s, d := loadSet(t, "", nil, []content.Vulnerability{
		fixEntry("CVE-2024-5535", "none_planned", "4.2.1", "Upgrade to 4.2.1; no 4.1.x release carries the fix."),
		fixEntry("CVE-2024-4741", "released", "", "Install the validated patch P-17."),
		fixEntry("CVE-2024-4603", "", "", "A fix is planned in 4.1.1."),
	})
	if err := d.Err(); err != nil {
		t.Fatal(err)
	}
	entry := func(id string) *vuln.Vulnerability {
		for _, v := range s.For("4.1.0") {
			if v.ID == id {
				return v
			}
		}
		t.Fatalf("no %s in 4.1.0", id)
		return nil
	}
	if got, want := entry("CVE-2024-5535").Action(), "No fix is planned for version 4.1.0. Upgrade to 4.2.1; no 4.1.x release carries the fix. Until version 4.2.1, which fixes it, is installed: Isolate the pump's VLAN."; got != want {
		t.Errorf("action %q; want %q", got, want)
	}
	if got := entry("CVE-2024-4741").Action(); strings.Contains(got, "No fix is planned") {
		t.Errorf("a released fix's action says none is planned: %q", got)
	}
	_, p := exampleProduct(t)
	pub := vuln.Publisher{Name: "Meridian Infusion Systems, Inc.", Tool: "jspgen test"}
	b, err := s.CycloneDX(p, "4.1.0", pub)
	if err != nil {
		t.Fatal(err)
	}
	var bom struct {
		Vulnerabilities []struct {
			ID       string `json:"id"`
			Analysis struct {
				Response []string `json:"response"`
			} `json:"analysis"`
		} `json:"vulnerabilities"`
	}
	if err := json.Unmarshal(b, &bom); err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"CVE-2024-5535": {"will_not_fix", "update", "workaround_available"},
		"CVE-2024-4741": {"update", "workaround_available"},
		"CVE-2024-4603": {"workaround_available"},
	}
	for _, v := range bom.Vulnerabilities {
		if w, ok := want[v.ID]; ok && !slices.Equal(v.Analysis.Response, w) {
			t.Errorf("CycloneDX %s response %v; want %v", v.ID, v.Analysis.Response, w)
		}
	}
	ov, err := s.OpenVEX(p, "4.1.0", "urn:test", pub)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(ov), `"action_statement": "No fix is planned for version 4.1.0. Upgrade to 4.2.1`) {
		t.Errorf("OpenVEX does not say no fix is planned:\n%s", ov)
	}
	_, stmts, err := vuln.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range stmts {
		wantFix := map[string]content.FixPlan{"CVE-2024-5535": "none_planned", "CVE-2024-4741": "released", "CVE-2024-4603": ""}
		if w, ok := wantFix[st.ID]; ok && st.Fix != w {
			t.Errorf("CycloneDX read back %s: fix %q; want %q", st.ID, st.Fix, w)
		}
	}
}

// TestFixActionUntil: the compensating controls of an affected version
// hold "until" only a fix that can come. They said "Until then:" after
// any remediation naming a fix version, also when no fix is planned for
// the version and the one with the fix is itself past its end of support
// (the PumpDock's 3.1.0, fixed in 3.4.2, both unsupported): a time that
// will not come. Now: no fix version, or one past its end of support on
// the statement's date, gives "Compensating controls:" (the latter says
// so); a supported fix version names it ("Until version 4.2.1, which
// fixes it, is installed:"); a planned one says it is to be released.
func TestFixActionUntil(t *testing.T) {
	const ctl = "Isolate the pump's VLAN."
	d := content.NewDate
	endOf421 := func(p *content.Product) {
		for i := range p.Versions {
			if p.Versions[i].Version == "4.2.1" {
				p.Versions[i].EndOfSupport = d(2026, 1, 31)
			}
		}
	}
	for _, c := range []struct {
		name    string
		v       content.Vulnerability
		change  func(*content.Product)
		on      content.Date // KnownBy date; zero: the as-of date
		want    string
		wantNot string
	}{
		{name: "no fix anywhere", v: fixEntry("CVE-2024-5535", "none_planned", "", "No fix will be released."),
			want: "No fix is planned for version 4.1.0. No fix will be released. Compensating controls: " + ctl, wantNot: "Until"},
		{name: "no fix planned, a supported later version has it", v: fixEntry("CVE-2024-5535", "none_planned", "4.2.1", "Upgrade to 4.2.1."),
			want: "No fix is planned for version 4.1.0. Upgrade to 4.2.1. Until version 4.2.1, which fixes it, is installed: " + ctl},
		{name: "no remediation text, a supported later version has it", v: fixEntry("CVE-2024-5535", "none_planned", "4.2.1", ""),
			want: "No fix is planned for version 4.1.0. Until version 4.2.1, which fixes it, is installed: " + ctl},
		{name: "no fix planned, the later version with it is unsupported", v: fixEntry("CVE-2024-5535", "none_planned", "4.2.1", "Version 4.2.1 fixes it."), change: endOf421,
			want: "No fix is planned for version 4.1.0. Version 4.2.1 fixes it. Version 4.2.1, which has the fix, is past its end of support (2026-01-31). Compensating controls: " + ctl, wantNot: "Until"},
		{name: "a document from before that end of support", v: fixEntry("CVE-2024-5535", "none_planned", "4.2.1", "Upgrade to 4.2.1."), change: endOf421, on: d(2025, 12, 1),
			want: "No fix is planned for version 4.1.0. Upgrade to 4.2.1. Until version 4.2.1, which fixes it, is installed: " + ctl},
		{name: "the fix version not released on the document's date", v: fixEntry("CVE-2024-5535", "", "4.2.1", "A fix is planned in 4.2.1."), on: d(2025, 1, 15),
			want: "A fix is planned in 4.2.1. Until version 4.2.1, which is to fix it, is released and installed: " + ctl},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, diags := loadSetWith(t, "", nil, []content.Vulnerability{c.v}, c.change)
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			if !c.on.IsZero() {
				s = s.KnownBy(c.on)
			}
			var got string
			for _, v := range s.For("4.1.0") {
				if v.ID == c.v.ID {
					got = v.Action()
				}
			}
			if got != c.want {
				t.Errorf("action %q; want %q", got, c.want)
			}
			if c.wantNot != "" && strings.Contains(got, c.wantNot) {
				t.Errorf("action says %q: %q", c.wantNot, got)
			}
		})
	}
}

// TestFixImported: a CSAF VEX's no_fix_planned and a CycloneDX VEX's
// will_not_fix say no fix is planned for the version; vendor_fix and
// update that one is released.
func TestFixImported(t *testing.T) {
	const ssl = "pkg:github/openssl/openssl@openssl-3.0.16"
	csafDoc := func(category string) []byte {
		return fmt.Appendf(nil, `{"document":{"category":"csaf_vex","csaf_version":"2.0"},
"product_tree":{"full_product_names":[{"product_id":"P","name":"pump","product_identification_helper":{"purl":%q}},{"product_id":"C","name":"c","product_identification_helper":{"purl":%q}}],
"relationships":[{"category":"default_component_of","product_reference":"C","relates_to_product_reference":"P","full_product_name":{"product_id":"C-P","name":"c in pump"}}]},
"vulnerabilities":[{"cve":"CVE-2024-9999","product_status":{"known_affected":["C-P"]},"remediations":[{"category":%q,"details":"No fix for 4.2.1.","product_ids":["C-P"]}]}]}`, pumpPURL+"4.2.1", ssl, category)
	}
	cdxDoc := func(response string) []byte {
		return fmt.Appendf(nil, `{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
"metadata":{"component":{"type":"firmware","bom-ref":"p","name":"pump","version":"4.2.1","purl":%q}},
"components":[{"type":"library","bom-ref":"c","name":"c","purl":%q}],
"vulnerabilities":[{"id":"CVE-2024-9999","analysis":{"state":"exploitable","response":[%q]},"recommendation":"No fix for 4.2.1.","affects":[{"ref":"c"}]}]}`, pumpPURL+"4.2.1", ssl, response)
	}
	for _, c := range []struct {
		name, file string
		data       []byte
		want       content.FixPlan
	}{
		{"CSAF no_fix_planned", "x.csaf.json", csafDoc("no_fix_planned"), "none_planned"},
		{"CSAF vendor_fix", "x.csaf.json", csafDoc("vendor_fix"), "released"},
		{"CSAF none_available", "x.csaf.json", csafDoc("none_available"), ""},
		{"CycloneDX will_not_fix", "x.cdx.json", cdxDoc("will_not_fix"), "none_planned"},
		{"CycloneDX can_not_fix", "x.cdx.json", cdxDoc("can_not_fix"), "none_planned"},
		{"CycloneDX update", "x.cdx.json", cdxDoc("update"), "released"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, d := loadSet(t, c.file, c.data, nil)
			if err := d.Err(); err != nil {
				t.Fatal(err)
			}
			for _, v := range s.For("4.2.1") {
				if v.ID == "CVE-2024-9999" {
					if v.Fix != c.want {
						t.Errorf("fix %q; want %q", v.Fix, c.want)
					}
					return
				}
			}
			t.Fatal("CVE-2024-9999 not imported")
		})
	}
}

// TestFixKnownBy: a document released before a fix is out does not say it
// is released; one released before the version was assessed affected
// states no fix plan; no fix planned stays when only a later version's fix
// comes after the date.
func TestFixKnownBy(t *testing.T) {
	d := content.NewDate
	for _, c := range []struct {
		name string
		v    vuln.Vulnerability
		want content.FixPlan
	}{
		{"released before", vuln.Vulnerability{Status: "affected", Fix: "released", Remediation: "Patch.", Fixed: d(2025, 5, 1)}, "released"},
		{"released after", vuln.Vulnerability{Status: "affected", Fix: "released", Remediation: "Patch.", Fixed: d(2025, 7, 1)}, ""},
		{"none planned, the later version's fix after", vuln.Vulnerability{Status: "affected", Fix: "none_planned", FixedIn: "4.2.1", Fixed: d(2025, 7, 1)}, "none_planned"},
		{"assessed after", vuln.Vulnerability{Status: "affected", Fix: "none_planned", Assessed: d(2025, 7, 1)}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			v := c.v
			v.Version = "4.1.0"
			got := (&vuln.Set{List: []*vuln.Vulnerability{&v}}).KnownBy(d(2025, 6, 1)).List[0]
			if got.Fix != c.want {
				t.Errorf("fix %q; want %q", got.Fix, c.want)
			}
		})
	}
}

// TestVEXFixVersionNotToInstall: the CycloneDX response "update" offers
// a release to update to. It was given for an affected version with no
// fix planned whenever fixed_in named a later version: also when that
// version was past its end of support on the file's date (the PumpDock's
// 3.1.0, fixed in 3.4.2, both unsupported, where the OpenVEX beside it
// says 3.4.2 is past its end of support), and when it was not yet
// generally available. Neither is an update to make. And the files were
// dated by the vulnerabilities' own dates only, before the day what they
// state became so: a file of 2025-06-01 said the fix's version was past
// an end of support of 2026-01-31, or offered as released a version
// that came out on 2025-12-01. They are dated from that day now.
func TestVEXFixVersionNotToInstall(t *testing.T) {
	d := content.NewDate
	setVersion := func(f func(v *content.Version)) func(p *content.Product) {
		return func(p *content.Product) {
			for i := range p.Versions {
				if p.Versions[i].Version == "4.2.1" {
					f(&p.Versions[i])
				}
			}
		}
	}
	entry := func(fix content.FixPlan) content.Vulnerability {
		v := fixEntry("CVE-2024-5535", fix, "4.2.1", "Version 4.2.1 fixes it.")
		v.Discovered, v.Disclosed = d(2025, 6, 1), d(2025, 6, 1)
		return v
	}
	for _, c := range []struct {
		name       string
		v          content.Vulnerability
		change     func(*content.Product)
		on         content.Date // KnownBy date; zero: the as-of date
		wantUpdate bool
		wantDate   string // "" for no check
	}{
		{"no fix planned, the later version with it supported", entry("none_planned"), nil, content.Date{}, true, "2025-06-01"},
		{"no fix planned, the later version with it past its end of support", entry("none_planned"),
			setVersion(func(v *content.Version) { v.EndOfSupport = d(2026, 1, 31) }), content.Date{}, false, "2026-01-31"},
		{"no fix planned, the later version with it not yet released", func() content.Vulnerability {
			v := entry("none_planned")
			v.Discovered, v.Disclosed = d(2025, 1, 10), d(2025, 1, 10)
			return v
		}(), nil, d(2025, 3, 1), false, ""},
		{"the fix's version released after the vulnerability was known", entry(""),
			setVersion(func(v *content.Version) { v.GeneralAvailability = d(2025, 12, 1) }), content.Date{}, true, "2025-12-01"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s, diags := loadSetWith(t, "", nil, []content.Vulnerability{c.v}, c.change)
			if err := diags.Err(); err != nil {
				t.Fatal(err)
			}
			if !c.on.IsZero() {
				s = s.KnownBy(c.on)
			}
			_, p := exampleProduct(t)
			if c.change != nil {
				c.change(p)
			}
			pub := vuln.Publisher{Name: "Meridian Infusion Systems, Inc.", Tool: "jspgen test"}
			b, err := s.CycloneDX(p, "4.1.0", pub)
			if err != nil {
				t.Fatal(err)
			}
			var bom struct {
				Metadata struct {
					Timestamp string `json:"timestamp"`
				} `json:"metadata"`
				Vulnerabilities []struct {
					ID       string `json:"id"`
					Analysis struct {
						Response []string `json:"response"`
					} `json:"analysis"`
				} `json:"vulnerabilities"`
			}
			if err := json.Unmarshal(b, &bom); err != nil {
				t.Fatal(err)
			}
			for _, v := range bom.Vulnerabilities {
				if v.ID == "CVE-2024-5535" && slices.Contains(v.Analysis.Response, "update") != c.wantUpdate {
					t.Errorf("CycloneDX response %v; want update: %v", v.Analysis.Response, c.wantUpdate)
				}
			}
			if got := strings.TrimSuffix(bom.Metadata.Timestamp, "T00:00:00Z"); c.wantDate != "" && got != c.wantDate {
				t.Errorf("CycloneDX timestamp %s; want %s", bom.Metadata.Timestamp, c.wantDate)
			}
			ov, err := s.OpenVEX(p, "4.1.0", "urn:test", pub)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Timestamp string `json:"timestamp"`
			}
			if err := json.Unmarshal(ov, &doc); err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSuffix(doc.Timestamp, "T00:00:00Z"); c.wantDate != "" && got != c.wantDate {
				t.Errorf("OpenVEX timestamp %s; want %s", doc.Timestamp, c.wantDate)
			}
		})
	}
}
