package csaf

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// What a notice's CSAF twin says of an IMDRF N70 item the product data
// leave unstated (the content validator warns): the notice's own
// sentence, never "none" and never an empty list. Each is "" where the
// notice says something else (the data state it, or there is nothing of
// the product at the customer to act on).

// unstatedThings is what the notice concerns: "versions" for a product,
// "devices" for a device.
func unstatedThings(q *content.Product) string {
	if q.CalledProduct() {
		return "versions"
	}
	return "devices"
}

// compensatingUnstated is the notice's section 8 without controls and
// without compensating_controls = [] (which says none are needed).
func compensatingUnstated(maker string, p kind.Product, n content.Notice) string {
	if len(n.Compensating) > 0 || p.NoticeNeedsNoControls(n) {
		return ""
	}
	q := kind.NoticeFacts(p, n).Product
	things := unstatedThings(q)
	until := "until the affected " + things + " are upgraded or replaced"
	switch {
	case q.HostedOnly():
		until = "while the affected versions are in use"
	case p.NoticeOffersNoUpgrade(n):
		until = "for as long as the affected " + things + " stay in use"
	}
	return "Which compensating controls " + maker + " recommends " + until + " is not stated."
}

// isolationUnstated is the notice's 9.3 without network_isolation, where
// some part of the product is on the customer's network.
func isolationUnstated(q *content.Product, n content.Notice) string {
	if n.Actions.NetworkIsolation == "" && q.IsolatedInMakersDevices() {
		return content.MakersDevicesIsolationUnstated(q.Name)
	}
	if n.Actions.NetworkIsolation != "" || q.NoNetwork() || q.NetworkThroughInfrastructure() || !q.IsolatedOnCustomerNetwork() {
		return ""
	}
	return "how to isolate the affected " + unstatedThings(q) + " on " + q.InHouseWords("the customer's network") + " is not stated."
}

// backupUnstated is the notice's 9.4 with neither customer_actions.backup
// nor [backup], where something of the product runs at the customer.
func backupUnstated(q *content.Product, n content.Notice) string {
	if n.Actions.Backup != "" || q.Backup.Scope != "" || q.HostedOnly() {
		return ""
	}
	return "what " + q.InHouseWords("the customer") + " should back up before the affected " + unstatedThings(q) + " are upgraded or replaced, and how, is not stated."
}

// decommissioningUnstated is the notice's section 11 with neither
// notices.decommissioning nor [decommissioning].steps, where something
// of the product runs at the customer.
func decommissioningUnstated(q *content.Product, n content.Notice) string {
	if n.Decommissioning != "" || len(q.Decommissioning.Steps) > 0 || q.HostedOnly() {
		return ""
	}
	return "How to decommission the affected " + unstatedThings(q) + " is not stated."
}

// stopsUnstated is the notice's section 6 without notices.stops: its
// dates are the milestones it announces, from which nothing is derived
// of what stops on them.
const stopsUnstated = "What stops, and when, is not stated: the lifecycle milestones given are those this notice announces, and it does not say whether regular releases, security updates, technical support, service or spare parts end on them or at other dates."

// maintenanceUnstated is the notice's section 7 without
// notices.maintenance.
const maintenanceUnstated = "Which maintenance remains after this change (security updates, fixes, technical support), and for how long, is not stated."

// upgradeUnstated is the notice's section 10 without
// notices.upgrade_paths (not "none", which upgrade_paths = [] says).
func upgradeUnstated(maker string, q *content.Product) string {
	return "Which upgrade paths " + maker + " offers for the affected " + unstatedThings(q) + " is not stated."
}
