package csd

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// dataAtRestFacts are the form's questions on the PII the product keeps
// (MPII-2) and on the confidentiality of what it stores (STCF-1) that
// section 2.2 repeats where data_stores is not written, in form order.
var dataAtRestFacts = []formFact{
	{"MPII-2", "it stores PII", "it does not store PII"},
	{"MPII-2.2", "it writes PII to its internal storage media", "it does not write PII to its internal storage media"},
	{"MPII-2.3", "PII stays in its non-volatile storage until deliberately erased", "PII does not stay in its non-volatile storage until deliberately erased"},
	{"MPII-2.4", "it stores PII in a database", "it does not store PII in a database"},
	{"MPII-2.8", "service staff can remove its internal storage media", "service staff cannot remove its internal storage media"},
	{"STCF-1", "it can encrypt the data it stores", "it cannot encrypt the data it stores"},
	{"STCF-1.1", "all data stored on it is encrypted or otherwise protected", "not all data stored on it is encrypted or otherwise protected"},
	{"STCF-1.2", "encryption of the data it stores is on by default", "encryption of the data it stores is not on by default"},
}

// MDS2DataAtRest is what the manufacturer's own MDS2 answers say about the
// data the product stores, for section 2.2 when data_stores is not
// written: clauses joined by "; ", each with its question ID (and note),
// or "" for none. As MDS2Backup, derived answers are not repeated.
func (CSDData) MDS2DataAtRest(p *content.Product) string {
	clauses, notes := formClauses(p, dataAtRestFacts)
	return joinFormClauses(clauses, notes)
}

// MDS2RemoteService is the same for remote service (RMOT), for section
// 4.3 when [remote_service] is not written; hosp names the customer ("the
// hospital").
func (CSDData) MDS2RemoteService(p *content.Product, hosp string) string {
	facts := []formFact{
		{"RMOT-1", "it allows remote service connections, for example for maintenance by the manufacturer", "it allows no remote service connection"},
		{"RMOT-1.1", "a user at " + hosp + " can start a remote service session", "a user at " + hosp + " cannot start a remote service session"},
		{"RMOT-1.2", "it shows that a remote service session is in progress", "it does not show that a remote service session is in progress"},
		{"RMOT-1.3", "patient data can be seen or reached during a remote service session", "patient data cannot be seen or reached during a remote service session"},
		{"RMOT-2", "it sends data for predictive maintenance over a remote connection", "it does not send data for predictive maintenance over a remote connection"},
		{"RMOT-3", "it supports other remote functions, such as software updates or remote training", "it supports no other remote functions, such as software updates or remote training"},
	}
	clauses, notes := formClauses(p, facts)
	return joinFormClauses(clauses, notes)
}

// AccountsIncomplete is the form's SGUD-3 and PAUT-4 answered No (the
// documentation does not describe every account, or does not list every
// default account), cited ("SGUD-3", "PAUT-4 and SGUD-3, note 2"),
// for section 11.4: the accounts it lists are then not all of them. ""
// where neither is a No.
func (CSDData) AccountsIncomplete(p *content.Product) string {
	var ids []string
	for _, id := range []string{"PAUT-4", "SGUD-3"} {
		if p.MDS2Answered(id) == "no" {
			ids = append(ids, formCite(p, id))
		}
	}
	if len(ids) == 0 {
		return ""
	}
	return content.AndList(ids)
}

// dataStoresUnstated warns where data_stores is not written while the
// manufacturer's own MDS2 answer MPII-2 says the product stores PII: the
// CSD's section 2.2 can then only repeat the form's answers, and names no
// store, its protection, retention or sanitisation.
func dataStoresUnstated(p kind.Product) content.Diagnostics {
	if len(p.DataStores) > 0 || p.States("data_stores") || p.MDS2Answered("MPII-2") != "yes" {
		return nil
	}
	return content.Diagnostics{{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line("data_stores"), Path: "data_stores",
		Message: "not stated: the MDS2 form answers that PII is stored (MPII-2), but no data store is written, so the CSD's section 2.2 (Data at rest) names none; add [[data_stores]] (each store's data, location, protection, retention and sanitisation)"}}
}
