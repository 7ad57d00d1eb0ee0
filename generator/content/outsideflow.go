package content

// FlowOutsideProduct reports a data flow both of whose ends are outside
// the product: systems [[flow_endpoints]] names (neither a part nor a
// component in zone "device"), and the two kinds below: an onward hop
// between two other parties' systems (a
// HISP passing a report on to the patient's eye doctor). Such a flow may
// name no interface; without one, the documents say it runs outside the
// product and count it as none of the product's interface traffic. One
// may still name the product's interface it rides (an app running inside
// the EHR's client), so naming one is no mistake.
//
// A part of the customer's own infrastructure (runs =
// "customer_infrastructure": the laboratory's own S3 bucket) runs none of
// the product's software, so it counts as outside here too: the
// sequencers' upload to that bucket is carried by no interface of the
// product.
//
// A name neither a part nor a [[flow_endpoints]] entry knows is an
// outside system whose zone is not stated (ResolveFlowEnd), so it counts
// as outside too: the data need not invent a zone for the flow to build.
func (p *Product) FlowOutsideProduct(d DataFlow) bool {
	outside := func(name string) bool {
		e, ok := p.ResolveFlowEnd(name)
		if !ok {
			return true
		}
		if e.IsPart() {
			return p.Part(e.Part).Runs.IsCustomerInfrastructure()
		}
		return e.Zone != "device"
	}
	return outside(d.From) && outside(d.To)
}
