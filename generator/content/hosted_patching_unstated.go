package content

import (
	"slices"
	"strings"
)

// hostedPatchingWarning warns, for the [[parts]] entry pt at path, a part
// the manufacturer hosts whose patching is not written, where the CSD is
// built. Where the CSD of some version that holds the entry says nothing
// of how updates come ([updates] obtain, postmarket.patching.deployment),
// its responsibility table says who patches the part is "Not stated" (a
// part the manufacturer hosts has no default, and the documents do not
// guess one), and the same of its security monitoring when monitoring is
// not written either. Where every such CSD says how updates come, the
// table sends the reader to its software updates section instead
// (PatchingInUpdatesSection), and only an unwritten monitoring is warned
// of. A part whose software is updated (hostedPatchDerived) is never
// "Not stated": the table says the manufacturer, which hosts it, patches
// it, so only an unwritten monitoring is warned of. The plan is not
// named: it does not print that row.
func (v *productValidator) hostedPatchingWarning(path string, pt Part) {
	p := v.p
	if !p.Builds("csd") || !pt.Runs.IsManufacturerHosted() || strings.TrimSpace(pt.Patching) != "" {
		return
	}
	unsaid := !hostedPatchDerived(pt) && (!p.patchingSendable(pt) || slices.ContainsFunc(p.partEntryVersions(path, pt.ID), func(i int) bool { return !p.updatesDescribedAt(i) }))
	monitoring := strings.TrimSpace(pt.Monitoring) == ""
	switch {
	case unsaid && monitoring:
		v.warnf(path+".patching", "not stated: who patches %q, which the manufacturer hosts, and who monitors it for security events; the CSD's responsibility table says \"Not stated\" for both (write patching and monitoring in the part's entry: who does each, such as the manufacturer's operations team, and how)", pt.Name)
	case unsaid:
		v.warnf(path+".patching", "not stated: who patches %q, which the manufacturer hosts; the CSD's responsibility table says \"Not stated\" (write patching in the part's entry: who patches it, such as the manufacturer's operations team, and how)", pt.Name)
	case monitoring:
		v.warnf(path+".monitoring", "not stated: who monitors %q, which the manufacturer hosts, for security events; the CSD's responsibility table says \"Not stated\" (write monitoring in the part's entry: who monitors it, such as the manufacturer's operations team, and how)", pt.Name)
	}
}
