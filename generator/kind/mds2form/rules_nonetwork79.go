package mds2form

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/mds2"
)

// statedNoNetwork is rule, or, where rule decides nothing, No for a
// device whose manufacturer states it has no network interface of any
// kind (content.Product.StatesNoNetwork, no_network = true): CONN-1.1.1
// (Wi-Fi), CONN-1.1.2 (Bluetooth), CONN-1.1.3 (other wireless network
// technologies) and CONN-1.2.1 (Ethernet) are network interfaces, which
// the statement rules out whether or not [[interfaces]] lists every
// interface. what names the kind for the derivation ("Wi-Fi").
func statedNoNetwork(rule func(*mds2Facts) (fact, bool), what string) func(*mds2Facts) (fact, bool) {
	return func(f *mds2Facts) (fact, bool) {
		if d, ok := rule(f); ok {
			return d, true
		}
		return f.statedNoNetworkNo(what)
	}
}

// statedNoNetworkNo is statedNoNetwork's No alone.
func (f *mds2Facts) statedNoNetworkNo(what string) (fact, bool) {
	whole := f.whole
	if whole == nil {
		whole = f.p.Product
	}
	if !whole.StatesNoNetwork() || !f.p.HasDevice() {
		return fact{}, false
	}
	d := f.no("no_network", fmt.Sprintf("is true: the manufacturer states that the device has no network interface of any kind, so it has no %s", what))
	d.Denies = mds2.Yes
	return d, true
}
