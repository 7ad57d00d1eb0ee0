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
