package content

import (
	"strconv"
	"strings"
	"testing"
)

// TestUnreachedPortWarnings: a data store on the hospital's own
// infrastructure and a sign-in through its identity provider that no
// port reaches are warnings at the store's part and the account's
// sign_in, as a directory sign-in is; a port to the database part (by
// peer_part or endpoint) or to the identity provider says nothing, and
// neither does a product without the final deny (no port).
func TestUnreachedPortWarnings(t *testing.T) {
	const base = `schema_version = 2
id = "p"

[[parts]]
id = "services"
name = "BleedAlert services"
runs = "customer_hosted"

[[parts]]
id = "db"
name = "Hospital PostgreSQL database"
runs = "customer_infrastructure"

[[interfaces]]
id = "podnet"
name = "Cluster network"
kind = "virtual_nic"
part = "services"

[[data_stores]]
id = "results"
name = "Results database"
part = "db"
data = ["phi"]
location = "PostgreSQL"
protection = "Database account."

[[accounts]]
role = "Administrator"
kind = "administrator"
authentication = "OIDC"
privileges = "Configure."
provisioning = "By the hospital."
sign_in = ["federated"]
`
	port := func(n int, service, extra string) string {
		return "\n[[ports]]\nnumber = " + strconv.Itoa(n) + "\ntransport = \"tcp\"\nservice = \"" + service + "\"\npurpose = \"P\"\ndirection = \"out\"\ninterface = \"podnet\"\npart = \"services\"\n" + extra
	}
	dicom := port(104, "DICOM", "endpoints = [\"Hospital PACS\"]\n")
	postgres := port(5432, "PostgreSQL", "peer_part = \"db\"\n")
	postgresNamed := port(5432, "PostgreSQL", "endpoints = [\"Hospital PostgreSQL database\"]\n")
	oidc := port(443, "HTTPS", "endpoints = [\"Hospital OIDC identity provider\"]\n")
	const store = `warning: data_stores[0].part: data store "Results database" is on "Hospital PostgreSQL database", the customer's own infrastructure, but no port reaches that part`
	const signIn = `warning: accounts[0].sign_in: account "Administrator" signs in through the customer's identity provider, but no port reaches one`
	for _, tc := range []struct {
		name, src string
		want      []string
	}{
		{"neither reached", base + dicom, []string{signIn, store}},
		{"a PostgreSQL port to the database part", base + dicom + postgres, []string{signIn}},
		{"the database named as an endpoint", base + dicom + postgresNamed, []string{signIn}},
		{"an OIDC port and a PostgreSQL port", base + dicom + postgres + oidc, nil},
		{"no ports listed", base, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			wantDiagnostics(t, diags, func(d Diagnostic) bool {
				return strings.Contains(d.Message, "identity provider, but no port") || strings.Contains(d.Message, "own infrastructure, but no port")
			}, tc.want)
		})
	}
}
