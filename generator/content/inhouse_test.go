package content

import (
	"slices"
	"strings"
	"testing"
)

// TestInHouseContradictions: in_house = true is an error beside what
// cannot be true of a device a hospital makes only for itself (a US
// market, unwritten markets, other customers, an MDS2 form or notices,
// updates only for customers with a service agreement, paid extended
// support), and none of those is an error without in_house.
func TestInHouseContradictions(t *testing.T) {
	const head = "schema_version = 2\nid = \"p\"\n"
	const agreement = "[updates]\nrecipients = \"service_agreement\"\nagreement = \"The Northgate service desk installs each update.\"\n"
	const marketed = "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2020-01-15\nend_of_marketing = 2024-06-30\n"
	const modelMarketed = "[[models]]\nid = \"A\"\nname = \"A\"\nend_of_marketing = 2024-06-30\n"
	const extended = "[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2020-01-15\nend_of_support = 2026-06-30\nextended_support_until = 2028-06-30\nextended_support = \"Security updates for a yearly fee.\"\n"
	for _, tc := range []struct {
		name, src string
		want      string // part of the one in_house error's "path: message"; "" for none
	}{
		{"eu only", "in_house = true\nmarkets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n", ""},
		{"organisation", "in_house = true\nmarkets = [\"eu\"]\ncustomer = \"organisation\"\n[documents]\nbuild = [\"csd\"]\n", ""},
		{"markets unwritten", "in_house = true\n[documents]\nbuild = [\"csd\"]\n", "in_house: true, but markets is not written"},
		{"us market", "in_house = true\nmarkets = [\"eu\", \"us\"]\n[documents]\nbuild = [\"csd\"]\n", "in_house: true, but markets (eu, us) names us"},
		{"other makers", "in_house = true\nmarkets = [\"eu\"]\ncustomer = \"manufacturer\"\n[documents]\nbuild = [\"csd\"]\n", "in_house: true, but customer is manufacturer"},
		{"several kinds", "in_house = true\nmarkets = [\"eu\"]\ncustomer = [\"hospital\", \"individual\"]\n[documents]\nbuild = [\"csd\"]\n", "in_house: true, but customer is hospital, individual"},
		{"mds2", "in_house = true\nmarkets = [\"eu\"]\n[documents]\nbuild = [\"csd\", \"mds2\"]\n", "documents.build: builds mds2, but in_house is true"},
		{"notices", "in_house = true\nmarkets = [\"eu\"]\n[documents]\nbuild = [\"csd\", \"notices\"]\n", "documents.build: builds notices, but in_house is true"},
		{"not in-house, us and mds2", "markets = [\"eu\", \"us\"]\ncustomer = \"manufacturer\"\n[documents]\nbuild = [\"csd\", \"mds2\"]\n", ""},
		{"service agreement", "in_house = true\nmarkets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n" + agreement, "updates.recipients: \"service_agreement\", but in_house is true"},
		{"updates to every customer", "in_house = true\nmarkets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n[updates]\nrecipients = \"every_customer\"\n", ""},
		{"not in-house, service agreement", "markets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n" + agreement, ""},
		{"paid extended support", "in_house = true\nmarkets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n" + extended, "versions[0].extended_support_until: 2028-06-30, but in_house is true"},
		{"not in-house, paid extended support", "markets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n" + extended, ""},
		{"version's end of marketing", "in_house = true\nmarkets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n" + marketed, "versions[0].end_of_marketing: 2024-06-30, but in_house is true"},
		{"model's end of marketing", "in_house = true\nmarkets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n" + modelMarketed, "models[0].end_of_marketing: 2024-06-30, but in_house is true"},
		{"end of marketing does not apply", "in_house = true\nmarkets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n" + strings.Replace(marketed, "2024-06-30", "\"not_applicable\"", 1), ""},
		{"not in-house, ends of marketing", "markets = [\"eu\"]\n[documents]\nbuild = [\"csd\"]\n" + marketed + modelMarketed, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range validated(t, head+tc.src) {
				if d.Severity == Error && strings.Contains(d.Message, "in_house") || d.Path == "in_house" {
					got = append(got, d.Path+": "+d.Message)
				}
			}
			switch {
			case tc.want == "" && len(got) > 0:
				t.Errorf("got %q, want no in_house error", got)
			case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
				t.Errorf("got %q, want one error containing %q", got, tc.want)
			}
		})
	}
}

// TestInHouseEndOfMarketing: an in-house device is never marketed, so an
// end of marketing the data leave unset does not apply, in the version
// and model tables and in the key beneath them (before, the tables said
// "Not announced", as if a date were to come); a marketed product's
// stays unset, and a date given stays the date.
func TestInHouseEndOfMarketing(t *testing.T) {
	d := NewDate(2024, 6, 30)
	on := NewDate(2026, 11, 1)
	inHouse := &Product{InHouse: true, Markets: []string{"eu"}}
	marketed := &Product{Markets: []string{"eu"}}
	for _, tc := range []struct {
		name string
		p    *Product
		in   Date
		na   bool
	}{
		{"in-house, unset", inHouse, Date{}, true},
		{"in-house, stated not to apply", inHouse, NotApplicableDate(), true},
		{"marketed, unset", marketed, Date{}, false},
		{"marketed, stated not to apply", marketed, NotApplicableDate(), true},
		{"marketed, dated", marketed, d, false},
		{"nil product, unset", nil, Date{}, false},
	} {
		if got := tc.p.EndOfMarketing(tc.in); got.NotApplicable() != tc.na {
			t.Errorf("%s: EndOfMarketing(%v).NotApplicable() = %v, want %v", tc.name, tc.in, got.NotApplicable(), tc.na)
		}
	}
	if got := marketed.EndOfMarketing(d); got != d {
		t.Errorf("EndOfMarketing(%v) = %v, want the date", d, got)
	}
	for _, tc := range []struct {
		name              string
		p                 Product
		notApply, modelNA bool
		notAnnounced      bool
	}{
		// A version with every milestone but its end of marketing: the
		// key has "Does not apply" in-house, "Not announced" otherwise.
		{"in-house version", Product{InHouse: true, Versions: []Version{{Version: "1", GeneralAvailability: NewDate(2024, 1, 1), EndOfProduction: NewDate(2027, 1, 1), EndOfLife: NewDate(2027, 1, 1), EndOfGuaranteedSupport: NewDate(2027, 1, 1), EndOfSupport: NewDate(2027, 1, 1)}}}, true, false, false},
		{"marketed version", Product{Versions: []Version{{Version: "1", GeneralAvailability: NewDate(2024, 1, 1), EndOfProduction: NewDate(2027, 1, 1), EndOfLife: NewDate(2027, 1, 1), EndOfGuaranteedSupport: NewDate(2027, 1, 1), EndOfSupport: NewDate(2027, 1, 1)}}}, false, false, true},
		// A model with its own end of support and production only.
		{"in-house model", Product{InHouse: true, Models: []Model{{ID: "A", EndOfProduction: NewDate(2027, 1, 1), EndOfSupport: NewDate(2027, 1, 1)}}}, true, true, false},
		{"marketed model", Product{Models: []Model{{ID: "A", EndOfProduction: NewDate(2027, 1, 1), EndOfSupport: NewDate(2027, 1, 1)}}}, false, false, true},
	} {
		k := tc.p.MilestonesKey(on)
		if k.DoesNotApply != tc.notApply || k.ModelDoesNotApply != tc.modelNA || k.NotAnnounced != tc.notAnnounced {
			t.Errorf("%s: MilestonesKey = %+v, want DoesNotApply %v, ModelDoesNotApply %v, NotAnnounced %v", tc.name, k, tc.notApply, tc.modelNA, tc.notAnnounced)
		}
	}
}

// TestMilestonesNotApplicable: the milestones lifecycle.json lists as not
// applying are those the tables print "Does not apply" for: stated so in
// the data, in milestone order, and an in-house device's end of marketing
// left out (a model's too); a date, or a milestone left out of a
// marketed product's data, is not among them.
func TestMilestonesNotApplicable(t *testing.T) {
	d := NewDate
	na := NotApplicableDate()
	v := Version{Version: "1", GeneralAvailability: d(2020, 1, 1), EndOfProduction: na, EndOfGuaranteedSupport: na, EndOfSupport: d(2030, 1, 1)}
	dated := v
	dated.EndOfMarketing = d(2025, 1, 1)
	inHouse, marketed := &Product{InHouse: true}, &Product{}
	for _, c := range []struct {
		name string
		p    *Product
		v    Version
		want []string
	}{
		{"marketed", marketed, v, []string{"end_of_production", "end_of_guaranteed_support"}},
		{"marketed, dated", marketed, dated, []string{"end_of_production", "end_of_guaranteed_support"}},
		{"in-house", inHouse, v, []string{"end_of_marketing", "end_of_production", "end_of_guaranteed_support"}},
		{"marketed, none", marketed, Version{Version: "2", GeneralAvailability: d(2020, 1, 1)}, nil},
	} {
		if got := c.p.MilestonesNotApplicable(c.v); !slices.Equal(got, c.want) {
			t.Errorf("%s: MilestonesNotApplicable = %q, want %q", c.name, got, c.want)
		}
	}
	m := Model{ID: "A", EndOfSupport: d(2030, 1, 1)}
	if got := inHouse.ModelMilestonesNotApplicable(m); !slices.Equal(got, []string{"end_of_marketing"}) {
		t.Errorf("in-house model: %q, want end_of_marketing", got)
	}
	if got := marketed.ModelMilestonesNotApplicable(m); got != nil {
		t.Errorf("marketed model: %q, want none", got)
	}
}

// TestInHouseWording: what the stage tables and promises say follows
// in_house, and nothing else.
func TestInHouseWording(t *testing.T) {
	for _, tc := range []struct {
		p                  *Product
		eol, audience, esu string
	}{
		{nil, "Between the version's end of life and its end of support", "customers", "every customer"},
		{&Product{Markets: []string{"eu"}}, "Between the version's end of life and its end of support", "customers", "every customer"},
		{&Product{InHouse: true, Markets: []string{"eu"}}, "Between the version's end of life and its end of support", "the product's users", "every installation"},
	} {
		if got := tc.p.EndOfLifeMeans(); got != tc.eol {
			t.Errorf("%+v: EndOfLifeMeans() = %q, want %q", tc.p, got, tc.eol)
		}
		if got := tc.p.NoticeAudience(); got != tc.audience {
			t.Errorf("%+v: NoticeAudience() = %q, want %q", tc.p, got, tc.audience)
		}
		if got := tc.p.ExtendedReachesEvery(); got != tc.esu {
			t.Errorf("%+v: ExtendedReachesEvery() = %q, want %q", tc.p, got, tc.esu)
		}
	}
}

// TestInHouseZoneLabels: a diagram's zone (RunsLabel) names the hospital
// or organisation that makes and runs an in-house device, and the
// customer for any other product, whatever the zone.
func TestInHouseZoneLabels(t *testing.T) {
	app := Part{ID: "app", Runs: "customer_device"}
	for _, tc := range []struct {
		name string
		p    *Product
		want map[PartRuns]string
	}{
		{"marketed to hospitals", &Product{Customer: kinds("hospital"), Parts: []Part{app}}, map[PartRuns]string{
			"customer_infrastructure": "Customer infrastructure", "customer_hosted": "Hosted by the customer",
			"customer_device": "On the customer's own device", "device": "On the device", "manufacturer_hosted": "Hosted by the manufacturer"}},
		{"in-house, hospital", &Product{InHouse: true, Parts: []Part{app}}, map[PartRuns]string{
			"customer_infrastructure": "Hospital infrastructure", "customer_hosted": "Hosted by the hospital",
			"customer_device": "On the hospital's own device", "device": "On the device", "manufacturer_hosted": "Hosted by the manufacturer"}},
		{"in-house, organisation", &Product{InHouse: true, Customer: kinds("organisation")}, map[PartRuns]string{
			"customer_infrastructure": "Organisation infrastructure", "customer_hosted": "Hosted by the organisation"}},
	} {
		for r, want := range tc.want {
			if got := tc.p.RunsLabel(r); got != want {
				t.Errorf("%s: RunsLabel(%s) = %q, want %q", tc.name, r, got, want)
			}
		}
	}
	// Parts on devices of differing owners (Part.OwnedBy).
	for _, tc := range []struct {
		inHouse bool
		owners  []string
		want    string
	}{
		{false, []string{"", "users"}, "On the customer's or its users' own devices"},
		{true, []string{"", "users"}, "On the hospital's or its users' own devices"},
		{false, []string{"customer_or_users"}, "On the customer's or its user's own device"},
		{true, []string{"customer_or_users"}, "On the hospital's or its user's own device"},
	} {
		p := &Product{InHouse: tc.inHouse}
		for i, o := range tc.owners {
			p.Parts = append(p.Parts, Part{ID: string(rune('a' + i)), Runs: "customer_device", OwnedBy: o})
		}
		if got := p.RunsLabel("customer_device"); got != tc.want {
			t.Errorf("in_house %v, owners %q: RunsLabel = %q, want %q", tc.inHouse, tc.owners, got, tc.want)
		}
	}
}

// TestInHouseRelatedSystemWords: a related system is labelled, placed and
// patched in the words of the product's own parts: an in-house device's
// hospital where a marketed product's documents say "the customer",
// whether the system states its runs or is a part of the product; its
// own patch_policy is its author's and stays as written; a system the
// manufacturer hosts is worded the same way for both.
func TestInHouseRelatedSystemWords(t *testing.T) {
	server := Part{ID: "server", Runs: "customer_hosted"}
	byRuns := RelatedSystem{ID: "a", Runs: "customer_hosted"}
	byPart := RelatedSystem{ID: "b", Part: "server"}
	ownPolicy := RelatedSystem{ID: "c", Runs: "customer_hosted", PatchPolicy: "The customer's IT department patches it monthly."}
	hosted := RelatedSystem{ID: "d", Runs: "manufacturer_hosted"}
	for _, tc := range []struct {
		inHouse                bool
		s                      RelatedSystem
		label, runs, patchedBy string
	}{
		{false, byRuns, "Hosted by the customer", "runs on a server the customer hosts", "The customer patches"},
		{true, byRuns, "Hosted by the hospital", "runs on a server the hospital hosts", "The hospital patches"},
		{false, byPart, "Hosted by the customer", "runs on a server the customer hosts", "The customer patches"},
		{true, byPart, "Hosted by the hospital", "runs on a server the hospital hosts", "The hospital patches"},
		{true, ownPolicy, "Hosted by the hospital", "runs on a server the hospital hosts", "The customer's IT department patches it monthly."},
		{false, hosted, "Hosted by the manufacturer", "is hosted by the manufacturer", ""},
		{true, hosted, "Hosted by the manufacturer", "is hosted by the manufacturer", ""},
		{true, RelatedSystem{ID: "e"}, "", "", ""},
		// Its label and its place say the same, whatever the product's
		// own parts run on (here patients' phones, PatientsDevices).
		{false, RelatedSystem{ID: "f", Runs: "customer_device"}, "On the customer's own device", "runs on a device the customer owns", "The customer keeps"},
	} {
		p := &Product{InHouse: tc.inHouse, Parts: []Part{server}}
		if tc.s.ID == "f" {
			p.HomeUse, p.Customer = True, kinds("hospital")
			p.Parts = append(p.Parts, Part{ID: "app", Runs: "customer_device"})
		}
		if got := p.RelatedRunsLabel(tc.s); got != tc.label {
			t.Errorf("in_house %v, %s: RelatedRunsLabel = %q, want %q", tc.inHouse, tc.s.ID, got, tc.label)
		}
		if got := p.RelatedRunsWhere(tc.s); got != tc.runs {
			t.Errorf("in_house %v, %s: RelatedRunsWhere = %q, want %q", tc.inHouse, tc.s.ID, got, tc.runs)
		}
		if got := p.RelatedPatchedBy(tc.s); !strings.HasPrefix(got, tc.patchedBy) || (tc.patchedBy == "") != (got == "") {
			t.Errorf("in_house %v, %s: RelatedPatchedBy = %q, want it to begin %q", tc.inHouse, tc.s.ID, got, tc.patchedBy)
		}
	}
}
