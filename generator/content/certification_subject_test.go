package content

import (
	"strings"
	"testing"
)

// TestCertificationAssesses: SAHD-2 of the pump's 4.1.0 form was derived
// Yes from an IEC 81001-5-1 process assessment. What a certification is
// of comes from subject, else from the standard its name names, and is
// not stated when the name names none, or standards of both subjects.
func TestCertificationAssesses(t *testing.T) {
	for _, tc := range []struct {
		name, subject, want string
	}{
		{"UL 2900-2-1 (network-connectable medical devices)", "", SubjectProduct},
		{"UL2900-1", "", SubjectProduct},
		{"ISA/IEC 62443-4-2 (ISASecure CSA)", "", SubjectProduct},
		{"IEC 62443-3-3 SL2", "", SubjectProduct},
		{"IEC 81001-5-1:2021 process assessment", "", SubjectProcess},
		{"IEC 62443-4-1:2018", "", SubjectProcess},
		{"ISO/IEC 27001:2022", "", SubjectProcess},
		{"IEC 62443-4-12", "", ""}, // not 62443-4-1
		{"Cybersecurity mark", "", ""},
		{"IEC 62443-4-1 and 4-2 (ISASecure)", "", SubjectProcess}, // "4-2" alone names no standard
		{"IEC 62443-4-1 and IEC 62443-4-2", "", ""},               // both subjects: not stated
		{"IEC 62443-4-1 and IEC 62443-4-2", "product", SubjectProduct},
		{"IEC 81001-5-1 process assessment", "product", SubjectProduct}, // written wins
		{"UL 2900-2-1", "process", SubjectProcess},
	} {
		c := Certification{Name: tc.name, Subject: tc.subject}
		if got := c.Assesses(); got != tc.want {
			t.Errorf("Certification{Name: %q, Subject: %q}.Assesses() = %q, want %q", tc.name, tc.subject, got, tc.want)
		}
	}
}

// TestCertificationSubjectWarning: with the MDS2 form built, check warns
// about a certification whose subject is not stated (SAHD-2 counts it
// neither way); not about one whose name or subject says it, nor without
// the form. A subject outside product and process is an error.
func TestCertificationSubjectWarning(t *testing.T) {
	const mds2 = "[mds2]\nother = \"None.\"\n"
	entry := func(name, extra string) string {
		return "[[certifications]]\nname = \"" + name + "\"\nbody = \"Lab\"\ndate = 2025-04-18\nscope = \"The pump\"\n" + extra
	}
	const warning = `certifications[0].name: names no standard whose subject is known, and subject is not written`
	for _, tc := range []struct {
		name, src string
		want      string // a diagnostic containing this; "" for none mentioning certifications
	}{
		{"unknown name, MDS2 built", certBase + mds2 + entry("Cybersecurity mark", ""), warning},
		{"unknown name, no MDS2 form", certBase + entry("Cybersecurity mark", ""), ""},
		{"known standard", certBase + mds2 + entry("IEC 81001-5-1:2021", ""), ""},
		{"subject written", certBase + mds2 + entry("Cybersecurity mark", "subject = \"product\"\n"), ""},
		{"subject not one of product, process", certBase + mds2 + entry("Cybersecurity mark", "subject = \"device\"\n"), `certifications[0].subject: want one of product, process; got "device"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(tc.src))
			all := strings.Join(got, "\n")
			if tc.want != "" && !strings.Contains(all, tc.want) {
				t.Errorf("no diagnostic containing\n  %s\ngot:\n  %s", tc.want, strings.Join(got, "\n  "))
			}
			if tc.want == "" && strings.Contains(all, "certifications[") {
				t.Errorf("unexpected diagnostic about certifications:\n  %s", strings.Join(got, "\n  "))
			}
		})
	}
}
