package generator

import (
	"strings"
	"testing"
)

// TestDtxinsomniaHostedRemote: the plan's 6.8 said whether Quillon
// services the Somnara Rx remotely, and updates it over a network, is not
// stated, while Quillon hosts Somnara Cloud and so runs and updates it
// itself (the CSD's key facts already leave it out as its own). Only the
// app on patients' phones stays not stated.
func TestDtxinsomniaHostedRemote(t *testing.T) {
	read := buildFixture(t, "dtxinsomnia")
	plan := read("somnara/security-plan.md")
	for _, want := range []string{
		"Quillon Therapeutics Inc. runs Somnara Cloud, which it hosts. Whether it services the Somnara Rx app remotely is not stated in the product data.",
		"Quillon Therapeutics Inc. itself updates Somnara Cloud, which it hosts. Whether it updates the software of the Somnara Rx app, changes settings or trains users over a network is not stated.",
	} {
		if !strings.Contains(plan, want) {
			t.Errorf("security-plan.md lacks %q", want)
		}
	}
	for _, not := range []string{
		"Whether Quillon Therapeutics Inc. services the Somnara Rx remotely is not stated",
		"Whether Quillon Therapeutics Inc. does anything else with the Somnara Rx over a network",
	} {
		if strings.Contains(plan, not) {
			t.Errorf("security-plan.md still says %q", not)
		}
	}
}

// TestCompoundingRemoteReachUnstated: with remote_service.parts not
// written, compounding said remote service reaches the DoseGuard IV
// station and told the hospital to open its remote-access tool to the
// stations, though the DoseGuard server on the hospital's own host is as
// likely what Varnell's staff reach.
func TestCompoundingRemoteReachUnstated(t *testing.T) {
	read := buildFixture(t, "compounding")
	csd := read("doseguard/csd.md")
	const via = "Varnell Pharmacy Systems Ltd's remote service reaches the product through the hospital's own remote-access means, which the hospital runs and controls under its own rules; which of its parts it reaches is not stated"
	for _, want := range []string{
		via + ".",
		via + ": let those rules decide what that means may connect to before applying rule 2, the final deny.",
	} {
		if !strings.Contains(csd, want) {
			t.Errorf("csd.md lacks %q", want)
		}
	}
	if strings.Contains(csd, "remote service reaches the DoseGuard IV station") {
		t.Errorf("csd.md still says remote service reaches the DoseGuard IV station")
	}
}

// TestOxygenhomeRMOT3FromUpdateFlow: RMOT-3 was not derived though DF-02
// carries software from AiraFlow Fleet (manufacturer-hosted) to the unit
// over LTE, which the plan's 6.8 already calls software updates over a
// network; the form's hand Yes now agrees with a derived Yes.
func TestOxygenhomeRMOT3FromUpdateFlow(t *testing.T) {
	read := buildFixture(t, "oxygenhome")
	csv := read("airaflow/mds2.csv")
	if !strings.Contains(csv, "agrees with the product data: data_flows[1] carries software from AiraFlow Fleet, which the manufacturer hosts") {
		t.Errorf("mds2.csv: RMOT-3 not derived from DF-02")
	}
}
