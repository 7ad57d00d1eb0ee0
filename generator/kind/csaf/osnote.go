package csaf

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/csaf"
	"github.com/jspgen/jspgen/generator/kind"
)

// operatingSystemsNote is an end-of-life or end-of-support notice's
// section "Operating systems" for its twin: the notice's own list
// (notices.operating_systems), else the platforms its versions run on,
// with who supplies them (the customer, or the manufacturer with its
// parts: platforms[].supplied_by), each with its vendor's end of support as
// of the notice's release (on), as the notice words them; for a product
// only its manufacturer hosts, that no operating system of the
// customer's runs it (hostedOnlySentence). An operating
// system whose support ends before the product's is often why the
// product can no longer be kept patched; a twin without it tells a tool
// less than the notice tells its reader. None when the notice states
// neither.
func operatingSystemsNote(env *kind.Env, p kind.Product, n content.Notice, on content.Date) (csaf.Note, bool) {
	var lines []string
	for _, s := range n.OperatingSystems {
		if s = strings.TrimSpace(s); s != "" {
			lines = append(lines, "- "+s)
		}
	}
	if len(lines) > 0 {
		return csaf.Note{Category: "details", Title: "Operating systems", Text: strings.Join(lines, "\n")}, true
	}
	if n.NoOperatingSystem {
		// notices.no_operating_system, as the notice words it.
		text := "Version " + content.AndList(n.Versions) + " runs on no operating system."
		if len(n.Versions) != 1 {
			text = "Versions " + content.AndList(n.Versions) + " run on no operating system."
		}
		return csaf.Note{Category: "details", Title: "Operating systems", Text: text}, true
	}
	facts := kind.NoticeFacts(p, n).Product
	pls := facts.PlatformsFor(n.Versions)
	if len(pls) == 0 && facts.HostedOnly() {
		// As the notice: nothing of the product runs at the customer.
		what, it := "the affected version", "it"
		if len(n.Versions) != 1 {
			what, it = "the affected versions", "them"
		}
		maker := env.Content.Site.Manufacturer.Name
		text := hostedOnlySentence(maker, p, facts, n, what, "no operating system of the customer's runs "+it+".", false) +
			" Which operating systems " + maker + "'s hosting uses is not stated."
		return csaf.Note{Category: "details", Title: "Operating systems", Text: text}, true
	}
	if len(pls) == 0 {
		return csaf.Note{}, false
	}
	head := "Version " + content.AndList(n.Versions) + " runs"
	if len(n.Versions) > 1 {
		head = "Versions " + content.AndList(n.Versions) + " run"
	}
	// As the notice words it (content.Product.PlatformSupplyText is the
	// template platform-supply): a platform the manufacturer supplies with
	// its parts is said to be supplied with them.
	lines = append(lines, head+" on these platform versions, "+facts.PlatformSupplyText(pls, env.Content.Site.Manufacturer.Name, "customer")+".")
	for _, pl := range pls {
		for _, pv := range pl.VersionsOrUnstated() {
			line := "- " + pl.Label(pv)
			if aside := pl.Aside(pv); aside != "" {
				line += " (" + aside + ")"
			}
			line += ", for " + facts.PlatformUsers(pl) + ": "
			switch vendor := pl.VendorOr("its vendor"); {
			case pv.EndOfSupport.IsZero():
				line += "the end of " + vendor + "'s support is not stated"
			case pv.Ended(on):
				line += vendor + "'s support ended on " + pv.EndOfSupport.String()
			default:
				line += vendor + "'s support ends on " + pv.EndOfSupport.String()
			}
			lines = append(lines, line+".")
		}
	}
	return csaf.Note{Category: "details", Title: "Operating systems", Text: strings.Join(lines, "\n")}, true
}
