package content

import "strings"

// HomeProvidesText is the CSD's sentence on who provides a product used
// at home to the patients of the customer (home_use beside a customer
// written), hosp naming the customer ("customer", "hospital"). The
// customer provides only what it can hand over: the device parts, and
// uses the parts it owns (CustomerOwnedAtHome) on its own computers. An
// app on the patients' own phones (OnPatientsDevice) is theirs, from the
// app store, not the customer's to provide; with no device part the
// customer provides nothing, and its patients use the product on their
// own phones. Of the device parts it provides only those that go home
// with the patients (DeviceAtHome): one that stays with it (a clinician
// programmer, Part.AtHome false) is said to, and where the data do not
// say whether a device part goes home, the sentence says so rather than
// naming it.
func (p *Product) HomeProvidesText(hosp string) string {
	var own []Part
	for _, pt := range p.AllParts() {
		if p.OnPatientsDevice(pt) {
			own = append(own, pt)
		}
	}
	dev, kept, open := p.DeviceAtHome()
	// rest: what stays with the customer, and what the data leave open
	rest := ""
	if len(kept) > 0 {
		verb := " stays"
		if len(kept) > 1 {
			verb = " stay"
		}
		rest += "; " + p.PartTheNames(kept) + verb + " with the " + hosp
	}
	if len(open) > 0 {
		switch {
		case len(dev) == 0 && len(kept) == 0:
			rest += "; which of " + p.PartTheNames(open) + " the " + hosp + " gives them is not stated"
		case len(dev) > 0:
			rest += "; whether the " + hosp + " also gives them " + p.PartTheNames(open) + " is not stated"
		default:
			rest += "; whether the " + hosp + " gives them " + p.PartTheNames(open) + " is not stated"
		}
	}
	owned := p.CustomerOwnedAtHome()
	if len(owned) == 0 && len(dev) == 0 {
		s := "Patients of the " + hosp + " use the " + p.Name + " at home"
		if len(own) > 0 {
			s += ", on their own " + p.HostNouns(own) + p.makerSuppliedNouns(own, " or on ")
		}
		return s + rest + "."
	}
	// theirs: the parts on the patients' own phones, after a semicolon
	theirs := ""
	if len(own) > 0 {
		verb := " runs"
		if len(own) > 1 {
			verb = " run"
		}
		theirs = "; " + p.PartTheNames(own) + verb + " on the patients' or caregivers' own " + p.HostNouns(own) + p.makerSuppliedNouns(own, " or on ")
	}
	if len(owned) == 0 {
		if len(own) == 0 && rest == "" {
			// a hospital may use it on its wards too: home use, and no more
			return "The " + hosp + " provides the " + p.Name + " to patients who use it at home."
		}
		// "for use at home" would say every customer hands it over for
		// home use; a hospital's patients may use it on its wards
		return "The " + hosp + " provides " + p.PartTheNames(dev) + " to patients, who may use the " + p.Name + " at home" + theirs + rest + "."
	}
	var b strings.Builder
	b.WriteString("Patients use ")
	if used := p.UsedAtHome(); len(used) > 0 {
		b.WriteString(p.PartTheNames(used))
	} else {
		b.WriteString("the " + p.Name)
	}
	b.WriteString(" at home; the " + hosp + " ")
	if len(dev) > 0 {
		// named where the patients' own parts are used beside them
		what := p.PartTheNames(dev)
		if len(own) == 0 {
			what = map[bool]string{true: "it", false: "both"}[len(dev) == 1]
			if len(dev) > 2 {
				what = "these"
			}
		}
		b.WriteString("provides " + what + " to them and ")
	}
	b.WriteString("uses " + p.PartTheNames(owned) + " on its own " + p.HostNouns(owned) + theirs + rest + ".")
	return b.String()
}

// makerSuppliedNouns is, after prefix, the kinds of device the
// manufacturer supplies for some of parts ("phones the manufacturer
// supplies", Part.MakerSupplied); "" where it supplies none.
func (p *Product) makerSuppliedNouns(parts []Part, prefix string) string {
	if n := p.MakerSuppliedHosts(parts); n != "" {
		return prefix + n + " the manufacturer supplies"
	}
	return ""
}
