package content

import (
	"slices"
	"strings"
	"testing"
)

// modelsBase is a product of two models, M1 and M2, whose Wi-Fi interface
// and its port are on M2 only; lines: the interface's models at 15, the
// port's at 20, the second version's added interface's at 29.
const modelsBase = `schema_version = 2
[[models]]
id = "M1"
name = "Model one"
[[models]]
id = "M2"
name = "Model two"
[[versions]]
version = "1.0"
general_availability = 2020-01-01
[[interfaces]]
id = "wifi"
kind = "wifi"
can_disable = true
models = ["M2"]
[[ports]]
number = 443
transport = "tcp"
interface = "wifi"
direction = "out"
models = ["M2"]
[[versions]]
version = "2.0"
general_availability = 2024-01-01
[[versions.changes.interfaces_added]]
id = "bt"
kind = "bluetooth"
name = "BLE"
purpose = "P"
models = ["M1"]
`

// TestModelsOfInterfacesAndPorts: an interface's or a port's models name
// models of the product (an unknown ID is an error at its key path, in
// the top-level facts and in a version's changes), and a port's models
// are models its interface is on.
func TestModelsOfInterfacesAndPorts(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // a diagnostic starting with this ("" = none containing absent)
		absent    string
	}{
		{"known models raise nothing", modelsBase, "", ".models"},
		{"unknown model of an interface", strings.Replace(modelsBase, `models = ["M2"]
[[ports]]`, `models = ["M2", "M9"]
[[ports]]`, 1), `p.toml:15: interfaces[0].models[1]: unknown model "M9" (want one of M1, M2)`, ""},
		{"unknown model of a port", strings.Replace(modelsBase, `direction = "out"
models = ["M2"]`, `direction = "out"
models = ["M3"]`, 1), `p.toml:21: ports[0].models[0]: unknown model "M3" (want one of M1, M2)`, ""},
		{"unknown model of an interface a version adds", strings.Replace(modelsBase, `models = ["M1"]`, `models = ["M7"]`, 1),
			`p.toml:30: versions[1].changes.interfaces_added[0].models[0]: unknown model "M7" (want one of M1, M2)`, ""},
		{"a port on a model its interface is not on", strings.Replace(modelsBase, `direction = "out"
models = ["M2"]`, `direction = "out"
models = ["M1", "M2"]`, 1), `p.toml:21: ports[0].models[0]: port 443/tcp is on interface "wifi", which model "M1" does not have (interfaces.models: M2)`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(tc.src))
			if tc.want != "" && !strings.Contains("\n"+strings.Join(got, "\n"), "\n"+tc.want) {
				t.Errorf("no diagnostic starting with\n  %s\ngot:\n  %s", tc.want, strings.Join(got, "\n  "))
			}
			if tc.absent != "" {
				for _, g := range got {
					if strings.Contains(g, tc.absent) {
						t.Errorf("unexpected diagnostic: %s", g)
					}
				}
			}
		})
	}
}

// TestOnlyModels: a list naming every model, or none, is every model; a
// port without models of its own is on its interface's.
func TestOnlyModels(t *testing.T) {
	p := &Product{Models: []Model{{ID: "A"}, {ID: "B"}, {ID: "C"}},
		Interfaces: []Interface{{ID: "lan"}, {ID: "wifi", Models: []string{"C", "B"}}, {ID: "all", Models: []string{"A", "B", "C"}}}}
	if got := p.OnlyModels(nil); got != nil {
		t.Errorf("OnlyModels(nil) = %v, want nil", got)
	}
	if got := p.PortModels(Port{Interface: "all"}); got != nil {
		t.Errorf("an interface on every model: %v, want nil", got)
	}
	if got := strings.Join(p.PortModels(Port{Interface: "wifi"}), ","); got != "B,C" {
		t.Errorf("a port on the wifi interface: %q, want B,C (product order)", got)
	}
	if got := strings.Join(p.PortModels(Port{Interface: "wifi", Models: []string{"C"}}), ","); got != "C" {
		t.Errorf("a port with models of its own: %q, want C", got)
	}
	if got := OnlyOn([]string{"B", "C"}); got != "models B and C only" {
		t.Errorf("OnlyOn = %q", got)
	}
	if !p.ModelsDiffer() {
		t.Error("ModelsDiffer = false with an interface on B and C only")
	}
	q := &Product{Models: p.Models, Interfaces: p.Interfaces[:1]}
	if q.ModelsDiffer() {
		t.Error("ModelsDiffer = true with every interface on every model")
	}
}

// TestInterfaceOfModelsNoVersionRuns: an interface or port listed only for
// models no version runs on (versions.models) is in no released product:
// check warns, once, at its models. A version that runs on every model,
// or on one of its models, raises nothing.
func TestInterfaceOfModelsNoVersionRuns(t *testing.T) {
	onM1 := strings.Replace(strings.Replace(modelsBase, "general_availability = 2020-01-01\n", "general_availability = 2020-01-01\nmodels = [\"M1\"]\n", 1),
		"general_availability = 2024-01-01\n", "general_availability = 2024-01-01\nmodels = [\"M1\"]\n", 1)
	got := diagStrings(decodeProduct(onM1))
	for _, want := range []string{
		`p.toml:16: warning: interfaces[0].models: interface "wifi" is listed only for model M2, which no version runs on (versions.models): it is in no released product`,
		`p.toml:22: warning: ports[0].models: port 443/tcp is listed only for model M2, which no version runs on (versions.models)`,
	} {
		n := 0
		for _, g := range got {
			if strings.Contains(g, want) {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%d diagnostics containing\n  %s\ngot:\n  %s", n, want, strings.Join(got, "\n  "))
		}
	}
	for _, g := range got {
		if strings.Contains(g, `"bt"`) {
			t.Errorf("the Bluetooth interface is M1's, which runs 2.0: %s", g)
		}
	}
	for name, src := range map[string]string{
		"every version on every model": modelsBase,
		"2.0 runs on M2":               strings.Replace(onM1, "general_availability = 2024-01-01\nmodels = [\"M1\"]\n", "general_availability = 2024-01-01\nmodels = [\"M1\", \"M2\"]\n", 1),
	} {
		for _, g := range diagStrings(decodeProduct(src)) {
			if strings.Contains(g, "no version runs on") {
				t.Errorf("%s: %s", name, g)
			}
		}
	}
}

// TestRecommendedControlModels: a recommended control's models name
// models of the product, at the top level and in a version's changes
// (an unknown ID is an error at its key path); the product as a
// document about some models sees it (ForModels) keeps a control that
// concerns one of them, or every model, and leaves out one that concerns
// other models only, without calling that an interface or port left out.
func TestRecommendedControlModels(t *testing.T) {
	const rc = `[[recommended_controls]]
id = "RC-01"
category = "network_segmentation"
title = "Segment"
recommendation = "R"
priority = "required"
models = ["M2"]
[[versions.changes.recommended_controls_added]]
id = "RC-02"
category = "physical_security"
title = "Lock"
recommendation = "R"
priority = "recommended"
models = ["M1"]
`
	src := modelsBase + rc
	for _, g := range diagStrings(decodeProduct(src)) {
		if strings.Contains(g, "recommended_controls") {
			t.Errorf("known models: %s", g)
		}
	}
	for _, tc := range []struct{ from, to, want string }{
		{`models = ["M2"]
[[versions.changes.recommended_controls_added]]`, `models = ["M9"]
[[versions.changes.recommended_controls_added]]`, `recommended_controls[0].models[0]: unknown model "M9" (want one of M1, M2)`},
		{`priority = "recommended"
models = ["M1"]`, `priority = "recommended"
models = ["M1", "M8"]`, `versions[1].changes.recommended_controls_added[0].models[1]: unknown model "M8" (want one of M1, M2)`},
	} {
		got := diagStrings(decodeProduct(strings.Replace(src, tc.from, tc.to, 1)))
		if !strings.Contains(strings.Join(got, "\n"), tc.want) {
			t.Errorf("no diagnostic\n  %s\ngot:\n  %s", tc.want, strings.Join(got, "\n  "))
		}
	}

	p := &Product{Models: []Model{{ID: "A"}, {ID: "B"}, {ID: "C"}},
		Interfaces:          []Interface{{ID: "usb"}},
		RecommendedControls: []RecommendedControl{{ID: "all"}, {ID: "bc", Models: []string{"B", "C"}}, {ID: "c", Models: []string{"C"}}, {ID: "ab", Models: []string{"A", "B"}}}}
	for _, tc := range []struct {
		about []string
		want  string
	}{
		{[]string{"A"}, "all ab"},
		{[]string{"B"}, "all bc ab"},
		{[]string{"C"}, "all bc c"},
		{[]string{"A", "B", "C"}, "all bc c ab"},
		{nil, "all bc c ab"},
	} {
		q := p.ForModels(tc.about)
		var ids []string
		for _, rc := range q.RecommendedControls {
			ids = append(ids, rc.ID)
		}
		if got := strings.Join(ids, " "); got != tc.want {
			t.Errorf("ForModels(%v): controls %q, want %q", tc.about, got, tc.want)
		}
		if q.ModelsLeftOut() {
			t.Errorf("ForModels(%v): no interface or port is left out, but ModelsLeftOut", tc.about)
		}
	}
	if got := p.ForModels([]string{"A", "B"}).OnlyOnModels([]string{"B", "C"}); got != "model B only" {
		t.Errorf("a control of B and C in a document about A and B: %q, want model B only", got)
	}
}

// TestFlowOnlyOn: a data flow names the models of its interface when not
// every model (of those the document is about) has it; a flow on an
// interface of every model, or naming none, names none.
func TestFlowOnlyOn(t *testing.T) {
	p := &Product{Models: []Model{{ID: "A"}, {ID: "B"}, {ID: "C"}},
		Interfaces: []Interface{{ID: "usb"}, {ID: "lan", Models: []string{"B"}}, {ID: "wifi", Models: []string{"B", "C"}}}}
	for _, tc := range []struct {
		p         *Product
		iface, on string
	}{
		{p, "usb", ""},
		{p, "", ""},
		{p, "nope", ""},
		{p, "lan", "model B only"},
		{p, "wifi", "models B and C only"},
		{p.ForModels([]string{"B", "C"}), "wifi", ""},
		{p.ForModels([]string{"B", "C"}), "lan", "model B only"},
	} {
		if got := tc.p.FlowOnlyOn(DataFlow{ID: "f", Interface: tc.iface}); got != tc.on {
			t.Errorf("flow on %q: %q, want %q", tc.iface, got, tc.on)
		}
	}
}

// TestModelsNotRunningAndCurrentOn: the models a version does not run,
// and each model's own current version (released, not withdrawn, newest
// that runs on it), both ways.
func TestModelsNotRunningAndCurrentOn(t *testing.T) {
	d := func(s string) Date {
		x, err := ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	p := &Product{
		Models: []Model{{ID: "T"}, {ID: "B"}, {ID: "W"}},
		Versions: []Version{
			{Version: "5.0", GeneralAvailability: d("2022-03-01")},
			{Version: "5.1", Models: []string{"T"}, GeneralAvailability: d("2024-02-05")},
			{Version: "5.2", Models: []string{"B", "W"}, GeneralAvailability: d("2025-06-02")},
			{Version: "5.3", Models: []string{"B"}, GeneralAvailability: d("2025-09-01"), Withdrawn: d("2025-10-01")},
		},
	}
	if got := p.ModelsNotRunning(&p.Versions[2], []string{"T", "B", "W"}); !slices.Equal(got, []string{"T"}) {
		t.Errorf("not running 5.2 = %v; want [T]", got)
	}
	if got := p.ModelsNotRunning(&p.Versions[0], []string{"T", "B"}); got != nil {
		t.Errorf("not running 5.0 = %v; want none", got)
	}
	for _, tc := range []struct{ model, on, want string }{
		{"T", "2026-01-01", "5.1"},
		{"B", "2025-09-15", "5.3"}, // before its withdrawal
		{"B", "2026-01-01", "5.2"}, // 5.3 withdrawn
		{"W", "2025-01-01", "5.0"}, // 5.2 not yet released
		{"W", "2021-01-01", ""},
	} {
		got := ""
		if v := p.CurrentVersionOn(tc.model, d(tc.on)); v != nil {
			got = v.Version
		}
		if got != tc.want {
			t.Errorf("CurrentVersionOn(%s, %s) = %q; want %q", tc.model, tc.on, got, tc.want)
		}
	}
}
