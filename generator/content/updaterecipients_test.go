package content

import "testing"

// TestUpdateRecipientsValidate: updates that reach only the customers with
// a service agreement need the agreement's terms (the documents print them
// and invent none), and terms need service_agreement; a version's changes
// are held to the same rule at the key they wrote. Both ways.
func TestUpdateRecipientsValidate(t *testing.T) {
	const head = "schema_version = 2\n[[versions]]\nversion = \"1.0\"\ngeneral_availability = 2020-01-01\n[[versions]]\nversion = \"2.0\"\ngeneral_availability = 2022-01-01\n"
	const upd = "[updates]\nobtain = \"Field service installs them.\"\n"
	const terms = "agreement = \"Installed for customers with a service agreement; others can buy a service visit.\"\n"
	for _, tc := range []struct{ name, src, want string }{
		{"service_agreement without terms", head + upd + "recipients = \"service_agreement\"\n",
			`p.toml:10: updates.recipients: recipients = "service_agreement" without agreement`},
		{"terms without recipients", head + upd + terms,
			`p.toml:10: updates.agreement: agreement without recipients = "service_agreement" (recipients not written)`},
		{"terms with every_customer", head + upd + "recipients = \"every_customer\"\n" + terms,
			`p.toml:11: updates.agreement: agreement without recipients = "service_agreement" (recipients = "every_customer")`},
		{"unknown recipients", head + upd + "recipients = \"contract\"\n", `p.toml:10: updates.recipients:`},
		{"version moves to service_agreement without terms", head + "[versions.changes.updates]\nrecipients = \"service_agreement\"\n" + upd,
			`p.toml:9: versions[1].changes.updates.recipients: recipients = "service_agreement" without agreement`},
		{"valid", head + upd + "recipients = \"service_agreement\"\n" + terms, ""},
		{"valid every_customer", head + upd + "recipients = \"every_customer\"\n", ""},
		{"valid version change", head + "[versions.changes.updates]\nrecipients = \"service_agreement\"\n" + terms + upd, ""},
	} {
		t.Run(tc.name, func(t *testing.T) { wantDecoded(t, tc.src, tc.want, "recipients", "agreement") })
	}
}
