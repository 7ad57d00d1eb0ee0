package mds2form

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// RMOT-1 and RMOT-1.1 from [remote_service], the manufacturer's
// statement of its remote service: offered decides RMOT-1 and started_by
// RMOT-1.1, each only where written. Where it is not written, the rules
// of a device that connects to nothing (rules_nolinks.go) still answer;
// the stated fact comes first, and check warns where it contradicts the
// device's lack of a network (content.remoteServiceFacts).

// remoteOffered (RMOT-1): remote_service.offered, else noLinks.
func (f *mds2Facts) remoteOffered() (fact, bool) {
	switch r := f.p.RemoteService; {
	case r.Offered.IsTrue():
		return f.yes("remote_service.offered", "says the manufacturer can service the device remotely"), true
	case r.Offered.IsFalse():
		return f.no("remote_service.offered", "says the manufacturer has no remote service of the device"), true
	}
	return noLinks(mds2.No, mds2.Yes, "no remote service connection can reach it")(f)
}

// remoteCustomerStarts (RMOT-1.1): remote_service.started_by (customer or
// either Yes, manufacturer No) unless offered is false, which rules the
// question out; else noLinks.
func (f *mds2Facts) remoteCustomerStarts() (fact, bool) {
	r := f.p.RemoteService
	if !r.Offered.IsFalse() {
		switch r.CustomerStarts() {
		case content.True:
			return f.yes("remote_service.started_by", "is \""+r.StartedBy+"\": a user at the customer's site can start a remote-service session"), true
		case content.False:
			return f.no("remote_service.started_by", "is \"manufacturer\": only the manufacturer's staff start a remote-service session"), true
		}
	}
	return noLinks(mds2.NA, mds2.Yes, "there is no remote service session to start")(f)
}
