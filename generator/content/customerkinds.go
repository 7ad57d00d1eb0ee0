package content

import (
	"fmt"
	"slices"
	"strings"
)

// A product is often sold to more than one kind of customer at once: a
// handheld ultrasound to hospitals, to practices with no IT staff and to
// clinicians who buy it for themselves. Every sentence that depends on
// the customer must then be true of each kind: the documents speak of
// "the customer" and "the customer's network" (a hospital's network
// teams are no lone clinician's), and the CSD names each kind of reader
// (CustomerReaders; CustomerReaderList lists them under the opening).
// customer = "hospital" alone keeps a hospital's words.

// Customer kinds (Product.Customer).
const (
	CustomerHospital     = "hospital"
	CustomerOrganisation = "organisation"
	CustomerIndividual   = "individual"
	CustomerManufacturer = "manufacturer"
)

// customerKindValues are the kinds customer accepts, in the order the
// documents name them.
var customerKindValues = []string{CustomerHospital, CustomerOrganisation, CustomerIndividual, CustomerManufacturer}

// CustomerKinds is the kinds of customer a product is sold to: one
// string (customer = "hospital") or an array of them (customer =
// ["hospital", "organisation", "individual"]). Empty when not written.
type CustomerKinds []string

// Values lists the kinds accepted (the field reference's "One of").
func (CustomerKinds) Values() []string { return customerKindValues }

// Has reports whether kind is listed.
func (c CustomerKinds) Has(kind string) bool { return slices.Contains(c, kind) }

// Only reports whether kind is the one kind listed (however often).
func (c CustomerKinds) Only(kind string) bool {
	return len(c) > 0 && !slices.ContainsFunc(c, func(k string) bool { return k != kind })
}

// Several reports whether more than one kind is listed.
func (c CustomerKinds) Several() bool {
	return len(c) > 0 && !c.Only(c[0])
}

// String is the kinds as written, for messages: "hospital", or
// "hospital, organisation".
func (c CustomerKinds) String() string { return strings.Join(c, ", ") }

// decodeTOML accepts "hospital" as well as ["hospital", "individual"]:
// one string stays valid, and a list says every kind the product is
// sold to.
func (c *CustomerKinds) decodeTOML(d *decoder, data any, path string) {
	check := func(s, at string) bool {
		if !slices.Contains(customerKindValues, s) {
			d.errorf(at, "want one of %s; got %q", strings.Join(customerKindValues, ", "), s)
			return false
		}
		return true
	}
	switch v := data.(type) {
	case string:
		if check(v, path) {
			*c = CustomerKinds{v}
		}
	case []any:
		if len(v) == 0 {
			d.errorf(path, "an empty list names no customer: leave customer out when it is not stated")
			return
		}
		out := CustomerKinds{}
		for i, item := range v {
			at := fmt.Sprintf("%s[%d]", path, i)
			s, ok := item.(string)
			if !ok {
				d.errorf(at, "want a string; got %s", tomlTypeName(item))
				continue
			}
			if !check(s, at) {
				continue
			}
			if out.Has(s) {
				d.errorf(at, "%q is listed twice", s)
				continue
			}
			out = append(out, s)
		}
		*c = out
	default:
		d.errorf(path, "want a kind of customer (%s) or an array of them; got %s", strings.Join(customerKindValues, ", "), tomlTypeName(data))
	}
}

// customerKinds checks the kinds that cannot go together. A product
// built into other makers' devices (manufacturer) is documented for
// their engineers and says it is not for their devices' users: beside
// another kind that sentence would be false for the others, so the
// product sold both ways needs its own product entry per audience. A
// clinician who buys the product for their own use does not provide it
// to patients at home: with home_use = true the patients are the
// customers (customer not written) or an organisation provides it.
func (v *productValidator) customerKinds() {
	c := v.p.Customer
	if c.Has(CustomerManufacturer) && c.Several() {
		v.errorf("customer", "manufacturer cannot be listed beside other kinds (%s): the documents for manufacturers who build the product into their devices say they are not written for those devices' users, which is false for the other customers; describe the product sold to other manufacturers as a product of its own", c)
	}
	if c.Has(CustomerIndividual) && v.p.HomeUse.IsTrue() {
		v.errorf("customer", "individual (a clinician who buys the product for their own use) does not provide it to patients at home (home_use = true): leave customer out when the patients are the customers, or name the hospital or organisation that provides it to them")
	}
}

// CustomerReaders names the CSD's readers when the product is sold to
// several kinds of customer, or to clinicians on their own: each kind's
// readers ("the network, security and biomedical engineering teams of
// the hospitals that buy it, ..., and the clinicians who buy it for
// their own use"), so that none is handed another kind's staff. teams is
// a hospital's teams as the CSD names them, thing "device" or "product".
// "" for one kind other than individual (the CSD's own words hold).
func (p *Product) CustomerReaders(teams, thing string) string {
	c := p.Customer
	if !c.Several() && !c.Only(CustomerIndividual) {
		return ""
	}
	if !c.Several() {
		return "the clinicians and practitioners who buy the " + thing + " for their own use and look after it and the phones or computers they use it with"
	}
	who := customerReaders(c, teams, thing, "it")
	if len(who) > 2 {
		return strings.Join(who[:len(who)-1], ", ") + ", and " + who[len(who)-1]
	}
	return strings.Join(who, ", and ")
}

// CustomerReaderList is the same readers, one per kind, when the product
// is sold to several kinds of customer (nil otherwise): the CSD lists
// them under its opening, since named in one run they bury the verb's
// object. Each item names the thing itself ("who buy the device for
// their own use"), because a list item has no earlier "device" for "it".
func (p *Product) CustomerReaderList(teams, thing string) []string {
	if !p.Customer.Several() {
		return nil
	}
	return customerReaders(p.Customer, teams, thing, "the "+thing)
}

// customerReaders is each listed kind's readers, in the documents' order
// of kinds; it is how all but the first name the thing.
func customerReaders(c CustomerKinds, teams, thing, it string) []string {
	var who []string
	if c.Has(CustomerHospital) {
		who = append(who, "the "+teams+" of the hospitals that buy the "+thing)
	}
	if c.Has(CustomerOrganisation) {
		other := "the organisations"
		if c.Has(CustomerHospital) {
			other = "the other organisations"
		}
		who = append(who, "whoever looks after the computers and network of "+other+" that buy "+it+" (their own IT staff or an outside IT provider) and the people there responsible for it")
	}
	if c.Has(CustomerIndividual) {
		who = append(who, "the clinicians and practitioners who buy "+it+" for their own use")
	}
	return who
}
