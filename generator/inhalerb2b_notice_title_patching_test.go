package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestInhalerNoticeNamesTheRetiredSensor: firmware 1.9 runs on the Gen 1
// sensor alone, whose own end of support is 1.9's; the notice read
// "End-of-Support Notice: software 1.9" everywhere, and its effective
// dates left the model's own end of support out, so a programme manager
// could not tell that their sensors were concerned.
func TestInhalerNoticeNamesTheRetiredSensor(t *testing.T) {
	read := buildFixture(t, "inhalerb2b")
	const title = "End-of-Support Notice: model Gen 1 (software 1.9)"
	notice := read("breathlog/notices/eos-gen1.md")
	kindtest.SaysAll(t, "eos-gen1.md", notice,
		"# "+title+"\n",
		"| Software 1.9 | End of support | 2027-03-31 |\n| Model Gen 1 | End of support | 2027-03-31 |")
	kindtest.SaysAll(t, "csd.md", read("breathlog/csd.md"), "- ["+title+"](notices/eos-gen1.html)")
	kindtest.SaysAll(t, "lifecycle.md", read("breathlog/lifecycle.md"), "| ["+title+"](notices/eos-gen1.html) | End of support | 1.9 |")
	kindtest.SaysAll(t, "security-plan.md", read("breathlog/security-plan.md"), "["+title+"](notices/eos-gen1.html)")
	kindtest.SaysAll(t, "lifecycle.json", read("breathlog/lifecycle.json"), `"title": "`+title+`"`)
	kindtest.SaysNone(t, "inhalerb2b", notice+read("breathlog/csd.md")+read("breathlog/lifecycle.md"), "Notice: software 1.9")
}

// TestInhalerLifecycleGivesEveryPartsPatching: the lifecycle page's
// Support row gave the patching of the sensor only, while the patients'
// app reaches them through the app stores and Aerith updates the cloud;
// the page says that nowhere else. Each part whose patching is written is
// given now, and the CSD's key facts name every part whose patching the
// responsibility table gives. The customer's own infrastructure, which is
// not the product's, is left out.
func TestInhalerLifecycleGivesEveryPartsPatching(t *testing.T) {
	read := buildFixture(t, "inhalerb2b")
	kindtest.SaysAll(t, "lifecycle.md", read("breathlog/lifecycle.md"),
		"Patching of the BreathLog sensor: Aerith's firmware updates reach the sensor over the air: the BreathLog app installs them on the paired sensor over Bluetooth Low Energy. Patching of the BreathLog app: Aerith publishes app updates through Apple's App Store and Google Play. The phone's operating system is updated by its maker and the patient. Patching of BreathLog Cloud: Aerith updates BreathLog Cloud continuously. |")
	kindtest.SaysAll(t, "csd.md", read("breathlog/csd.md"),
		"The responsibility table below gives the patching of the BreathLog sensor, the BreathLog app and BreathLog Cloud. [6. Software updates]")

	files, _ := buildFixtureEdited(t, "inhalerb2b", "breathlog.toml", kindtest.Replace("[[parts]]\ninterfaces_complete = true\nid = \"cloud\"",
		"[[parts]]\nid = \"idp\"\nname = \"Programme identity provider\"\nruns = \"customer_infrastructure\"\ndescription = \"The programme's own identity provider.\"\npatching = \"The programme patches its identity provider.\"\n\n[[parts]]\ninterfaces_complete = true\nid = \"cloud\""))
	life, csd := files["breathlog/lifecycle.md"], files["breathlog/csd.md"]
	kindtest.SaysAll(t, "edited csd.md", csd, "| Programme identity provider |")
	kindtest.SaysNoneBecause(t, "edited inhalerb2b", life+csd, "the customer's infrastructure is not the product's",
		"Patching of the Programme identity provider", "patching of the BreathLog sensor, the BreathLog app, the Programme identity provider")
}
