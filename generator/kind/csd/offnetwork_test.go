package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOffNetworkControls: the CSD of a version that joins no network on
// its models (modelfamily's 5.1, on the TV-300T transport monitor, USB
// only) is warned of a network control it prints, at the control's
// entry; not of one that concerns the other models (models), nor of a
// control of another kind, nor in the CSD of a version that joins a
// network (5.0, on every model), nor of a wireless control where the
// version keeps a wireless link that is no network (NFC).
func TestOffNetworkControls(t *testing.T) {
	c, _ := kindtest.Load(t, "../../testdata/modelfamily/jspgen.toml", "../../testdata/modelfamily/content")
	p, _ := kindtest.Product(t, c, "tv300")
	nfc := content.Interface{ID: "nfc", Kind: "nfc", Part: "monitor", Name: "NFC tag reader"}
	tests := []struct {
		name, version, category string
		models                  []string
		extra                   []content.Interface
		want                    bool
	}{
		{"segmentation on every model, 5.1", "5.1", "network_segmentation", nil, nil, true},
		{"firewall on every model, 5.1", "5.1", "firewall", nil, nil, true},
		{"wireless on every model, 5.1", "5.1", "wireless", nil, nil, true},
		{"segmentation of the networked models, 5.1", "5.1", "network_segmentation", []string{"TV-300B", "TV-300W"}, nil, false},
		{"segmentation naming the transport model, 5.1", "5.1", "network_segmentation", []string{"TV-300T", "TV-300B"}, nil, true},
		{"physical security, 5.1", "5.1", "physical_security", nil, nil, false},
		{"segmentation on every model, 5.0 (joins a network)", "5.0", "network_segmentation", nil, nil, false},
		{"wireless beside an NFC reader, 5.1", "5.1", "wireless", nil, []content.Interface{nfc}, false},
		{"firewall beside an NFC reader, 5.1", "5.1", "firewall", nil, []content.Interface{nfc}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			vp := p.At(tc.version)
			if vp.VersionOf != tc.version {
				t.Fatalf("no view of version %s", tc.version)
			}
			cp := *vp.Product
			cp.RecommendedControls = []content.RecommendedControl{{ID: "RC-9", Category: tc.category, Title: "T", Priority: "required", Models: tc.models, At: "recommended_controls[0]"}}
			cp.Interfaces = append(append([]content.Interface(nil), cp.Interfaces...), tc.extra...)
			vp.Product = &cp
			var got []string
			for _, d := range offNetworkControls(vp) {
				got = append(got, d.Path+": "+d.Message)
			}
			const want = "recommended_controls[0]: CSD: recommended control RC-9 (" // then its category
			found := len(got) == 1 && strings.HasPrefix(got[0], want) &&
				strings.Contains(got[0], "is printed for version 5.1, which joins no network on model TV-300T (no port")
			if found != tc.want {
				t.Errorf("warned = %v, want %v: %q", found, tc.want, got)
			}
			if !tc.want && len(got) > 0 {
				t.Errorf("unexpected: %q", got)
			}
		})
	}
}
