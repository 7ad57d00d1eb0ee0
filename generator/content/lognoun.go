package content

// LogNoun is what the documents call the thing whose security events and
// logs they describe where the data do not place them: "device" for a
// device, as the documents call it elsewhere; "product" for health IT
// (CalledProduct), and for a product with a part the manufacturer hosts
// unless every data store of logs is on the device's own hardware. Such a
// product's logs may be kept by its cloud service or portal (a patch with
// no sign-in whose readings a portal logs, software as a medical device
// on a tablet that keeps no audit log), and its MDS2 audit answers are of
// the product as a whole: "the device records" would place them on the
// hardware in the patient's hands.
func (p *Product) LogNoun() string {
	if p.CalledProduct() {
		return "product"
	}
	if !p.HasManufacturerHostedPart() {
		return "device"
	}
	onDevice := false
	for _, s := range p.DataStores {
		if !s.Data.Has("logs") {
			continue
		}
		if !p.Part(s.Part).Runs.IsDevice() {
			return "product"
		}
		onDevice = true
	}
	if onDevice {
		return "device"
	}
	return "product"
}
