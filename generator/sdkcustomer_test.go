package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/ecgsdk is a C library sold only to other device makers
// (customer = "manufacturer"), built into their ECG carts, monitors and
// wearables: its part runs = customer_device, its only interface an
// in-process C API (kind api), and ports = [] (its product file's header
// says what it holds).

// TestSDKRunsInTheDevicesItsCustomersMake: the plan placed the library
// "on a phone, tablet or computer the customer owns" and the CSDs' table
// "On the customer's own device", with "the application's updates": the
// customer makes the devices it runs in, and a library is no application.
func TestSDKRunsInTheDevicesItsCustomersMake(t *testing.T) {
	read := buildFixture(t, "ecgsdk")
	plan := read("rhythmcore/security-plan.md")
	kindtest.SaysAll(t, "plan", plan, "wherever it runs: the RhythmCore library, in the devices the customer makes.")
	kindtest.SaysNone(t, "plan", plan, "phone, tablet or computer")
	for _, rel := range []string{"rhythmcore/csd.md", "rhythmcore/4.9/csd.md"} {
		csd := read(rel)
		kindtest.SaysAll(t, rel, csd,
			"| RhythmCore library | In the devices the customer makes | The customer, which makes the devices, maintains their operating system; for the software's updates, see the software updates section |",
			// SIEM: it opens no connection, but whether it reports events to
			// the software it is built into is not stated (REPORT-ecgsdk 2)
			"| Security logging to a SIEM | Not stated: no part of the product opens a network connection of its own, and whether it reports security events to the software it is built into is not stated |")
		kindtest.SaysNone(t, rel, csd, "customer's own device", "application's updates")
	}
}

// TestSDKAPIIsNoConnectivityFeature: the plan's 1.6 listed the in-process
// C API as a connectivity feature bearing on the 524B determination, and
// check warned of "1 connectivity interface (API)": with ports = [] the
// API connects the library to no network.
func TestSDKAPIIsNoConnectivityFeature(t *testing.T) {
	plan := buildFixture(t, "ecgsdk")("rhythmcore/security-plan.md")
	kindtest.SaysAll(t, "plan", plan,
		"The RhythmCore SDK itself has no connectivity features: it uses no network port, so its API, RhythmCore C API (in-process), connects it to no network. The connectivity of the devices it is built into is for their manufacturers to state.")
	kindtest.SaysNone(t, "plan", plan, "The connectivity features that bear on the determination", "besides its display")
	if diags := fixtureCheck(t, "ecgsdk", "", nil); strings.Contains(diags, "connectivity interface") {
		t.Errorf("check still counts the in-process API as a connectivity interface:\n%s", diags)
	}
}

// TestSDKNoticeHasNothingToIsolate: the end-of-support notice and its
// CSAF twin said how to isolate the affected versions on the customer's
// network is not stated, beside "The product needs no network port": a
// library with no port has no part of its own on a network. But it runs
// in its customers' networked devices (REPORT-ecgsdk 1, round 84): the
// notice says how those devices are isolated is not stated, not that
// there is nothing to isolate (TestEcgSDKNoticeLeavesIsolationOfMakersDevicesUnstated).
func TestSDKNoticeHasNothingToIsolate(t *testing.T) {
	read := buildFixture(t, "ecgsdk")
	notice := read("rhythmcore/notices/eos-4.9.md")
	kindtest.SaysAll(t, "notice", notice, "No part of the RhythmCore SDK has a network port of its own")
	kindtest.SaysNone(t, "notice", notice, "isolate the affected versions", "There is nothing of the product to isolate there.")
}

// TestSDKTrainsNoUsersOfItsOwn: plan 6.8 said whether Veltrane "trains its
// users" is not stated; a library has none: its customers' engineers.
func TestSDKTrainsNoUsersOfItsOwn(t *testing.T) {
	plan := buildFixture(t, "ecgsdk")("rhythmcore/security-plan.md")
	kindtest.SaysAll(t, "plan", plan, "Whether Veltrane Analytics Ltd trains the customer's engineers over a network is not stated.")
	kindtest.SaysNone(t, "plan", plan, "trains its users")
}
