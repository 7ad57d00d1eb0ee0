package mds2form

import "github.com/jspgen/jspgen/generator/content"

// Cases for the rules of section DOC and the jspgen rows JSP-VER and
// JSP-MODELS (rules_doc.go).

func twoModels(w *world) {
	w.p.Models = []content.Model{{ID: "m1", Name: "Model One", Description: " First model. "}, {ID: "m2", Name: "Model Two"}}
}

var docRuleCases = []ruleCase{
	{"DOC-1", "manufacturer name", func(w *world) { w.site.Manufacturer.Name = "Acme Medical" },
		textBy("manufacturer.name", "Acme Medical", "manufacturer's name")},
	{"DOC-1", "no name", nil, textBy("manufacturer.name", "", "manufacturer's name")},

	{"DOC-2", "description, trimmed", func(w *world) { w.p.Description = "  An infusion pump.\n" },
		textBy("description", "An infusion pump.", "device description")},
	{"DOC-2", "no description", nil, textBy("description", "", "device description")},

	{"DOC-3", "every model when the versions name none", twoModels,
		textBy("models", "Model One; Model Two", "lists the models")},
	{"DOC-3", "only the models of the versions covered", func(w *world) {
		twoModels(w)
		w.p.Versions[0].Models = []string{"m2"}
		w.p.Versions = append(w.p.Versions, content.Version{Version: "0.1", Models: []string{"m1"},
			GeneralAvailability: date(2020, 1, 1), EndOfSupport: date(2021, 1, 1)})
	}, textBy("models", "Model Two", "lists the models")},

	{"JSP-VER", "the version generally available", nil,
		textBy("versions", "1.0 (general availability 2025-01-01)", "lists the versions covered")},
	{"JSP-VER", "supported versions with their dates, not past or future ones", func(w *world) {
		w.p.Versions = []content.Version{
			{Version: "0.8", GeneralAvailability: date(2023, 1, 1), EndOfSupport: date(2026, 1, 15)}, // ends on the release date
			{Version: "0.9", GeneralAvailability: date(2024, 1, 1), EndOfMarketing: date(2025, 1, 1),
				EndOfLife: date(2025, 6, 1), EndOfSupport: date(2026, 6, 1)},
			{Version: "1.0", GeneralAvailability: date(2026, 1, 15)}, // released on the release date
			{Version: "2.0", GeneralAvailability: date(2026, 1, 16)},
			{Version: "dev"},
		}
	}, textBy("versions", "0.9 (general availability 2024-01-01, end of life 2025-06-01, end of support 2026-06-01); 1.0 (general availability 2026-01-15)", "lists the versions covered")},
	{"JSP-VER", "without a release date, as of the build", func(w *world) {
		w.p.Documents.MDS2.ReleaseDate = content.Date{}
		w.p.Versions = append(w.p.Versions, content.Version{Version: "2.0", GeneralAvailability: date(2026, 2, 16)},
			content.Version{Version: "3.0", GeneralAvailability: date(2026, 2, 17)})
	}, textBy("versions", "1.0 (general availability 2025-01-01); 2.0 (general availability 2026-02-16)", "lists the versions covered")},
	{"JSP-VER", "mds2.versions", func(w *world) {
		w.p.Versions = append(w.p.Versions, content.Version{Version: "2.0", GeneralAvailability: date(2027, 1, 1)})
		w.p.MDS2.Versions = []string{"2.0"}
	}, textBy("mds2.versions", "2.0 (planned general availability 2027-01-01)", "lists the versions covered")},
	// The premarket form of a version released after the form's date
	// says its date is a plan (the CSD says "planned for").
	{"JSP-VER", "mds2.versions: a version generally available the day after the form", func(w *world) {
		w.p.Versions = append(w.p.Versions, content.Version{Version: "2.0", GeneralAvailability: date(2026, 1, 16)})
		w.p.MDS2.Versions = []string{"1.0", "2.0"}
	}, textBy("mds2.versions", "1.0 (general availability 2025-01-01); 2.0 (planned general availability 2026-01-16)", "lists the versions covered")},

	{"JSP-VER", "a version listed without dates", func(w *world) {
		w.p.Versions = append(w.p.Versions, content.Version{Version: "dev"})
		w.p.MDS2.Versions = []string{"dev", "1.0"}
	}, textBy("mds2.versions", "1.0 (general availability 2025-01-01); dev", "lists the versions covered")},

	{"JSP-MODELS", "models with and without descriptions", twoModels,
		textBy("models", "Model One: First model. Model Two.", "describes the models")},
	{"JSP-MODELS", "one model", nil, textBy("models", "Model One.", "describes the models")},
	{"JSP-MODELS", "a model without a name: its id", func(w *world) { w.p.Models[0].Name = "" },
		textBy("models", "m1.", "describes the models")},

	{"DOC-4", "document ID and revision", nil, textBy("documents.mds2.id", "P-MDS2, revision A", "document ID")},
	{"DOC-4", "another revision", func(w *world) { w.p.Documents.MDS2.Revision = "B" },
		textBy("documents.mds2.id", "P-MDS2, revision B", "document ID")},

	{"DOC-5", "security contact and PSIRT", func(w *world) {
		w.site.Manufacturer.SecurityContact = content.Contact{Name: "Security", Email: "sec@acme.example", URL: "https://acme.example/security"}
		w.site.Manufacturer.PSIRT = content.PSIRT{Name: "Acme PSIRT", Email: "psirt@acme.example"}
	}, textBy("manufacturer.security_contact", "Security; sec@acme.example; https://acme.example/security; Acme PSIRT: psirt@acme.example", "security contact")},
	{"DOC-5", "phone only", func(w *world) {
		w.site.Manufacturer.SecurityContact = content.Contact{Phone: "+1 555 0100"}
		w.site.Manufacturer.PSIRT = content.PSIRT{Name: "Acme PSIRT", Email: "psirt@acme.example"}
	}, textBy("manufacturer.security_contact", "+1 555 0100; Acme PSIRT: psirt@acme.example", "security contact")},
	// A site of MDS2 forms alone need not state a PSIRT: no stray ": ".
	{"DOC-5", "no PSIRT", func(w *world) {
		w.site.Manufacturer.SecurityContact = content.Contact{Name: "Security", Email: "sec@acme.example"}
		w.site.Manufacturer.PSIRT = content.PSIRT{}
	}, textBy("manufacturer.security_contact", "Security; sec@acme.example", "security contact")},

	// NEMA asks the intended use in a network-connected environment: the
	// intended use, then where it is used and the networks it joins.
	{"DOC-6", "intended use, then the use environment, trimmed", func(w *world) {
		w.p.IntendedUse = " Measuring body temperature\n"
		w.p.UseEnvironment = "\nHospital wards, on the clinical network.  "
	}, textBy("intended_use", "Measuring body temperature. Use environment: Hospital wards, on the clinical network.",
		"states the intended use, and use_environment where and by whom the device is used and the networks it joins")},
	// The use environment alone does not state an intended use: it is
	// labelled as what it is, never printed as the intended use.
	{"DOC-6", "no intended use: the use environment, labelled", func(w *world) { w.p.UseEnvironment = "\nHospital wards.  " },
		textBy("use_environment", "Use environment: Hospital wards.", "describes the use environment; intended_use is not written")},
	{"DOC-6", "intended use only", func(w *world) { w.p.IntendedUse = "Measuring body temperature." },
		textBy("intended_use", "Measuring body temperature.", "states the intended use")},
	{"DOC-6", "none", nil, textBy("use_environment", "", "use environment")},

	{"DOC-7", "release date", nil, textBy("documents.mds2.release_date", "2026-01-15", "release date")},
	{"DOC-7", "no release date", func(w *world) { w.p.Documents.MDS2.ReleaseDate = content.Date{} }, decidesNothing}, // not stated: no empty date asserted
	{"DOC-4", "no document number", func(w *world) { w.p.Documents.MDS2.ID = "" }, decidesNothing},

	{"DOC-8", "CVD policy published", func(w *world) { w.site.Manufacturer.CVDPolicyURL = "https://acme.example/cvd" },
		yesBy("manufacturer.cvd_policy_url", "https://acme.example/cvd")},
	{"DOC-8", "no CVD policy URL", nil, decidesNothing}, // honest answer not refused: No

	{"DOC-9", "ISAO member", func(w *world) { w.site.Manufacturer.ISAO = content.ISAO{Member: content.True, Name: "Health-ISAC"} },
		yesBy("manufacturer.isao.member", "is true (Health-ISAC)")},
	{"DOC-9", "not a member", func(w *world) { w.site.Manufacturer.ISAO = content.ISAO{Member: content.False, Name: "Health-ISAC"} },
		noBy("manufacturer.isao.member", "is false")},
	{"DOC-9", "membership not stated", func(w *world) { w.site.Manufacturer.ISAO = content.ISAO{Name: "Health-ISAC"} }, decidesNothing},

	{"DOC-10", "data-flow diagram", func(w *world) {
		w.p.Diagrams = []content.Diagram{{ID: "arch", Kind: "architecture"}, {ID: "df", Kind: "data_flow"}}
	}, yesBy("diagrams[1]", "(df) is a data-flow diagram")},
	{"DOC-10", "network diagram", func(w *world) {
		w.p.Diagrams = []content.Diagram{{ID: "o", Kind: "other"}, {ID: "net", Kind: "network"}, {ID: "df", Kind: "data_flow"}}
	}, yesBy("diagrams[1]", "(net) is a network diagram")},
	{"DOC-10", "other diagrams only", func(w *world) {
		w.p.Diagrams = []content.Diagram{{ID: "arch", Kind: "architecture"}, {ID: "o", Kind: "other"}}
	}, decidesNothing}, // honest answers not refused: See Note (the diagram is elsewhere) or No
	{"DOC-10", "no diagrams", nil, decidesNothing},

	{"DOC-11", "SaMD", func(w *world) { w.p.SaMD = content.True }, yesBy("samd", "is true")},
	{"DOC-11", "not SaMD", func(w *world) { w.p.SaMD = content.False }, noBy("samd", "is false")},
	{"DOC-11", "samd not stated", nil, decidesNothing},
	// SaMD on a tablet the manufacturer supplies (the rpmkit fixture):
	// hardware of its own, so not "software only" by samd alone.
	{"DOC-11", "SaMD beside a part on the device", func(w *world) {
		w.p.SaMD = content.True
		w.p.Parts = []content.Part{{ID: "tablet", Name: "Tablet", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	}, decidesNothing},
	{"DOC-11", "SaMD with parts off the device", func(w *world) {
		w.p.SaMD = content.True
		w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	}, yesBy("samd", "is true")},
	{"DOC-11.3", "a cloud part", func(w *world) {
		w.p.Parts = []content.Part{{ID: "idp", Name: "IdP", Runs: "customer_infrastructure"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	}, yesBy("parts[1].runs", "is manufacturer_hosted for Cloud")},
	{"DOC-11.3", "only customer-hosted", func(w *world) { w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}} },
		noBy("parts", "lists no part the manufacturer hosts")},
	{"DOC-11.3", "a device beside the cloud", func(w *world) {
		w.p.Parts = []content.Part{{ID: "pump", Name: "Pump", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	}, decidesNothing},
	{"DOC-11.3", "no parts", nil, decidesNothing},
	{"DOC-11.4", "a customer-hosted part", func(w *world) {
		w.p.Parts = []content.Part{{ID: "gw", Name: "Gateway", Runs: "customer_hosted"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	}, yesBy("parts[0].runs", "is customer_hosted for Gateway")},
	{"DOC-11.4", "cloud only, the customer's identity provider beside it", func(w *world) {
		w.p.Parts = []content.Part{{ID: "idp", Name: "IdP", Runs: "customer_infrastructure"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	}, noBy("parts", "lists no part the customer hosts")},
	{"DOC-11.4", "an app on the customer's phones", func(w *world) {
		w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	}, decidesNothing},
	{"DOC-11.4", "a device", func(w *world) { w.p.Parts = []content.Part{{ID: "pump", Name: "Pump", Runs: "device"}} }, decidesNothing},
	{"PLOK-1", "SaMD has no physical lock", func(w *world) { w.p.SaMD = content.True }, yesBy("samd", "is true")},
	{"PLOK-1", "a device", func(w *world) { w.p.SaMD = content.False }, noBy("samd", "is false")},
	{"PLOK-1", "samd not stated", nil, decidesNothing},
	// PLOK-1 asks what DOC-11 asks: a product whose parts all run off the
	// device has no hardware of its own to lock.
	{"PLOK-1", "software only: no part on the device", func(w *world) { w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}} },
		yesBy("parts", "lists no part that runs on the device: the product is software only")},
	// samd not stated beside a part on the manufacturer's own hardware
	// (the ecmo console): hardware of its own, so not software only
	{"PLOK-1", "a part on the device", func(w *world) {
		w.p.Parts = []content.Part{{ID: "pump", Name: "Pump", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	}, noBy("parts[0].runs", "is device for Pump: the product has hardware of its own")},
	{"DOC-11", "samd not stated, a part on the device", func(w *world) {
		w.p.Parts = []content.Part{{ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}, {ID: "console", Name: "Console", Runs: "device"}}
	}, noBy("parts[1].runs", "is device for Console: the product has hardware of its own")},
	{"DOC-11", "samd not stated, no part written", nil, decidesNothing},
	{"PLOK-1", "SaMD on a tablet the manufacturer supplies", func(w *world) {
		w.p.SaMD = content.True
		w.p.Parts = []content.Part{{ID: "tablet", Name: "Tablet", Runs: "device"}, {ID: "cloud", Name: "Cloud", Runs: "manufacturer_hosted"}}
	}, decidesNothing},
	{"PLOK-1", "samd false beside parts off the device", func(w *world) {
		w.p.SaMD = content.False
		w.p.Parts = []content.Part{{ID: "app", Name: "App", Runs: "customer_hosted"}}
	}, noBy("samd", "is false")},
}
