package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestMDS2HardwareNoNeedsWholeInterfaceList: the SortLine control PC, a
// Windows PC whose data name its Ethernet port only
// (interfaces_complete = false), is not said to have no USB port or
// Bluetooth: whether it has them is not stated, and the form keeps the
// manufacturer's note. With the list whole (interfaces_complete = true)
// the form derives No; so it does not beside a second part on the device
// that a data flow uses and no interface names (its interfaces are
// plainly not listed, whatever its key says). The Ethernet Yes holds throughout.
func TestMDS2HardwareNoNeedsWholeInterfaceList(t *testing.T) {
	whole := func(s string) string {
		return strings.Replace(s, "interfaces_complete = false\n", "interfaces_complete = true\n", 1)
	}
	for _, tc := range []struct {
		name string
		edit func(string) string
		no   bool
	}{
		{"partial list", nil, false},
		{"whole list", whole, true},
		{"device part with no interface listed", func(s string) string {
			s = whole(s)
			s = strings.Replace(s, "id = \"lan\"\n", "id = \"lan\"\npart = \"ctrl\"\n", 1)
			s = strings.Replace(s, "id = \"worklist\"\n", "id = \"worklist\"\npart = \"ctrl\"\n", 1)
			s = strings.Replace(s, "[[models]]\n", `[[parts]]
id = "arm"
name = "SortLine robot arm controller"
runs = "device"
interfaces_complete = true

[[data_flows]]
id = "DF-01"
from = "ctrl"
to = "arm"
data = ["configuration"]
protection = "Not stated."

[[models]]
`, 1)
			return s
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := copyCase(t, "../../testdata/labrobot/jspgen.toml", "../../testdata/labrobot/content/sortline.toml", func(s string) string {
				if tc.edit == nil {
					return s
				}
				out := tc.edit(s)
				if out == s {
					t.Fatal("edit changed nothing")
				}
				return out
			})
			f, _, _, _ := resolveCase(t, c)
			for _, id := range []string{"CONN-1.1", "CONN-1.1.2", "CONN-1.2.2", "CONN-1.2.3", "CONN-1.2.4"} {
				row, ok := f.Row(id)
				if !ok {
					t.Fatalf("no row %s", id)
				}
				if derivedNo := fromData(&row) && row.Answer == mds2.No; derivedNo != tc.no {
					t.Errorf("%s = %s from %q (%s); want derived No: %v", id, row.Answer, row.From, row.Basis, tc.no)
				}
			}
			if eth, _ := f.Row("CONN-1.2.1"); eth.Answer != mds2.Yes || !fromData(&eth) {
				t.Errorf("CONN-1.2.1 = %s (%s); want Yes from the data", eth.Answer, eth.Basis)
			}
		})
	}
}
