package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// eegremoteWithUpdateFlow adds to testdata/eegremote a data flow that
// carries software to the acquisition workstation over the hospital
// network, the way Aldermoor's update server would send it.
func eegremoteWithUpdateFlow(extra func(string) string) func(string) string {
	return func(s string) string {
		s = strings.Replace(s, `purpose = "Writing recordings to the hospital's NAS over SMB; VantaAssist remote-support sessions."
carries = ["phi", "pii"]`, `purpose = "Writing recordings to the hospital's NAS over SMB; VantaAssist remote-support sessions."
carries = ["phi", "pii", "software"]`, 1)
		s = strings.Replace(s, "\n[remote_service]\n", `
[[data_flows]]
id = "DF-01"
from = "Aldermoor update server"
to = "acq"
data = ["software"]
interface = "acq-lan"
protection = "Signed update packages. Encryption not stated."

[remote_service]
`, 1)
		if extra != nil {
			s = extra(s)
		}
		return s
	}
}

const eegOtherRow = "| Other things Aldermoor Neurodiagnostics, Inc. does with the device remotely (software updates, configuration, training) | "

// TestCSDRemoteOtherRowNamesUpdateFlows: where neither
// remote_service.other_functions nor the MDS2 form (RMOT-3 is a note that
// says only "not stated") answers, the CSD's row of the other remote
// functions says "Not stated" and names the data flows that carry
// software over a network: a flow shows neither a software update nor
// that the manufacturer delivers it remotely (custinfra).
func TestCSDRemoteOtherRowNamesUpdateFlows(t *testing.T) {
	files, _ := buildFixtureEdited(t, "eegremote", "vigileeg.toml", eegremoteWithUpdateFlow(nil))
	csd := files["vigileeg/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		eegOtherRow+"Not stated; data flow DF-01 carries software to the VigilEEG acquisition workstation over a network, which does not say whether that is a software update the manufacturer delivers remotely |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "data flow DF-01 states software updates over a network", eegOtherRow+"Not stated |")

	// remote_service.other_functions answers: the key, not the flows.
	files, _ = buildFixtureEdited(t, "eegremote", "vigileeg.toml", eegremoteWithUpdateFlow(kindtest.Replace("\n[remote_service]\n", "\n[remote_service]\nother_functions = [\"software_updates\", \"training\"]\n")))
	kindtest.SaysAll(t, "csd.md", files["vigileeg/csd.md"], eegOtherRow+"Yes: software updates and training |")

	// The form's own answer (a note that says something) is cited as before.
	files, _ = buildFixtureEdited(t, "eegremote", "vigileeg.toml", eegremoteWithUpdateFlow(kindtest.Replace(`"RMOT-3" = { note = 1 }`, `"RMOT-3" = { answer = "yes" }`)))
	kindtest.SaysAll(t, "csd.md", files["vigileeg/csd.md"], eegOtherRow+"Yes (MDS2 form, RMOT-3) |")
}

// TestCSDRemoteOtherRowNotStatedWithoutUpdateFlow: without a flow that
// carries software, the row stays "Not stated".
func TestCSDRemoteOtherRowNotStatedWithoutUpdateFlow(t *testing.T) {
	csd := buildFixture(t, "eegremote")("vigileeg/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, eegOtherRow+"Not stated |")
}
