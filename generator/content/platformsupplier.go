package content

import "strings"

// A platform the manufacturer supplies with a part (Platform.SuppliedBy
// "manufacturer": the Ubuntu inside the appliance image a hospital runs on
// its own VMware) is not one the customer supplies: the documents must
// not say the manufacturer neither supplies nor updates it.

// FromMaker reports a platform the manufacturer supplies with its parts
// (platforms[].supplied_by = "manufacturer").
func (pl Platform) FromMaker() bool { return pl.SuppliedBy == "manufacturer" }

// PlatformsFromMaker returns the platforms of pls the manufacturer
// supplies (Platform.FromMaker), in order.
func (p *Product) PlatformsFromMaker(pls []Platform) []Platform {
	var out []Platform
	for _, pl := range pls {
		if pl.FromMaker() {
			out = append(out, pl)
		}
	}
	return out
}

// PlatformsFromOwners returns the platforms of pls that the customer, or
// whoever owns the hardware their parts run on, supplies (not
// Platform.FromMaker), in order.
func (p *Product) PlatformsFromOwners(pls []Platform) []Platform {
	var out []Platform
	for _, pl := range pls {
		if !pl.FromMaker() {
			out = append(out, pl)
		}
	}
	return out
}

// PlatformNamesText names the platforms in a list: "Ubuntu Server and
// PostgreSQL".
func (p *Product) PlatformNamesText(pls []Platform) string {
	names := make([]string, len(pls))
	for i, pl := range pls {
		names[i] = strings.TrimSpace(pl.Name)
	}
	return AndList(names)
}

// PartPatching is a part's own patching as written (parts[].patching),
// for a sentence that quotes it.
type PartPatching struct {
	Name string // the part's name with its article ("the Sentinel Server")
	Text string // its patching, trimmed, without a final full stop
}

// PlatformsPatching returns, for the parts that run on pls, what each
// one's patching says (parts[].patching as written, never the default
// from runs), and ok false where some part's patching is not written:
// who updates a platform the manufacturer supplies with them is then not
// stated.
func (p *Product) PlatformsPatching(pls []Platform) (out []PartPatching, ok bool) {
	for _, pt := range p.PlatformParts(pls) {
		t := strings.TrimSpace(pt.Patching)
		if t == "" {
			return nil, false
		}
		out = append(out, PartPatching{Name: pt.TheName(), Text: strings.TrimRight(t, ". ")})
	}
	return out, len(out) > 0
}

// PlatformsPatchingText is PlatformsPatching for a template: the parts'
// patching, or nil where some part's patching is not written.
func (p *Product) PlatformsPatchingText(pls []Platform) []PartPatching {
	out, _ := p.PlatformsPatching(pls)
	return out
}

// PlatformsBelow is how the sentence above a platform table names its
// rows: "platform versions below" where some platform's versions are
// written, "platforms below" where none is (the table's versions then
// read Not stated).
func (p *Product) PlatformsBelow(pls []Platform) string {
	for _, pl := range pls {
		if len(pl.Versions) > 0 {
			return "platform versions below"
		}
	}
	return "platforms below"
}

// PlatformSupplyText is the template "platform-supply"
// (templates/partials/platforms.md.tmpl) in plain text, for a CSAF note:
// who supplies the platforms pls, from "which" on ("which the customer
// supplies: Orvella neither supplies nor updates them"). A platform the
// manufacturer supplies with its parts (Platform.FromMaker) is said to be
// supplied with them, and who updates it is what those parts' patching
// says, or not stated; one on a host the manufacturer supplies
// (parts[].maker_supplied) leaves open whether the manufacturer updates it.
func (p *Product) PlatformSupplyText(pls []Platform, maker, customer string) string {
	mk, own := p.PlatformsFromMaker(pls), p.PlatformsFromOwners(pls)
	var b strings.Builder
	if len(own) > 0 {
		b.WriteString("which " + p.PlatformsSuppliedBy(own, customer))
	}
	if len(mk) > 0 {
		if len(own) > 0 {
			b.WriteString(", except " + p.PlatformNamesText(mk) + ", which")
		} else {
			b.WriteString("which")
		}
		b.WriteString(" " + maker + " supplies with " + p.PartTheNames(p.PlatformParts(mk)))
		if len(own) > 0 {
			b.WriteString(" (")
		} else {
			b.WriteString(": ")
		}
		them := "them"
		if len(own) > 0 && len(mk) == 1 {
			them = "it"
		}
		switch pp := p.PlatformsPatchingText(mk); {
		case len(pp) == 1:
			b.WriteString("who updates " + them + " is as the patching of " + pp[0].Name + " says (“" + pp[0].Text + "”)")
		case len(pp) > 1:
			b.WriteString("who updates " + them + " is as the patching of those parts says (")
			for i, x := range pp {
				if i > 0 {
					b.WriteString("; ")
				}
				b.WriteString(x.Name + ": “" + x.Text + "”")
			}
			b.WriteString(")")
		default:
			b.WriteString("who updates " + them + " is not stated")
		}
		if len(own) > 0 {
			b.WriteString(")")
		}
	}
	if len(own) > 0 {
		others := "them"
		if len(mk) > 0 {
			others = "the others"
		}
		if sup := p.PlatformsMakerSupplies(own); sup != "" {
			b.WriteString(", or " + maker + " on the " + sup + " it supplies: whether " + maker + " updates " + others + " on those " + sup + " is not stated")
		} else {
			if len(mk) > 0 {
				b.WriteString(";")
			} else {
				b.WriteString(":")
			}
			b.WriteString(" " + maker + " neither supplies nor updates " + others)
		}
	}
	return b.String()
}
