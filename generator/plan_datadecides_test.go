package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanSaysWhatTheDataDecide: the Holter plan said "whether it is
// nonetheless software as a medical device (SaMD) is not stated" beside
// the MDS2's DOC-11 No derived from the same part on the device; it
// covered 3.2 and 4.0 with a penetration test of 4.0 alone and no word
// of it (each CSD says so); and the sleep-study plan called its one-row
// port table "Every network port" while the data show a database on the
// hospital's SQL Server that no port reaches.
func TestPlanSaysWhatTheDataDecide(t *testing.T) {
	const doc = "rhythmtrace/security-plan.md"
	plan := buildFixture(t, "holter")(doc)
	kindtest.SaysAll(t, doc, plan,
		"The product is not software only: it includes hardware Halden Cardio Systems, Inc. supplies (the RT-7 recorder).",
		"The testing in this section is recorded for the product as a whole, not for each version this plan covers, so a result may be of a version other than the one in use; the penetration test's scope (section 8.2) does not name version `3.2`.",
		"The scope names version `4.0` and not version `3.2`, which this plan also covers; no penetration test of that version is recorded.")
	kindtest.SaysNone(t, doc, plan, "whether it is nonetheless software as a medical device (SaMD) is not stated")

	const sdoc = "somnotrack/security-plan.md"
	sleep := buildFixture(t, "psgsleep")(sdoc)
	kindtest.SaysAll(t, sdoc, sleep,
		"The network ports the product data give for each part of the product, inbound (the part listens) or outbound (the part connects), per interface; the direction is seen from the part. The table does not cover the connection to the Hospital SQL Server database, where the product keeps its data store \"SomnoScore database\": the product data state no port for it.")
	kindtest.SaysNone(t, sdoc, sleep, "Every network port each part of the product")
}
