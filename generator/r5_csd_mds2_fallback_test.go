package generator

import (
	"strings"
	"testing"
)

// TestR5CSDFoldsInFormAnswers: the CSD repeats what the MDS2 form built
// with it answers, and what the product data state, instead of calling
// it not stated: CSUP-7 / CSUP-11.1 in section 6 (serialonly), the
// SGUD-2 instructions said to be outside the document (serialonly), the
// key facts' interfaces not led by "As shipped:" when no state is stated
// (serialonly), CSUP-2 Yes with who installs the OS patches unstated in
// the key facts (exoskeleton), field_reach printed in section 6 (nicucam), the STCF-1
// answers in a device store's encryption cell (aed), and the withdrawn
// version's advisory linked from section 13 (withdrawn).
func TestR5CSDFoldsInFormAnswers(t *testing.T) {
	for _, tc := range []struct {
		fixture, file string
		want, not     []string
	}{
		{"serialonly", "gx7/csd.md",
			[]string{
				"How users learn that an update exists is not stated beyond the MDS2 form's answers: Aldermoor Diagnostics Inc. tells the customer when an update has been approved for installation (CSUP-7) and which updates are approved for the device (CSUP-11.1).",
				"there are instructions for doing so (MDS2 form, SGUD-2); the instructions are not part of this document, so ask Aldermoor Diagnostics Inc. for them.",
				"| Listed: GX-7 analyzer:",
			},
			[]string{"users learn that an update exists are not stated", "| As shipped: GX-7 analyzer:"}},
		{"nicucam", "kinview/csd.md",
			[]string{"**How fast updates reach the field, and how that is measured.** KinView Cloud reports each camera's firmware version."}, nil},
		{"aed", "lifeguard/csd.md",
			[]string{"Whether it is encrypted at rest is not stated for this store beyond the MDS2 form's answers: the device cannot encrypt the data it stores (STCF-1)"},
			[]string{"the AED authenticates it. Whether it is encrypted at rest is not stated. |"}},
		{"exoskeleton", "stridecore/csd.md",
			[]string{"gives the patching of the StrideCore exoskeleton and the StrideCore tablet; the MDS2 form answers that the device runs an operating system that may need security patches (CSUP-2), and who installs those patches is not stated beyond the patching quoted there."}, nil},
		{"withdrawn", "sonabeat/csd.md",
			[]string{"See also the notice about version `3.1.0`: [Security Advisory: CVE-2025-99001](notices/sa-2025-001.html)"}, nil},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			md := buildFixture(t, tc.fixture)(tc.file)
			for _, w := range tc.want {
				if !strings.Contains(md, w) {
					t.Errorf("%s lacks %q", tc.file, w)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(md, n) {
					t.Errorf("%s still has %q", tc.file, n)
				}
			}
		})
	}
}
