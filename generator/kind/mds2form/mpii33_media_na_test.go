package mds2form

import (
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestMDS2RemovableMediaPIIAgreesWithBackupMedia: for a phone app with
// no hardware of its own and no removable-media or USB interface, MPII-3.3
// (PII on removable media) is N/A for the reason DTBK-3, AUDT-2.7 and
// AUDT-5.1 give (the phone's media drives are the phone's). The
// fertility app's form answered it No beside their N/A.
func TestMDS2RemovableMediaPIIAgreesWithBackupMedia(t *testing.T) {
	f, _, _, _ := resolveCase(t, copyCase(t, "../../testdata/fertilityapp/jspgen.toml", "../../testdata/fertilityapp/content/calyra-cycle.toml", nil))
	dtbk3, ok := f.Row("DTBK-3")
	if !ok || dtbk3.Answer != mds2.NA {
		t.Fatalf("DTBK-3 = %v (%s); want N/A, as the test presumes", dtbk3.Answer, dtbk3.Basis)
	}
	for _, id := range []string{"MPII-3.3", "AUDT-2.7", "AUDT-5.1"} {
		row, ok := f.Row(id)
		if !ok {
			t.Fatalf("no row %s", id)
		}
		if row.Answer != mds2.NA || !fromData(&row) || row.Basis != dtbk3.Basis {
			t.Errorf("%s = %s (%s); want N/A from the data, as DTBK-3 (%s)", id, row.Answer, row.Basis, dtbk3.Basis)
		}
	}
}
