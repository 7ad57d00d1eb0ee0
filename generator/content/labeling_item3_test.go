package content

import (
	"slices"
	"testing"
)

// TestLabelingItem3UnlistedAndNoPorts: eSTAR called item 3 complete for
// contrastinjector, whose CSD says the head's interfaces are not all
// stated (interfaces_complete = false); and for watchecg it asked to
// "add [[ports]]" although ports = [] says the product opens none, which
// the CSD prints.
func TestLabelingItem3UnlistedAndNoPorts(t *testing.T) {
	item := LabelingItems[slices.IndexFunc(LabelingItems, func(it LabelingItem) bool { return it.Number == 3 })]
	head := Part{ID: "head", Name: "Injector head", Runs: "device", InterfacesComplete: False}
	control := Part{ID: "control", Name: "Control unit", Runs: "device"}
	can := Interface{ID: "ct-link", Kind: "serial", Part: "control"}
	app := Part{ID: "app", Name: "App", Runs: "customer_device"}
	store := Interface{ID: "health", Kind: "api", Part: "app"}
	noPorts := SourceOfText("content/p.toml", []byte("ports = []\n"))
	for _, tc := range []struct {
		name  string
		p     Product
		wants []string
	}{
		{"a part whose list is not whole", Product{Parts: []Part{head, control}, Interfaces: []Interface{can}},
			[]string{"every interface of part head in [[interfaces]] (parts[head].interfaces_complete = false)"}},
		{"every list whole", Product{Parts: []Part{{ID: "head", Name: "Injector head", Runs: "device"}, control},
			Interfaces: []Interface{can, {ID: "head-can", Kind: "serial", Part: "head"}}}, nil},
		{"ports = [] beside a network interface", Product{Parts: []Part{app}, Interfaces: []Interface{store}, Source: noPorts}, nil},
		{"ports not written beside a network interface", Product{Parts: []Part{app}, Interfaces: []Interface{store}},
			[]string{"[[ports]] (the device has a network interface)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := item.Missing(&tc.p); !slices.Equal(got, tc.wants) {
				t.Errorf("missing = %q, want %q", got, tc.wants)
			}
		})
	}
}
