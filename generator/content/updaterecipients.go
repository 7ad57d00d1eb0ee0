package content

import "strings"

// Who receives a product's updates while it is supported (updates.recipients):
// makers of large equipment (imaging, radiotherapy, laboratory analyzers)
// often install updates only for the customers with a service agreement.
// The agreement's terms are the manufacturer's words; jspgen prints them
// and invents none, so service_agreement needs them and nothing else may
// carry them.

// validateUpdateRecipients checks the updates of q (the product, or a
// version's view after its changes, whose keys are reported where the
// view's value was written): service_agreement needs agreement, and
// agreement needs service_agreement.
func (v *productValidator) validateUpdateRecipients(q *Product) {
	u := q.Updates
	terms := strings.TrimSpace(u.Agreement)
	switch {
	case u.UnderAgreement() && terms == "":
		v.errorf(q.PatchKey("updates", "recipients"), "recipients = \"service_agreement\" without agreement: say which agreement gives the updates and what a customer without one can obtain; the documents print it and invent no terms")
	case !u.UnderAgreement() && terms != "":
		v.errorf(q.PatchKey("updates", "agreement"), "agreement without recipients = \"service_agreement\" (%s): the documents print the agreement only for updates that reach only the customers with one", recipientsWritten(u.Recipients))
	}
	if u.UnderAgreement() && v.p.InHouse {
		// The plan would say the updates reach "only the customers with
		// a service agreement" with the hospital that makes the device.
		v.errorf(q.PatchKey("updates", "recipients"), "\"service_agreement\", but in_house is true: an in-house device has no customers to hold a service agreement, and its updates reach every installation of the institution that makes it; leave recipients out")
	}
}

func recipientsWritten(r string) string {
	if r == "" {
		return "recipients not written"
	}
	return "recipients = \"" + r + "\""
}

// AgreementGroup is a set of versions whose updates reach only the
// customers with a service agreement under the same terms.
type AgreementGroup struct {
	Versions  []string
	Agreement string
}

// Names is "version 6.0" or "versions 6.0 and 6.1", for prose.
func (g AgreementGroup) Names() string {
	if len(g.Versions) == 1 {
		return "version " + g.Versions[0]
	}
	return "versions " + AndList(g.Versions)
}

// StageUpdates is who receives the updates of the versions in the
// Support stage on a date, each from its own view: a version may restate
// [versions.changes.updates], so the first version's [updates] speaks for
// none but itself.
type StageUpdates struct {
	// Groups are the versions under a service agreement, grouped by the
	// agreement's terms, in version order.
	Groups []AgreementGroup
	// All: every version in the Support stage is under an agreement (with
	// none in it, the product as written is).
	All bool
}

// SupportUpdates gives the update recipients of the versions in the
// Support stage on d. With no version in that stage the stage tables
// speak of the stage in general, and the product as written decides, as
// before versions could restate [updates].
func (p *Product) SupportUpdates(d Date) StageUpdates {
	base := p.Base()
	var in []string
	for _, v := range base.Versions {
		if v.Stage(d) == "Support" {
			in = append(in, v.Version)
		}
	}
	if len(in) == 0 {
		if !base.Updates.UnderAgreement() {
			return StageUpdates{}
		}
		return StageUpdates{All: true, Groups: []AgreementGroup{{Agreement: base.Updates.Agreement}}}
	}
	out := StageUpdates{All: true}
	for _, ver := range in {
		u := base.At(ver).Updates
		if !u.UnderAgreement() {
			out.All = false
			continue
		}
		found := false
		for i := range out.Groups {
			if out.Groups[i].Agreement == u.Agreement {
				out.Groups[i].Versions = append(out.Groups[i].Versions, ver)
				found = true
			}
		}
		if !found {
			out.Groups = append(out.Groups, AgreementGroup{Versions: []string{ver}, Agreement: u.Agreement})
		}
	}
	if len(out.Groups) == 0 {
		out.All = false
	}
	return out
}

// Names names every version under an agreement, for prose.
func (s StageUpdates) Names() string {
	var all []string
	for _, g := range s.Groups {
		all = append(all, g.Versions...)
	}
	return AgreementGroup{Versions: all}.Names()
}
