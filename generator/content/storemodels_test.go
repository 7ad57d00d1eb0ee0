package content

import (
	"strings"
	"testing"
)

// storeModelsBase is modelsBase (models M1 and M2, versions 1.0 and 2.0)
// with a store on every model and one on M2 only; lines: the second
// store's models at 43, the store 2.0 adds at 50.
const storeModelsBase = modelsBase + `[[data_stores]]
id = "log"
name = "Event log"
data = ["logs"]
location = "Flash"
protection = "P"
[[data_stores]]
id = "weights"
name = "Weight readings"
data = ["measurements"]
location = "Flash"
protection = "P"
models = ["M2"]
[[versions.changes.data_stores_added]]
id = "cache"
name = "Cache"
data = ["configuration"]
location = "RAM"
protection = "P"
models = ["M1"]
`

// TestDataStoreModels: a data store's models are checked as an
// interface's are: each a model of the product (an unknown ID is an
// error at its key path, in the top-level facts and in a version's
// changes), none listed twice, and never written empty, which would read
// as every model. An interface's and a port's models get the same two
// errors.
func TestDataStoreModels(t *testing.T) {
	tests := []struct {
		name, src string
		want      string // a diagnostic starting with this ("" = none containing absent)
		absent    string
	}{
		{"known models raise nothing", storeModelsBase, "", ".models"},
		{"unknown model of a store", strings.Replace(storeModelsBase, `models = ["M2"]
[[versions.changes.data_stores_added]]`, `models = ["M2", "M9"]
[[versions.changes.data_stores_added]]`, 1), `p.toml:43: data_stores[1].models[1]: unknown model "M9" (want one of M1, M2)`, ""},
		{"unknown model of a store a version adds", strings.Replace(storeModelsBase, `protection = "P"
models = ["M1"]`, `protection = "P"
models = ["M7"]`, 1), `p.toml:50: versions[1].changes.data_stores_added[0].models[0]: unknown model "M7" (want one of M1, M2)`, ""},
		{"a store's model listed twice", strings.Replace(storeModelsBase, `models = ["M2"]
[[versions.changes.data_stores_added]]`, `models = ["M2", "M2"]
[[versions.changes.data_stores_added]]`, 1), `p.toml:43: data_stores[1].models[1]: model "M2" is listed twice`, ""},
		{"a store's models written empty", strings.Replace(storeModelsBase, `models = ["M2"]
[[versions.changes.data_stores_added]]`, `models = []
[[versions.changes.data_stores_added]]`, 1), `p.toml:43: data_stores[1].models: names no model: list the models that have it, or leave models out for every model`, ""},
		{"an interface's models written empty", strings.Replace(storeModelsBase, `can_disable = true
models = ["M2"]`, `can_disable = true
models = []`, 1), `p.toml:15: interfaces[0].models: names no model`, ""},
		{"a port's model listed twice", strings.Replace(storeModelsBase, `direction = "out"
models = ["M2"]`, `direction = "out"
models = ["M2", "M2"]`, 1), `p.toml:21: ports[0].models[1]: model "M2" is listed twice`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := diagStrings(decodeProduct(tc.src))
			if tc.want != "" {
				n := 0
				for _, g := range got {
					if strings.HasPrefix(g, tc.want) {
						n++
					}
				}
				if n != 1 {
					t.Errorf("%d diagnostics starting with\n  %s\ngot:\n  %s", n, tc.want, strings.Join(got, "\n  "))
				}
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

// TestDataStoreOfModelsNoVersionRuns: a store listed only for models no
// version runs on is in no released product: check warns, once.
func TestDataStoreOfModelsNoVersionRuns(t *testing.T) {
	onM1 := strings.Replace(strings.Replace(storeModelsBase, "general_availability = 2020-01-01\n", "general_availability = 2020-01-01\nmodels = [\"M1\"]\n", 1),
		"general_availability = 2024-01-01\n", "general_availability = 2024-01-01\nmodels = [\"M1\"]\n", 1)
	const want = `warning: data_stores[1].models: data store "weights" is listed only for model M2, which no version runs on (versions.models)`
	n := 0
	got := diagStrings(decodeProduct(onM1))
	for _, g := range got {
		if strings.Contains(g, want) {
			n++
		}
		if strings.Contains(g, `"log"`) || strings.Contains(g, `"cache"`) {
			t.Errorf("a store of every model or of M1, which runs the versions: %s", g)
		}
	}
	if n != 1 {
		t.Errorf("%d diagnostics containing\n  %s\ngot:\n  %s", n, want, strings.Join(got, "\n  "))
	}
}

// TestForModelsDataStores: the product as a document about some models
// sees it keeps a store of every model and of one of them, and leaves
// out a store only other models keep, without calling that an interface
// or port left out; each store kept keeps the key path it is written at.
// The store of some of them names them (OnlyOnModels), and one of every
// model the document is about names none.
func TestForModelsDataStores(t *testing.T) {
	p := &Product{Models: []Model{{ID: "A"}, {ID: "B"}, {ID: "C"}},
		Interfaces: []Interface{{ID: "usb"}},
		DataStores: []DataStore{{ID: "all"}, {ID: "bc", Models: []string{"B", "C"}}, {ID: "c", Models: []string{"C"}}}}
	ids := func(q *Product) string {
		var s []string
		for _, d := range q.DataStores {
			s = append(s, d.ID+"@"+d.At)
		}
		return strings.Join(s, " ")
	}
	q := p.ForModels([]string{"A", "B"})
	if got, want := ids(q), "all@data_stores[0] bc@data_stores[1]"; got != want {
		t.Errorf("about A and B: stores %q, want %q", got, want)
	}
	if q.ModelsLeftOut() {
		t.Error("about A and B: ModelsLeftOut = true, but no interface or port was left out")
	}
	if got := q.OnlyOnModels(q.DataStores[1].Models); got != "model B only" {
		t.Errorf("about A and B, store bc: %q, want %q", got, "model B only")
	}
	if got := p.ForModels([]string{"B", "C"}).OnlyOnModels([]string{"B", "C"}); got != "" {
		t.Errorf("about B and C, store bc: %q, want none", got)
	}
	if q := p.ForModels([]string{"C"}); len(q.DataStores) != 3 || q.OnlyOnModels(q.DataStores[2].Models) != "" {
		t.Errorf("about C: stores %q, want all three, none naming a model", ids(q))
	}
	if got := p.OnlyOnModels(p.DataStores[2].Models); got != "model C only" {
		t.Errorf("every model, store c: %q, want %q", got, "model C only")
	}
	if q := p.ForModels(nil); q != p {
		t.Error("ForModels(nil) is not the product itself")
	}
}
