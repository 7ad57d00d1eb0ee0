package mds2form

import "github.com/jspgen/jspgen/generator/mds2"

// checkPIIDatabase is the catalog's MPII-2.4 ↔ STCF-3 check (on-device
// database). MPII-2.4 asks whether the device keeps PII in a database,
// STCF-3 and STCF-4 whether it keeps data in a database on the device
// and outside it. A device with hardware of its own keeps that PII on
// itself (MPII-2, the parent), so in a database on the device: Yes
// beside STCF-3 No is warned about. A SaMD (DOC-11 Yes) has no device of
// its own for the database to be on: its database may be one the
// customer provides (the hospital's PostgreSQL server), which STCF-4
// asks about, so only Yes beside No to both is warned about. The product
// data decide STCF-3 only from a data store's database key on a part on
// the device (deviceDatabase), and never STCF-4. A note silences nothing,
// as for the implications.
func (r *mds2Resolver) checkPIIDatabase(final map[string]mds2.Answer, givens map[string]given) {
	if final["MPII-2.4"] != mds2.Yes || final["STCF-3"] != mds2.No {
		return
	}
	if final["DOC-11"] != mds2.Yes {
		hint := ""
		if final["STCF-4"] == mds2.Yes {
			hint = " (MPII-2.4 asks about the PII the device keeps, MPII-2; a database outside it is STCF-4's)"
		}
		r.warnf(r.p.MDS2.AnswerPath(givenFirst(givens, "MPII-2.4", "STCF-3")),
			"the form answers MPII-2.4 Yes and STCF-3 No, but PII the device stores in a database is data stored in a database on the device%s: correct one of them", hint)
		return
	}
	if final["STCF-4"] != mds2.No {
		return // the SaMD's database may be the one outside it
	}
	r.warnf(r.p.MDS2.AnswerPath(givenFirst(givens, "MPII-2.4", "STCF-3", "STCF-4")),
		"the form answers MPII-2.4 Yes, STCF-3 No and STCF-4 No, but PII the software keeps in a database is data stored in a database, on the device or outside it: correct one of them")
}

// givenFirst is the first of ids the manufacturer answered, else the
// first: where a warning about their answers is reported.
func givenFirst(givens map[string]given, ids ...string) string {
	for _, id := range ids {
		if _, ok := givens[id]; ok {
			return id
		}
	}
	return ids[0]
}
