package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/mds2"
)

// hearingaidOwned edits the hearingaid fixture so that Aurelle Fit states
// (owned) or does not state owned_by = "customer" (the clinic's own PCs).
func hearingaidOwned(t *testing.T, owned bool) func(string) string {
	const fit, line = "host_kinds = [\"computer\"]\n", "owned_by = \"customer\"\n"
	return func(s string) string {
		if !strings.Contains(s, fit) {
			t.Fatalf("fixture lacks %q", fit)
		}
		s = strings.Replace(s, fit+line, fit, 1)
		if owned {
			s = strings.Replace(s, fit, fit+line, 1)
		}
		return s
	}
}

// TestMDS2HostRadioNoteOwner: the note on the hearing aids' No to Wi-Fi
// and cellular says whose computer Aurelle Fit runs on as the part states
// it (the clinic's own, owned_by = "customer"; else a patient's), and
// gives a computer's connections as Wi-Fi or Ethernet, not mobile data
// (a phone's: cgmhome keeps it, TestMDS2HostRadioNote).
func TestMDS2HostRadioNoteOwner(t *testing.T) {
	const (
		site = "../../testdata/hearingaid/jspgen.toml"
		prod = "../../testdata/hearingaid/content/aurelle.toml"
	)
	for _, tc := range []struct {
		name  string
		owned bool
		want  string
	}{
		{"the clinic's own PCs", true, "The network connection of Aurelle Fit (on a computer the customer owns) is whatever connection the computer has, such as Wi-Fi or Ethernet: those are the computer's, not the device's."},
		{"owner not written", false, "The network connection of Aurelle Fit (on a patient's or caregiver's own computer) is whatever connection the computer has, such as Wi-Fi or Ethernet: those are the computer's, not the device's."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f, _, _, _ := resolveCase(t, copyCase(t, site, prod, hearingaidOwned(t, tc.owned)))
			row, ok := f.Row("CONN-1.1.1")
			if !ok {
				t.Fatal("no row CONN-1.1.1")
			}
			if row.Answer != mds2.No || !strings.Contains(row.NoteText, tc.want) {
				t.Errorf("CONN-1.1.1 = %s, note %q; want No with a note saying %q", row.Answer, row.NoteText, tc.want)
			}
			if strings.Contains(row.NoteText, "mobile data") {
				t.Errorf("the note gives a computer mobile data: %q", row.NoteText)
			}
		})
	}
}

// TestMDS2CONN3CustomerOwnedAtHome: a port by which software on the
// clinic's own PCs (owned_by = "customer" in a product used at home)
// reaches the clinic's own system (peer_part) is communication inside the
// customer's network: CONN-3 Yes. On a patient's own computer (owner not
// written) it is not on the customer's network, and decides nothing.
func TestMDS2CONN3CustomerOwnedAtHome(t *testing.T) {
	const (
		site = "../../testdata/hearingaid/jspgen.toml"
		prod = "../../testdata/hearingaid/content/aurelle.toml"
		hand = "\"CONN-3\" = { answer = \"no\", note = 5 }\n"
		pms  = "\n[[parts]]\nid = \"pms\"\nname = \"Clinic practice management system\"\nruns = \"customer_infrastructure\"\n" +
			"\n[[ports]]\nnumber = 8443\ntransport = \"tcp\"\nservice = \"HTTPS\"\npurpose = \"Patient records from the practice management system.\"\ndirection = \"out\"\ninterface = \"fit-net\"\npeer_part = \"pms\"\nencrypted = true\n"
		anchor = "\n[[models]]\n"
	)
	for _, tc := range []struct {
		name  string
		owned bool
		yes   bool
	}{
		{"the clinic's own PCs", true, true},
		{"owner not written", false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			edit := func(s string) string {
				s = hearingaidOwned(t, tc.owned)(s)
				if !strings.Contains(s, anchor) {
					t.Fatalf("fixture lacks %q", anchor)
				}
				s = strings.Replace(strings.Replace(s, hand, "", 1), anchor, pms+anchor, 1)
				return s
			}
			f, _, _, _ := resolveCase(t, copyCase(t, site, prod, edit))
			row, ok := f.Row("CONN-3")
			if !ok {
				t.Fatal("no row CONN-3")
			}
			if got := row.Answer == mds2.Yes && fromData(&row); got != tc.yes {
				t.Errorf("CONN-3 = %s (%s); want derived Yes: %v", row.Answer, row.Basis, tc.yes)
			}
		})
	}
}
