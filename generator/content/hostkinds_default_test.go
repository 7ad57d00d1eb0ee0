package content

import (
	"strings"
	"testing"
)

// TestHostKindsDefaultNamesNoKind: a customer_device part without
// host_kinds was said to run "on a phone, tablet or computer the customer
// owns", false of a watch app, a TV app or a kiosk (REPORT-watchecg #1).
// Without host_kinds the documents now name no kind of device; written,
// the kinds are named as before.
func TestHostKindsDefaultNamesNoKind(t *testing.T) {
	p := &Product{}
	for _, tc := range []struct {
		kinds                []string
		where, owner, plural string
	}{
		{nil, "on a device the customer owns", "host device's", "devices"},
		{[]string{"watch"}, "on a smartwatch the customer owns", "smartwatch's", "smartwatches"},
		{[]string{"phone", "tablet"}, "on a phone or tablet the customer owns", "phone's or tablet's", "phones or tablets"},
	} {
		pt := Part{ID: "app", Name: "App", Runs: "customer_device", HostKinds: tc.kinds}
		if got := pt.Where(); got != tc.where {
			t.Errorf("%v: Where = %q, want %q", tc.kinds, got, tc.where)
		}
		if got := pt.HostOwner(); got != tc.owner {
			t.Errorf("%v: HostOwner = %q, want %q", tc.kinds, got, tc.owner)
		}
		if got := p.HostNouns([]Part{pt}); got != tc.plural {
			t.Errorf("%v: HostNouns = %q, want %q", tc.kinds, got, tc.plural)
		}
		if strings.Contains(pt.Where()+pt.HostOwner(), "computer") && len(tc.kinds) == 0 {
			t.Errorf("unwritten host_kinds names a computer")
		}
	}
}
