package plan

import (
	"slices"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/inventory"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/sbom"
)

// TestPlanListsComponentsInTheCSDsOrder: the plan's component list is in
// the order the CSD's is (inventory.Compare), also for components that
// differ only by supplier, so the two documents list them alike.
func TestPlanListsComponentsInTheCSDsOrder(t *testing.T) {
	c := func(name, version, supplier string) inventory.Component {
		return inventory.Component{Component: sbom.Component{Name: name, Version: version, Supplier: supplier}}
	}
	list := []inventory.Component{c("zlib", "1.3", "Vendor B"), c("zlib", "1.3", "Vendor A"), c("BusyBox", "1.36", ""), c("busybox", "1.36", "")}
	p := kind.Product{Product: &content.Product{}, Inventory: &inventory.Inventory{List: list}}
	got := data(content.NewDate(2026, 1, 1), p).Components
	want := slices.Clone(list)
	slices.SortStableFunc(want, inventory.Compare)
	if !slices.EqualFunc(got, want, func(a, b inventory.Component) bool { return a.Name == b.Name && a.Supplier == b.Supplier }) {
		t.Errorf("plan order %v, want the CSD's %v", got, want)
	}
	if got[2].Supplier != "Vendor A" {
		t.Errorf("zlib of Vendor A should come before Vendor B's: %v", got)
	}
}

// TestPlanNamesNoStandInListWhenItIsEmpty: a plan released when a version
// without SBOM files of its own was current has the current version's list
// in its place (inventory ListedFor); when that list is empty too, nothing
// stands in for it, and the template must not say "the components below
// are those the product data lists for version …" over no component.
func TestPlanNamesNoStandInListWhenItIsEmpty(t *testing.T) {
	p := kind.Product{Product: &content.Product{}, Inventory: &inventory.Inventory{ListedFor: "4.0.0"}}
	if got := data(content.NewDate(2025, 6, 1), p).ListedFor; got != "" {
		t.Errorf("ListedFor = %q over an empty list, want none", got)
	}
	list := []inventory.Component{{Component: sbom.Component{Name: "zlib", Version: "1.3"}}}
	p.Inventory = &inventory.Inventory{List: list, ListedFor: "4.0.0"}
	if got := data(content.NewDate(2025, 6, 1), p).ListedFor; got != "4.0.0" {
		t.Errorf("ListedFor = %q over version 4.0.0's list, want 4.0.0", got)
	}
}
