package generator

import (
	"strings"
	"testing"
)

// TestStoreSanitiseCitesMDS2OnlyForTheDevicesStores: a data store whose
// sanitize is not written points to the MDS2 form's SGUD-2 note only
// where the form speaks of it (a store of a part on the device). The
// homecpap fixture's note 6 is about the DreamAir device's SD card: the
// DreamAir Cloud database (hosted by the manufacturer) is "Not stated" in
// the CSD's data-at-rest table and its section 14, not sent to note 6;
// the navcart fixture's workstation disk, on the device, still cites it.
func TestStoreSanitiseCitesMDS2OnlyForTheDevicesStores(t *testing.T) {
	cpap := buildFixture(t, "homecpap")
	for _, doc := range []string{"dreamair/csd.md", "dreamair/security-plan.md"} {
		n := 0
		for _, line := range strings.Split(cpap(doc), "\n") {
			if !strings.HasPrefix(line, "| DreamAir Cloud database |") {
				continue
			}
			if strings.Contains(line, "SGUD-2") {
				t.Errorf("%s: the cloud database's sanitisation cites the form's SGUD-2: %s", doc, line)
			}
			if strings.HasSuffix(line, "| Not stated |") {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s has no row of the DreamAir Cloud database whose last cell is Not stated", doc)
		}
	}
	nav := buildFixture(t, "navcart")
	if csd := nav("stella-nx/csd.md"); !strings.Contains(csd, "| Patient cases | PHI, PII | Not stated per store; see MDS2 form, SGUD-2, note 8 |") {
		t.Error("navcart's CSD no longer points the workstation's patient cases, a store on the device, to SGUD-2's note 8")
	}
}
