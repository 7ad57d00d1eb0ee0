package diagram

import (
	"bytes"
	"strings"
	"testing"
)

// TestThreatPathViews: the pump's threats whose paths go through data
// flows get one drawing per distinct set of flows (T-03 and T-14 share
// DF-03, attacked on the way); threats whose paths name only the pump get
// none; each drawing holds only its path's flows and says how each flow
// is reached; the bytes are the same on every run.
func TestThreatPathViews(t *testing.T) {
	p := product(t, example(t), "halcyon-lvp7")
	cur := p.At(p.Versions[len(p.Versions)-1].Version)
	views, diags := ThreatPathViews(cur)
	if len(diags) > 0 {
		t.Fatalf("warnings: %v", diags)
	}
	var titles []string
	for _, v := range views {
		titles = append(titles, v.Title)
	}
	want := "Attack path of T-01 | Attack path of T-03 and T-14 | Attack path of T-05 | Attack path of T-07 | Attack path of T-09 | Attack path of T-10 | Attack path of T-11 | Attack path of T-15"
	if got := strings.Join(titles, " | "); got != want {
		t.Fatalf("views\n  %s\nwant\n  %s", got, want)
	}
	byTitle := map[string]View{}
	for _, v := range views {
		byTitle[v.Title] = v
	}
	t15 := byTitle["Attack path of T-15"]
	if len(t15.Flows) != 1 || t15.Flows[0].ID != "DF-01" || len(t15.Layout.Nodes) != 2 {
		t.Errorf("T-15 draws %+v with %d boxes; want DF-01 between Connect and the pump", t15.Flows, len(t15.Layout.Nodes))
	}
	if !strings.Contains(t15.Basis, "DF-01 is attacked at its sender, Halcyon Connect server") {
		t.Errorf("T-15 basis %q does not say DF-01 is attacked at its sender", t15.Basis)
	}
	if b := byTitle["Attack path of T-05"].Basis; !strings.Contains(b, "DF-01 and DF-02 are attacked on the way") || strings.Contains(b, "at its sender") {
		t.Errorf("T-05 (a spoofed server) basis %q", b)
	}
	if f := byTitle["Attack path of T-10"].Flows; len(f) != 2 || f[0].ID != "DF-04" || f[1].ID != "DF-09" {
		t.Errorf("T-10's two routes draw %+v, want DF-04 and DF-09", f)
	}
	again, _ := ThreatPathViews(cur)
	for i := range views {
		if !bytes.Equal(views[i].SVG(), again[i].SVG()) || views[i].File != again[i].File {
			t.Errorf("%s: not the same bytes on a second run", views[i].Title)
		}
	}
}

// TestThreatPathViewFollowsPath: a flow added to a threat's path appears
// in its drawing.
func TestThreatPathViewFollowsPath(t *testing.T) {
	p := product(t, example(t), "halcyon-lvp7")
	cur := p.At(p.Versions[len(p.Versions)-1].Version)
	for i := range cur.Threats {
		if cur.Threats[i].ID == "T-15" {
			cur.Threats[i].Path = append(cur.Threats[i].Path, "pump", "DF-05")
		}
	}
	views, _ := ThreatPathViews(cur)
	for _, v := range views {
		if v.Title == "Attack path of T-15" {
			if svg := string(v.SVG()); !strings.Contains(svg, "DF-05") || !strings.Contains(svg, "Hospital syslog collector") {
				t.Fatalf("T-15's drawing lacks DF-05 and its collector:\n%s", svg)
			}
			return
		}
	}
	t.Fatal("no drawing for T-15")
}
