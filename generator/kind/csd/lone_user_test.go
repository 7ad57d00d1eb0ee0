package csd

import (
	"path/filepath"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCloudServiceSendsNone: a cloud service whose entry writes
// data = [] is sent no data, and the CSD's 15.1 says None; one that
// does not write the key says Not stated. The fertility app's website
// (data = [], the static "what's new" page) printed Not stated.
func TestCloudServiceSendsNone(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "fertilityapp")
	c, _ := kindtest.Load(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
	kp, _ := kindtest.Product(t, c, "calyra-cycle")
	kp.Product.Source.Release() // as the build does before rendering: the key must outlive it
	env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	md := kindtest.Render(t, env, kp, prep.Documents[0])
	kindtest.SaysAll(t, "fertilityapp CSD", md, `| The static "what's new" page the app shows. | None | www.calyra-health.example |`)
}

// fixtureCSDOf renders the CSD of product id of fixture, with the key
// positions released as the build releases them before rendering.
func fixtureCSDOf(t *testing.T, fixture, id string) string {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", fixture)
	c, _ := kindtest.Load(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
	kp, _ := kindtest.Product(t, c, id)
	kp.Product.Source.Release()
	env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
	prep, _ := kindtest.Prepare(t, Kind, env, kp)
	return kindtest.RenderBuilt(t, env, kp, prep.Documents[0], kindtest.Built(kp))
}

// TestCSDLoneUserIsNoCustomer: a product patients use at home with no
// customer organisation and no clinic named (the fertility app, used by
// the user alone; the wheelchair, whose app is on the rider's phone)
// addresses the user: no "customer's network", no phone "the customer
// owns", no notices "to customers". A home product whose data name a
// clinic (cgmhome's Clinic portal) keeps "customer", which covers the
// clinic, and so does one a customer organisation provides (psgsleep).
func TestCSDLoneUserIsNoCustomer(t *testing.T) {
	for _, tc := range []struct {
		fixture, id string
		says, never []string
	}{
		{"fertilityapp", "calyra-cycle",
			[]string{"| Calyra Cycle app | On the user's own phone |", "| User can disable |",
				`"As shipped" is the port's state before the user changes any setting.`,
				"No firewall rule is given: no part of the product listens on the user's home network; the Calyra Cycle app runs on a phone the user owns and connects from whatever network that device is on.",
				"What the product requires of the user's own devices and home network is not stated.",
				"Interim mitigations communicated to the product's users within",
				"Whether and how responsibility for the security risk passes to the user at end of support is not stated."},
			[]string{"customer's network", "sits on the user's home network", "the customer owns", "customer's own phone", "Customer can disable", "before the customer changes", "communicated to customers", "passes to the customer", "customer's infrastructure"}},
		{"wheelchair", "velo",
			[]string{"| Ports listening on the user's home network as shipped |", "3.3 Firewall rules for the parts on the user's home network", "Velo app (on the user's own phone)"},
			[]string{"customer's network", "the customer owns", "customer's own phone"}},
		{"cgmhome", "glucosense", []string{"runs on a phone the customer owns"}, []string{"user's home network", "the user owns"}},
		{"psgsleep", "somnotrack", []string{"Customer can disable"}, []string{"user's home network", "User can disable"}},
	} {
		t.Run(tc.fixture, func(t *testing.T) {
			md := fixtureCSDOf(t, tc.fixture, tc.id)
			kindtest.SaysAll(t, tc.fixture+" CSD", md, tc.says...)
			kindtest.SaysNone(t, tc.fixture+" CSD", md, tc.never...)
		})
	}
}

// TestCSDFertilityAppFormAnswers: the fertility app's CSD gives what its
// data and MDS2 form say. Its key facts put "As shipped" before the list
// of interface states, not after "(state not stated)", where it read as
// if the unknown state were what ships (finding 7); 4.3 points to the
// form's note on RMOT-3 (updates through the app stores) rather than
// "Not stated" beside it (finding 6); section 14 says the form does not
// state permanent deletion either, where SGUD-2's only note says "Not
// stated", not that the form "refers to its notes" (finding 9).
func TestCSDFertilityAppFormAnswers(t *testing.T) {
	md := fixtureCSDOf(t, "fertilityapp", "calyra-cycle")
	kindtest.SaysAll(t, "fertilityapp CSD", md,
		"| Interfaces | 3 | As shipped: Phone internet connection (used by the app) (whether it is on is not stated), ",
		"| Other things Calyra Health B.V. does with the product remotely (software updates, configuration, training) | See the MDS2 form (RMOT-3, note 7) |",
		"The MDS2 form does not state how to delete data permanently either (MDS2 form, SGUD-2: no answer, only note 1).")
	kindtest.SaysNone(t, "fertilityapp CSD", md, ") as shipped |", "the MDS2 form refers to its notes (MDS2 form, SGUD-2")
}

// TestCSDFormNoteOnlyUnstated: where the form answers a backup or
// hardening question only with a note that says "Not stated" (cgmhome's
// DTBK-1, note 1), the CSD says so, not that the form refers to its
// notes, which promised guidance the note does not give; a note with
// content (DTBK-2, note 3) is still referred to.
func TestCSDFormNoteOnlyUnstated(t *testing.T) {
	md := fixtureCSDOf(t, "cgmhome", "glucosense")
	kindtest.SaysAll(t, "cgmhome CSD", md,
		"the form's note 1 for DTBK-1 says only that it is not stated",
		"the form refers to its note 3 for DTBK-2, DTBK-3, DTBK-4, DTBK-5 and DTBK-6",
		// each note named once with the questions it answers
		"the form's note 1 for SAHD-1, SAHD-7, SAHD-8, SAHD-9, SAHD-10 and SAHD-16 says only that they are not stated")
	kindtest.SaysNone(t, "cgmhome CSD", md, "DTBK-1, note 1, DTBK-2", "DTBK-2, note 3, DTBK-3, note 3")
}
