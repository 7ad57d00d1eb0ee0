package content

import (
	"strings"
	"testing"
)

// TestNotForUS: only markets written without us leave the United States
// out; unwritten markets are not stated and keep the documents' FDA
// wording.
func TestNotForUS(t *testing.T) {
	for _, tc := range []struct {
		markets []string
		want    bool
		names   string
	}{
		{nil, false, ""},
		{[]string{"us"}, false, "the United States"},
		{[]string{"eu", "us"}, false, "the European Union and the United States"},
		{[]string{"eu", "uk", "ch"}, true, "the European Union, the United Kingdom and Switzerland"},
		{[]string{"other"}, true, "other markets"},
	} {
		p := &Product{Markets: tc.markets}
		if got := p.NotForUS(); got != tc.want {
			t.Errorf("markets %v: NotForUS() = %v, want %v", tc.markets, got, tc.want)
		}
		if got := p.FDAAsksNothing(); got != tc.want {
			t.Errorf("markets %v: FDAAsksNothing() = %v, want %v", tc.markets, got, tc.want)
		}
		if got := p.MarketNames(); got != tc.names {
			t.Errorf("markets %v: MarketNames() = %q, want %q", tc.markets, got, tc.names)
		}
	}
}

// TestCyberDeviceRequiredOnlyForUS: the plan needs a 524B determination
// unless markets leaves out the United States.
func TestCyberDeviceRequiredOnlyForUS(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n[documents]\nbuild = [\"security_plan\"]\n"
	for _, tc := range []struct {
		markets string
		want    bool
	}{
		{"", true},
		{"markets = [\"eu\", \"us\"]\n", true},
		{"markets = [\"eu\", \"uk\", \"ch\"]\n", false},
	} {
		_, diags, _ := DecodeTOML("p.toml", []byte(tc.markets+head), &Product{})
		got := false
		for _, d := range diags {
			if d.Path == "cyber_device" && strings.Contains(d.Message, "missing required key") {
				got = true
			}
		}
		if got != tc.want {
			t.Errorf("%q: cyber_device required = %v, want %v (%v)", tc.markets, got, tc.want, diags)
		}
	}
}

// TestAuthorityAudience: a report to a regulator other than the FDA (a
// competent authority under the MDR) had no audience to record it by;
// authority is one, printed as a regulatory authority.
func TestAuthorityAudience(t *testing.T) {
	const src = "schema_version = 2\nid = \"p\"\n[[vulnerabilities]]\nid = \"CVE-2026-1\"\n" +
		"communications = [{ date = 2026-08-20, audience = \"authority\", summary = \"Reported to BfArM.\" }]\n"
	p := &Product{}
	_, diags, _ := DecodeTOML("p.toml", []byte(src), p)
	for _, d := range diags {
		if strings.Contains(d.Path, "audience") {
			t.Errorf("audience authority rejected: %s", d.Message)
		}
	}
	if len(p.Vulns) != 1 || len(p.Vulns[0].Communications) != 1 {
		t.Fatalf("communications not decoded: %+v", p.Vulns)
	}
	if got := p.Vulns[0].Communications[0].AudienceLabel(); got != "Regulatory authority" {
		t.Errorf("AudienceLabel() = %q, want %q", got, "Regulatory authority")
	}
}

// TestDataLabelPHIOnlyForUS: "PHI" is a term of United States law; a
// product the data say is not sold there names the kind "Health data".
// Markets not stated keep "PHI", and other kinds keep their labels.
func TestDataLabelPHIOnlyForUS(t *testing.T) {
	for _, tc := range []struct {
		markets []string
		want    string
	}{
		{nil, "PHI, PII, Logs"},
		{[]string{"us"}, "PHI, PII, Logs"},
		{[]string{"eu", "us"}, "PHI, PII, Logs"},
		{[]string{"eu", "uk", "ch"}, "Health data, PII, Logs"},
		{[]string{"other"}, "Health data, PII, Logs"},
	} {
		p := &Product{Markets: tc.markets}
		if got := strings.Join(p.DataLabels(DataKinds{"phi", "pii", "logs"}), ", "); got != tc.want {
			t.Errorf("markets %v: DataLabels = %q, want %q", tc.markets, got, tc.want)
		}
	}
}
