package generator

import (
	"encoding/json"
	"testing"
)

// TestLifecycleJSONNoticeComponentsNotStated: lifecycle.json gave every
// notice "components": [], also a notice naming none, such as an
// end-of-life or end-of-support notice about versions (the cloud
// service's eol-3.0.0, the standalone scanner's eos-2.0): an empty list
// reads as "no component concerned", which no notice says. Such a notice
// now has no components key (not stated). A notice naming components
// lists them, and a security notice lists those its vulnerabilities are
// in, in the versions still affected, as before.
func TestLifecycleJSONNoticeComponentsNotStated(t *testing.T) {
	type notice struct {
		ID         string    `json:"id"`
		Kind       string    `json:"kind"`
		Components *[]string `json:"components"`
	}
	notices := func(fixture, product string) map[string]notice {
		t.Helper()
		var doc struct {
			Notices []notice `json:"notices"`
		}
		if err := json.Unmarshal([]byte(buildFixture(t, fixture)(product+"/lifecycle.json")), &doc); err != nil {
			t.Fatal(err)
		}
		out := map[string]notice{}
		for _, n := range doc.Notices {
			out[n.ID] = n
		}
		return out
	}
	for _, c := range []struct {
		fixture, product, notice string
		want                     int // -1: no components key
	}{
		{"cloudsamd", "lumentriage", "eol-3.0.0", -1},
		{"standalone", "bladderscan", "eos-2.0", -1},
		{"legacy", "vigil-cs", "eol-2-6", 1},
		{"analyzer", "corvane-ca600", "eos-win10-ltsc", 1},
		{"monitoring", "sentinel-pm", "sa-2026-01", 2},
	} {
		n, ok := notices(c.fixture, c.product)[c.notice]
		switch {
		case !ok:
			t.Errorf("%s: no notice %s in lifecycle.json", c.fixture, c.notice)
		case c.want < 0 && n.Components != nil:
			t.Errorf("%s: notice %s (%s) names no component, but lifecycle.json gives components %q", c.fixture, c.notice, n.Kind, *n.Components)
		case c.want >= 0 && (n.Components == nil || len(*n.Components) != c.want):
			t.Errorf("%s: notice %s (%s) components %v; want %d", c.fixture, c.notice, n.Kind, n.Components, c.want)
		}
	}
}
