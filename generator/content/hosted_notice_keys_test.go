package content

import (
	"strings"
	"testing"
)

// TestHostedOnlyNoticeNeedsNoCustomerSideKeys: a notice about versions
// nothing of which runs at the customer (only the manufacturer hosts
// them) could not be built without decommissioning steps and operating
// systems, though neither has a customer-side meaning there (the notice
// says so itself, as it does of backup and isolation). A notice about a
// product that runs at the customer still needs both (IMDRF N70).
func TestHostedOnlyNoticeNeedsNoCustomerSideKeys(t *testing.T) {
	without := strings.NewReplacer("operating_systems = [\"OS\"]\n", "", "decommissioning = \"D\"\n", "").Replace(hostedHead)
	if without == hostedHead {
		t.Fatal("hostedHead no longer states operating_systems and decommissioning")
	}
	keys := []string{"warning: notices[0].operating_systems: not written", "warning: notices[0].decommissioning: not stated"}
	customerHosted := func(src string) string {
		return strings.Replace(src, "[[versions]]", "[[parts]]\nid = \"gw\"\nname = \"Gateway\"\nruns = \"customer_hosted\"\n[[versions]]", 1)
	}
	for _, tc := range []struct {
		name     string
		src      string
		reported bool
	}{
		{"hosted only", without, false},
		{"hosted only, keys given", hostedHead, false},
		{"on a device", onDevice(without), true},
		{"hosted and customer-hosted", customerHosted(without), true},
		{"on a device, keys given", onDevice(hostedHead), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			for _, k := range keys {
				if got := hasDiagIn(diags, k); got != tc.reported {
					t.Errorf("%s reported: %v, want %v\n  %s", k, got, tc.reported, diagText(diags))
				}
			}
		})
	}
}

// TestNoticeHostedServiceDataAndSwitchOff: what other documents may say
// of a notice's hosted service: that it states the customer's data only
// when it gives an export day, a deletion day or how to export; that the
// service is switched off only from a stated switch-off on.
func TestNoticeHostedServiceDataAndSwitchOff(t *testing.T) {
	day := func(s string) Date {
		d, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	off := NoticeHostedService{SwitchOff: day("2025-12-31")}
	for _, tc := range []struct {
		h    NoticeHostedService
		want bool
	}{
		{off, false},
		{NoticeHostedService{}, false},
		{NoticeHostedService{Export: "  "}, false},
		{NoticeHostedService{ExportUntil: day("2026-01-31")}, true},
		{NoticeHostedService{DataDeleted: day("2026-03-31")}, true},
		{NoticeHostedService{Export: "From the viewer."}, true},
	} {
		if got := tc.h.StatesData(); got != tc.want {
			t.Errorf("%+v.StatesData() = %v, want %v", tc.h, got, tc.want)
		}
	}
	for _, tc := range []struct {
		h    NoticeHostedService
		on   string
		want bool
	}{
		{off, "2025-12-30", false},
		{off, "2025-12-31", true},
		{off, "2026-01-01", true},
		{NoticeHostedService{}, "2030-01-01", false},
	} {
		if got := tc.h.SwitchedOffBy(day(tc.on)); got != tc.want {
			t.Errorf("switch-off %s, SwitchedOffBy(%s) = %v, want %v", tc.h.SwitchOff, tc.on, got, tc.want)
		}
	}
}
