package csd

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestCSDAddressesClinicsOnlyWhereNamed: a home-use product without a
// customer addresses "the clinics that support them" only where the data
// name a clinic (an account's role, a part's or interface's name). The
// fertility app, used by the user alone ("No hospital, clinic or other
// organisation is involved"), named none but its CSD addressed clinics;
// cgmhome's Clinic staff account, or such an account added to the app,
// keeps them.
func TestCSDAddressesClinicsOnlyWhereNamed(t *testing.T) {
	const clinics = "at home, and the clinics that support them, what"
	for _, tc := range []struct {
		name, fixture, id string
		edit              func(*content.Product)
		opening, subject  string
		clinics           bool
	}{
		{"fertility app, no clinic named", "fertilityapp", "calyra-cycle", nil,
			"This document gives the people who use the Calyra Cycle what Calyra Health B.V. states about", "for patients and caregivers", false},
		{"fertility app with a clinic's account", "fertilityapp", "calyra-cycle", func(p *content.Product) {
			p.Accounts = append(p.Accounts, content.Account{Role: "Clinic staff", Kind: "user"})
		}, "This document gives the patients and caregivers who use the Calyra Cycle at home, and the clinics that support them, what", "for patients, caregivers and the clinics that support them", true},
		{"cgmhome, Clinic staff account and portal", "cgmhome", "glucosense", nil,
			clinics, "for patients, caregivers and the clinics that support them", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join("..", "..", "testdata", tc.fixture)
			c, _ := kindtest.Load(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"))
			kp, _ := kindtest.Product(t, c, tc.id)
			if tc.edit != nil {
				tc.edit(kp.Product)
			}
			env := kindtest.Env(c, kp.Documents.CSD.ReleaseDate)
			prep, _ := kindtest.Prepare(t, Kind, env, kp)
			md := kindtest.Render(t, env, kp, prep.Documents[0])
			kindtest.SaysAll(t, tc.fixture+" CSD", md, tc.opening)
			if !tc.clinics {
				kindtest.SaysNone(t, tc.fixture+" CSD", md, "clinics that support them")
			}
			if got := subjectFor(kp); !strings.HasSuffix(got, tc.subject) {
				t.Errorf("subject %q, want it to end %q", got, tc.subject)
			}
		})
	}
}
