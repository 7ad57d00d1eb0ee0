package content

import (
	"strings"
)

// LabelingItem is one of the 14 cybersecurity labeling items of the FDA
// premarket guidance (§VI.A), which the Customer Security Documentation
// covers one section each.
type LabelingItem struct {
	Number int
	Title  string
	// Path is the key path a warning about the item points at.
	Path string
	// needs says which of the item's needs the product meets.
	needs func(p *Product) needs
}

// needs are the parts of an item the product leaves empty (missing), and
// whether the CSD's section gives any of what the item asks (met): a
// section with some of it is incomplete, not empty.
type needs struct {
	missing []string
	met     bool
}

// need records one need of the item, met when ok.
func (n *needs) need(ok bool, what string) {
	if ok {
		n.met = true
		return
	}
	n.missing = append(n.missing, what)
}

// single is an item with one need.
func single(ok bool, what string) (n needs) {
	n.need(ok, what)
	return n
}

// LabelingItems are the 14 FDA labeling items, in the guidance's order.
var LabelingItems = []LabelingItem{
	{1, "Recommended security controls for the use environment", "recommended_controls", func(p *Product) needs {
		return single(len(p.RecommendedControls) > 0, "[[recommended_controls]]")
	}},
	{2, "Network and data-flow diagrams", "diagrams", diagramsNeeds},
	{3, "Network ports and other interfaces", "interfaces", func(p *Product) (n needs) {
		n.need(len(p.Interfaces) > 0, "[[interfaces]]")
		if len(p.Interfaces) > 0 {
			for _, what := range unlistedInterfacesNeeds(p) {
				n.need(false, what)
			}
		}
		// An explicit ports = [] says the product uses none, which the
		// CSD's section prints: nothing is left to add.
		if why := portsReason(p); why != "" {
			n.need(len(p.Ports) > 0 || p.States("ports"), "[[ports]] ("+why+")")
		}
		return n
	}},
	{4, "Infrastructure requirements, secure deployment and servicing, incident contact", "deployment", func(p *Product) (n needs) {
		n.need(len(p.Infrastructure) > 0, "[[infrastructure]]")
		n.need(len(p.Deployment.Steps) > 0, "deployment.steps")
		n.need(len(p.Deployment.IncidentSteps) > 0, "deployment.incident_steps")
		// A part on the customer's own devices or hosts that no
		// [[platforms]] entry names: the section says its platforms'
		// vendors' end of support is not stated. Named only where the item is
		// incomplete anyway, as a warning of its own would fire for most
		// products (PartsWithoutPlatforms).
		if parts := p.PartsWithoutPlatforms(); len(parts) > 0 && len(n.missing) > 0 {
			n.missing = append(n.missing, "[[platforms]] (the platforms "+PartNames(parts)+" "+Plural(len(parts), "runs", "run")+" on, with their vendors' end of support)")
		}
		// The section always gives the incident contact, the site file's
		// required security contact (which check warns about when it
		// gives no way to reach it): the item is never empty.
		n.met = true
		return n
	}},
	{5, "Software bill of materials", "sbom", sbomNeeds},
	{6, "Authorised, version-identifiable software updates", "updates", updatesNeeds},
	{7, "Security event detection, notification and logging", "logging", func(p *Product) needs {
		return single(len(p.Logging.Events) > 0, "[[logging.events]]")
	}},
	{8, "Protection of critical functionality", "safeguards", func(p *Product) needs {
		return single(len(p.Safeguards) > 0, "[[safeguards]]")
	}},
	{9, "Backup and restore", "backup", backupNeeds},
	{10, "Keeping and recovering the configuration", "configuration", func(p *Product) needs {
		return single(p.Configuration.Keep != "", "[configuration]")
	}},
	{11, "Secure configuration as shipped and user-configurable security settings", "hardening", func(p *Product) (n needs) {
		n.need(p.Hardening.Summary != "", "[hardening]")
		n.need(len(p.SecuritySettings) > 0, "[[security_settings]]")
		return n
	}},
	{12, "Forensic evidence: logs and SIEM integration", "logging", func(p *Product) (n needs) {
		n.need(len(p.Logging.Logs) > 0, "[[logging.logs]]")
		// A product that joins no network forwards nothing to a SIEM,
		// which the CSD's section says itself; a product whose only
		// customer is its user at home (loneUser) has no SIEM to forward
		// to, and check does not ask a consumer's data for one.
		n.need(p.Logging.SIEM.Supported.Known() || p.Logging.SIEM.Configuration != "" || p.NoNetwork() || p.loneUser(), "[logging.siem] (say whether and how a SIEM can consume the logs)")
		return n
	}},
	{13, "End of support and end of life, with the risk transfer", "end_of_life", func(p *Product) (n needs) {
		// A model's own end of support (models.end_of_support) is an
		// end-of-support date the CSD states too (section 13).
		hasEOS := false
		for _, v := range p.Versions {
			if !v.EndOfSupport.IsZero() {
				hasEOS = true
			}
		}
		for _, m := range p.Models {
			if !m.EndOfSupport.IsZero() {
				hasEOS = true
			}
		}
		// No end of support announced yet is the normal state of a
		// supported product, and the item asks for it only "if known":
		// section 13 then prints every milestone as not announced, with
		// the notice promised and the commitments. With either of those
		// stated, nothing more can be given until an end is decided, so
		// only their absence leaves this need open.
		promised := p.EndOfLife.NoticeMonths > 0 || strings.TrimSpace(p.EndOfLife.Commitments) != ""
		n.need(hasEOS || promised, "versions.end_of_support (when one is decided), or until then end_of_life.notice_months or end_of_life.commitments (how customers will be told of it)")
		n.need(p.EndOfLife.RiskTransfer != "", "end_of_life.risk_transfer")
		// The versions' stages and milestones, which section 13 tabulates
		// for every version (an end of support "Not announced" is itself
		// what the item asks of a supported version), meet part of it as
		// well: the section is then incomplete, not empty.
		if p.EndOfLife.NoticeMonths > 0 || strings.TrimSpace(p.EndOfLife.Commitments) != "" || len(p.Versions) > 0 {
			n.met = true
		}
		return n
	}},
	{14, "Secure decommissioning and data sanitisation", "decommissioning", func(p *Product) needs {
		return single(len(p.Decommissioning.Steps) > 0, "decommissioning.steps")
	}},
}

// updatesNeeds is item 6. Without [updates] the CSD's section prints
// postmarket.patching.deployment (how updates are delivered) and the
// parts' own patching (who installs them) where written: the item is
// then incomplete, and the warning says what the section gives. The
// update timelines printed beside them are not what the item asks.
func updatesNeeds(p *Product) (n needs) {
	if strings.TrimSpace(p.Updates.Obtain) != "" {
		n.met = true
		return n
	}
	var gives, keys []string
	if strings.TrimSpace(p.Postmarket.Patching.Deployment) != "" {
		gives, keys = append(gives, "how they are delivered"), append(keys, "postmarket.patching.deployment")
	}
	for _, pt := range p.PartsInUse() {
		if strings.TrimSpace(pt.Patching) != "" {
			gives, keys = append(gives, "who installs them"), append(keys, "parts.patching")
			break
		}
	}
	what := "[updates] (how updates are obtained, identified, announced and verified)"
	if len(gives) > 0 {
		n.met = true
		what += "; the CSD gives only " + strings.Join(gives, " and ") + " (" + strings.Join(keys, ", ") + ")"
	}
	n.missing = []string{what}
	return n
}

// Missing names the parts of the item that p leaves empty; none when the
// item is covered.
func (it LabelingItem) Missing(p *Product) []string { return it.needs(p).missing }

// Empty reports whether p states nothing the item asks for: the CSD's
// section then only says that it is not stated. An item with Missing
// and not Empty is incomplete.
func (it LabelingItem) Empty(p *Product) bool { return !it.needs(p).met }

// MissingText is Missing joined for a message.
func (it LabelingItem) MissingText(p *Product) string { return strings.Join(it.Missing(p), ", ") }

// sbomNeeds: labeling item 5. Given on request, the CSD says how to get
// it: the item is covered without a published file. Published by the
// manufacturer elsewhere (sbom.published_at), the CSD says where, which
// covers its availability; the file is still asked for, so that the
// documents can summarise what it lists.
func sbomNeeds(p *Product) (n needs) {
	if len(p.SBOM.Files) > 0 || p.SBOM.OnRequestText() != "" {
		n.met = true
		return n
	}
	if p.SBOM.PublishedAtText() != "" {
		n.met = true
		n.missing = []string{"sbom.files (the SBOM the manufacturer publishes at sbom.published_at, which the CSD names as where it is available: with its file, the documents can also summarise its components)"}
		return n
	}
	return single(false, "sbom.files (a machine-readable SBOM), sbom.published_at (where the manufacturer publishes it) or sbom.on_request (how customers obtain it)")
}
