package generator

import (
	"strings"
	"testing"
)

// TestCSDSecurityEventsNameTheProductOrTheDevice: section 7's sentence
// for a product that lists no security events speaks of the product when
// it is software only (the cloud SaMD has no device: it said "Which
// security events the device records is not stated.") and of the device
// when it has one and no part the manufacturer hosts (the review
// workstation), whether the events are not stated or written as none. A
// device with a part the manufacturer hosts and no store of logs on the
// device (the wearable's sensor, whose cloud may keep the logs) speaks of
// the product (content.Product.LogNoun): "the device records" would place
// the audit log on the sensor in the patient's hands.
func TestCSDSecurityEventsNameTheProductOrTheDevice(t *testing.T) {
	none := func(s string) string {
		i := strings.Index(s, "\n[documents]")
		return s[:i] + "\n[logging]\nevents = []\n" + s[i:]
	}
	samdNone, _ := buildFixtureEdited(t, "cloudsamd", "lumentriage.toml", none)
	wearNone, _ := buildFixtureEdited(t, "wearable", "glucowear.toml", none)
	wsNone, _ := buildFixtureEdited(t, "workstation", "viewpoint-rw.toml", none)
	for _, c := range []struct {
		name, doc, want, never string
	}{
		{"software only, not stated", buildCloudSaMD(t)("lumentriage/csd.md"), "Which security events the product records is not stated beyond the MDS2 form's answers:", "the device records"},
		{"software only, none", samdNone["lumentriage/csd.md"], "The product records no security events.", "The device records"},
		{"device, not stated", buildWorkstation(t)("viewpoint-rw/csd.md"), "Which security events the device records is not stated beyond the MDS2 form's answers:", "the product records"},
		{"device, none", wsNone["viewpoint-rw/csd.md"], "The device records no security events.", "The product records"},
		{"device with a hosted part, not stated", buildWearable(t)("glucowear/csd.md"), "Which security events the product records is not stated beyond the MDS2 form's answers:", "the device records"},
		{"device with a hosted part, none", wearNone["glucowear/csd.md"], "The product records no security events.", "The device records"},
	} {
		if !strings.Contains(c.doc, c.want) {
			t.Errorf("%s: the CSD lacks %q", c.name, c.want)
		}
		if strings.Contains(c.doc, c.never) {
			t.Errorf("%s: the CSD says %q", c.name, c.never)
		}
	}
}
