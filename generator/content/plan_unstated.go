package content

import (
	"slices"
	"strings"
)

// Keys the security plan and the CSD print but do not require: left out,
// they say the fact is not stated, which is true of sparse data, and check
// warns, so that a manufacturer who knows the fact writes it rather than
// a reader taking the gap for an answer.

// rulePenTestUnstated warns where the security plan is built without
// [verification.penetration_test]: the plan (8.2, and the FDA row of
// section 12) and the CSD (15.2) then say that whether one is performed
// or planned is not stated. A CSD built without the plan says in 15.2
// only that the test is not stated (or gives only the penetration
// activities' table), which is warned about as such: its testing section
// is not an FDA labeling item, but the gap is still one the reader sees.
func rulePenTestUnstated(p *Product) Diagnostics {
	if p.Verification.PenTest.Stated() {
		return nil
	}
	if !p.Produces("security_plan") {
		if !p.Produces("csd") {
			return nil
		}
		says := "does not state whether an independent penetration test is performed"
		if slices.ContainsFunc(p.Verification.Activities, func(a Activity) bool { return a.Kind == "penetration" }) {
			says = "gives the penetration testing only as [[verification.activities]] records it, and says that its tester, the tester's independence and its findings are not stated"
		}
		return Diagnostics{at(p, Warning, "verification.penetration_test",
			"not stated: the CSD (section 15.2, Security testing and certifications) %s; add [verification.penetration_test] with tester, independence and scope, and start and end once it is performed (planned = true while it is still to come)",
			says)}
	}
	if slices.ContainsFunc(p.Verification.Activities, func(a Activity) bool { return a.Kind == "penetration" }) {
		// The plan's 8.2 (and the CSD's 15.2) then give the penetration
		// testing [[verification.activities]] records; only its details
		// are said to be not stated.
		docs, give, say := "the security plan (section 8.2, Penetration test)", "gives", "says"
		if p.Produces("csd") {
			docs, give, say = "the security plan (section 8.2, Penetration test) and the CSD (section 15.2, Security testing and certifications)", "give", "say"
		}
		return Diagnostics{at(p, Warning, "verification.penetration_test",
			"not stated: %s %s the penetration testing only as [[verification.activities]] records it, and %s that its tester, the tester's independence and its findings one by one are not stated; add [verification.penetration_test] with tester, independence and scope, start and end, and its findings",
			docs, give, say)}
	}
	docs := "the security plan (section 8.2, Penetration test) says"
	if p.Produces("csd") {
		docs = "the security plan (section 8.2, Penetration test) and the CSD (section 15.2, Security testing and certifications) say"
	}
	return Diagnostics{at(p, Warning, "verification.penetration_test",
		"not stated: %s that whether an independent penetration test is performed or planned is not stated; add [verification.penetration_test] with tester, independence and scope, and start and end once it is performed (planned = true while it is still to come)",
		docs)}
}

// ruleSBOMProcessUnstated warns where the plan or the CSD is built
// without suppliers.sbom_process: both then say that how the SBOM is
// produced and kept current is not stated.
func ruleSBOMProcessUnstated(p *Product) Diagnostics {
	if strings.TrimSpace(p.Suppliers.SBOMProcess) != "" {
		return nil
	}
	var docs string
	switch plan, csd := p.Produces("security_plan"), p.Produces("csd"); {
	case plan && csd:
		docs = "the security plan (section 5.2, Software bill of materials) and the CSD (section 5, Software bill of materials) say"
	case plan:
		docs = "the security plan (section 5.2, Software bill of materials) says"
	case csd:
		docs = "the CSD (section 5, Software bill of materials) says"
	default:
		return nil
	}
	return Diagnostics{at(p, Warning, "suppliers.sbom_process",
		"not stated: %s that how the SBOM is produced and kept current is not stated; write sbom_process under [suppliers]: who produces the SBOM, from what, and when it is updated (or that there is none)",
		docs)}
}
