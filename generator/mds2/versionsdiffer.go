package mds2

import "strings"

// VersionsDifferPrefix starts the From of an answer the form gives as See
// Note because the versions it covers answer the question differently
// (a form covering several versions, mds2.versions): the note, which
// jspgen writes, gives each version's answer; a summary of them follows
// the colon ("5.2.0 No; 5.4.0 and 6.0.0 Yes").
const VersionsDifferPrefix = "the versions the form covers answer differently: "

// VersionsDiffer reports an answer See Note because the covered versions'
// own answers differ (VersionsDifferPrefix): no version's answer is the
// form's, and its note says each.
func (r Row) VersionsDiffer() bool {
	return r.Basis == BasisAnswered && r.Answer == SeeNote && strings.HasPrefix(r.From, VersionsDifferPrefix)
}

// VersionsDiffer lists the IDs of the answers the covered versions give
// differently (Row.VersionsDiffer), in form order.
func (f *Form) VersionsDiffer() []string {
	return f.idsWhere(func(r Row) bool { return r.VersionsDiffer() })
}
