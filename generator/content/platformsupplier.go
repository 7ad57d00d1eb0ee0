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
