package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNeverPatchedPartQuotedAsPatching: the ECG patch writes patching =
// "Not patched: …" without field_updatable, and the lifecycle page read
// "How a released fix reaches the TraceWeek patch: Not patched: …", the
// CSD's key facts that the responsibility table "says how a released fix
// reaches" it. A part's patching is now quoted as its patching, whatever
// its words say. (The glucose sensor of the wearable fixture, which was
// the second case, now states field_updatable = false:
// TestWearableSensorNeverUpdated.)
func TestNeverPatchedPartQuotedAsPatching(t *testing.T) {
	for _, tc := range []struct{ fixture, product, part, more string }{
		{"ecgpatch", "holterpatch", "the TraceWeek patch", ""},
	} {
		read := buildFixture(t, tc.fixture)
		life, csd := read(tc.product+"/lifecycle.md"), read(tc.product+"/csd.md")
		kindtest.SaysAll(t, tc.fixture+" lifecycle.md", life, "released within 30 days. Patching of "+tc.part+": Not patched: ")
		kindtest.SaysAll(t, tc.fixture+" csd.md", csd, "The responsibility table below gives the patching of "+tc.part+tc.more+".")
		kindtest.SaysNoneBecause(t, tc.fixture, life+csd, "the part is never patched", "released fix reaches")
	}
}

// TestPluralPartNameTakesNoVerb: "the BleedAlert services runs on the
// customer's own container platform" (the plan's scope) and "The
// BleedAlert services runs on a container platform the hospital keeps"
// (the CSD's firewall rules): nothing in the data says a part's name is
// plural, so neither sentence joins the name to a verb now.
func TestPluralPartNameTakesNoVerb(t *testing.T) {
	read := buildFixture(t, "k8sai")
	plan, csd := read("bleedalert/security-plan.md"), read("bleedalert/csd.md")
	kindtest.SaysAll(t, "k8sai security-plan.md", plan, "without hardware of its own: the BleedAlert services, on the customer's own container platform.")
	kindtest.SaysAll(t, "k8sai csd.md", csd, "The hospital keeps the container platform that runs the BleedAlert services. These rules cover only")
	kindtest.SaysNoneBecause(t, "k8sai", plan+csd, "the name is plural", "services runs on a", "services runs on the")
}

// TestAdminReachUnstatedWarned: the smart bed's gateway administrator
// signs in locally on the BedView gateway, which the hospital hosts, and
// nothing says how administrators reach it, while the CSD's firewall
// rules end by denying everything else; check said nothing. A port for
// administration, or an account that names the console, states it.
func TestAdminReachUnstatedWarned(t *testing.T) {
	const want = `accounts[2].authentication: account "Gateway administrator" (administrator, local sign-in): how administrators reach the BedView gateway, which the customer hosts, is not stated`
	if got := fixtureCheck(t, "smartbed", "", nil); !strings.Contains(got, want) {
		t.Errorf("smartbed: check does not warn %q:\n%s", want, got)
	}
	adminPort := "[[ports]]\nnumber = 443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"The gateway's administration page.\"\ndirection = \"in\"\ninterface = \"gw-nic\"\npart = \"gateway\"\nendpoints = [\"Hospital administrators' workstations\"]\n\n[[ports]]\nnumber = 7310\n"
	for name, edit := range map[string]func(string) string{
		"a port for administration": kindtest.Replace("[[ports]]\nnumber = 7310\n", adminPort),
		"the console named":         kindtest.Replace(`authentication = "A local account on the BedView gateway."`, `authentication = "A local account on the BedView gateway, used at the virtual machine's console."`),
	} {
		if got := fixtureCheck(t, "smartbed", "corva.toml", edit); strings.Contains(got, "how administrators reach") {
			t.Errorf("smartbed, %s: check still warns:\n%s", name, got)
		}
	}
}

// TestUpdatesSectionPointerNamesListedParts: the EEG system's section 6
// says only how the acquisition workstation's Windows updates are
// delivered and lists who installs updates for that part alone, yet the
// responsibility table sent the amplifier, the camera and the Review
// application there as if it covered them. The pointer now says whom the
// section's list names.
func TestUpdatesSectionPointerNamesListedParts(t *testing.T) {
	csd := buildFixture(t, "eegremote")("vigileeg/csd.md")
	const names = "see the software updates section, whose list of who installs updates names only the VigilEEG acquisition workstation |"
	kindtest.SaysAll(t, "eegremote csd.md", csd,
		// whether they can be updated is not written (REPORT-capsule 4)
		"| VigilEEG amplifier | On the device | Not stated whether it can be updated; "+names,
		"| VigilEEG IP camera | On the device | Not stated whether it can be updated; "+names,
		"for the application's updates, "+names)
}
