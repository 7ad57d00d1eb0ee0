package lifecycle

import (
	"slices"
	"testing"
	"time"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestNamedInStandInVersion: of a version without a list of its own, the
// page judges the components that notices issued by its date name as its
// (inventory.Inventory.Named), by the rule of the versions with a list,
// citing each notice by its document ID; a notice issued later names
// nothing on the page, and a version with a list of its own has none.
func TestNamedInStandInVersion(t *testing.T) {
	on := content.NewDate(2026, time.May, 15)
	kernel := inventory.Component{Component: sbom.Component{Name: "Linux kernel", Version: "5.15.160"}, Support: "maintained", EndOfSupport: content.NewDate(2026, time.December, 31)}
	libc := inventory.Component{Component: sbom.Component{Name: "glibc", Version: "2.35"}, Support: "maintained", EndOfSupport: content.NewDate(2030, time.June, 30)}
	p := kind.Product{Product: &content.Product{Notices: []content.Notice{
		{ID: "eol-5-0", Issued: content.NewDate(2024, time.December, 2), Document: content.DocumentControl{ID: "TV-EOL-50"}},
		{ID: "later", Issued: content.NewDate(2026, time.June, 1), Document: content.DocumentControl{ID: "TV-LATER"}},
	}}}
	sv := SupportedVersion{Ends: content.NewDate(2027, time.December, 31)}
	named := []inventory.NoticeNamed{{Component: kernel, Notices: []string{"eol-5-0", "later"}}, {Component: libc, Notices: []string{"eol-5-0"}}, {Component: libc, Notices: []string{"later"}}}

	got := namedIn(p, &inventory.Inventory{ListedFor: "5.2", Named: named}, sv, on)
	if len(got) != 3-1 {
		t.Fatalf("named %d components, want 2 (none only a later notice names): %+v", len(got), got)
	}
	if k := got[0]; k.Name != "Linux kernel" || k.ByNames() != "TV-EOL-50" || !slices.Equal(k.IDs, []string{"eol-5-0"}) || !k.Attention || k.Before != "Yes" {
		t.Errorf("kernel = by %q, attention %v, before %q; want by TV-EOL-50, attention, before Yes", k.ByNames(), k.Attention, k.Before)
	}
	if l := got[1]; l.Attention {
		t.Errorf("glibc, supported until after the version, needs attention")
	}
	if a := got.Attention(); len(a) != 1 || a[0].Name != "Linux kernel" {
		t.Errorf("Attention() = %+v, want the kernel alone", a)
	}
	if own := namedIn(p, &inventory.Inventory{List: []inventory.Component{kernel}, Named: named}, sv, on); own != nil {
		t.Errorf("a version with a list of its own: named %+v, want none", own)
	}
}
