package generator

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestOsendWindowsIsAnOperatingSystem: the Vireo's two Windows entries
// are [[components]] only (no SBOM file) and state type =
// "operating-system" (components.type). The CycloneDX VEX types them so,
// unmarked, and the CSD lists them under "Operating systems"; before the
// key existed the VEX gave them the supplied "library", marked
// jspgen:type:stated "false", and the CSD counted "Components of unstated
// type". Without the type they still are.
func TestOsendWindowsIsAnOperatingSystem(t *testing.T) {
	const vex, csd = "vireo/vex-4.6.cdx.json", "vireo/4.6/csd.md"
	read := buildFixture(t, "osend")
	if got, want := vexWindows(t, read(vex)), "operating-system"; got != want {
		t.Errorf("%s: Windows typed %s, want %s", vex, got, want)
	}
	kindtest.SaysAll(t, csd, read(csd), "**Operating systems (1)**", "| Operating systems | 1 |")
	kindtest.SaysNone(t, csd, read(csd), "Components of unstated type")

	files, _ := buildFixtureEdited(t, "osend", "vireo.toml", func(s string) string {
		// Without the type, no component says the cart runs an operating system: CSUP-2 and MLDP-1 are answered by hand.
		return answerMDS2("CSUP-2", `"yes"`, "MLDP-1", `"yes"`)(strings.ReplaceAll(s, "type = \"operating-system\"\n", ""))
	})
	if got, want := vexWindows(t, files[vex]), "library, jspgen:type:stated=false"; got != want {
		t.Errorf("%s without components.type: Windows typed %s, want %s", vex, got, want)
	}
	kindtest.SaysAll(t, csd, files[csd], "**Components of unstated type (1)**")
	kindtest.SaysNone(t, csd, files[csd], "Operating systems")
}

// vexWindows is the type of the Windows component of CycloneDX VEX
// data, with its jspgen:type:stated property when it has one.
func vexWindows(t *testing.T, data string) string {
	t.Helper()
	var bom struct {
		Components []struct {
			Name, Type string
			Properties []struct{ Name, Value string }
		}
	}
	if err := json.Unmarshal([]byte(data), &bom); err != nil {
		t.Fatal(err)
	}
	for _, c := range bom.Components {
		if strings.HasPrefix(c.Name, "Windows") {
			out := c.Type
			for _, p := range c.Properties {
				if p.Name == "jspgen:type:stated" {
					out += ", " + p.Name + "=" + p.Value
				}
			}
			return out
		}
	}
	t.Fatal("no Windows component")
	return ""
}

// TestOsendTwoServicesOutOnOnePort: DICOM storage to the PACS and the
// worklist query to the RIS are both TCP 104 out on the Ethernet port.
// Written as two [[ports]] entries, each with its own purpose and
// endpoint, they were refused as a duplicate ("104/tcp out on lan");
// they are now two rows of the ports table and two firewall rules, one
// to each peer.
func TestOsendTwoServicesOutOnOnePort(t *testing.T) {
	const merged = "[[ports]]\nnumber = 104\ntransport = \"tcp\"\nservice = \"DICOM (Storage, Modality Worklist)\"\npurpose = \"Sending exams to the hospital's PACS; querying the hospital's worklist provider for the day's exams.\"\ndirection = \"out\"\ninterface = \"lan\"\n"
	files, _ := buildFixtureEdited(t, "osend", "vireo.toml", func(s string) string { // a refused entry fails the build
		if !strings.Contains(s, merged) {
			t.Fatal("osend's Ethernet DICOM port entry changed")
		}
		return strings.Replace(s, merged, "[[ports]]\nnumber = 104\ntransport = \"tcp\"\nservice = \"DICOM Storage\"\npurpose = \"Sending exams to the hospital's PACS.\"\ndirection = \"out\"\ninterface = \"lan\"\nendpoints = [\"Hospital PACS\"]\n\n"+
			"[[ports]]\nnumber = 104\ntransport = \"tcp\"\nservice = \"DICOM Modality Worklist\"\npurpose = \"Querying the hospital's worklist provider for the day's exams.\"\ndirection = \"out\"\ninterface = \"lan\"\nendpoints = [\"Hospital RIS\"]\n", 1)
	})
	const csd = "vireo/4.6/csd.md"
	kindtest.SaysAll(t, csd, files[csd],
		"| 104/TCP | DICOM Storage (Ethernet) | Out | Not stated | Not stated | Hospital PACS | Sending exams to the hospital's PACS. |",
		"| 104/TCP | DICOM Modality Worklist (Ethernet) | Out | Not stated | Not stated | Hospital RIS | Querying the hospital's worklist provider for the day's exams. |",
		"| Allow | Device | Hospital PACS | 104/TCP | DICOM Storage (Ethernet) | Not stated |",
		"| Allow | Device | Hospital RIS | 104/TCP | DICOM Modality Worklist (Ethernet) | Not stated |")
}
