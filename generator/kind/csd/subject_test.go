package csd

import (
	"testing"

	"github.com/jspgen/jspgen/generator/content"
)

// TestSeveralKindsReaders: the subject of a CSD for a product sold to
// several kinds of customer names who looks after it at each kind listed,
// and no kind that is not.
func TestSeveralKindsReaders(t *testing.T) {
	for _, c := range []struct {
		kinds content.CustomerKinds
		want  string
	}{
		{content.CustomerKinds{"hospital", "organisation"}, "the people who look after the device's security at the hospitals and other organisations that buy it"},
		{content.CustomerKinds{"organisation", "hospital"}, "the people who look after the device's security at the hospitals and other organisations that buy it"},
		{content.CustomerKinds{"hospital", "individual"}, "the people who look after the device's security at the hospitals that buy it, and the clinicians and practitioners who buy it for their own use"},
		{content.CustomerKinds{"organisation", "individual"}, "the people who look after the device's security at the organisations that buy it, and the clinicians and practitioners who buy it for their own use"},
		{content.CustomerKinds{"hospital", "organisation", "individual"}, "the people who look after the device's security at the hospitals and other organisations that buy it, and the clinicians and practitioners who buy it for their own use"},
	} {
		if got := severalKindsReaders(c.kinds, "device"); got != c.want {
			t.Errorf("severalKindsReaders(%v):\n got %q\nwant %q", c.kinds, got, c.want)
		}
	}
}
