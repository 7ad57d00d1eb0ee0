package generator

import (
	"strings"
	"testing"
)

// TestRemoteCustomerAccessSays: a remote service through the hospital's
// own remote-access means (pacsviewer: connection customer_access,
// started_by customer, a screen share the hospital starts) was a "tool
// or VPN" the hospital was to open to the product's servers, counted as
// the product's own need for the internet, and left "Not stated" whether
// the hospital can turn it on and off and whether a hospital user
// approves each session, which the data decide.
func TestRemoteCustomerAccessSays(t *testing.T) {
	read := buildFixture(t, "pacsviewer")
	csd, plan, notice := read("claroview/csd.md"), read("claroview/security-plan.md"), read("claroview/notices/eol-8.1.md")
	all := csd + plan + notice
	for _, c := range []struct{ doc, text, want string }{
		{"csd", csd, "| The hospital can turn it on and off | Yes: remote service runs only through the hospital's own remote-access means, in sessions a user at the hospital starts |"},
		{"csd", csd, "| Each session needs the approval of a user at the hospital | Yes: a user at the hospital starts each session |"},
		{"plan", plan, "| The hospital can turn it on and off | Yes: remote service runs only through the hospital's own remote-access means, in sessions a user at the hospital starts |"},
		{"plan", plan, "| Each session needs the approval of a user at the hospital | Yes: a user at the hospital starts each session |"},
		{"csd", csd, "through the hospital's own remote-access means, which the hospital runs and controls under its own rules: let those rules decide what that means may connect to before applying rule 2, the final deny."},
		{"notice", notice, "let those rules decide what that means may connect to before blocking every other port."},
		{"plan", plan, "| How the connection is opened | Through the hospital's own remote-access means, which the hospital runs and controls under its own rules |"},
	} {
		if !strings.Contains(c.text, c.want) {
			t.Errorf("%s lacks %q", c.doc, c.want)
		}
	}
	for _, bad := range []string{"tool or VPN", "the manufacturer services it remotely", "| The hospital can turn it on and off | Not stated |", "| Each session needs the approval of a user at the hospital | Not stated |"} {
		if strings.Contains(all, bad) {
			t.Errorf("documents still say %q", bad)
		}
	}
}

// TestRemoteSessionsRecordedFromForm: the remote-service tables said
// "Sessions recorded | Not stated" beside the MDS2 form's hand Yes to
// AUDT-2.8.1 (surgicalrobot); the CSD now gives the form's answer, cited.
// The plan's tables, one per run of versions stating different remote
// service, read no form answer (the form speaks for one run), as their
// other rows do not.
func TestRemoteSessionsRecordedFromForm(t *testing.T) {
	read := buildFixture(t, "surgicalrobot")
	csd := read("vantis/csd.md")
	for _, c := range []struct{ doc, text string }{{"csd", csd}} {
		if want := "| Sessions recorded | Yes (MDS2 form, AUDT-2.8.1) |"; !strings.Contains(c.text, want) {
			t.Errorf("%s lacks %q", c.doc, want)
		}
		if bad := "| Sessions recorded | Not stated |"; strings.Contains(c.text, bad) {
			t.Errorf("%s still says %q", c.doc, bad)
		}
	}
}

// TestRemoteToggleHowNotDenied: CSD 11.2 said how the customer turns
// remote service on and off is not stated, beside 4.3 printing the
// manufacturer's own words on it (genomicscloud, deployment.remote_service).
func TestRemoteToggleHowNotDenied(t *testing.T) {
	csd := buildFixture(t, "genomicscloud")("helixa/csd.md")
	if bad := "how, and which security settings"; strings.Contains(csd, bad) {
		t.Errorf("csd still says %q", bad)
	}
	if want := "; which security settings users can configure is not stated."; !strings.Contains(csd, want) {
		t.Errorf("csd lacks %q", want)
	}
}

// TestRemoteNoPathOwnConnection: an app with no port, cloud service or
// hosted part of its own was said to have "no network path" to its
// manufacturer, whose updates reach it through an app store
// (watchecg): it now speaks of its own connections only.
func TestRemoteNoPathOwnConnection(t *testing.T) {
	plan := buildFixture(t, "watchecg")("rhythmcheck/security-plan.md")
	if bad := "has no network path to"; strings.Contains(plan, bad) {
		t.Errorf("plan still says %q", bad)
	}
	if want := "makes no network connection of its own to Halden Digital Health Inc.: it opens no network port and connects to none, uses no cloud service and has no part that Halden Digital Health Inc. hosts, so no remote-service session can reach it over a connection of its own."; !strings.Contains(plan, want) {
		t.Errorf("plan lacks %q", want)
	}
}
