package diagram

import (
	"slices"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// ownerZones are the customer_device zone's frames when its parts have
// different owners, after the customer's own (the zone "customer_device"
// itself, where systems the data put there are drawn too): a clinic's
// tablet and a patient's phone run different users' software with
// different privileges, so a trust boundary lies between them, and one
// frame would deny it.
var ownerZones = []string{"customer_device:patients", "customer_device:users", "customer_device:customer_or_users"}

// deviceOwner is whose phone, tablet or computer a customer_device part
// runs on: "patients" (content.Product.OnPatientsDevice), else its
// owned_by, the customer's where not written.
func deviceOwner(p *content.Product, pt content.Part) string {
	switch {
	case p.OnPatientsDevice(pt):
		return "patients"
	case pt.OwnedBy == "":
		return "customer"
	}
	return pt.OwnedBy
}

// ownersSplit reports whether the product's customer_device parts run on
// the devices of more than one owner (deviceOwner): each owner's parts
// are then framed apart.
func ownersSplit(p *content.Product) bool {
	owner := ""
	for _, pt := range p.AllParts() {
		if !pt.Runs.IsCustomerDevice() {
			continue
		}
		if o := deviceOwner(p, pt); owner == "" {
			owner = o
		} else if o != owner {
			return true
		}
	}
	return false
}

// ownerZone is the zone of a part's node: its owner's frame for a
// customer_device part not the customer's own, where owners differ.
func ownerZone(p *content.Product, pt content.Part, zone string) string {
	if zone != "customer_device" || !pt.Runs.IsCustomerDevice() || !ownersSplit(p) {
		return zone
	}
	if o := deviceOwner(p, pt); o != "customer" {
		return "customer_device:" + o
	}
	return zone
}

// isCustomerDevice reports the customer_device zone or one owner's frame
// of it (ownerZones).
func isCustomerDevice(zone string) bool {
	return zone == "customer_device" || strings.HasPrefix(zone, "customer_device:")
}

// withOwnerZones is a zone order with the owners' frames after the
// customer_device zone.
func withOwnerZones(order []string) []string {
	i := slices.Index(order, "customer_device")
	return slices.Concat(order[:i+1], ownerZones, order[i+1:])
}

// ownerZoneLabel labels a customer_device frame, where owners differ, by
// the parts in it alone.
func ownerZoneLabel(p *content.Product, zone string) string {
	var parts []content.Part
	for _, pt := range p.AllParts() {
		if pt.Runs.IsCustomerDevice() && ownerZone(p, pt, "customer_device") == zone {
			parts = append(parts, pt)
		}
	}
	if len(parts) == 0 { // the customer's frame, of systems the data put there
		return p.InHouseWords(content.PartRuns("customer_device").Label())
	}
	return customerDevicesLabel(parts, p.DevicesLabel(parts))
}
