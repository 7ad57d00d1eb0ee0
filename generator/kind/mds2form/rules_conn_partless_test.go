package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// TestMDS2PartlessInterfaceListNeedsKey: a product without [[parts]] (the
// fixture thermometer, a USB port and a screen listed) is said to have no
// wireless interface (CONN-1.1 and its sub-questions) only where the
// product's interfaces_complete = true says the list is every interface
// of the device. Not written, or false, whether it has one is not
// stated: the form derives no No (it did, from silence, before the key).
func TestMDS2PartlessInterfaceListNeedsKey(t *testing.T) {
	const key = "interfaces_complete = true"
	for _, tc := range []struct {
		name string
		edit func(string) string
		no   bool
	}{
		{"true", nil, true},
		{"not written", func(s string) string { return strings.Replace(s, key, "", 1) }, false},
		{"false", func(s string) string { return strings.Replace(s, key, "interfaces_complete = false", 1) }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, fixtureCase(t, func(s string) string {
				if !strings.Contains(s, key) {
					t.Fatal("the fixture writes no " + key)
				}
				if tc.edit == nil {
					return s
				}
				return tc.edit(s)
			}))
			for _, id := range []string{"CONN-1.1", "CONN-1.1.1", "CONN-1.1.2"} {
				row, ok := f.Row(id)
				if !ok {
					t.Fatalf("no row %s", id)
				}
				if derivedNo := fromData(&row) && row.Answer == mds2.No; derivedNo != tc.no {
					t.Errorf("%s = %s from %q (%s); want derived No: %v", id, row.Answer, row.From, row.Basis, tc.no)
				}
			}
			if usb, _ := f.Row("CONN-1.2.2"); usb.Answer != mds2.Yes || !fromData(&usb) {
				t.Errorf("CONN-1.2.2 = %s (%s); want Yes from the data", usb.Answer, usb.Basis)
			}
		})
	}
}
