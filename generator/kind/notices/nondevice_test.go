package notices

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNonDeviceComponentAssessment: a component whose support ends before
// the version's is warned about for health IT too (medical_device =
// false), but asks whether the product changes lifecycle stage, not
// what IMDRF N70, written for devices, asks of the device.
func TestNonDeviceComponentAssessment(t *testing.T) {
	for _, tc := range []struct {
		name       string
		md         content.Tri
		want, none string
	}{
		{"device", content.Unstated, "record an assessment (IMDRF N70: assess whether the device changes lifecycle stage)", "the product changes"},
		{"medical_device = true", content.True, "record an assessment (IMDRF N70: assess whether the device changes lifecycle stage)", "the product changes"},
		{"health IT", content.False, "record an assessment (assess whether the product changes lifecycle stage)", "N70"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, _, diags := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content", func(p *content.Product) {
				p.MedicalDevice = tc.md
				p.Components = append(p.Components, content.Component{Name: "libx", Version: "1", Support: "maintained", EndOfSupport: content.NewDate(2027, 1, 1)})
			})
			var got []string
			for _, d := range diags {
				if strings.Contains(d.Message, "component libx 1") {
					got = append(got, d.Message)
				}
			}
			if len(got) != 1 || !strings.Contains(got[0], tc.want) || strings.Contains(got[0], tc.none) {
				t.Errorf("got %q; want one containing %q and not %q", got, tc.want, tc.none)
			}
		})
	}
}

// TestNonDeviceShortNoticeReason: a moved date's reason for short notice
// says the 24 months are what IMDRF N70 asks for of a device, and what
// it recommends for medical devices in a notice about health IT; a
// notice released before IMDRF N70 (n70 false) does not cite it.
func TestNonDeviceShortNoticeReason(t *testing.T) {
	v := &content.Version{Version: "1.0", GeneralAvailability: content.NewDate(2025, 5, 12),
		EndOfLife: content.NewDate(2026, 6, 30), EndOfSupport: content.NewDate(2028, 12, 31)}
	n := content.Notice{DateChanges: []content.NoticeDateChange{{Version: "1.0", Milestone: "end_of_life", Previous: content.NewDate(2030, 6, 30), ShortNotice: "Sales stop early."}}}
	for _, tc := range []struct {
		notDevice, n70 bool
		want           string
	}{
		{false, true, "End of life (moved by this notice from 2030-06-30); less than the 24 months' notice IMDRF N70 asks for: Sales stop early."},
		{true, true, "End of life (moved by this notice from 2030-06-30); less than the 24 months' notice IMDRF N70 recommends for medical devices: Sales stop early."},
		{false, false, "End of life (moved by this notice from 2030-06-30); less than 24 months' notice: Sales stop early."},
		{true, false, "End of life (moved by this notice from 2030-06-30); less than 24 months' notice: Sales stop early."},
	} {
		if got := versionDates(n, []*content.Version{v}, tc.notDevice, tc.n70); len(got) == 0 || got[0].Milestone != tc.want {
			t.Errorf("not a device %v, N70 in force %v: got %+v; want first %q", tc.notDevice, tc.n70, got, tc.want)
		}
	}
}
