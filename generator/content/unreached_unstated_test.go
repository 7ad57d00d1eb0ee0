package content

import (
	"slices"
	"strings"
	"testing"
)

// k8sProduct is container software the hospital runs on its own cluster,
// keeping its results in the hospital's database (a part of the
// hospital's own infrastructure), with an administrator signing in
// through the hospital's identity provider, and the ports given.
func k8sProduct(ports ...Port) *Product {
	return &Product{
		Parts: []Part{
			{ID: "services", Name: "BleedAlert services", Runs: "customer_hosted"},
			{ID: "db", Name: "Hospital PostgreSQL database", Runs: "customer_infrastructure"},
		},
		Interfaces: []Interface{{ID: "podnet", Kind: "virtual_nic", Name: "Cluster network", Part: "services"}},
		Ports:      ports,
		DataStores: []DataStore{{ID: "results", Name: "Results database", Part: "db"}, {ID: "cache", Name: "Image cache", Part: "services"}},
		Accounts:   []Account{{Role: "Administrator", Kind: "administrator", SignIn: []SignIn{"federated"}}},
	}
}

var (
	k8sDICOM    = Port{Number: 11112, Transport: "tcp", Service: "DICOM", Direction: "in", Interface: "podnet", Part: "services", Endpoints: []string{"Hospital PACS"}}
	k8sRegistry = Port{Number: 443, Transport: "tcp", Service: "HTTPS (container registry)", Direction: "out", Interface: "podnet", Part: "services", Endpoints: []string{"registry.vireo.example"}}
	k8sPostgres = Port{Number: 5432, Transport: "tcp", Service: "PostgreSQL", Direction: "out", Interface: "podnet", Part: "services", PeerPart: "db"}
	k8sOIDC     = Port{Number: 443, Transport: "tcp", Service: "HTTPS (OIDC)", Direction: "out", Interface: "podnet", Part: "services", Endpoints: []string{"Hospital OIDC identity provider"}}
)

// TestFinalDenyUnreached: the final deny would cut the product off from
// the hospital's database that keeps its results and from the identity
// provider its administrator signs in through where no port reaches
// either; a port to the database (by peer_part or by its name as an
// endpoint) or to the identity provider (by service or endpoint) states
// it; a part the manufacturer hosts may be where the sign-in is checked;
// an inbound port is no connection to the identity provider; a local
// sign-in needs none.
func TestFinalDenyUnreached(t *testing.T) {
	byName := k8sPostgres
	byName.PeerPart, byName.Endpoints = "", []string{"Hospital PostgreSQL database"}
	idpIn := k8sOIDC
	idpIn.Direction = "in"
	hosted := k8sProduct(k8sDICOM, k8sRegistry)
	hosted.Parts = append(hosted.Parts, Part{ID: "licence", Name: "Licence service", Runs: "manufacturer_hosted"})
	local := k8sProduct(k8sDICOM)
	local.Accounts[0].SignIn = []SignIn{"local"}
	for _, tc := range []struct {
		name   string
		p      *Product
		stores []string
		roles  []string
	}{
		{"neither reached", k8sProduct(k8sDICOM, k8sRegistry), []string{"db"}, []string{"Administrator"}},
		{"a PostgreSQL port to the database part", k8sProduct(k8sDICOM, k8sRegistry, k8sPostgres), nil, []string{"Administrator"}},
		{"the database named as an endpoint", k8sProduct(k8sDICOM, byName), nil, []string{"Administrator"}},
		{"an OIDC port", k8sProduct(k8sDICOM, k8sPostgres, k8sOIDC), nil, nil},
		{"an identity provider only connecting in", k8sProduct(k8sDICOM, k8sPostgres, idpIn), nil, []string{"Administrator"}},
		{"a part the manufacturer hosts", hosted, []string{"db"}, nil},
		{"local sign-in", local, []string{"db"}, nil},
		{"no port, no final deny", k8sProduct(), nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stores []string
			for _, part := range tc.p.InfrastructureStoresUnreached() {
				stores = append(stores, part.ID)
			}
			if !slices.Equal(stores, tc.stores) {
				t.Errorf("InfrastructureStoresUnreached = %q; want %q", stores, tc.stores)
			}
			if got := tc.p.FederatedSignInUnstated(); !slices.Equal(got, tc.roles) {
				t.Errorf("FederatedSignInUnstated = %q; want %q", got, tc.roles)
			}
			if got := tc.p.FinalDenyUnreachedText("hospital", true); (got == "") != (tc.stores == nil && tc.roles == nil) {
				t.Errorf("FinalDenyUnreachedText = %q", got)
			}
		})
	}
}

// TestFinalDenyUnreachedText: the CSD's caveat names the database with
// the store it keeps and the identity provider with the account that
// signs in through it, asks the customer to check, and says why the
// sign-in may need no connection of the product's own; the notice's
// counts a port of any version it concerns as reaching them.
func TestFinalDenyUnreachedText(t *testing.T) {
	both := k8sProduct(k8sDICOM, k8sRegistry)
	if got, want := both.FinalDenyUnreachedText("hospital", true), `No rule above reaches the Hospital PostgreSQL database, where the product keeps its data store "Results database", nor the hospital's identity provider, through which the "Administrator" account signs in: check which connections the product needs to them before applying rule 3, the final deny, and allow them; whether the sign-in needs a connection of the product's own to the identity provider, or only the user's browser reaches it, depends on the sign-in's flow.`; got != want {
		t.Errorf("both:\n got %q\nwant %q", got, want)
	}
	store := k8sProduct(k8sDICOM, k8sOIDC)
	if got, want := store.FinalDenyUnreachedText("hospital", false), `No rule above reaches the Hospital PostgreSQL database, where the product keeps its data store "Results database": check which connections the product needs to it before applying rule 3, and allow them.`; got != want {
		t.Errorf("store:\n got %q\nwant %q", got, want)
	}
	signIn := k8sProduct(k8sDICOM, k8sPostgres)
	if got, want := signIn.FinalDenyUnreachedText("customer", true), `No rule above reaches the customer's identity provider, through which the "Administrator" account signs in: check whether the product needs a connection to it before applying rule 3, the final deny, and allow it where it does; whether the sign-in needs`; !strings.HasPrefix(got, want) {
		t.Errorf("sign-in:\n got %q\nwant %q…", got, want)
	}
	if got, want := both.UnreachedBesidesText([]Port{k8sDICOM, k8sPostgres}), `No port listed above reaches the customer's identity provider, through which the "Administrator" account signs in: check whether the product needs a connection to it before blocking every other port, and allow it where it does;`; !strings.HasPrefix(got, want) {
		t.Errorf("notice, PostgreSQL needed:\n got %q\nwant %q…", got, want)
	}
	if got := both.UnreachedBesidesText([]Port{k8sDICOM, k8sPostgres, k8sOIDC}); got != "" {
		t.Errorf("notice, both needed = %q; want none", got)
	}
	if got := both.UnreachedBesidesText(nil); got != "" {
		t.Errorf("notice, no port needed = %q; want none", got)
	}
}
