package content

import "slices"

// LogNoun is what the documents call the thing whose security events and
// logs they describe where the data do not place them: "device" for a
// device, as the documents call it elsewhere; "product" for health IT
// (CalledProduct), and for a product with a part the manufacturer hosts
// unless the data keep every log on the device's own hardware: every data
// store of logs is on the device, and no data flow or interface takes
// logs to another part (LogPartsOffDevice). Such a product's logs may be
// kept by its cloud service or portal (a patch with no sign-in whose
// readings a portal logs, software as a medical device on a tablet that
// keeps no audit log, a home device whose event log its modem sends to
// the cloud), and its MDS2 audit answers are of the product as a whole:
// "the device records" would place them on the hardware in the patient's
// hands.
func (p *Product) LogNoun() string {
	if p.CalledProduct() {
		return "product"
	}
	if !p.HasManufacturerHostedPart() {
		return "device"
	}
	if len(p.LogPartsOffDevice()) > 0 {
		return "product"
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

// LogPartsOffDevice are the parts of the product, other than those on the
// device and the customer's own infrastructure (its SIEM, its directory:
// the customer's, not the product's), that logs reach by the data: a part
// a data flow listing logs starts or ends at, or a part with an interface
// that carries logs. Each may keep what it receives, whether or not a
// data store of it lists logs: the device's event log sent to a cloud
// service is kept there in a store the data may not name.
func (p *Product) LogPartsOffDevice() []Part {
	var out []Part
	add := func(pt Part) {
		if pt.ID == "" || pt.Runs.IsDevice() || pt.Runs.IsCustomerInfrastructure() {
			return
		}
		if !slices.ContainsFunc(out, func(o Part) bool { return o.ID == pt.ID }) {
			out = append(out, pt)
		}
	}
	for _, f := range p.DataFlows {
		if !f.Data.Has("logs") {
			continue
		}
		for _, end := range []string{f.From, f.To} {
			if e, _ := p.ResolveFlowEnd(end); e.IsPart() {
				add(p.Part(e.Part))
			}
		}
	}
	for _, it := range p.Interfaces {
		if it.Carries.Has("logs") {
			add(p.PartOfInterface(it))
		}
	}
	return out
}
