package mds2form

// noPIILists says, after "interfaces", which lists the No of MPII-1 (and
// the N/A it gives) rests on: data_flows only where the product writes
// any, else that none is stated, so that the provenance names no list the
// data do not have.
func (f *mds2Facts) noPIILists() string {
	if len(f.p.DataFlows) == 0 {
		return "and data_stores list no PHI or PII, and no data flow is stated"
	}
	return "and data_stores and data_flows list no PHI or PII"
}
