package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestUpdatesSignatureVerified (smartstapler finding 2): the MDS2 form
// called SAHD-3, SAHD-3.1 and SAHD-3.2 undecided by the product data
// while the CSD printed that the handle verifies Orrin's signature on its
// firmware (updates.integrity, prose the form does not read). With
// updates.signature_verified = true the form answers SAHD-3 and SAHD-3.2
// Yes and the CSD says the signature is checked; with false, SAHD-3.2 No
// and SAHD-3 not stated; not written, neither is derived and check's
// warning suggests the key. SAHD-3.1 is never derived from it.
func TestUpdatesSignatureVerified(t *testing.T) {
	const (
		sahd3   = "| SAHD-3 | Does the device check that its software has not been altered? | "
		sahd31  = "| SAHD-3.1 | Does the device verify that the software installed on it comes from, or is authorized by, the manufacturer? | "
		sahd32  = "| SAHD-3.2 | Does the device verify that software updates come from, or are authorized by, the manufacturer? | "
		heading = "**How integrity and authenticity are verified.** "
		prose   = "The handle firmware image is signed by Orrin; the handle verifies the signature."
		key     = "signature_verified = true\n"
	)
	read := buildFixture(t, "smartstapler")
	form, csd := read("powerstitch/mds2.md"), read("powerstitch/csd.md")
	kindtest.SaysAll(t, "smartstapler mds2.md", form, sahd3+"[Yes](#", sahd31+"Not stated |", sahd32+"[Yes](#")
	kindtest.SaysAll(t, "smartstapler csd.md", csd, heading+"Every update is checked for the signature of Orrin Medical Ltd before it is installed. "+prose+"\n")

	files, _ := buildFixtureEdited(t, "smartstapler", "powerstitch.toml", kindtest.Replace(key, "signature_verified = false\n"))
	kindtest.SaysAll(t, "false: mds2.md", files["powerstitch/mds2.md"], sahd3+"Not stated |", sahd31+"Not stated |", sahd32+"[No](#")
	kindtest.SaysAll(t, "false: csd.md", files["powerstitch/csd.md"], heading+"Updates are installed without a check that Orrin Medical Ltd signed them. "+prose+"\n")

	files, res := buildFixtureEdited(t, "smartstapler", "powerstitch.toml", kindtest.Replace(key, ""))
	kindtest.SaysAll(t, "not written: mds2.md", files["powerstitch/mds2.md"], sahd3+"Not stated |", sahd31+"Not stated |", sahd32+"Not stated |")
	kindtest.SaysAll(t, "not written: csd.md", files["powerstitch/csd.md"], heading+prose+"\n")
	var hinted []string
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "write updates.signature_verified") {
			hinted = append(hinted, strings.TrimPrefix(d.Path, "mds2.answers."))
		}
	}
	if strings.Join(hinted, ",") != "SAHD-3,SAHD-3.2" {
		t.Errorf("warnings suggesting updates.signature_verified: %q, want SAHD-3 and SAHD-3.2 only", hinted)
	}

	// true without integrity: the CSD does not call the verification not
	// stated, and check does not warn that it is
	files, res = buildFixtureEdited(t, "smartstapler", "powerstitch.toml", kindtest.Replace("integrity = \""+prose+"\"\n", ""))
	csd = files["powerstitch/csd.md"]
	kindtest.SaysAll(t, "true, no integrity: csd.md", csd, heading+"Every update is checked for the signature of Orrin Medical Ltd before it is installed.\n")
	kindtest.SaysNoneBecause(t, "true, no integrity: csd.md", csd, "signature_verified = true states it", "integrity and authenticity of an update are verified is not stated", "integrity and authenticity of an update are verified are not stated")
	for _, d := range res.Warnings {
		if strings.Contains(d.Message, "how the integrity and authenticity of an update are verified") {
			t.Errorf("warning beside signature_verified = true: %s", d.Message)
		}
	}
}
