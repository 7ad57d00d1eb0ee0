package csd

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDCheckNonDeviceNamesSections: the CSD's sections 1 to 14 are the
// FDA labeling items, which label medical devices. A device's empty item
// is warned about as the FDA labeling item; health IT that is not a
// medical device (medical_device = false) is told which section of its
// CSD is empty, with no FDA item claimed of it, and its ports are those
// of the product, not of a device.
func TestCSDCheckNonDeviceNamesSections(t *testing.T) {
	for _, tc := range []struct {
		name   string
		md     content.Tri
		want   []string
		absent []string
	}{
		{"device, medical_device unset", content.Unstated,
			[]string{"CSD: FDA labeling item 2 (Network and data-flow diagrams) is incomplete: add [[diagrams]]; the CSD has no diagram of its own"},
			[]string{"CSD: section", "the product has"}},
		{"device, medical_device = true", content.True,
			[]string{"CSD: FDA labeling item 2 (Network and data-flow diagrams) is incomplete: add [[diagrams]]; the CSD has no diagram of its own"},
			[]string{"CSD: section"}},
		{"health IT, medical_device = false", content.False,
			[]string{"CSD: section 2 (Network and data-flow diagrams) is incomplete: add [[diagrams]]; the CSD has no diagram of its own"},
			[]string{"FDA", "the device has"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, p := csdLoadExample(t)
			// the example writes ports, so emptying the list here reads as
			// ports = [] (no port to add): item 2 carries the wording
			p.MedicalDevice, p.Diagrams, p.Ports = tc.md, nil, nil
			var got []string
			for _, d := range check(product(c, p)) {
				got = append(got, d.Message)
			}
			all := strings.Join(got, "\n")
			kindtest.SaysAll(t, "the diagnostics", all, tc.want...)
			kindtest.SaysNone(t, "the diagnostics", all, tc.absent...)
		})
	}
}
