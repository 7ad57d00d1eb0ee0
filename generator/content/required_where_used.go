package content

import (
	"fmt"
	"slices"
	"strings"
)

// Keys a document needs only in some cases. A jsp "required=<documents>"
// tag demands a key whenever one of those documents is built; these keys
// are needed by a document only where it prints or derives something from
// them, so the decoder leaves them to this rule for that document (the tag
// still names the documents that always print them).

// mds2DerivedKey is a product text from which the MDS2 form derives the
// answer to a text question unless [mds2.answers] gives that answer.
type mds2DerivedKey struct {
	key, question string
	text          func(*Product) string
	doc           string   // what the key is, for the message
	taggedFor     []string // the documents its jsp tag requires it for (the decoder's error)
}

var mds2DerivedKeys = []mds2DerivedKey{
	{"description", "DOC-2", func(p *Product) string { return p.Description }, "One-paragraph device description", []string{"security_plan"}},
	// use_environment is optional; a build with the CSD or the security
	// plan has useEnvironmentUnstated's warning instead, and its form
	// says DOC-6 is not stated (with the form's own warning).
	{"use_environment", "DOC-6", func(p *Product) string { return p.UseEnvironment }, "Where and by whom the device is used, and the networks it joins", []string{"security_plan", "csd"}},
}

// ruleRequiredWhereUsed reports a key missing or blank that a built
// document needs in this product's case: description and use_environment
// for an MDS2 form that derives DOC-2 and DOC-6 from them. A build that
// also makes a document whose tag always requires the key has its error
// from the decoder already. (postmarket.patching.deployment is not
// needed by a CSD without [updates]: the CSD then says how updates are
// delivered is not stated.)
func ruleRequiredWhereUsed(p *Product) Diagnostics {
	var out Diagnostics
	if p.Builds("mds2") {
		for _, k := range mds2DerivedKeys {
			if slices.ContainsFunc(k.taggedFor, p.Builds) {
				continue
			}
			if derives, version := mds2DerivesFrom(p, k); derives {
				out = append(out, requiredWhereUsed(p, k.key, fmt.Sprintf(
					"the MDS2 form derives %s from it%s; write it, or give %s in [mds2.answers]", k.question, version, k.question), k.doc))
			}
		}
	}
	out = append(out, useEnvironmentUnstated(p)...)
	return out
}

// useEnvironmentUnstated warns where the CSD or the security plan is
// built without use_environment: each then says the use environment is
// not stated in the product data, which a hospital reads as a gap in
// section 1 of the CSD.
func useEnvironmentUnstated(p *Product) Diagnostics {
	if strings.TrimSpace(p.UseEnvironment) != "" {
		return nil
	}
	var docs []string
	for _, d := range []struct{ key, name string }{{"csd", "the CSD"}, {"security_plan", "the security plan"}} {
		if p.Builds(d.key) {
			docs = append(docs, d.name)
		}
	}
	if len(docs) == 0 {
		return nil
	}
	return Diagnostics{at(p, Warning, "use_environment",
		"not stated: where and by whom the device is used, and the networks it joins; %s %s the use environment is not stated in the product data (write use_environment)",
		strings.Join(docs, " and "), Plural(len(docs), "says", "say"))}
}

// mds2DerivesFrom reports whether some version's MDS2 form would derive
// the answer to k.question from k's text while that text is blank, and
// which (" for version v" when the product as written answers it but a
// later version drops the answer). Every version is asked, as each may
// have a form of its own (documents.versions = "supported") with its own
// answers (versions.changes.mds2_answers_removed) and text
// (versions.changes.description).
func mds2DerivesFrom(p *Product, k mds2DerivedKey) (bool, string) {
	views := []*Product{p.Base()}
	for _, ver := range p.Versions {
		if q := p.At(ver.Version); q != views[0] {
			views = append(views, q)
		}
	}
	for i, q := range views {
		if strings.TrimSpace(q.MDS2.Answers[k.question].Answer) != "" || strings.TrimSpace(k.text(q)) != "" {
			continue
		}
		if i == 0 {
			return true, ""
		}
		return true, " for version " + q.VersionFacts()
	}
	return false, ""
}

// requiredWhereUsed is the error for a key the build needs: missing, or
// written empty.
func requiredWhereUsed(p *Product, path, why, doc string) Diagnostic {
	if p.Source.Has(path) {
		return at(p, Error, path, "must not be empty or blank: %s (%s)", why, doc)
	}
	return at(p, Error, path, "missing required key: %s (%s)", why, doc)
}
