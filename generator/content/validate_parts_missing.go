package content

// partsMissingMessage is the error of a product with no hardware of its
// own (medical_device = false, or samd = true) that lists no [[parts]]:
// the part assumed then (AllParts) is a device, so every document would
// describe hardware the product does not have.
func partsMissingMessage(p *Product) string {
	what := "software as a medical device (samd = true)"
	if p.MedicalDevice.IsFalse() {
		what = "not a medical device (medical_device = false)"
	}
	return "missing: where the product runs; it is " + what + " and lists no [[parts]], so every document would describe it as hardware of its own (\"the device\"): " +
		"add a [[parts]] entry with runs = where it runs (\"customer_hosted\" for software on the customer's servers, " +
		"\"customer_device\" for an app on the customer's own phones, tablets or computers, " +
		"\"manufacturer_hosted\" for a service you host, \"device\" for hardware of its own) and patching = who installs its updates"
}
