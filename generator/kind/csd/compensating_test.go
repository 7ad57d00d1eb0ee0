package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/vuln"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestVulnerabilityControls: section 5.5 gives compensating controls
// when a vulnerability affected or under investigation in the version
// states some; a fixed or not-affected entry's controls are not printed.
func TestVulnerabilityControls(t *testing.T) {
	ctl := []string{"Isolate the network."}
	for _, tc := range []struct {
		name string
		vs   []*vuln.Vulnerability
		want bool
	}{
		{"none", nil, false},
		{"affected with controls", []*vuln.Vulnerability{{Status: "affected", CompensatingControls: ctl}}, true},
		{"under investigation with controls", []*vuln.Vulnerability{{Status: "under_investigation", CompensatingControls: ctl}}, true},
		{"affected without", []*vuln.Vulnerability{{Status: "affected"}}, false},
		{"fixed with controls", []*vuln.Vulnerability{{Status: "fixed", CompensatingControls: ctl}}, false},
		{"not affected with controls", []*vuln.Vulnerability{{Status: "not_affected", CompensatingControls: ctl}}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := (&CSDData{Vulnerabilities: tc.vs}).VulnerabilityControls(); got != tc.want {
				t.Errorf("VulnerabilityControls = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestCSDSection1PointsToCompensatingControls: with no
// [[recommended_controls]], section 1 says general controls are not
// stated and points to section 5.5 and to the notices (only when they
// are built) that give compensating controls, instead of reading as if
// the document stated none; with none anywhere, the plain sentence.
func TestCSDSection1PointsToCompensatingControls(t *testing.T) {
	const plain = "Which security controls are recommended for the use environment is not stated."
	const general = "General security controls for the use environment are not stated. Compensating controls are given"
	const in55 = " for known vulnerabilities in [5.5 Known vulnerabilities and their status](#5-5-known-vulnerabilities-and-their-status)"
	section1 := func(md string) string {
		_, after, _ := strings.Cut(md, "## 1. ")
		before, _, _ := strings.Cut(after, "## 2. ")
		return before
	}
	c, _ := kindtest.Load(t, "../../testdata/transferred/jspgen.toml", "../../testdata/transferred/content")
	p, _ := kindtest.Product(t, c, "orvia-pm")
	if len(p.RecommendedControls) > 0 {
		t.Fatal("the transferred fixture states recommended controls: the test needs a product without")
	}
	env := kindtest.Env(c, p.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, p)
	var old kind.Document // the CSD of 5.2.0: vulnerabilities with controls, and two notices with their own
	for _, d := range prep.Documents {
		if d.About == "5.2.0" {
			old = d
		}
	}
	if old.Data == nil {
		t.Fatal("no CSD of version 5.2.0")
	}
	built := kindtest.Built(p)
	t.Run("5.5 and the notices", func(t *testing.T) {
		got := section1(kindtest.RenderBuilt(t, env, p, old, built))
		kindtest.SaysAll(t, "section 1", got, general+in55+" and by the notices [End-of-Life Notice: software 5.2.0, 5.4.0](../notices/eol-5.html) and [End-of-Support Notice: software 5.2.0, 5.4.0](../notices/eos-5.html).")
		kindtest.SaysNone(t, "section 1", got, plain)
	})
	t.Run("notices not built", func(t *testing.T) {
		b := built
		b.Notices = false
		got := section1(kindtest.RenderBuilt(t, env, p, old, b))
		kindtest.SaysAll(t, "section 1", got, general+in55+".")
		kindtest.SaysNone(t, "section 1", got, "notices/", plain)
	})
	t.Run("a notice only", func(t *testing.T) {
		got := section1(kindtest.RenderBuilt(t, env, p, prep.Documents[0], built))
		kindtest.SaysAll(t, "section 1", got, general+" by the notice [End-of-Support Notice: software 6.0.0](notices/eos-6.html).")
		kindtest.SaysNone(t, "section 1", got, "5.5 Known", plain)
	})
	t.Run("nothing of the kind", func(t *testing.T) {
		b := built
		b.Notices = false
		b.MDS2 = false // the fixture's form answers SGUD-4 Yes, which section 1 cites (TestCSDSection1CitesTheFormsSGUD4)
		got := section1(kindtest.RenderBuilt(t, env, p, prep.Documents[0], b))
		kindtest.SaysAll(t, "section 1", got, plain)
		kindtest.SaysNone(t, "section 1", got, "Compensating controls")
	})
}
