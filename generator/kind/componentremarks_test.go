package kind

import (
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestRemarks: the CSD's 5.2 and the plan's 5.4 say of a component that
// needs attention one remark, labelled as whose it is, and never give it
// as the contingency: the component's own notes (an assessment), notes a
// notice gave as that notice's concern, else the concern of a notice
// issued by the document's date that names it.
func TestRemarks(t *testing.T) {
	const (
		purl    = "pkg:generic/openssl@1.1.1n"
		concern = "OpenSSL 1.1.1 is no longer fixed."
		notes   = "Linux 6.1 is a long-term kernel; kernel.org projects its end for December 2027."
	)
	on := content.NewDate(2026, time.January, 1)
	naming := content.Notice{ID: "EOS-1", Kind: "end_of_support", Versions: []string{"1.0"}, Issued: content.NewDate(2025, time.June, 1),
		Components: []content.NoticeComponent{{PURL: purl, Concern: concern}}}
	stating := naming
	stating.Components = []content.NoticeComponent{{PURL: purl, Concern: concern, Support: "no_longer_maintained"}}
	later := naming
	later.Issued = content.NewDate(2026, time.June, 1)
	comp := func(notes string, origin inventory.OriginKind) inventory.Component {
		return inventory.Component{Component: sbom.Component{Name: "openssl", Version: "1.1.1n", PURL: purl}, Notes: notes, Origin: inventory.Origin{Kind: origin}}
	}
	for _, tc := range []struct {
		name    string
		notice  content.Notice
		version string
		c       inventory.Component
		want    ComponentRemarks
	}{
		{"own notes: labelled as notes, no notice's concern beside them", naming, "1.0", comp(notes, inventory.OriginAnnotation), ComponentRemarks{Notes: notes}},
		{"no notes: the naming notice's concern", naming, "1.0", comp("", inventory.OriginSBOM), ComponentRemarks{Concern: concern, ConcernBy: "EOS-1"}},
		{"notes a notice gave: that notice's concern", stating, "1.0", comp(concern, inventory.OriginNotice), ComponentRemarks{Concern: concern, ConcernBy: "EOS-1"}},
		{"a notice issued after the document's date: nothing", later, "1.0", comp("", inventory.OriginSBOM), ComponentRemarks{}},
		{"no version: notes only", naming, "", comp(notes, inventory.OriginProductRule), ComponentRemarks{Notes: notes}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &content.Product{Versions: []content.Version{{Version: "1.0"}}, Notices: []content.Notice{tc.notice}}
			if got := Remarks(Product{Product: p}, tc.version, nil, tc.c, on); got != tc.want {
				t.Errorf("Remarks = %+v, want %+v", got, tc.want)
			}
		})
	}
}
