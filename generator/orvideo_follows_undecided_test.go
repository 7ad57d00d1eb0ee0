package generator

import (
	"strings"
	"testing"
)

// TestOrvideoFollowsUndecidedCSUP1: version 4.2 lists no components of its
// own, so its data decide nothing for CSUP-1 where 5.0's decide Yes. The
// warning says so; "otherwise" is kept for a different decided answer.
func TestOrvideoFollowsUndecidedCSUP1(t *testing.T) {
	_, res := buildFixtureEdited(t, "orvideo", "", nil)
	found := false
	for _, d := range res.Warnings {
		if !strings.Contains(d.Message, "the MDS2 form covers versions") {
			continue
		}
		found = true
		if strings.Contains(d.Message, "decide CSUP-1 otherwise") || !strings.Contains(d.Message, "the product data of version 4.2 do not decide CSUP-1, which 5.0's decide") {
			t.Errorf("warning: %s", d.Message)
		}
	}
	if !found {
		t.Fatal("no warning that the form follows one version's facts")
	}
}
