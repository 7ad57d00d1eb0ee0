package generator

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// testdata/inhouse is an in-house device (EU MDR Article 5(5)): Northgate
// University Hospital makes the SepsisWatch early-warning model and uses
// it only on its own wards (in_house = true, markets = ["eu"]); its
// product file's header says what it holds and what the model cannot say.

// TestInHouseNeverMarketed: the plan said the model "is marketed in the
// European Union", and every stage table said a version at end of life is
// "No longer sold"; an in-house device is neither marketed nor sold, and
// its Limited Support is not defined by notices it never issues.
func TestInHouseNeverMarketed(t *testing.T) {
	read := buildFixture(t, "inhouse")
	plan := read("sepsiswatch/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"**Not applicable.** The product data state that the Northgate SepsisWatch is an in-house device: Northgate University Hospital makes it and uses it itself only, in the European Union, and does not place it on the market, in the United States or elsewhere.",
		"| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that Northgate University Hospital tells the product's users remains for the version (see [11.2 Notice commitments](#11-2-notice-commitments)). | None listed |")
	kindtest.SaysNone(t, "security-plan.md", plan, "is marketed in", "No longer sold")
	lc := read("sepsiswatch/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"| Limited Support | End of life | Between the version's end of life and its end of support; support is limited to the maintenance that Northgate University Hospital tells the product's users remains for a version. |")
	// No notice is issued for an in-house device (check refuses them), so
	// no stage is defined by one.
	kindtest.SaysNone(t, "lifecycle.md", lc, "No longer sold", "end-of-support notice announces")
	kindtest.SaysNone(t, "security-plan.md", plan, "end-of-support notice about the version states")
	kindtest.SaysNone(t, "csd.md", read("sepsiswatch/csd.md"), "No longer sold", "is marketed in")
}

// TestInHouseNoCustomersToTell: the hospital has no customers, so the
// plan's and the CSD's promises of interim mitigations and of notice
// before end of support went to "customers" no one is; they reach the
// product's users.
func TestInHouseNoCustomersToTell(t *testing.T) {
	read := buildFixture(t, "inhouse")
	plan := read("sepsiswatch/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"| Vulnerability with an uncontrolled risk | Interim mitigations communicated to the product's users within 7 days |",
		"Northgate University Hospital gives the product's users at least 3 months' notice before a version reaches end of support")
	kindtest.SaysNone(t, "security-plan.md", plan, "communicated to customers", "gives customers")
	csd := read("sepsiswatch/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| Vulnerability whose risk is not controlled | Interim mitigations communicated to the product's users within 7 days; fix released within 30 days |")
	kindtest.SaysNone(t, "csd.md", csd, "communicated to customers", "PSIRT", "advisories", "FDA", "524B")
	kindtest.SaysNone(t, "security-plan.md", plan, "PSIRT", "MDS2")
}

// TestInHouseNamesTheHospitalNotACustomer: the hospital that makes
// SepsisWatch is its only user, yet the documents' own words said it was
// "Hosted by the customer", that "the customer carries the risk" after
// end of support, and headed the plan's notice section "Customer
// notification". They name the hospital (content.TheCustomer); a
// marketed product keeps "the customer" (TestInHouseWordsOnlyInHouse).
func TestInHouseNamesTheHospitalNotACustomer(t *testing.T) {
	read := buildFixture(t, "inhouse")
	csd := read("sepsiswatch/csd.md")
	kindtest.SaysAll(t, "csd.md", csd,
		"| SepsisWatch scoring service | Hosted by the hospital |",
		"The hospital monitors the host; for the application's security events",
		"| Hospital Active Directory | Hospital infrastructure | Not stated (the hospital's own system) | Not stated; no data at rest is listed on this part | Not stated (the hospital's own system) |",
		"| Enabled | Hospital can disable |")
	plan := read("sepsiswatch/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"the SepsisWatch scoring service, on a server the hospital hosts.",
		"### 9.8 Notification of the product's users",
		"| A user of the product reports a suspected incident |",
		"each stage relies more on compensating controls; Northgate University Hospital, which makes the Northgate SepsisWatch and is its only user, keeps the responsibility for them at every stage.")
	lc := read("sepsiswatch/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"Risk to the hospital grows once updates stop",
		"keeps the responsibility for them at every stage.")
	for name, text := range map[string]string{"csd.md": csd, "lifecycle.md": lc} {
		kindtest.SaysNone(t, name, text, "hosted by the customer", "Hosted by the customer", "The customer",
			"the customer carries", "Customer can disable", "Customer infrastructure")
	}
	kindtest.SaysNone(t, "security-plan.md", plan, "(hosted by the customer)", "a server the customer hosts",
		"the customer carries", "Customer notification", "Customer reports", "Customer can disable")
}

// TestInHouseZonesAreTheHospitals: the plan's system view labelled the
// zones "Customer infrastructure" and "Hosted by the customer", in the
// drawing and in its alt text, and the ports section said "the parts on
// the customer's network listen on 8443/TCP"; the hospital that makes
// SepsisWatch runs it on its own network and directory.
func TestInHouseZonesAreTheHospitals(t *testing.T) {
	read := buildFixture(t, "inhouse")
	plan, svg := read("sepsiswatch/security-plan.md"), read("sepsiswatch/views/global-system.svg")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"![Global system view. Hospital infrastructure: Hospital Active Directory; Hospital EHR FHIR API; Hospital SIEM. Hosted by the hospital: SepsisWatch scoring service. DF-01:",
		"As shipped, the parts on the hospital's network listen on 8443/TCP (SepsisWatch scoring service).")
	kindtest.SaysAll(t, "global-system.svg", svg, ">Hospital infrastructure</text>", ">Hosted by the hospital</text>",
		"<desc id=\"desc\">Global system view. Hospital infrastructure:")
	for name, text := range map[string]string{"security-plan.md": plan, "global-system.svg": svg} {
		kindtest.SaysNone(t, name, text, "Customer infrastructure", "Hosted by the customer", "customer's network")
	}
}

// TestInHouseFirewallProseNamesTheHospital: where the CSD gives no
// firewall rule it said no part "sits on the customer's network", or
// that every port is on a link "which joins no network of the
// customer's"; an in-house device's network is the hospital's. The
// fixture has rules, so each edit reaches one of the two sentences: the
// scoring service's interfaces moved onto the directory (the hospital's
// own infrastructure, not the product), or marked internal.
func TestInHouseFirewallProseNamesTheHospital(t *testing.T) {
	for _, c := range []struct {
		name      string
		edit      *strings.Replacer
		want, old string
	}{
		{"ports only on the hospital's infrastructure", strings.NewReplacer(`part = "engine"`, `part = "directory"`),
			"No firewall rule is given: no part of the product with a port in the table above sits on the hospital's network.",
			"sits on the customer's network"},
		// An internal link's ports name no endpoint or part outside it.
		{"ports only on internal links", strings.NewReplacer(`can_disable = false`, "can_disable = false\ninternal = true",
			`peer_part = "directory"`, "", `endpoints = ["Hospital EHR FHIR API"]`, "", `endpoints = ["Hospital administrative network"]`, "",
			`endpoints = ["Hospital Active Directory domain controllers"]`, "", `endpoints = ["Hospital SIEM"]`, ""),
			"which joins no network of the hospital's.", "joins no network of the customer's"},
	} {
		t.Run(c.name, func(t *testing.T) {
			files, _ := buildFixtureEdited(t, "inhouse", "sepsiswatch.toml", c.edit.Replace)
			csd := files["sepsiswatch/csd.md"]
			kindtest.SaysAll(t, "csd.md", csd, c.want)
			kindtest.SaysNone(t, "csd.md", csd, c.old)
		})
	}
}

// TestInHouseWordsOnlyInHouse: a hospital that buys and hosts a product
// (selfhosted) is a customer, and its documents keep saying so.
func TestInHouseWordsOnlyInHouse(t *testing.T) {
	read := buildFixture(t, "selfhosted")
	plan, csd := read("cortexa-fx/security-plan.md"), read("cortexa-fx/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "Hosted by the customer", "Customer can disable")
	kindtest.SaysAll(t, "security-plan.md", plan, "### 9.8 Customer notification", "| Customer reports a suspected incident |",
		"After a version's end of support Cortexa publishes no rebuilt images for it, and the hospital carries the risk of running it.")
	kindtest.SaysNone(t, "security-plan.md", plan, "Hosted by the hospital", "Notification of the product's users", "A user of the product reports")
	// The zones and the ports sentence keep the customer's words too.
	svg := read("cortexa-fx/views/global-system.svg")
	kindtest.SaysAll(t, "global-system.svg", svg, ">Customer infrastructure</text>", ">Hosted by the customer, in its own cloud tenancy</text>")
	kindtest.SaysNone(t, "global-system.svg", svg, "Hospital infrastructure", "Hosted by the hospital")
	kindtest.SaysAll(t, "security-plan.md", plan, "the parts on the network of the customer's cloud tenancy listen on 443/TCP")
}

// inHouseRegistry is a related system of SepsisWatch, on a server the
// hospital hosts, for the tests that add one to the inhouse fixture.
const inHouseRegistry = `
[[related_systems]]
id = "registry"
name = "Northgate sepsis registry"
kind = "server_software"
runs = "customer_hosted"
description = "The clinical informatics team's registry of sepsis alerts and outcomes, which reads SepsisWatch's scores for audit."
`

// TestInHouseRelatedSystemsNameTheHospital: a related system of an
// in-house device, on a server the hospital hosts or on its own
// infrastructure, was "Hosted by the customer", "server software that
// runs on a server the customer hosts" and patched by "the customer" in
// the plan and the CSD, where the product's own parts named the hospital
// (TestInHouseNamesTheHospitalNotACustomer). The fixture has no related
// system; the edit adds one on a server and one on the hospital's own
// phones and tablets.
func TestInHouseRelatedSystemsNameTheHospital(t *testing.T) {
	files, _ := buildFixtureEdited(t, "inhouse", "sepsiswatch.toml", func(s string) string {
		return s + inHouseRegistry + `
[[related_systems]]
id = "wardapp"
name = "Northgate ward rounds app"
kind = "other"
runs = "customer_device"
description = "Shows the ward's patients at the bedside, with a link to each patient's SepsisWatch score."
`
	})
	for _, doc := range []string{"sepsiswatch/security-plan.md", "sepsiswatch/csd.md"} {
		text := files[doc]
		kindtest.SaysAll(t, doc, text,
			" is server software that runs on a server the hospital hosts.",
			"| Hosted | Hosted by the hospital |",
			"| Who patches it | The hospital patches",
			"that runs on a device the hospital owns.",
			"| Hosted | On the hospital's own device |")
		kindtest.SaysNone(t, doc, text, "the customer hosts", "Hosted by the customer", "The customer patches",
			"Customer infrastructure", "customer's")
	}
}

// inHouseESU adds to SepsisWatch's product file extended security updates
// for two of its components, with postgresql's reach as given (extended_for
// left out when ""): CPython's supplier support ended before the fixture's
// date (2026-11-01) and the hospital obtains the updates for every
// installation; postgresql's likewise ended.
func inHouseESU(pgFor string) func(string) string {
	return func(s string) string {
		pg := ""
		if pgFor != "" {
			pg = "extended_for = \"" + pgFor + "\"\n"
		}
		return s + `
[[components]]
name = "cpython"
version = "3.12.7"
support = "limited"
end_of_support = 2026-01-01
extended_until = 2027-10-01
extended_for = "every_customer"

[[support_rules]]
id = "pg-esu"
name = "postgresql"
level = "limited"
end_of_support = 2026-01-01
extended_until = 2027-10-01
` + pg
	}
}

// TestInHouseExtendedSecurityUpdates: extended security updates an
// in-house device's hospital obtains for every installation were said to
// "reach every customer", and updates whose reach is not stated said
// "which customers receive them is not stated"; the hospital has no
// customers. They reach every installation, and whether the hospital
// obtains them is what is not stated. Updates for "customers_who_buy"
// describe no one: check refuses them (inventory.InHouseBought); the
// marketed wording is pinned by TestExtendedSecurityUpdatesAttention and
// TestInHouseWording.
func TestInHouseExtendedSecurityUpdates(t *testing.T) {
	files, _ := buildFixtureEdited(t, "inhouse", "sepsiswatch.toml", inHouseESU(""))
	for _, doc := range []string{"sepsiswatch/security-plan.md", "sepsiswatch/csd.md"} {
		text := files[doc]
		kindtest.SaysAll(t, doc, text,
			"Supplier support has ended for one component that still receives security fixes under extended security updates that reach every installation;",
			"| postgresql | 16.10 | Limited support (as stated); supplier support ended on 2026-01-01; extended security updates until 2027-10-01 (whether the hospital obtains them is not stated) |")
		kindtest.SaysNone(t, doc, text, "reach every customer", "which customers receive them")
	}
	// The CSD's count of support levels puts postgresql (limited support
	// as stated, its supplier's ended) apart, as its table row does, not
	// among the components with limited support.
	kindtest.SaysAll(t, "csd.md", files["sepsiswatch/csd.md"],
		"0 actively maintained, 0 with limited support, 0 no longer maintained and 0 abandoned by their makers, and 1 stated as supported whose end of supplier support has passed, and 1 stated as supported whose supplier support has ended, with security fixes continuing under extended security updates;")
	for _, tc := range []struct {
		pgFor string
		err   bool
	}{{"customers_who_buy", true}, {"every_customer", false}} {
		site, dir := kindtest.CopyRepo(t, "testdata/inhouse/jspgen.toml", "testdata/inhouse/content", "sepsiswatch.toml", inHouseESU(tc.pgFor))
		_, err := Check(Options{SiteFile: site, ContentDir: dir})
		want := `support_rules[0]: component postgresql 16.10 (pkg:generic/postgresql@16.10): extended_for = "customers_who_buy"`
		if got := err != nil && strings.Contains(err.Error(), want); got != tc.err {
			t.Errorf("extended_for = %q: check: %v; want an error %q: %v", tc.pgFor, err, want, tc.err)
		}
	}
}

// TestInHouseEndOfMarketingDoesNotApply: with end_of_marketing left out
// (the fixture writes "not_applicable"), the version tables of an
// in-house device said "Not announced", as if a date were to come; it is
// never marketed, so it does not apply, as when written so, and the key
// says what that means (content.Product.EndOfMarketing); so too the
// model's own end of marketing.
func TestInHouseEndOfMarketingDoesNotApply(t *testing.T) {
	files, _ := buildFixtureEdited(t, "inhouse", "sepsiswatch.toml", func(s string) string {
		s = strings.ReplaceAll(s, "end_of_marketing = \"not_applicable\"\n", "")
		return strings.Replace(s, "in the hospital's data centre.\"\n", "in the hospital's data centre.\"\nend_of_production = 2030-06-30\n", 1)
	})
	for _, doc := range []string{"sepsiswatch/security-plan.md", "sepsiswatch/csd.md", "sepsiswatch/lifecycle.md"} {
		kindtest.SaysAll(t, doc, files[doc],
			"| 1.4 | End of Support | 2024-03-01 | Does not apply | Does not apply |",
			"| 2.1 | Support | 2026-08-03 | Does not apply | Does not apply | Not announced |")
	}
	// The model's own milestones (its end of production given, so that
	// the table is printed), with the key's words for a model.
	for _, doc := range []string{"sepsiswatch/security-plan.md", "sepsiswatch/lifecycle.md"} {
		kindtest.SaysAll(t, doc, files[doc],
			"| SW-HOSP | SepsisWatch, Northgate University Hospital installation | Does not apply | 2030-06-30 |",
			`A milestone marked "Does not apply" is one the version or model will never reach.`)
		kindtest.SaysNone(t, doc, files[doc], "| Not announced | 2030-06-30 |")
	}
	// lifecycle.json tells a tool the same: the milestones that do not
	// apply, which its properties leave out as they leave out those not
	// announced.
	var lc struct {
		Product struct {
			ModelMilestones []struct {
				ID            string   `json:"id"`
				NotApplicable []string `json:"milestones_not_applicable"`
			} `json:"model_milestones"`
		} `json:"product"`
		Versions []struct {
			Version       string   `json:"version"`
			NotApplicable []string `json:"milestones_not_applicable"`
		} `json:"versions"`
	}
	if err := json.Unmarshal([]byte(files["sepsiswatch/lifecycle.json"]), &lc); err != nil {
		t.Fatal(err)
	}
	for _, v := range lc.Versions {
		// the fixture writes end_of_production = "not_applicable"
		if want := []string{"end_of_marketing", "end_of_production"}; !slices.Equal(v.NotApplicable, want) {
			t.Errorf("lifecycle.json: version %s: milestones_not_applicable %q, want %q", v.Version, v.NotApplicable, want)
		}
	}
	if m := lc.Product.ModelMilestones; len(m) != 1 || !slices.Equal(m[0].NotApplicable, []string{"end_of_marketing"}) {
		t.Errorf("lifecycle.json: model_milestones %+v, want SW-HOSP's end_of_marketing not applicable", m)
	}
}

// TestInHouseEndOfSupportIsTheHospitalsOwnDecision: the stage tables said
// at End of Support that "the hospital carries the risk and should
// replace, upgrade or isolate the product", while the hospital, which
// makes and uses SepsisWatch, states in end_of_life.risk_transfer that a
// version past its end of support is switched off. An in-house product's
// row gives that statement; without one it keeps the general advice.
func TestInHouseEndOfSupportIsTheHospitalsOwnDecision(t *testing.T) {
	const own = "No further updates or support. A version past its end of support is switched off: the hospital runs no unsupported version."
	read := buildFixture(t, "inhouse")
	plan, lc := read("sepsiswatch/security-plan.md"), read("sepsiswatch/lifecycle.md")
	kindtest.SaysAll(t, "security-plan.md", plan, "| End of Support | End of support | "+own+" | 1.4 |")
	kindtest.SaysAll(t, "lifecycle.md", lc, "| End of Support | End of support | "+own+" |")
	for name, text := range map[string]string{"security-plan.md": plan, "lifecycle.md": lc} {
		kindtest.SaysNone(t, name, text, "carries the risk and should", "carries the security risk and should")
	}

	files, _ := buildFixtureEdited(t, "inhouse", "sepsiswatch.toml", kindtest.Replace("risk_transfer = \"A version past its end of support is switched off: the hospital runs no unsupported version.\"\n", ""))
	kindtest.SaysAll(t, "no risk_transfer: security-plan.md", files["sepsiswatch/security-plan.md"], "No further updates or support; whether the security risk passes to the hospital at end of support is not stated; the hospital should")
	kindtest.SaysAll(t, "no risk_transfer: lifecycle.md", files["sepsiswatch/lifecycle.md"], "No further updates or support. Whether the security risk passes to the hospital at end of support is not stated; the hospital should")
	kindtest.SaysNone(t, "no risk_transfer: lifecycle.md", files["sepsiswatch/lifecycle.md"], "switched off")
}
