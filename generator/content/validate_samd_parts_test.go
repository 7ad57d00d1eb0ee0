package content

import (
	"strings"
	"testing"
)

// TestSaMDWithoutPartsWarning: software as a medical device that lists no
// [[parts]] has no device of its own, so check asks where it runs, at
// "parts", whenever a built document draws it (the risk report's
// data-flow diagram too, REPORT-submission A6) or says who updates it;
// never "who installs updates on the device". A device keeps that
// warning, and the risk report alone gives it none.
func TestSaMDWithoutPartsWarning(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const samd = "samd = true\n"
	const flow = "\n[[data_flows]]\nid = \"DF-01\"\nfrom = \"device\"\nto = \"Hospital EHR\"\ndata = [\"phi\"]\nprotection = \"TLS\"\n"
	const riskOnly = "\n[documents]\nbuild = [\"risk_report\"]\n\n[documents.risk_report]\nid = \"RR-1\"\n"
	const planOnly = "\n[documents]\nbuild = [\"security_plan\"]\n"
	const where = "warning: parts: not stated: where the product runs; it is software as a medical device (samd = true) and lists no [[parts]]"
	const onDevice = "warning: parts: not stated: who installs updates on the device"
	for _, tt := range []struct {
		name, src         string
		wantWhere, device bool
		says              string
	}{
		{"samd, risk report with a data flow", head + samd + flow + riskOnly, true, false, ": the risk report's data-flow diagram draws it in no trust zone ("},
		{"samd, risk report without data flows", head + samd + riskOnly, false, false, ""},
		{"samd, plan with a data flow", head + samd + flow + planOnly, true, false,
			`: the security plan's architecture views draw it in no trust zone; the plan's updatability view says "Not stated" for who installs its updates (`},
		{"samd, every document", head + samd + flow + "\n[documents.risk_report]\nid = \"RR-1\"\n", true, false, "the security plan's architecture views and the risk report's data-flow diagram draw it in no trust zone"},
		{"samd with a part", head + samd + "\n[[parts]]\nid = \"app\"\nname = \"App\"\nruns = \"customer_device\"\n" + riskOnly, false, false, ""},
		{"device, risk report with a data flow", head + flow + riskOnly, false, false, ""},
		{"device, plan", head + flow + planOnly, false, true, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := loadParts(t, tt.src)
			if got := hasDiagIn(diags, where); got != tt.wantWhere {
				t.Errorf("where-it-runs warning reported: %v, want %v\n  %s", got, tt.wantWhere, diagText(diags))
			}
			if got := hasDiagIn(diags, onDevice); got != tt.device {
				t.Errorf("on-the-device warning reported: %v, want %v\n  %s", got, tt.device, diagText(diags))
			}
			if tt.says != "" && !strings.Contains(diagText(diags), tt.says) {
				t.Errorf("the warning does not say %q:\n  %s", tt.says, diagText(diags))
			}
		})
	}
}
