package content

import "testing"

// TestPlatformsSupplier79: a platform the manufacturer supplies with its
// part (platforms[].supplied_by = "manufacturer") is not the customer's;
// the parts are named when some part of the product runs on none of the
// platforms (a stapler's handle firmware beside its iPad app); "platforms
// below" when no platform version is written.
func TestPlatformsSupplier79(t *testing.T) {
	handle := Part{ID: "handle", Name: "Handle firmware", Runs: "device", Article: "none"}
	app := Part{ID: "app", Name: "Companion", Runs: "customer_device", Article: "none"}
	srv := Part{ID: "srv", Name: "Server", Runs: "customer_hosted", Patching: "The maker sends signed packages; IT installs them."}
	ipados := Platform{Name: "iPadOS", Parts: []string{"app"}}
	ubuntu := Platform{Name: "Ubuntu Server", Parts: []string{"srv"}, SuppliedBy: "manufacturer", Versions: []PlatformVersion{{Version: "22.04"}}}
	win := Platform{Name: "Windows", Parts: []string{"app"}}

	p := &Product{Parts: []Part{handle, app}, Platforms: []Platform{ipados}}
	if got := p.PlatformsRunBy(p.Platforms, false); got != "Companion runs" {
		t.Errorf("part beside one on no platform: PlatformsRunBy = %q, want %q", got, "Companion runs")
	}
	if got := p.PlatformsBelow(p.Platforms); got != "platforms below" {
		t.Errorf("no version written: PlatformsBelow = %q", got)
	}
	if got := (&Product{Parts: []Part{app}}).PlatformsRunBy([]Platform{ipados}, false); got != "" {
		t.Errorf("every part on the platforms: PlatformsRunBy = %q, want \"\"", got)
	}
	if got := p.PlatformsBelow([]Platform{ipados, ubuntu}); got != "platform versions below" {
		t.Errorf("a version written: PlatformsBelow = %q", got)
	}

	q := &Product{Parts: []Part{app, srv}}
	for _, c := range []struct {
		name string
		pls  []Platform
		want string
	}{
		{"customer's", []Platform{win}, "the hospital supplies"},
		{"manufacturer's", []Platform{ubuntu}, "the manufacturer supplies"},
		{"both", []Platform{win, ubuntu}, "the hospital or the manufacturer supply"},
	} {
		if got := q.PlatformsSuppliedBy(c.pls, "hospital"); got != c.want {
			t.Errorf("%s: PlatformsSuppliedBy = %q, want %q", c.name, got, c.want)
		}
	}
	if got, ok := q.PlatformsPatching([]Platform{ubuntu}); !ok || len(got) != 1 || got[0].Text != "The maker sends signed packages; IT installs them" {
		t.Errorf("patching written: PlatformsPatching = %v, %v", got, ok)
	}
	if got, ok := q.PlatformsPatching([]Platform{win}); ok || got != nil {
		t.Errorf("patching not written: PlatformsPatching = %v, %v, want none", got, ok)
	}
	if len(q.PlatformsFromMaker([]Platform{win, ubuntu})) != 1 || len(q.PlatformsFromOwners([]Platform{win, ubuntu})) != 1 {
		t.Error("PlatformsFromMaker/PlatformsFromOwners do not split on supplied_by")
	}
}
