package content

// Some diagnostics give the source of what they ask for, and those
// sources are written for medical devices: the FDA premarket guidance
// (its labeling items, control categories, architecture views), IMDRF
// N70. For health IT that is not a medical device (medical_device =
// false) a warning that says such a source asks something of the product
// is false. There the warning stands on its own (the section of a
// document it leaves empty, what the reader lacks) or names the source as
// written for medical devices, as the documents do. A product that does
// not write medical_device is a device, as in the documents.

// Noun is what a diagnostic calls the product: "device", or "product"
// for health IT that is not a medical device.
func (p *Product) Noun() string {
	if p.MedicalDevice.IsFalse() {
		return "product"
	}
	return "device"
}

// N70Asks is how a warning about a notice period cites IMDRF N70's 24
// months, followed by what it asks: for a device "IMDRF N70 asks for";
// for health IT, which N70 does not cover, "IMDRF N70, written for
// medical devices, recommends".
func (p *Product) N70Asks() string {
	if p.MedicalDevice.IsFalse() {
		return "IMDRF N70, written for medical devices, recommends"
	}
	return "IMDRF N70 asks for"
}

// CalledProduct reports whether the documents call the whole product
// "the product" rather than "the device": software only (no part on
// hardware of its own), or health IT that is not a medical device, even
// when it has hardware (a dispensing cabinet): calling that "the device"
// speaks of it as the medical device it is not, and of the cabinet where
// the server is meant (the events its server logs, the remote support
// that reaches its server). Wording only; what the parts are and where
// they run stays with SoftwareOnly and HasDevice.
func (p *Product) CalledProduct() bool { return p.SoftwareOnly() || p.MedicalDevice.IsFalse() }
