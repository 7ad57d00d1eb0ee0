package mds2form

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
	"github.com/jspgen/jspgen/generator/mds2"
)

// bedside: a monitor whose clinicians use it without signing in
// (sign_in = []) and whose biomedical engineers open a menu with a PIN.
func bedside(w *world) {
	clinician, biomed := account("Clinician"), account("Biomed", "local")
	clinician.SignIn = []content.SignIn{}
	biomed.Kind = "administrator"
	w.p.Accounts = []content.Account{clinician, biomed}
}

// TestResolvePAUT1WithoutSignIn: the derived PAUT-1 No refuses a hand Yes
// without a note (the form prints No), and makes PAUT-1.1 N/A without a
// hand answer.
func TestResolvePAUT1WithoutSignIn(t *testing.T) {
	w := newWorld()
	bedside(w)
	w.p.MDS2.Answers = map[string]content.MDS2Answer{"PAUT-1": {Answer: "yes"}}
	form, diags := resolveMDS2(w.env(), shippedCatalog(t), kind.Product{Product: w.p, Inventory: w.inv})
	msgs := strings.Join(diagLines(t, diags), "\n")
	if want := "mds2.answers.PAUT-1: answer Yes contradicts the product data: accounts[0].sign_in"; !strings.Contains(msgs, want) {
		t.Errorf("no diagnostic %q among\n%s", want, msgs)
	}
	if warnsUnanswered(msgs, "PAUT-1.1") {
		t.Errorf("PAUT-1.1 asked for although PAUT-1 is No by the data:\n%s", msgs)
	}
	for id, want := range map[string]mds2.Answer{"PAUT-1": mds2.No, "PAUT-1.1": mds2.NA} {
		if row, ok := form.Row(id); !ok || row.Answer != want {
			t.Errorf("%s printed %+v, want %s", id, row, want)
		}
	}
}

// TestCheckUsersWithoutSignInAgainstData: a hand AUTH-1 or ALOF-1 Yes
// beside user accounts that are all used without signing in warns; a
// note, a No, a user account that signs in and one that does not say do
// not.
func TestCheckUsersWithoutSignInAgainstData(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	var tests []againstDataCase
	for _, id := range []string{"AUTH-1", "ALOF-1"} {
		is := map[string]string{
			"AUTH-1": "users who reach the device without a login, which the Yes covers only if another gate blocks unauthorized users: say what in the note",
			"ALOF-1": "users who never sign in, so no user session to re-authenticate after an idle period: say in the note which sessions the Yes is about",
		}[id]
		tests = append(tests,
			againstDataCase{id + " Yes beside users without sign-in", id, yes, bedside,
				"answer Yes, but accounts (content/p.toml:1) lists only user accounts used without signing in (sign_in = []: Clinician): that is " + is},
			againstDataCase{id + " Yes with its note", id, content.MDS2Answer{Answer: "yes", Note: 2}, bedside, ""},
			againstDataCase{id + " No beside users without sign-in", id, no, bedside, ""},
			againstDataCase{id + " Yes, another user signs in", id, yes, func(w *world) {
				bedside(w)
				w.p.Accounts = append(w.p.Accounts, account("Charge nurse", "local"))
			}, ""},
			againstDataCase{id + " Yes, the user does not say", id, yes, func(w *world) {
				bedside(w)
				w.p.Accounts[0].SignIn = nil
			}, ""},
		)
	}
	runAgainstData(t, tests)
}

// apiService: a service the manufacturer hosts whose only link is an API
// port that authenticates its peer, with one API client account that
// signs in.
func apiService(w *world) {
	w.p.Parts = []content.Part{{ID: "svc", Name: "Scoring service", Runs: "manufacturer_hosted"}}
	api := partIface("api", "api", "svc")
	api.Carries = dataKinds([]string{"phi"})
	w.p.Interfaces = []content.Interface{api}
	pt := port(443, "tcp", "in", "api")
	pt.Encrypted, pt.Authenticated = content.True, content.True
	w.p.Ports = []content.Port{pt}
	client := account("EHR API client", "local")
	client.Kind = "service"
	w.p.Accounts = []content.Account{client}
}

// TestCheckAUTH1NoAgainstAGatedService: a hand AUTH-1 No beside a hosted
// service whose every account signs in and every port authenticates its
// peer warns; a note, a Yes, an account without sign-in or not saying, a
// port that does not authenticate, and a part on the device do not.
func TestCheckAUTH1NoAgainstAGatedService(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	runAgainstData(t, []againstDataCase{
		{"No beside a gated service", "AUTH-1", no, apiService,
			"answer No, but accounts (content/p.toml:1) lists only accounts that sign in (sign_in written for EHR API client); the product runs only where the manufacturer hosts it, and every port on which it exchanges data states authenticated = true, 443/tcp (svc443), with no other link to another system: that is every account signing in and every system that reaches the product authenticated, so access by unauthorized users blocked"},
		{"No with its note", "AUTH-1", content.MDS2Answer{Answer: "no", Note: 1}, apiService, ""},
		{"Yes beside a gated service", "AUTH-1", yes, apiService, ""},
		{"No, an account used without signing in", "AUTH-1", no, func(w *world) {
			apiService(w)
			w.p.Accounts[0].SignIn = []content.SignIn{}
		}, ""},
		{"No, an account does not say", "AUTH-1", no, func(w *world) {
			apiService(w)
			w.p.Accounts[0].SignIn = nil
		}, ""},
		{"No, the port does not authenticate", "AUTH-1", no, func(w *world) {
			apiService(w)
			w.p.Ports[0].Authenticated = content.Unstated
		}, ""},
		{"No, a part on the device", "AUTH-1", no, func(w *world) {
			apiService(w)
			w.p.Parts = append(w.p.Parts, content.Part{ID: "dev", Name: "Monitor", Runs: "device"})
		}, ""},
	})
}

// TestCheckNAUT1NoAgainstAuthenticatedPorts: a hand NAUT-1 No beside
// ports that all authenticate their peer warns; a note, a Yes and a port
// that does not say do not.
func TestCheckNAUT1NoAgainstAuthenticatedPorts(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	runAgainstData(t, []againstDataCase{
		{"No beside authenticated ports", "NAUT-1", no, apiService,
			"answer No, but ports (content/p.toml:1) states authenticated = true for every port on which the device exchanges data, 443/tcp (svc443), and interfaces lists no other link to another system: that is every system the device exchanges data with authenticated, a means of node authentication"},
		{"No with its note", "NAUT-1", content.MDS2Answer{Answer: "no", Note: 1}, apiService, ""},
		{"Yes beside authenticated ports", "NAUT-1", yes, apiService, ""},
		{"No, a port does not say", "NAUT-1", no, func(w *world) {
			apiService(w)
			w.p.Ports[0].Authenticated = content.Unstated
		}, ""},
	})
}

// TestCheckSGUD1NoAgainstTheCSD: a hand SGUD-1 No (no security
// documentation for the owner or operator) beside a CSD the build
// publishes about the form's version warns; a note, a Yes and a product
// that does not build the CSD do not.
func TestCheckSGUD1NoAgainstTheCSD(t *testing.T) {
	yes, no := content.MDS2Answer{Answer: "yes"}, content.MDS2Answer{Answer: "no"}
	withCSD := func(w *world) {
		w.p.Documents.Build = []string{"csd", "mds2"}
	}
	runAgainstData(t, []againstDataCase{
		{"No beside the CSD", "SGUD-1", no, withCSD,
			"answer No, but documents.csd (content/p.toml:1) is the customer security documentation the build publishes about the form's version: that is security documentation for the owner or operator"},
		{"No with its note", "SGUD-1", content.MDS2Answer{Answer: "no", Note: 1}, withCSD, ""},
		{"Yes beside the CSD", "SGUD-1", yes, withCSD, ""},
		{"No, the CSD not built", "SGUD-1", no, func(w *world) { w.p.Documents.Build = []string{"mds2"} }, ""},
	})
}
