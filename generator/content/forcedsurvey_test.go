package content

import (
	"strings"
	"testing"
)

// TestNoticeNoOperatingSystem: an end-of-life or end-of-support notice
// about a device that runs no operating system says so with
// no_operating_system = true instead of an operating_systems entry that
// stands for none; without either, check warns that operating_systems is not written,
// and the two together contradict each other.
func TestNoticeNoOperatingSystem(t *testing.T) {
	src := onDevice(hostedHead)
	without := strings.Replace(src, "operating_systems = [\"OS\"]\n", "", 1)
	none := strings.Replace(src, "operating_systems = [\"OS\"]\n", "no_operating_system = true\n", 1)
	both := strings.Replace(src, "operating_systems = [\"OS\"]\n", "operating_systems = [\"OS\"]\nno_operating_system = true\n", 1)
	if without == src || none == src {
		t.Fatal("hostedHead no longer states operating_systems")
	}
	const missing = "warning: notices[0].operating_systems: not written"
	const clash = "notices[0].no_operating_system:"
	for _, tc := range []struct {
		name           string
		src            string
		missing, clash bool
	}{
		{"operating systems listed", src, false, false},
		{"neither written", without, true, false},
		{"no operating system", none, false, false},
		{"both written", both, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			if got := hasDiagIn(diags, missing); got != tc.missing {
				t.Errorf("%s reported: %v, want %v\n  %s", missing, got, tc.missing, diagText(diags))
			}
			if got := hasDiagIn(diags, clash); got != tc.clash {
				t.Errorf("%s reported: %v, want %v\n  %s", clash, got, tc.clash, diagText(diags))
			}
		})
	}
}
