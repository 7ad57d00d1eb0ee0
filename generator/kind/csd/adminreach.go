package csd

import (
	"fmt"
	"regexp"
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// adminWay names a way administrators reach a server: a port for it, or
// the host's own console.
var adminWay = regexp.MustCompile(`(?i)\b(admin\w*|management|configuration|ssh|rdp|remote desktop|console)\b`)

// adminReachUnstated warns where the CSD's firewall rules end by denying
// everything else beside software the customer hosts on a server of its
// own (CustomerHostedParts), while an administrator account signs in
// locally and neither a port of that software that the customer's
// network reaches nor the account says how administrators get to it (an
// administration page, SSH, remote desktop, the host's console): the
// hospital applying the rules cannot tell whether the final deny cuts
// their sign-in off (smartbed: the BedView gateway's local administrator).
// The CSD's sentence on the host's own traffic, directory sign-in
// included, is the host's, not the product's account.
func adminReachUnstated(p kind.Product) content.Diagnostics {
	q := p.Product
	if len(q.FirewallRules()) == 0 || !q.HasCustomerSidePorts() {
		return nil
	}
	var hosted []content.Part
	for _, pt := range q.CustomerHostedParts(q.Ports) {
		if !pt.InCloudTenancy() {
			hosted = append(hosted, pt)
		}
	}
	if len(hosted) == 0 {
		return nil
	}
	stated := slices.ContainsFunc(q.Ports, func(pt content.Port) bool {
		return pt.Direction != "out" && q.OnCustomerSide(pt) &&
			slices.ContainsFunc(hosted, func(h content.Part) bool { return q.PartOfPort(pt).ID == h.ID }) &&
			adminWay.MatchString(pt.Service+" "+pt.Purpose)
	})
	if stated {
		return nil
	}
	var diags content.Diagnostics
	for i, a := range q.Accounts {
		if a.Kind != "administrator" || !slices.Contains(a.SignIn, "local") || adminWay.MatchString(a.Authentication) {
			continue
		}
		path := content.AtOr(a.At, fmt.Sprintf("accounts[%d]", i)) + ".authentication"
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path,
			Message: fmt.Sprintf("account %q (administrator, local sign-in): how administrators reach %s, which the customer hosts, is not stated (no port of it for administration, no console named): the CSD's firewall rules end by denying everything else, so the customer cannot tell whether that rule cuts their sign-in off; list the port they use in [[ports]], or say in authentication how they reach it (the host's console, for example)",
				a.Role, q.PartTheNames(hosted))})
	}
	return diags
}
