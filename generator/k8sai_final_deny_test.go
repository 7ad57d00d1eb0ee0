package generator

import (
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestFinalDenyReachesDatabaseAndIdentityProvider: BleedAlert keeps its
// results in the hospital's PostgreSQL database (a part of the
// hospital's own infrastructure) and its administrator signs in through
// the hospital's OIDC identity provider, and no port reaches either: the
// CSD's final deny would cut them off, so 3.3 asks the hospital to check
// which connections they need, and check warns about both. With a
// PostgreSQL port to the database and an OIDC port to the identity
// provider, it says neither.
func TestFinalDenyReachesDatabaseAndIdentityProvider(t *testing.T) {
	const caveat = `No rule above reaches the Hospital PostgreSQL database, where the product keeps its data store "Results database", nor the hospital's identity provider, through which the "Administrator" account signs in: check which connections the product needs to them before applying rule 6, and allow them; whether the sign-in needs a connection of the product's own to the identity provider, or only the user's browser reaches it, depends on the sign-in's flow.`
	csd := buildFixture(t, "k8sai")("bleedalert/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "before applying rule 6, the final deny, and allow them where they do. "+caveat)

	files, res := buildFixtureEdited(t, "k8sai", "bleedalert.toml", func(s string) string {
		return strings.Replace(s, "[[security_settings]]", `[[ports]]
number = 5432
transport = "tcp"
service = "PostgreSQL"
purpose = "Results written to the hospital's database."
direction = "out"
interface = "podnet"
peer_part = "db"

[[ports]]
number = 443
transport = "tcp"
service = "HTTPS (OIDC)"
purpose = "Token requests to the hospital's identity provider."
direction = "out"
interface = "podnet"
endpoints = ["Hospital OIDC identity provider"]

[[security_settings]]`, 1)
	})
	kindtest.SaysAll(t, "csd.md with the ports", files["bleedalert/csd.md"], "| PostgreSQL (", "| HTTPS (OIDC) (")
	kindtest.SaysNone(t, "csd.md with the ports", files["bleedalert/csd.md"], "No rule above reaches")
	for _, w := range res.Warnings {
		if strings.Contains(w.Message, "but no port reaches") {
			t.Errorf("warning with the ports listed: %s", w)
		}
	}
}

// TestNoticeNeededPortsReachDatabaseAndIdentityProvider: an
// end-of-support notice for BleedAlert 2.3 tells the hospital to block
// every port but those it lists in 9.2; it does not say the product needs
// "only" those, and carries the CSD's caveat for the database and the
// identity provider no listed port reaches.
func TestNoticeNeededPortsReachDatabaseAndIdentityProvider(t *testing.T) {
	files, _ := buildFixtureEdited(t, "k8sai", "bleedalert.toml", func(s string) string {
		s = strings.Replace(s, "\nbuild = [\"security_plan\", \"csd\", \"mds2\", \"lifecycle\"]", "\nbuild = [\"security_plan\", \"csd\", \"mds2\", \"lifecycle\", \"notices\"]", 1)
		return strings.Replace(s, "[documents]\n", `[[notices]]
id = "eos-2.3"
kind = "end_of_support"
issued = 2026-10-01
summary = "BleedAlert 2.3 reaches its end of support on 31 March 2027; 2.4 replaces it."
versions = ["2.3"]
maintenance = "Vireo fixes nothing in 2.3 after its end of support."
stops = [{ what = "updates", milestone = "end_of_support" }]
upgrade_paths = [{ kind = "software_only", to_version = "2.4", description = "Pull the 2.4 images from Vireo's registry." }]
compensating_controls = []
operating_systems = ["The base image of the container images (Debian 12)"]
decommissioning = "Delete the BleedAlert deployment from the cluster."

[notices.customer_actions]
network_isolation = "Keep the BleedAlert services in their own network segment."
backup = "Back up the results database."

[notices.document]
id = "VN-BA-EOS-23"
revision = "A"
release_date = 2026-10-01
owner = "BleedAlert product security lead"
approvals = [{ role = "Head of Quality", name = "M. Okafor", date = 2026-09-28 }]
history = [{ revision = "A", date = 2026-10-01, summary = "First release." }]

[documents]
`, 1)
	})
	notice, ok := files["bleedalert/notices/eos-2.3.md"]
	if !ok {
		t.Fatal("no bleedalert/notices/eos-2.3.md in the built site")
	}
	_, ports, _ := strings.Cut(notice, "### 9.2 Network ports")
	ports, _, _ = strings.Cut(ports, "### 9.3")
	kindtest.SaysAll(t, "notice 9.2", ports, "the product uses these ports (whether each is enabled as shipped is stated in the table, where it is known); block every other port",
		`No port listed above reaches the Hospital PostgreSQL database, where the product keeps its data store "Results database", nor the customer's identity provider, through which the "Administrator" account signs in: check which connections the product needs to them before blocking every other port, and allow them;`)
	kindtest.SaysNone(t, "notice 9.2", ports, "needs only these ports")
}
