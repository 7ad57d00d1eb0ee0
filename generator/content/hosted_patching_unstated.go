package content

import "strings"

// hostedPatchingWarning warns, for the [[parts]] entry pt at path, a part
// the manufacturer hosts whose patching is not written, where the CSD is
// built: its responsibility table then says who patches the part is "Not
// stated" (a part the manufacturer hosts has no default, and the
// documents do not guess one from [updates] or the deployment text), and
// the same of its security monitoring when monitoring is not written
// either. The plan is not named: it does not print that row.
func (v *productValidator) hostedPatchingWarning(path string, pt Part) {
	if strings.TrimSpace(pt.Monitoring) == "" {
		v.warnf(path+".patching", "not stated: who patches %q, which the manufacturer hosts, and who monitors it for security events; the CSD's responsibility table says \"Not stated\" for both (write patching and monitoring in the part's entry: who does each, such as the manufacturer's operations team, and how)", pt.Name)
		return
	}
	v.warnf(path+".patching", "not stated: who patches %q, which the manufacturer hosts; the CSD's responsibility table says \"Not stated\" (write patching in the part's entry: who patches it, such as the manufacturer's operations team, and how)", pt.Name)
}
