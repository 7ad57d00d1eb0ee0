package content

import "strings"

// Without [backup], a part's own backup key (a server's nightly backup
// to a rotated disk) is all the product states of backup: the CSD's
// responsibility table prints it, so its backup and restore section says
// it too rather than "not stated", and FDA labeling item 9 is
// incomplete, not empty.

// PartBackupsStated are the parts in use whose own backup key is
// written, in the product's order.
func (p *Product) PartBackupsStated() []Part {
	var out []Part
	for _, pt := range p.PartsInUse() {
		if strings.TrimSpace(pt.Backup) != "" {
			out = append(out, pt)
		}
	}
	return out
}

// DevicePartsBackupUnstated are, where some part's own backup is written
// (PartBackupsStated), the device parts in use whose own backup is not:
// without [backup], how they are backed up is not stated.
func (p *Product) DevicePartsBackupUnstated() []Part {
	if len(p.PartBackupsStated()) == 0 {
		return nil
	}
	var out []Part
	for _, pt := range p.PartsInUse() {
		if pt.Runs.IsDevice() && strings.TrimSpace(pt.Backup) == "" {
			out = append(out, pt)
		}
	}
	return out
}

// backupNeeds is item 9: [backup], else incomplete where a part's own
// backup is written, which the CSD's section then gives.
func backupNeeds(p *Product) (n needs) {
	if p.Backup.Scope != "" {
		n.met = true
		return n
	}
	what := "[backup]"
	if parts := p.PartBackupsStated(); len(parts) > 0 {
		n.met = true
		names := make([]string, len(parts))
		for i, pt := range parts {
			names[i] = pt.Name
		}
		verb := "is"
		if len(parts) > 1 {
			verb = "are"
		}
		what += " (what is backed up, how to restore it and how a restored backup is authenticated); the CSD gives only how " +
			AndList(names) + " " + verb + " backed up (parts.backup)"
	}
	n.missing = []string{what}
	return n
}
