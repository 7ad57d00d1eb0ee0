package content

import (
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

// TestInHouseWording: what the stage tables and promises say follows
// in_house, and nothing else.
func TestInHouseWording(t *testing.T) {
	for _, tc := range []struct {
		p                  *Product
		eol, audience, esu string
	}{
		{nil, "No longer sold", "customers", "every customer"},
		{&Product{Markets: []string{"eu"}}, "No longer sold", "customers", "every customer"},
		{&Product{InHouse: true, Markets: []string{"eu"}}, "No longer put into new use", "the product's users", "every installation"},
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
		{false, hosted, "Hosted by the manufacturer", "is hosted by the manufacturer", "The manufacturer"},
		{true, hosted, "Hosted by the manufacturer", "is hosted by the manufacturer", "The manufacturer"},
		{true, RelatedSystem{ID: "e"}, "", "", ""},
		// Its label and its place say the same, whatever the product's
		// own parts run on (here patients' phones, PatientsDevices).
		{false, RelatedSystem{ID: "f", Runs: "customer_device"}, "On the customer's own device", "runs on a phone, tablet or computer the customer owns", "The customer keeps"},
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
