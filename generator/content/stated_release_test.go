package content

import "testing"

// TestStatesSurvivesRelease: the build lets a product's key positions go
// before rendering, and templates then still ask Product.States ("ports
// written empty means none"); the keys it asks about must survive the
// release, the array entries' fields need not.
func TestStatesSurvivesRelease(t *testing.T) {
	c, diags := Load("../testdata/workstation/jspgen.toml", "../testdata/workstation/content")
	if diags.Err() != nil {
		t.Fatal(diags)
	}
	p := c.Products[0]
	p.Source.Release()
	for _, key := range []string{"ports", "interfaces", "hardening", "postmarket.patching", "verification.penetration_test"} {
		want := key != "hardening" // the fixture writes no [hardening]
		if got := p.States(key); got != want {
			t.Errorf("after Release, States(%q) = %v, want %v", key, got, want)
		}
	}
	if it := p.Interfaces[1]; !p.CarriesStated(Interface{At: it.At}) {
		t.Errorf("after Release, CarriesStated(%s) = false: the fixture writes its carries", it.At)
	}
	if p.CarriesStated(Interface{At: "interfaces[99]"}) {
		t.Error("CarriesStated is true for an interface the file does not write")
	}
	if p.Source.Has("ports[0].number") {
		t.Error("after Release, an array entry's field is still held")
	}
}

func TestStatedKey(t *testing.T) {
	for path, want := range map[string]bool{
		"ports": true, "logging.events": true, "versions[1].changes.ports_added": true,
		"versions[1].changes.hardening": true,
		"ports[0]":                      false, "ports[0].number": false, "versions[1].changes.logging.events": true,
		"versions[1].version": false, "versions[1].changes.ports_added[0]": false,
		"interfaces[2].carries": true, "versions[1].changes.interfaces_added[0].carries": true,
		"versions[1].changes.interfaces_changed[3].carries": true, "interfaces[2].name": false,
		"data_stores[0].carries": false, "versions[1].changes.interfaces_removed": true,
		"notices[1].compensating_controls": true, "notices[1].stops[0].compensating_controls": false,
		"vulnerabilities[0].compensating_controls": false, "notices[1].summary": false,
	} {
		if got := statedKey(path); got != want {
			t.Errorf("statedKey(%q) = %v, want %v", path, got, want)
		}
	}
}
