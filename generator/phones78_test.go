package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/eprotrial: trial participants use the app on their own phones
// or on a provisioned Android phone the sponsor buys from Veritrial,
// locked by Veritrial's MDM (parts[].maker_supplied = true). The CSD and
// the lifecycle page said the phones were always the patients' own, that
// Veritrial "neither supplies nor updates" their platforms and that the
// patient patches the operating system and moves the app to a supported
// version; the MDS2 form said the product has no hardware of its own
// (DOC-11, PLOK-1 Yes, CONN-1 No) and that the phone's owner decides what
// is installed on it.
func TestPhones78MakerSuppliedPhones(t *testing.T) {
	read := buildFixture(t, "eprotrial")
	csd, life, mds2 := read("eprotrial/csd.md"), read("eprotrial/lifecycle.md"), read("eprotrial/mds2.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"Patients of the customer use the Veritrial ePRO at home, on their own phones or on phones the manufacturer supplies.",
		"| Veritrial ePRO app | On a patient's or caregiver's own phone or one the manufacturer supplies | On a patient's or caregiver's own phone, the patient or caregiver keeps its operating system up to date; who does so on a phone the manufacturer supplies is not stated;",
		"which the patients or caregivers supply, or Veritrial Health Ltd on the phones it supplies: whether Veritrial Health Ltd updates them on those phones is not stated,",
		"the Veritrial ePRO app runs on a patient's or caregiver's own phone or on a phone the manufacturer supplies;",
		"| Platforms the patients or caregivers supply, or the manufacturer on the phones it supplies |")
	kindtest.SaysAll(t, "lifecycle.md", life,
		"so the patient or caregiver, not the customer, moves it to a supported version on their own phone; who does so on one the manufacturer supplies is not stated;")
	for name, doc := range map[string]string{"csd.md": csd, "lifecycle.md": life, "mds2.md": mds2} {
		kindtest.SaysNone(t, name, doc, "neither supplies nor updates", "The patient or caregiver keeps the phone's operating system",
			"the product has no hardware of its own", "that machine's owner", "caregiver's own phone;", "caregiver's own phone.")
	}
	for _, q := range []string{"DOC-11", "PLOK-1", "CONN-1", "SAHD-12"} {
		row := rowOf(mds2, "| "+q+" |")
		if !strings.Contains(row, "| Not stated |") {
			t.Errorf("mds2.md: %s should be Not stated beside phones the manufacturer supplies, got %q", q, row)
		}
	}
}

// Without parts[].maker_supplied the same product keeps its wording: the
// phones are the patients' own.
func TestPhones78UnwrittenKeepsOwnPhones(t *testing.T) {
	files, _ := buildFixtureEdited(t, "eprotrial", "eprotrial.toml", func(s string) string {
		return strings.Replace(s, "maker_supplied = true\n", "", 1)
	})
	csd := files["eprotrial/csd.md"]
	kindtest.SaysAll(t, "csd.md", csd,
		"Patients of the customer use the Veritrial ePRO at home, on their own phones.",
		"| Veritrial ePRO app | On a patient's or caregiver's own phone | The patient or caregiver keeps the phone's operating system up to date;",
		"Veritrial Health Ltd neither supplies nor updates them")
	kindtest.SaysNone(t, "csd.md", csd, "manufacturer supplies", "it supplies")
	if row := rowOf(files["eprotrial/mds2.md"], "| CONN-1 |"); !strings.Contains(row, "[No]") {
		t.Errorf("mds2.md: CONN-1 should stay No without maker_supplied, got %q", row)
	}
}

// testdata/breastpump: hospitals rent the pump to NICU mothers, pharmacies
// for use at home. "The customer provides the pump to patients for use at
// home" was false for the hospital; the sentence now claims no more than
// that patients may use it at home (home_use).
func TestPhones78HomeSentenceClaimsNoOnlyHome(t *testing.T) {
	csd := buildFixture(t, "breastpump")("nurtura-duo-pro/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"The customer provides the Nurtura Duo Pro pump to patients, who may use the Nurtura Duo Pro at home; the Nurtura app runs on the patients' or caregivers' own phones.")
	kindtest.SaysNone(t, "csd.md", csd, "to patients for use at home")
}

// rowOf is the first line of doc that starts with prefix ("" if none).
func rowOf(doc, prefix string) string {
	for _, l := range strings.Split(doc, "\n") {
		if strings.HasPrefix(l, prefix) {
			return l
		}
	}
	return ""
}
