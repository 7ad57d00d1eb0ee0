package diagram

import "slices"

// WithDeploymentSection returns the view with its list of who installs
// updates pointing to the document's section titled title, which prints
// postmarket.patching.deployment, for each part whose installer only the
// deployment may say (Installer.Deployment): beside that section, "who
// installs the application's updates is not stated" would deny what the
// document prints, and the deployment is free prose jspgen cannot read
// for a name. Only a document that prints the deployment (the plan) calls
// it; elsewhere the list keeps the default.
func (v View) WithDeploymentSection(title string) View {
	v.Installers = slices.Clone(v.Installers)
	for i := range v.Installers {
		if v.Installers[i].Deployment {
			v.Installers[i].Section = title
		}
	}
	return v
}
