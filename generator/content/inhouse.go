package content

import (
	"fmt"
	"strings"
)

// In-house devices: a health institution that makes a device and uses it
// only itself (EU MDR Article 5(5)) is both the manufacturer and the only
// user. Nothing is sold, so the documents must not speak of marketing,
// sales or customers who receive notices; the site file's manufacturer
// is the user, so the documents' own words name that hospital where they
// would name "the customer" (TheCustomer, InHouseWords).

// inHouse rejects what contradicts in_house = true: a US market (the
// documents would follow FDA guidance for a product marketed there),
// customers other than the one organisation that makes it, and documents
// made for buyers (an MDS2 form is a procurement form; a notice goes to
// customers).
func (v *productValidator) inHouse() {
	p := v.p
	if !p.InHouse {
		return
	}
	switch {
	case len(p.Markets) == 0:
		v.errorf("in_house", "true, but markets is not written: write where the in-house device is used (eu for an exemption under the EU MDR); without markets the documents follow FDA guidance as for a product marketed in the United States")
	case !p.NotForUS():
		v.errorf("in_house", "true, but markets (%s) names us: an in-house device is not placed on the market, and the documents would follow FDA guidance and section 524B as for a product marketed in the United States; leave us out", strings.Join(p.Markets, ", "))
	}
	if len(p.Customer) > 0 && !p.Customer.Only("hospital") && !p.Customer.Only("organisation") {
		v.errorf("in_house", "true, but customer is %s: the only user of an in-house device is the institution that makes it; write customer = \"hospital\" or \"organisation\"", p.Customer)
	}
	for i, ver := range p.Versions {
		if !ver.EndOfMarketing.IsZero() {
			v.errorf(fmt.Sprintf("versions[%d].end_of_marketing", i), "%s, but in_house is true: an in-house device is never marketed; leave end_of_marketing out (the documents say it does not apply)", ver.EndOfMarketing)
		}
	}
	for i, m := range p.Models {
		if !m.EndOfMarketing.IsZero() {
			v.errorf(fmt.Sprintf("models[%d].end_of_marketing", i), "%s, but in_house is true: an in-house device is never marketed; leave end_of_marketing out (the documents say it does not apply)", m.EndOfMarketing)
		}
	}
	for _, d := range []string{"mds2", "notices"} {
		if p.Builds(d) {
			v.errorf("documents.build", "builds %s, but in_house is true: %s", d, map[string]string{
				"mds2":    "the MDS2 form answers a buyer's procurement questions, and an in-house device is not procured",
				"notices": "the notices address customers, and an in-house device has none; tell the wards through the hospital's own channels",
			}[d])
		}
	}
}

// EndOfLifeMeans is what the Limited Support stage's row says a version at
// end of life is, in the terms the milestones give (versions.end_of_life:
// the version enters limited support; end_of_support: all support ends):
// the stage lies between the two. Not "no longer sold": end of marketing
// is a milestone of its own, which the data may leave unset, and a
// version's end of life need not end the sale of the device (a firmware
// line, a leased product); nor, for an in-house device, "no longer put
// into new use", which its maker does not state either.
func (p *Product) EndOfLifeMeans() string {
	return "Between the version's end of life and its end of support"
}

// NoticeAudience is whom the manufacturer's promised notices and interim
// mitigations reach: customers, or an in-house device's own users, or
// the users of a product patients use at home without a customer
// organisation (loneUser).
func (p *Product) NoticeAudience() string {
	if p != nil && (p.InHouse || p.loneUser()) {
		return "the product's users"
	}
	return "customers"
}

// TheCustomer is whom the documents' own sentences name as the one who
// runs the product and carries its risk: "the customer", but for an
// in-house device the institution that makes it and is its only user,
// "the hospital" (customer = "hospital", or not written) or "the
// organisation". There is no customer to speak of, and "the customer"
// would read as someone other than the manufacturer. For a product
// patients use at home without a customer organisation it is "the
// user" (loneUser).
func (p *Product) TheCustomer() string {
	if p.loneUser() {
		return "the user"
	}
	if p == nil || !p.InHouse {
		return "the customer"
	}
	if p.Customer.Only(CustomerOrganisation) {
		return "the organisation"
	}
	return "the hospital"
}

// InHouseWords puts TheCustomer in a sentence or label the generator
// itself words with "the customer" ("Hosted by the customer", "The
// customer patches the host"); unchanged for a marketed product, but
// for one patients use at home without a customer organisation, whose
// words name the user and the user's home network (loneUser,
// userWords). Never for the product data's own text, which says what
// its author wrote.
func (p *Product) InHouseWords(s string) string {
	if p.loneUser() {
		return userWords.Replace(s)
	}
	if p == nil || !p.InHouse {
		return s
	}
	who := p.TheCustomer()
	noun := strings.TrimPrefix(who, "the ")
	return strings.NewReplacer(
		"The customer", "The "+noun,
		"the customer", who,
		"Customer", strings.ToUpper(noun[:1])+noun[1:],
		"customer", noun,
	).Replace(s)
}

// ExtendedReachesEvery is whom extended security updates that keep a
// component's fixes coming (extended_for = every_customer) reach: "every
// customer", but for an in-house device, which has no customers, "every
// installation" (the institution obtains them for its own devices).
func (p *Product) ExtendedReachesEvery() string {
	if p != nil && p.InHouse {
		return "every installation"
	}
	return "every customer"
}

// EndOfMarketing is a version's or model's end of marketing d as the
// documents give it: an in-house device is never marketed, so for it
// one not written does not apply (not "Not announced", which would
// promise a date to come); inHouse refuses a date.
func (p *Product) EndOfMarketing(d Date) Date {
	if p != nil && p.InHouse && d.IsZero() {
		return NotApplicableDate()
	}
	return d
}
