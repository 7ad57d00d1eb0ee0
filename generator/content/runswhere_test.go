package content

import (
	"strings"
	"testing"
)

// A part the manufacturer hosts "is hosted by the manufacturer": the old
// "runs in a service the manufacturer hosts" made a related system "a
// cloud service that runs in a service the manufacturer hosts". Every
// other part keeps "runs" and its place, and a related system whose
// hosting is not stated gets no clause at all.
func TestRunsWhere(t *testing.T) {
	for _, c := range []struct {
		part Part
		want string
	}{
		{Part{Runs: "manufacturer_hosted"}, "is hosted by the manufacturer"},
		{Part{Runs: "device"}, "runs on the device"},
		{Part{Runs: "customer_hosted"}, "runs on a server the customer hosts"},
		{Part{Runs: "customer_hosted", Hosting: "cloud_tenancy"}, "runs in the customer's own cloud tenancy"},
		{Part{Runs: "customer_device"}, "runs on a device the customer owns"},
		{Part{Runs: "customer_infrastructure"}, "runs in the customer's own infrastructure"},
		{Part{Runs: ""}, ""},
	} {
		if got := c.part.RunsWhere(); got != c.want {
			t.Errorf("runs %q hosting %q: RunsWhere = %q, want %q", c.part.Runs, c.part.Hosting, got, c.want)
		}
		if got := (&Product{}).PartRunsWhere(c.part); got != c.want {
			t.Errorf("runs %q hosting %q: PartRunsWhere = %q, want %q", c.part.Runs, c.part.Hosting, got, c.want)
		}
	}
}

func TestRelatedWhatHosting(t *testing.T) {
	p := &Product{Parts: []Part{{ID: "reg", Name: "Registry", Runs: "manufacturer_hosted"}, {ID: "gw", Name: "Gateway", Runs: "customer_hosted"}}}
	for _, c := range []struct {
		sys  RelatedSystem
		want string
	}{
		{RelatedSystem{Kind: "cloud_service", Runs: "manufacturer_hosted"}, "a cloud service hosted by the manufacturer"},
		{RelatedSystem{Kind: "update_service", Part: "reg"}, "an update service hosted by the manufacturer"},
		{RelatedSystem{Kind: "cloud_service", Part: "gw"}, "a cloud service that runs on a server the customer hosts"},
		{RelatedSystem{Kind: "cloud_service"}, "a cloud service"},
	} {
		got := p.RelatedWhat(c.sys)
		if got != c.want {
			t.Errorf("%+v: RelatedWhat = %q, want %q", c.sys, got, c.want)
		}
		if strings.Contains(got, "in a service the manufacturer hosts") {
			t.Errorf("%+v: RelatedWhat = %q says a service runs in a service", c.sys, got)
		}
	}
}
