package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestUnforcedPriorityUseEnvironmentDeployment: recommended_controls[].priority,
// use_environment and, without [updates], postmarket.patching.deployment
// are optional. The dexalegacy fixture gives none of them: its CSD prints
// "Not stated" in each control's priority cell and does not speak of
// controls marked Required, says the use environment is not stated, and
// says where updates come from is not stated; check warns at
// use_environment. Stated, each is printed as before.
func TestUnforcedPriorityUseEnvironmentDeployment(t *testing.T) {
	csd := buildFixture(t, "dexalegacy")("dxa-9/csd.md")
	kindtest.SaysAll(t, "dexalegacy csd.md, unstated", csd,
		"| RC-01 | Network segmentation | Own VLAN | Not stated |",
		"The use environment of the device (where and by whom it is used, and the networks it joins) is not stated in the product data.",
		"Where updates come from and how they are installed is not stated.")
	for _, bad := range []string{"Those marked **Required**", "| Recommended |", "Not stated in the product data."} {
		if strings.Contains(csd, bad) {
			t.Errorf("dexalegacy csd.md says %q", bad)
		}
	}
	if diags := fixtureCheck(t, "dexalegacy", "", nil); !strings.Contains(diags, "use_environment: not stated: where and by whom the device is used") {
		t.Errorf("check does not warn at use_environment:\n%s", diags)
	}

	stated, _ := buildFixtureEdited(t, "dexalegacy", "dxa-9.toml", func(s string) string {
		s = strings.Replace(s, "recommendation = \"Isolate the acquisition PC on its own VLAN (Osteon letter, 2019).\"\n",
			"recommendation = \"Isolate the acquisition PC on its own VLAN (Osteon letter, 2019).\"\npriority = \"required\"\n", 1)
		s = strings.Replace(s, "recommendation = \"Allow only DICOM traffic to the PACS and the RIS, and no internet access (Osteon letter, 2019).\"\n",
			"recommendation = \"Allow only DICOM traffic to the PACS and the RIS, and no internet access (Osteon letter, 2019).\"\npriority = \"recommended\"\n", 1)
		s = strings.Replace(s, "samd = false\n", "use_environment = \"Radiology departments, on the hospital network.\"\nsamd = false\n", 1)
		return s + "\n[postmarket.patching]\ndeployment = \"Field service installs updates on site.\"\n"
	})
	kindtest.SaysAll(t, "dexalegacy csd.md, stated", stated["dxa-9/csd.md"],
		"Those marked **Required** are the ones Osteon Imaging Corp. states the device's security depends on.",
		"| RC-01 | Network segmentation | Own VLAN | **Required** |",
		"| RC-02 | Firewall | Allow only DICOM to PACS and RIS; no internet | Recommended |",
		"| RC-03 | Other | Disable SMB if not used | Not stated |",
		"Radiology departments, on the hospital network.",
		"**How updates are delivered.** Field service installs updates on site.")

	// partialset with its anti-malware control ungraded: the summary
	// table names the control without calling it recommended, and the
	// sentence on Required controls stays (RC-01 is required).
	ps, _ := buildFixtureEdited(t, "partialset", "medvault.toml", func(s string) string {
		return strings.Replace(s, "with the exclusions in the installation guide.\"\npriority = \"recommended\"\n", "with the exclusions in the installation guide.\"\n", 1)
	})
	kindtest.SaysAll(t, "partialset csd.md, ungraded anti-malware control", ps["medvault/csd.md"],
		"| Anti-malware | A control for the hospital (RC-03), its priority not stated | ",
		"| RC-03 | Anti-malware | Anti-malware | Not stated |",
		"Those marked **Required** are the ones",
		"Where the priority is \"Not stated\", the product data do not say whether")

	// cathlab: its only control is ungraded; the summary table's
	// anti-malware row names it without calling it recommended.
	cath := buildFixture(t, "cathlab")
	for _, line := range strings.Split(cath("hemorec/csd.md"), "\n") {
		if strings.HasPrefix(line, "| RC-AV |") && line != "| RC-AV | Anti-malware | Hospital antivirus | Not stated |" {
			t.Errorf("cathlab csd.md: %s", line)
		}
	}
}
