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
	// missing names the parts of the item the product leaves empty.
	missing func(p *Product) []string
}

// LabelingItems are the 14 FDA labeling items, in the guidance's order.
var LabelingItems = []LabelingItem{
	{1, "Recommended security controls for the use environment", "recommended_controls", func(p *Product) []string {
		return need(len(p.RecommendedControls) > 0, "[[recommended_controls]]")
	}},
	{2, "Network and data-flow diagrams", "diagrams", func(p *Product) []string {
		return need(len(p.Diagrams) > 0, "[[diagrams]]")
	}},
	{3, "Network ports and other interfaces", "interfaces", func(p *Product) []string {
		var m []string
		m = append(m, need(len(p.Interfaces) > 0, "[[interfaces]]")...)
		networked := false
		for _, i := range p.Interfaces {
			if i.Kind.JoinsHospitalNetwork() {
				networked = true
			}
		}
		if networked {
			m = append(m, need(len(p.Ports) > 0, "[[ports]] (the "+p.Noun()+" has a network interface)")...)
		}
		return m
	}},
	{4, "Infrastructure requirements, secure deployment and servicing, incident contact", "deployment", func(p *Product) []string {
		return join3(need(len(p.Infrastructure) > 0, "[[infrastructure]]"),
			need(len(p.Deployment.Steps) > 0, "deployment.steps"),
			need(len(p.Deployment.IncidentSteps) > 0, "deployment.incident_steps"))
	}},
	{5, "Software bill of materials", "sbom", func(p *Product) []string {
		// Given on request, the CSD says how to get it: the item is
		// covered without a published file.
		return need(len(p.SBOM.Files) > 0 || p.SBOM.OnRequestText() != "", "sbom.files (a machine-readable SBOM) or sbom.on_request (how customers obtain it)")
	}},
	{6, "Authorised, version-identifiable software updates", "updates", func(p *Product) []string {
		return need(p.Updates.Obtain != "", "[updates]")
	}},
	{7, "Security event detection, notification and logging", "logging", func(p *Product) []string {
		return need(len(p.Logging.Events) > 0, "[[logging.events]]")
	}},
	{8, "Protection of critical functionality", "safeguards", func(p *Product) []string {
		return need(len(p.Safeguards) > 0, "[[safeguards]]")
	}},
	{9, "Backup and restore", "backup", func(p *Product) []string {
		return need(p.Backup.Scope != "", "[backup]")
	}},
	{10, "Keeping and recovering the configuration", "configuration", func(p *Product) []string {
		return need(p.Configuration.Keep != "", "[configuration]")
	}},
	{11, "Secure configuration as shipped and user-configurable security settings", "hardening", func(p *Product) []string {
		return join3(need(p.Hardening.Summary != "", "[hardening]"), need(len(p.SecuritySettings) > 0, "[[security_settings]]"), nil)
	}},
	{12, "Forensic evidence: logs and SIEM integration", "logging", func(p *Product) []string {
		return join3(need(len(p.Logging.Logs) > 0, "[[logging.logs]]"),
			need(p.Logging.SIEM.Supported.Known() || p.Logging.SIEM.Configuration != "", "[logging.siem] (say whether and how a SIEM can consume the logs)"), nil)
	}},
	{13, "End of support and end of life, with the risk transfer", "end_of_life", func(p *Product) []string {
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
		return join3(need(hasEOS, "versions.end_of_support (no version has an end-of-support date)"),
			need(p.EndOfLife.RiskTransfer != "", "end_of_life.risk_transfer"), nil)
	}},
	{14, "Secure decommissioning and data sanitisation", "decommissioning", func(p *Product) []string {
		return need(len(p.Decommissioning.Steps) > 0, "decommissioning.steps")
	}},
}

// Missing names the parts of the item that p leaves empty; none when the
// item is covered.
func (it LabelingItem) Missing(p *Product) []string { return it.missing(p) }

// MissingText is Missing joined for a message.
func (it LabelingItem) MissingText(p *Product) string { return strings.Join(it.missing(p), ", ") }

func need(ok bool, what string) []string {
	if ok {
		return nil
	}
	return []string{what}
}

func join3(a, b, c []string) []string {
	return append(append(append([]string{}, a...), b...), c...)
}
