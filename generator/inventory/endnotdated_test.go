package inventory

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// A component with no end of support stated: "Not stated" while it is
// maintained, or its level is not stated (thinprogramme's OkHttp read
// "Not announced", which no data said, beside a CSD and a plan saying
// "Not stated"); once its level says support has ended, the end has come
// and only its date is missing (octimaging's fo-dicom read "No longer
// maintained | Not announced").
func TestEndNotDated(t *testing.T) {
	for _, c := range []struct {
		level content.SupportLevel
		want  string
	}{
		{"maintained", "Not stated"},
		{"limited", "Not stated"},
		{"", "Not stated"},
		{"no_longer_maintained", "Ended; date not stated"},
		{"abandoned", "Ended; date not stated"},
	} {
		if got := (Component{Support: c.level}).EndNotDated(); got != c.want {
			t.Errorf("level %q: EndNotDated = %q, want %q", c.level, got, c.want)
		}
	}
}
