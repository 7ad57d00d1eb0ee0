package content

// ruleBackupPartsUnwritten: where [backup] is written without
// backup.parts and more than one part may keep data, the section's scope
// is prose that does not say whose data it covers, so the CSD's
// responsibility table says of each such part, a device part too, "Not
// stated for this part; the backup and restore section says what is
// backed up" (markBackupSection). backup.parts would let the table send
// the parts it names to the section; the author is told so.
func ruleBackupPartsUnwritten(p *Product) Diagnostics {
	if !p.Builds("csd") || len(p.Backup.Parts) > 0 || p.Source.Has("backup.parts") {
		return nil
	}
	var unsaid []Part
	for _, pt := range p.Parts {
		// a part the customer hosts is sent to the section for its
		// application's data beside the customer's host: not this
		if !pt.Runs.IsCustomerHosted() && p.PartBackedUpBy(pt) == backupUnsaidRef {
			unsaid = append(unsaid, pt)
		}
	}
	if len(unsaid) < 2 {
		return nil
	}
	return Diagnostics{at(p, Warning, "backup",
		"backup.parts not written, and %s may each keep data: the CSD's responsibility table says of each that its backup is \"Not stated for this part\" and that the backup and restore section says what is backed up (write backup.parts: the IDs of the parts whose data the backup covers)",
		p.PartTheNames(unsaid))}
}
