package content

// PenetrationActivityIDs are the IDs of the verification activities of
// kind penetration, in their order. Where no [verification.penetration_test]
// is written they are still penetration testing done: the plan's 8.3 and
// section 12 say that the test's details are not stated, not that no test
// is, beside the activities 8.1 lists (nicucam's VA-01).
func (v Verification) PenetrationActivityIDs() []string {
	var ids []string
	for _, a := range v.Activities {
		if a.Kind == "penetration" {
			ids = append(ids, a.ID)
		}
	}
	return ids
}
