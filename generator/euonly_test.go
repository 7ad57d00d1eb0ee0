package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/euonly is an infusion system CE-marked under the MDR and sold
// only in the EU, the UK and Switzerland (markets = ["eu", "uk", "ch"]);
// its product file's header says what it holds.

// euonlyDocs are the documents the fixture builds, and its CSAF VEX file.
var euonlyDocs = []string{"infuvia/security-plan.md", "infuvia/csd.md", "infuvia/mds2.md", "infuvia/lifecycle.md",
	"infuvia/risk-report.md", ".well-known/csaf/white/2025/infuvia-3_0-vex.json"}

// TestEUOnlyCitesNoUSLaw: every document listed FDA's premarket guidance
// and section 524B as followed, the plan declared the system "not a
// cyber device under section 524B" (a determination US law makes of
// devices submitted to the FDA, which this one never is) and check
// demanded that determination; the plan traced its sections to 524B and
// FDA guidance, grouped its controls "by FDA category", and the CSAF VEX
// called a controlled risk controlled "(FDA postmarket guidance)".
func TestEUOnlyCitesNoUSLaw(t *testing.T) {
	read := buildFixture(t, "euonly")
	for _, rel := range euonlyDocs {
		kindtest.SaysNoneBecause(t, rel, read(rel), "the product is not marketed in the United States",
			"FDA guidance:", "Federal Food, Drug, and Cosmetic Act", "(FDA postmarket guidance)", "FDA's postmarket",
			"is not a cyber device", "is a cyber device", "FDA labeling item", "FDA category", "524B(")
	}
	plan := read("infuvia/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"### 1.6 Cyber device determination\n\n**Not applicable.** The product data state that the Rhenfluss Infuvia infusion system is marketed in the European Union, the United Kingdom and Switzerland, not in the United States.",
		"this plan makes no determination under it.",
		"## 7. Security controls by category\n",
		"grouped by control category.",
		"## 12. Regulatory traceability\n\nThe Rhenfluss Infuvia infusion system is not marketed in the United States (see [1.6 Cyber device determination](#1-6-cyber-device-determination)), so this plan traces no requirement of section 524B of the FD&C Act or of FDA guidance.",
		" Beyond them, no requirement specific to the markets it is sold in (the European Union, the United Kingdom and Switzerland) is traced in this revision.\n")
	kindtest.SaysAll(t, "csaf", read(euonlyDocs[5]), "Residual risk to essential clinical performance: controlled.")
	kindtest.SaysNoneBecause(t, "index.html", read("infuvia/index.html"), "no eSTAR is built", "eSTAR", "estar.html")
}

// TestEUOnlyMarketsWithUS: the same product with us among its markets
// and a 524B determination reads as before: FDA guidance followed, the
// determination made, the CSAF citing FDA's postmarket guidance.
func TestEUOnlyMarketsWithUS(t *testing.T) {
	files, _ := buildFixtureEdited(t, "euonly", "infuvia.toml", func(s string) string {
		s = strings.Replace(s, `markets = ["eu", "uk", "ch"]`, `markets = ["eu", "uk", "ch", "us"]`, 1)
		return s + "\n[cyber_device]\napplies = true\nrationale = \"It contains software and connects to networks.\"\n"
	})
	plan := files["infuvia/security-plan.md"]
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| FDA guidance: Cybersecurity in Medical Devices",
		"**Determination: the Rhenfluss Infuvia infusion system is a cyber device** under section 524B of the FD&C Act",
		"## 7. Security controls by FDA category\n",
		"| FD&C Act 524B(b)(1) |")
	kindtest.SaysNone(t, "security-plan.md", plan, "**Not applicable.**", "is not marketed in the United States")
	kindtest.SaysAll(t, "csaf", files[euonlyDocs[5]], "controlled (FDA postmarket guidance).")
	kindtest.SaysAll(t, "csd.md", files["infuvia/csd.md"], "| Yes | Yes | PHI, Configuration, Software, Logs |")
	kindtest.SaysNone(t, "csd.md", files["infuvia/csd.md"], "Health data")
}

// TestEUOnlyNoPHI: the CSD and the plan labelled the data the pump's
// Wi-Fi carries "PHI", the term of a United States law the product's
// customers are not under; they now say "Health data". The MDS2 form keeps
// its questions' own wording, "PHI" among it.
func TestEUOnlyNoPHI(t *testing.T) {
	read := buildFixture(t, "euonly")
	for _, rel := range []string{"infuvia/csd.md", "infuvia/security-plan.md"} {
		doc := read(rel)
		kindtest.SaysAll(t, rel, doc, "| Infuvia volumetric pump (on the device) | Wi-Fi | Drug libraries and updates from the drug-library server; infusion status and records to it. | Yes | Yes | Health data, Configuration, Software, Logs |")
		kindtest.SaysNoneBecause(t, rel, doc, "the product is not marketed in the United States", "PHI", "HIPAA")
	}
	kindtest.SaysAll(t, "mds2.md", read("infuvia/mds2.md"), "PHI")
}

// TestEUOnlyCheck: check asks no 524B determination of the product as
// shipped, and reports a determination that it is a cyber device, or an
// eSTAR to build, as contradicting markets without us.
func TestEUOnlyCheck(t *testing.T) {
	dir := filepath.Join("testdata", "euonly")
	res, err := Check(Options{SiteFile: filepath.Join(dir, "jspgen.toml"), ContentDir: filepath.Join(dir, "content"), TemplatesDir: "../templates-none", OutDir: filepath.Join(t.TempDir(), "site")})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range res.Warnings {
		if w.Path == "cyber_device.applies" || strings.Contains(w.Message, "FDA") {
			t.Errorf("check cites FDA law or guidance to a product not marketed in the United States: %s: %s", w.Path, w.Message)
		}
	}
	for _, tc := range []struct{ add, path, want string }{
		{"\n[cyber_device]\napplies = true\nrationale = \"Software and Wi-Fi.\"\n", "cyber_device.applies", "true, but markets (eu, uk, ch) leaves out us"},
		{"\n[documents.estar]\nid = \"E\"\nrevision = \"A\"\nrelease_date = 2026-10-01\n", "documents.build", "lists estar, but markets (eu, uk, ch) leaves out us"},
	} {
		site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "infuvia.toml", func(s string) string {
			s = strings.Replace(s, `"lifecycle", "risk_report"]`, `"lifecycle", "risk_report", "estar"]`, 1)
			if tc.path == "cyber_device.applies" {
				s = strings.Replace(s, `"lifecycle", "risk_report", "estar"]`, `"lifecycle", "risk_report"]`, 1)
			}
			return s + tc.add
		})
		wantCheckError(t, site, content, tc.path, tc.want)
	}
}
