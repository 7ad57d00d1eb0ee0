package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestInhalerNoticeKeepsTheCloudRecords: the Gen 1 sensor's end-of-support
// notice (firmware 1.9, model Gen 1) listed under "how it is erased" the
// patient records of BreathLog Cloud, which firmware 2.3 on the Gen 2
// sensor also uses and which stays in service (the inhalerb2b review,
// finding 1). The notice now lists only the stores of parts that end
// with its versions (here none: the sensor keeps none) and says the cloud
// records stay, naming the version and model they continue with. A store
// on the sensor, whose units end with the Gen 1 model, stays in the list.
func TestInhalerNoticeKeepsTheCloudRecords(t *testing.T) {
	const (
		notice = "breathlog/notices/eos-gen1.md"
		table  = "| BreathLog Cloud patient records | BreathLog Cloud (hosted by the manufacturer) |"
	)
	doc := buildFixture(t, "inhalerb2b")(notice)
	kindtest.SaysAll(t, notice, doc,
		"## 11. Decommissioning and data sanitisation\n\nUnpair the Gen 1 sensor in the BreathLog app before disposing of it.\n\nThe product data lists no data store on the BreathLog sensor, so no stored data is to be erased from it. BreathLog Cloud, which the manufacturer hosts, stays in service for software `2.3`, a version this notice does not concern, and so does its data store: BreathLog Cloud patient records.\n\n## 12.")
	kindtest.SaysNoneBecause(t, notice, doc, "the cloud goes on with the Gen 2 sensor", table, "how it is erased")

	// A store on the sensor ends with the Gen 1 units: it stays in the list.
	files, _ := buildFixtureEdited(t, "inhalerb2b", "breathlog.toml", kindtest.Replace("part = \"cloud\"\nlocation = \"BreathLog Cloud on", "part = \"sensor\"\nlocation = \"BreathLog Cloud on"))
	kindtest.SaysAll(t, notice+" (store on the sensor)", files[notice], "| BreathLog Cloud patient records | BreathLog sensor (")
	kindtest.SaysNone(t, notice+" (store on the sensor)", files[notice], "stays in service")
}
