package mds2form

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
)

// osComponent (CSUP-2 and MLDP-1 Yes) is a component of type
// operating-system among the version's components (its inventory: the
// SBOM files and [[components]] entries) of a product with a part on the
// device's own hardware: the product contains an operating system, which
// may need security patches, and so can run executable software. Without
// a device part an operating-system entry may be the platform the
// customer's host supplies, which decides nothing.
func osComponent(what string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		if !f.p.HasDevice() {
			return fact{}, false
		}
		var on []string
		for _, pt := range f.p.DeviceParts() {
			on = append(on, pt.TheName())
		}
		// No component entry names the part that runs it: with several
		// parts on the device, the reason lists them and says that the
		// list does not name which (a part's description may, in prose
		// the generator does not read).
		where := fmt.Sprintf("a product with a part on the device's own hardware (%s)", content.AndList(on))
		if len(on) > 1 {
			where = fmt.Sprintf("a product that runs on hardware of its own (its parts there: %s; the components list does not name the part that runs it)", content.AndList(on))
		}
		says := func(name string) string {
			return fmt.Sprintf("lists %s, of type operating-system, in %s: %s", name, where, what)
		}
		inv := f.p.Inventory
		if inv == nil { // a product built by hand (tests): its entries
			for i, c := range f.p.Components {
				if c.Type == "operating-system" {
					return f.yes(fmt.Sprintf("components[%d]", i), says(content.NameVersion(c.Name, c.Version))), true
				}
			}
			return fact{}, false
		}
		if inv.ListedFor != "" {
			return fact{}, false // another version's list
		}
		for _, c := range inv.List {
			if c.Type != "operating-system" {
				continue
			}
			path := "components"
			if !c.Annotated {
				path = f.sbomFilesAt()
			}
			return f.yes(path, says(content.NameVersion(c.Name, c.Version))), true
		}
		return fact{}, false
	}
}
