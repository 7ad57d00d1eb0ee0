package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestImplantEOSKeepsUpgradedUnitsAndTheServiceOwnVersions: the implant's
// end-of-support notice for 5.0 offers a software-only path to 6.0, which
// uses the same implant, programmer and home monitor: those units stay in
// use, with their stores, once upgraded, so the notice says so beside the
// table (which is for retired units). The remote monitoring service is a
// related system with versions of its own: it works with 6.0, it does
// not "continue with software 6.0".
func TestImplantEOSKeepsUpgradedUnitsAndTheServiceOwnVersions(t *testing.T) {
	read := buildImplant(t)
	rel := "cardiorhythm/notices/eos-5.0.md"
	md := read(rel)
	kindtest.SaysAll(t, rel, md,
		"Units upgraded to software `6.0` without a change of hardware stay in use, and with them these data stores: Implant episode memory, Programmer session database and Home monitor upload buffer; the table says how Programmer session database is erased from units that are retired; how Implant episode memory and Home monitor upload buffer are erased is not stated.",
		"The Aurora remote monitoring service has versions of its own and also works with software `6.0`, a version this notice does not concern, so its data store stays in service: Remote monitoring database")
	if strings.Contains(md, "continues with software `6.0`") {
		t.Errorf("%s says the remote monitoring service, versioned on its own, continues with software 6.0", rel)
	}
	// The CSAF twin's stops each end as a sentence.
	twin := read(".well-known/csaf/white/2025/cv-aur-eos-50.json")
	if !strings.Contains(twin, "Technical support for 5.0 stops on 2027-09-30.") {
		t.Error("the CSAF twin's stop of technical support does not end with a full stop")
	}
}

// TestEcgSDKNoticeLeavesIsolationOfMakersDevicesUnstated: a library sold
// to device makers (customer = "manufacturer", ports = []) has no port of
// its own, but it runs inside the makers' networked devices: without
// network_isolation the notice says how those devices are isolated is not
// stated (not that there is nothing to isolate), as does its CSAF twin,
// and check warns.
func TestEcgSDKNoticeLeavesIsolationOfMakersDevicesUnstated(t *testing.T) {
	files, res := buildFixtureEdited(t, "ecgsdk", "", nil)
	rel := "rhythmcore/notices/eos-4.9.md"
	md := files[rel]
	kindtest.SaysAll(t, rel, md,
		"No part of the RhythmCore SDK has a network port of its own: it runs in the devices the customer makes. How those devices are isolated on their networks is not stated.")
	if strings.Contains(md, "There is nothing of the product to isolate there.") {
		t.Errorf("%s says there is nothing to isolate", rel)
	}
	twin := files[".well-known/csaf/white/2025/va-rc-eos-49.json"]
	if !strings.Contains(twin, "Network isolation: No part of the RhythmCore SDK has a network port of its own") {
		t.Error("the CSAF twin does not say the isolation of the makers' devices is not stated")
	}
	warned := false
	for _, w := range res.Warnings {
		warned = warned || strings.HasSuffix(w.Path, "customer_actions.network_isolation")
	}
	if !warned {
		t.Errorf("no network_isolation warning: %v", res.Warnings)
	}
}

// TestHostedPluginStopOfReleasesClaimsNoLimit: a stop of regular releases
// at the end of support, after the end of life, with no details, points
// to the maintenance the notice states without saying support is limited
// to it: that maintenance speaks only of the time after end of support.
func TestHostedPluginStopOfReleasesClaimsNoLimit(t *testing.T) {
	read := buildFixture(t, "hostedplugin")
	rel := "echomeasure/notices/eos-2.0.md"
	md := read(rel)
	kindtest.SaysAll(t, rel, md,
		"| Regular releases | Software 2.0: 2026-09-01 (end of support) | This date falls after the end of life; what this notice says of the maintenance that remains is below. |")
	if strings.Contains(md, "support is limited to the maintenance") {
		t.Errorf("%s says support is limited to a maintenance that speaks only of after the end of support", rel)
	}
}
