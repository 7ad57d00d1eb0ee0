package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDFirewallSegmentPointsOnlyToWhatSaysIt: section 3.3 told the
// hospital to apply the rules at the boundary of the network segment
// that holds the device "(see 1. Recommended security controls for the
// use environment)", while the workstation's section 1 says which
// controls are recommended is not stated. Section 1 says something of
// the segment only through a network segmentation or firewall control:
// the pointer is printed with one, for a single device and for the
// parts of a product alike, and not with none or with other controls
// only.
func TestCSDFirewallSegmentPointsOnlyToWhatSaysIt(t *testing.T) {
	const link = " (see [1. Recommended security controls for the use environment](#1-recommended-security-controls-for-the-use-environment))"
	control := func(category string) func(string) string {
		return func(s string) string {
			return strings.Replace(s, "[documents]\n", "[[recommended_controls]]\nid = \"RC-01\"\ncategory = \""+category+"\"\ntitle = \"A control\"\npriority = \"recommended\"\nrecommendation = \"Do what the control says.\"\n\n[documents]\n", 1)
		}
	}
	const device = "apply them at the boundary of the network segment that holds the device"
	for _, c := range []struct {
		name    string
		edit    func(string) string
		pointer bool
	}{
		{"no control", nil, false},
		{"a password control only", control("passwords"), false},
		{"a network segmentation control", control("network_segmentation"), true},
		{"a firewall control", control("firewall"), true},
	} {
		t.Run(c.name, func(t *testing.T) {
			var csd string
			if c.edit == nil {
				csd = buildWorkstation(t)("viewpoint-rw/csd.md")
			} else {
				files, _ := buildWorkstationEdited(t, c.edit)
				csd = files["viewpoint-rw/csd.md"]
			}
			if c.pointer {
				kindtest.SaysAll(t, "csd.md", csd, device+link+" and deny the rest.")
			} else {
				// Without such a control no segment was asked of the
				// hospital: the rules apply where it keeps one.
				kindtest.SaysAll(t, "csd.md", csd, "where the hospital keeps the device on a network segment of its own, apply them at that segment's boundary and deny the rest.")
				kindtest.SaysNoneBecause(t, "csd.md", csd, "section 1 says nothing of the segment", device)
			}
		})
	}

	// The parts of a product: the self-hosted fixture's private cluster
	// control is its network segmentation.
	const parts = "Apply the rules at the boundary of the network segments that hold the parts"
	kindtest.SaysAll(t, "selfhosted csd.md", buildSelfhosted(t)("cortexa-fx/csd.md"), parts+link+" and deny the rest.")
	files, _ := buildFixtureEdited(t, "selfhosted", "cortexa-fx.toml",
		kindtest.Replace("category = \"network_segmentation\"\ntitle = \"Private cluster\"", "category = \"other\"\ntitle = \"Private cluster\""))
	csd := files["cortexa-fx/csd.md"]
	kindtest.SaysAll(t, "selfhosted csd.md without a network control", csd, "Where the hospital keeps the parts on network segments of their own, apply the rules at the boundary of those segments and deny the rest.")
	kindtest.SaysNoneBecause(t, "selfhosted csd.md without a network control", csd, "section 1 says nothing of the segment", parts)
}
