package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

func siem(supported content.Tri) func(*world) {
	return func(w *world) { w.p.Logging.SIEM.Supported = supported }
}

// TestCheckAUDT52AgainstData: a hand AUDT-5.2 Yes (audit logs sent to a
// SIEM by IHE ATNA) beside logging.siem.supported = false warns; a note,
// a No, a SIEM not stated or supported, and the export questions that are
// no forwarding to a SIEM (AUDT-5, 5.1, 5.3 Yes) do not.
func TestCheckAUDT52AgainstData(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	runAgainstData(t, []againstDataCase{
		{"ATNA Yes beside no SIEM", "AUDT-5.2", yes, siem(content.False),
			"answer Yes, but logging.siem.supported (content/p.toml:1) is false: that is no events forwarded to a SIEM or log collector, so no audit log sent to a SIEM by IHE ATNA; correct the answer, or explain it in a note ({ answer = \"yes\", note = n })"},
		{"ATNA Yes with its note", "AUDT-5.2", content.MDS2Answer{Answer: "yes", Note: 1}, siem(content.False), ""},
		{"ATNA No beside no SIEM", "AUDT-5.2", no, siem(content.False), ""},
		{"ATNA Yes, SIEM not stated", "AUDT-5.2", yes, siem(content.Unstated), ""},
		{"ATNA Yes beside a SIEM", "AUDT-5.2", yes, siem(content.True), ""},
		{"export Yes beside no SIEM", "AUDT-5", yes, siem(content.False), ""},
		{"media Yes beside no SIEM", "AUDT-5.1", yes, siem(content.False), ""},
		{"other means Yes beside no SIEM", "AUDT-5.3", yes, siem(content.False), ""},
	})
}

// TestCheckSIEMChannels: AUDT-5.2 and AUDT-5.3 both No, at least one by
// hand, beside logging.siem.supported = true warns at the hand answer
// (AUDT-5.3's when both are); a note on either, a Yes to either, N/A
// (AUDT-5 No), neither given, and a SIEM not stated or not supported do
// not.
func TestCheckSIEMChannels(t *testing.T) {
	y, n, na := mds2.Yes, mds2.No, mds2.NA
	no, noNote := content.MDS2Answer{Answer: "no"}, content.MDS2Answer{Answer: "no", Note: 3}
	const msg = "the form answers AUDT-5.2 (by IHE ATNA) No and AUDT-5.3 (by other means) No, but logging.siem.supported (content/p.toml:1) is true: events forwarded to a SIEM or log collector leave by IHE ATNA or by another means such as syslog, and physical media (AUDT-5.1) forward none; correct one of the answers, or explain it in a note ({ answer = \"no\", note = n })"
	tests := []struct {
		name     string
		supports content.Tri
		a52, a53 mds2.Answer
		givens   map[string]given
		wantAt   string // "" for no warning
	}{
		{"both No by hand", content.True, n, n, givens(giv("AUDT-5.2", no), giv("AUDT-5.3", no)), "mds2.answers.AUDT-5.3"},
		{"ATNA No by hand, other means derived", content.True, n, n, givens(giv("AUDT-5.2", no)), "mds2.answers.AUDT-5.2"},
		{"other means No by hand", content.True, n, n, givens(giv("AUDT-5.3", no)), "mds2.answers.AUDT-5.3"},
		{"ATNA No with its note", content.True, n, n, givens(giv("AUDT-5.2", noNote), giv("AUDT-5.3", no)), ""},
		{"other means No with its note", content.True, n, n, givens(giv("AUDT-5.2", no), giv("AUDT-5.3", noNote)), ""},
		{"syslog: other means Yes", content.True, n, y, givens(giv("AUDT-5.2", no), giv("AUDT-5.3", content.MDS2Answer{Answer: "yes"})), ""},
		{"ATNA Yes", content.True, y, n, givens(giv("AUDT-5.2", content.MDS2Answer{Answer: "yes"}), giv("AUDT-5.3", no)), ""},
		{"N/A under AUDT-5 No", content.True, na, na, givens(), ""},
		{"neither by hand", content.True, n, n, givens(), ""},
		{"no SIEM", content.False, n, n, givens(giv("AUDT-5.2", no), giv("AUDT-5.3", no)), ""},
		{"SIEM not stated", content.Unstated, n, n, givens(giv("AUDT-5.2", no), giv("AUDT-5.3", no)), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			w.p.Logging.SIEM.Supported = tc.supports
			r := newResolver(w)
			r.checkSIEMChannels(map[string]mds2.Answer{"AUDT-5": y, "AUDT-5.2": tc.a52, "AUDT-5.3": tc.a53}, tc.givens)
			switch {
			case tc.wantAt == "" && len(r.diags) > 0:
				t.Errorf("warned: %v", r.diags)
			case tc.wantAt != "" && (len(r.diags) != 1 || r.diags[0].Path != tc.wantAt || r.diags[0].Message != msg || r.diags[0].Severity != content.Warning):
				t.Errorf("got %v; want one warning at %s: %q", r.diags, tc.wantAt, msg)
			}
		})
	}
}

// TestResolveWarnsOfSIEMContradictions: the warnings come with the
// resolved form, so check reports them: an AUDT-5.2 Yes beside a SIEM
// stated unsupported, and AUDT-5.2 and 5.3 No beside one stated
// supported, passed check silently while the CSD said the opposite of
// the form. AUDT-5 No beside a supported SIEM was already refused (the
// derivation's contradiction), and still is.
func TestResolveWarnsOfSIEMContradictions(t *testing.T) {
	tests := []struct {
		name     string
		supports content.Tri
		answers  map[string]content.MDS2Answer
		want     string
	}{
		{"ATNA beside no SIEM", content.False,
			map[string]content.MDS2Answer{"AUDT-5": {Answer: "yes"}, "AUDT-5.2": {Answer: "yes"}},
			"mds2.answers.AUDT-5.2: answer Yes, but logging.siem.supported (content/p.toml:1) is false"},
		{"no channel beside a SIEM", content.True,
			map[string]content.MDS2Answer{"AUDT-5.1": {Answer: "yes"}, "AUDT-5.2": {Answer: "no"}, "AUDT-5.3": {Answer: "no"}},
			"mds2.answers.AUDT-5.3: the form answers AUDT-5.2 (by IHE ATNA) No and AUDT-5.3 (by other means) No, but logging.siem.supported"},
		{"no export beside a SIEM", content.True,
			map[string]content.MDS2Answer{"AUDT-5": {Answer: "no"}},
			"mds2.answers.AUDT-5: answer No contradicts the product data: logging.siem.supported"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := newWorld()
			w.p.Logging.SIEM.Supported = tc.supports
			w.p.MDS2.Answers = tc.answers
			_, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
			if msgs := strings.Join(diagLines(t, diags), "\n"); !strings.Contains(msgs, tc.want) {
				t.Errorf("no diagnostic %q among\n%s", tc.want, msgs)
			}
		})
	}
}
