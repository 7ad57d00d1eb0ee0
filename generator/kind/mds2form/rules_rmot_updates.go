package mds2form

// remoteUpdatesFlow (RMOT-3, where other_functions is not written): a
// data flow that carries software from a part the manufacturer hosts to
// a device part over a network interface is a software update over a
// network, the "other remote function" RMOT-3 names first; the security
// plan's 6.8 already says so from the same flow.
func (f *mds2Facts) remoteUpdatesFlow() (fact, bool) {
	for i, fl := range f.p.DataFlows {
		if !fl.Data.Has("software") {
			continue
		}
		from, to := f.p.Part(fl.From), f.p.Part(fl.To)
		if from.ID == "" || from.ID != fl.From || !from.Runs.IsManufacturerHosted() || to.ID == "" || to.ID != fl.To || !to.Runs.IsDevice() {
			continue
		}
		it := f.p.Interface(fl.Interface)
		if it == nil || it.Internal || !it.Kind.Network() {
			continue
		}
		return f.yes(f.flowPath(i), "carries software from "+from.Name+", which the manufacturer hosts, to "+to.Name+" over "+it.Name+", a network interface: software updates reach the "+f.p.Noun()+" over a network"), true
	}
	return fact{}, false
}
