package content

import (
	"strings"
	"testing"
)

// TestContainerPlatformWhere: a part the customer runs on its own
// container platform (hosting = "container_platform") is said to run
// there, not "on a server the customer hosts", and its default backup,
// monitoring and patching name the platform, not "the host"; a part on a
// server of the customer's premises, or with hosting not written, keeps
// the server and the host.
func TestContainerPlatformWhere(t *testing.T) {
	for _, c := range []struct {
		hosting                                    string
		where, backup, monitor, patch, backupStart string
	}{
		{"container_platform",
			"runs on the customer's own container platform",
			"Who backs up the container platform and the application's data is not stated",
			"Who monitors the container platform and the application's security events is not stated",
			"The customer patches its container platform and the platform's nodes; who installs the application's updates is not stated",
			"The customer backs up its container platform"},
		{"premises",
			"runs on a server the customer hosts",
			"Who backs up the host and the application's data is not stated",
			"Who monitors the host and the application's security events is not stated",
			"The customer patches the host; who installs the application's updates is not stated",
			"The customer backs up the host"},
		{"",
			"runs on a server the customer hosts",
			"Who backs up the host and the application's data is not stated",
			"Who monitors the host and the application's security events is not stated",
			"The customer patches the host; who installs the application's updates is not stated",
			"The customer backs up the host"},
	} {
		pt := Part{ID: "svc", Name: "Services", Runs: "customer_hosted", Hosting: c.hosting}
		p := &Product{Parts: []Part{pt}}
		for _, g := range []struct{ what, got, want string }{
			{"PartRunsWhere", p.PartRunsWhere(pt), c.where},
			{"BackedUpBy", pt.BackedUpBy(), c.backup},
			{"MonitoredBy", pt.MonitoredBy(), c.monitor},
			{"PatchedBy", pt.PatchedBy(), c.patch},
			{"HostBackupClause", pt.HostBackupClause(), c.backupStart},
		} {
			if g.got != g.want {
				t.Errorf("hosting %q: %s = %q, want %q", c.hosting, g.what, g.got, g.want)
			}
		}
	}
}

// TestEndOfProductionOfSoftwareAlone: nothing of a product that is
// software alone is produced, so its end of production not written does
// not apply, whether the customer hosts it, runs it on its own devices or
// the manufacturer hosts it; it read "Not announced" unless the
// manufacturer hosted every part. A product with a part on the device,
// or one listing no parts (the device), keeps "Not announced"; a date
// written is kept.
func TestEndOfProductionOfSoftwareAlone(t *testing.T) {
	parts := func(runs ...PartRuns) []Part {
		var out []Part
		for i, r := range runs {
			out = append(out, Part{ID: string(rune('a' + i)), Name: "Part", Runs: r})
		}
		return out
	}
	for _, c := range []struct {
		name  string
		parts []Part
		na    bool
	}{
		{"customer-hosted with the customer's database", parts("customer_hosted", "customer_infrastructure"), true},
		{"app on the customer's phone with a cloud", parts("customer_device", "manufacturer_hosted"), true},
		{"manufacturer-hosted alone", parts("manufacturer_hosted"), true},
		{"device with a server", parts("device", "customer_hosted"), false},
		{"no parts listed (the device)", nil, false},
		{"the customer's infrastructure alone", parts("customer_infrastructure"), false},
	} {
		p := &Product{Parts: c.parts}
		if got := p.EndOfProduction(Date{}).NotApplicable(); got != c.na {
			t.Errorf("%s: end of production not written does not apply = %v, want %v", c.name, got, c.na)
		}
		if d := NewDate(2027, 1, 1); p.EndOfProduction(d) != d {
			t.Errorf("%s: a date written became %v", c.name, p.EndOfProduction(d))
		}
	}
}

// TestInternalLinkOfContainerPlatformAndPremises: the customer's
// container platform is on its premises, on the network of a server
// there, so a link marked internal between a part on each is not told
// that it joins parts in two places; one between the container platform
// and the customer's cloud tenancy still is. Two hosting values were
// compared as strings, which warned of the first.
func TestInternalLinkOfContainerPlatformAndPremises(t *testing.T) {
	const sameness = "a link internal to the product joins parts that run in the same place"
	for _, c := range []struct {
		other string
		warns bool
	}{
		{"premises", false},
		{"cloud_tenancy", true},
	} {
		src := "\n[[parts]]\nid = \"onprem\"\nname = \"Archive\"\nruns = \"customer_hosted\"\nhosting = \"" + c.other + "\"\n" +
			"\n[[parts]]\nid = \"k8s\"\nname = \"Analysis\"\nruns = \"customer_hosted\"\nhosting = \"container_platform\"\n" +
			internalIface("srv", "virtual_nic", "onprem", false) + internalPort("srv", "out", "peer_part = \"k8s\"\ninternal = true\n")
		_, diags := loadParts(t, internalBase+src)
		warned := false
		for _, d := range diags {
			if strings.Contains(d.Message, sameness) {
				warned = true
			}
		}
		if warned != c.warns {
			t.Errorf("container platform beside %s: warned %v, want %v\n  %s", c.other, warned, c.warns, diagText(diags))
		}
	}
}
