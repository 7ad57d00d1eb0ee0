package content

import (
	"slices"
	"testing"
)

// TestCloudServicesBesideHostedParts: a cloud service that is a part the
// manufacturer hosts (by its name or ID, or by an endpoint on a host where
// the part listens) is left out, since the key facts name it with the
// hosted parts; a third party's service beside it (crash reporting) and
// every service of a product with no hosted part stay, and so does one
// whose host only a port out of the hosted part reaches.
func TestCloudServicesBesideHostedParts(t *testing.T) {
	app := Part{ID: "app", Name: "App", Runs: "customer_device"}
	cloud := Part{ID: "cloud", Name: "Sonvira Cloud", Runs: "manufacturer_hosted"}
	listens := Port{Number: 443, Transport: "tcp", Direction: "in", Part: "cloud", Endpoints: []string{"api.sonvira-cloud.example"}}
	crash := CloudService{Name: "Firebase Crashlytics", Provider: "Google", Endpoints: []string{"firebasecrashlytics.googleapis.com"}, Required: False}
	for _, tc := range []struct {
		name     string
		parts    []Part
		ports    []Port
		services []CloudService
		want     []string
	}{
		{"the hosted part's name", []Part{app, cloud}, nil,
			[]CloudService{{Name: "sonvira cloud "}, crash}, []string{"Firebase Crashlytics"}},
		{"the hosted part's ID", []Part{app, cloud}, nil,
			[]CloudService{{Name: "cloud"}, crash}, []string{"Firebase Crashlytics"}},
		{"an endpoint where the hosted part listens", []Part{app, cloud}, []Port{listens},
			[]CloudService{{Name: "Sonvira Sync", Endpoints: []string{"https://API.sonvira-cloud.example/v2"}}, crash}, []string{"Firebase Crashlytics"}},
		{"a host only a port out of the hosted part reaches", []Part{app, cloud}, []Port{{Number: 443, Transport: "tcp", Direction: "out", Part: "cloud", Endpoints: []string{"firebasecrashlytics.googleapis.com"}}},
			[]CloudService{crash}, []string{"Firebase Crashlytics"}},
		{"no hosted part", []Part{app}, nil,
			[]CloudService{{Name: "Sonvira Cloud", Endpoints: []string{"api.sonvira-cloud.example"}}, crash}, []string{"Sonvira Cloud", "Firebase Crashlytics"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := Product{Parts: tc.parts, Ports: tc.ports, Cloud: Cloud{Services: tc.services}}
			var got []string
			for _, s := range p.CloudServicesBesideHostedParts() {
				got = append(got, s.Name)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("CloudServicesBesideHostedParts = %q, want %q", got, tc.want)
			}
		})
	}
}
