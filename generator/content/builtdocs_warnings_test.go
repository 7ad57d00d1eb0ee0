package content

import (
	"strings"
	"testing"
)

// TestReachFlowWarnedOnlyWhereAThreatModelIsBuilt: the warning that no
// threat reaches a flow at its sender asks for a threat, which only the
// security plan and the risk report print; an MDS2-only product
// (documents.build = ["mds2"]) is not asked for one.
func TestReachFlowWarnedOnlyWhereAThreatModelIsBuilt(t *testing.T) {
	noThreat := rep(`path = ["server", "F-1"]`, `path = ["pump"]`)(threatPathSrc)
	tests := []struct {
		name, build string
		warned      bool
	}{
		{"every document (build not written)", "", true},
		{"security plan", `["security_plan"]`, true},
		{"risk report with its document control", `["risk_report"]` + "\n[documents.risk_report]\nid = \"RR-1\"", true},
		{"MDS2 form only", `["mds2"]`, false},
		{"CSD and lifecycle page", `["csd", "lifecycle"]`, false},
		{"risk report without its document control (not built)", `["risk_report"]`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := noThreat
			if tc.build != "" {
				src += "[documents]\nbuild = " + tc.build + "\n"
			}
			got := pathDiags(src)
			warned := false
			for _, d := range got {
				if strings.Contains(d, "no threat's path reaches it") {
					warned = true
				}
			}
			if warned != tc.warned {
				t.Errorf("warned = %v, want %v; diagnostics: %q", warned, tc.warned, got)
			}
		})
	}
}

// TestOutboundEndpointWarnedOnlyWhereThePortsArePrinted: the warning
// about an outbound port without approved endpoints asks for what the
// CSD, the security plan and the notices print; an MDS2-only product
// is not asked, and FDA labeling item 3 (the CSD's) is named only where
// the CSD is built.
func TestOutboundEndpointWarnedOnlyWhereThePortsArePrinted(t *testing.T) {
	port := func(kind string) string {
		return "schema_version = 2\nid = \"p\"\n[[interfaces]]\nid = \"up\"\nkind = \"" + kind + "\"\nname = \"Uplink\"\npurpose = \"P\"\n" +
			"[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"up\"\n"
	}
	const (
		firewall     = "port 443/tcp is used outbound but names no approved endpoint; hospitals need the destinations to write firewall rules"
		labeling     = firewall + " (FDA labeling item 3)"
		cellular     = "port 443/tcp is used outbound on a cellular interface but names no approved endpoint; "
		cellularFDA  = cellular + "FDA labeling item 3 asks for the destinations of every port"
		cellularRead = cellular + "the readers of the ports table need the destinations of every port"
	)
	tests := []struct {
		name, kind, build string
		want              string // the warning's message, exactly up to its end or ":"; "" for none
	}{
		{"every document: labeling item 3", "ethernet", "", labeling},
		{"CSD: labeling item 3", "ethernet", `["csd"]`, labeling},
		{"security plan only: firewall rules, no labeling item", "ethernet", `["security_plan"]`, firewall},
		{"notices only: firewall rules, no labeling item", "ethernet", `["notices"]`, firewall},
		{"MDS2 form only: no warning", "ethernet", `["mds2"]`, ""},
		{"lifecycle page only: no warning", "ethernet", `["lifecycle"]`, ""},
		{"cellular, CSD: labeling item 3", "cellular", `["csd"]`, cellularFDA},
		{"cellular, security plan only: no labeling item, no CSD", "cellular", `["security_plan"]`, cellularRead},
		{"cellular, MDS2 form only: no warning", "cellular", `["mds2"]`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := port(tc.kind)
			if tc.build != "" {
				src += "[documents]\nbuild = " + tc.build + "\n"
			}
			var got []string
			for _, d := range decodeProduct(src) {
				if d.Path == "ports[0].endpoints" {
					got = append(got, d.Message)
				}
			}
			if tc.want == "" {
				if len(got) > 0 {
					t.Errorf("unexpected warnings: %q", got)
				}
				return
			}
			if len(got) != 1 || (got[0] != tc.want && !strings.HasPrefix(got[0], tc.want+":")) {
				t.Errorf("got %q, want one warning %q", got, tc.want)
			}
		})
	}
}
