package content

import "slices"

// Software that runs on another manufacturer's medical device (a
// measurement plug-in installed through an ultrasound system maker's app
// platform) is on hardware the customer owns, but the device, its
// operating system and its network connection are that maker's design,
// and that maker updates them: "a phone, tablet or computer the customer
// owns", "the customer keeps its operating system up to date" and "the
// hospital supplies" its platform would each name the wrong party.
// Part.HostMaker names that maker.

// hostWords returns the runs label, the where phrase and the default
// patching of a customer_device part on another maker's device, and
// whether it is one.
func hostWords(pt Part) ([3]string, bool) {
	if !pt.Runs.IsCustomerDevice() || pt.HostMaker == "" {
		return [3]string{}, false
	}
	m := pt.HostMaker
	return [3]string{
		"On " + m + "'s device",
		"on a medical device that " + m + " makes and maintains and the customer owns",
		m + ", the device's maker, updates the device's operating system and platform; who installs the application's updates is not stated",
	}, true
}

// HostMakers names, as "A and B", the makers of the other manufacturers'
// devices the parts run on (Part.HostMaker), when every one of the parts
// runs on such a device; "" otherwise.
func (p *Product) HostMakers(parts []Part) string {
	var out []string
	for _, pt := range parts {
		if _, ok := hostWords(pt); !ok || p.OnPatientsDevice(pt) {
			return ""
		}
		if !slices.Contains(out, pt.HostMaker) {
			out = append(out, pt.HostMaker)
		}
	}
	return AndList(out)
}
