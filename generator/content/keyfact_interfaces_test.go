package content

import "testing"

// TestInterfaceStateList: the key facts say once, after the list, that
// whether each interface is on is not stated when none of the list states
// it, and keep the note on each interface that does not state it when
// some do; a lone interface keeps its own note.
func TestInterfaceStateList(t *testing.T) {
	i := func(id string, on Tri, internal bool) Interface {
		return Interface{ID: id, Name: id, Kind: "serial", DefaultEnabled: on, Internal: internal}
	}
	tests := []struct {
		name string
		ifs  []Interface
		want string
	}{
		{"none", nil, ""},
		{"one unstated", []Interface{i("A", Unstated, false)}, "A (whether it is on is not stated)"},
		{"one unstated internal", []Interface{i("A", Unstated, true)}, "A (whether it is on is not stated, internal)"},
		{"all unstated", []Interface{i("A", Unstated, false), i("B", Unstated, true), i("C", Unstated, false)},
			"A, B (internal), C (whether each of these 3 is on is not stated)"},
		{"some stated", []Interface{i("A", Unstated, false), i("B", False, false), i("C", True, true)},
			"A (whether it is on is not stated), B (off), C (on, internal)"},
		{"all stated", []Interface{i("A", True, false), i("B", False, false)}, "A (on), B (off)"},
	}
	for _, tc := range tests {
		p := &Product{Interfaces: tc.ifs}
		if got := p.InterfaceStateList(tc.ifs); got != tc.want {
			t.Errorf("%s: InterfaceStateList = %q, want %q", tc.name, got, tc.want)
		}
	}
}
