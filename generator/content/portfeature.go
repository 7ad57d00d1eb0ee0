package content

import (
	"fmt"
	"strings"
)

// A port that serves only an optional feature (ports.needed_for: the
// file share a scanner exports reports over) is not needed where that
// feature is not used: its firewall rule allows it only where the
// feature is used, the final deny blocking it elsewhere, and the ports
// tables say which feature it serves. The feature comes from that key
// alone, never from the port's purpose or the recommended controls.

// RuleAction words the Action cell of a firewall rule: "Allow", or
// "Allow only where used" for a rule whose port serves only an optional
// feature (FirewallRule.NeededFor), whose Needed cell names it.
func (p *Product) RuleAction(r FirewallRule) string {
	if r.NeededFor != "" {
		return "Allow only where used"
	}
	return "Allow"
}

// RuleNeeded words the Needed cell of a firewall rule (the CSD's rules,
// a notice's connections to the manufacturer's services): "Only for"
// the feature its port serves (ports.needed_for), else when the product
// or the interface is used (HostedRuleUse), else its port's state as
// shipped (RuleNeededState), "When enabled", or Not stated.
func (p *Product) RuleNeeded(r FirewallRule) string {
	if r.NeededFor != "" {
		return "Only for " + r.NeededFor
	}
	switch p.HostedRuleUse(r) {
	case "product":
		return "Whenever the product is used"
	case "interface":
		return "When its interface is used"
	}
	return r.Enabled.Say(p.RuleNeededState(r), "When enabled")
}

// FeatureRulesText is the CSD's sentence under its firewall rules about
// those whose port serves only an optional feature: allow each only where
// its feature is used, and where it is not, leave the port to the final
// deny (FinalDenyRule), else do not allow it. "" when no rule is such.
func (p *Product) FeatureRulesText() string {
	rules := p.FirewallRules()
	var nums []string
	var feature string
	for i, r := range rules {
		if r.NeededFor == "" {
			continue
		}
		nums = append(nums, fmt.Sprint(i+1))
		if feature == "" {
			feature = r.NeededFor
		} else if feature != r.NeededFor {
			feature = "\x00" // several features
		}
	}
	if len(nums) == 0 {
		return ""
	}
	var s string
	switch {
	case len(nums) == 1:
		s = fmt.Sprintf("Rule %s is needed only for %s: allow it only where that feature is used", nums[0], feature)
	case feature != "\x00":
		s = fmt.Sprintf("Rules %s are needed only for %s: allow them only where that feature is used", AndList(nums), feature)
	default:
		s = fmt.Sprintf("Rules %s are each needed only for the feature their Needed cell names: allow each only where its feature is used", AndList(nums))
	}
	its := "its port"
	if len(nums) > 1 {
		its = "their ports"
	}
	if p.FinalDenyRule() {
		return fmt.Sprintf("%s, and where it is not, leave %s to rule %d, the final deny.", s, its, len(rules)+1)
	}
	return s + ", and not elsewhere."
}

// FeatureHardeningText is the CSD's sentence, under its hardening as
// shipped, about the ports open as shipped (default_enabled = true) that
// serve only an optional feature (ports.needed_for) on the customer's
// side: each is open as shipped, although needed only for that feature.
// "" when there is none.
func (p *Product) FeatureHardeningText() string {
	var s []string
	for _, pt := range p.SortedPorts() {
		if pt.NeededFor == "" || !pt.DefaultEnabled.IsTrue() || !p.OnCustomerSide(pt) {
			continue
		}
		where := ""
		if p.MultiPart() {
			where = " of " + p.PartOfPort(pt).TheName()
		}
		s = append(s, fmt.Sprintf("%s on %s%s is open as shipped, although it is needed only for %s.", pt.Service, p.PortText(pt), where, pt.NeededFor))
	}
	return strings.Join(s, " ")
}

// FeaturePortsText is a notice's sentence under the ports the device
// needs (ports) about those that serve only an optional feature
// (ports.needed_for): where that feature is not used, the customer blocks
// them too. "" when there is none.
func (p *Product) FeaturePortsText(ports []Port) string {
	var only []Port
	for _, pt := range ports {
		if pt.NeededFor != "" {
			only = append(only, pt)
		}
	}
	switch len(only) {
	case 0:
		return ""
	case 1:
		pt := only[0]
		return fmt.Sprintf("%s on %s is needed only for %s: where that feature is not used, block this port too.", pt.Service, p.PortText(pt), pt.NeededFor)
	}
	return "A port marked \"only for\" a feature is needed only where that feature is used: where it is not, block that port too."
}

// neededForBlank reports a ports.needed_for written blank.
func (v *productValidator) neededForBlank() {
	for i, pt := range v.p.Ports {
		if pt.NeededFor != "" && strings.TrimSpace(pt.NeededFor) == "" {
			v.errorf(AtOr(pt.At, fmt.Sprintf("ports[%d]", i))+".needed_for", "must not be blank: name the optional feature the port serves (\"report export\"), or leave needed_for out where the port is needed for the product's use")
		}
	}
}
