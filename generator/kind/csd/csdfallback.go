package csd

import (
	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// MDS2DataAtRest is what the manufacturer's own MDS2 answers say about the
// data the product stores (kind.MDS2DataAtRest, which the plan's data at
// rest gives too), for section 2.2 when data_stores is not written:
// clauses joined by "; ", each with its question ID (and note), or "" for
// none. As MDS2Backup, derived answers are not repeated.
func (CSDData) MDS2DataAtRest(p *content.Product) string {
	return kind.MDS2DataAtRest(p)
}

// MDS2RemoteService is the same for remote service (RMOT), for section
// 4.3 when [remote_service] is not written; hosp names the customer ("the
// hospital").
func (CSDData) MDS2RemoteService(p *content.Product, hosp string) string {
	facts := []kind.FormFact{
		{ID: "RMOT-1", Yes: "it allows remote service connections, for example for maintenance by the manufacturer", No: "it allows no remote service connection"},
		{ID: "RMOT-1.1", Yes: "a user at " + hosp + " can start a remote service session", No: "a user at " + hosp + " cannot start a remote service session"},
		{ID: "RMOT-1.2", Yes: "it shows that a remote service session is in progress", No: "it does not show that a remote service session is in progress"},
		{ID: "RMOT-1.3", Yes: "patient data can be seen or reached during a remote service session", No: "patient data cannot be seen or reached during a remote service session"},
		{ID: "RMOT-2", Yes: "it sends data for predictive maintenance over a remote connection", No: "it does not send data for predictive maintenance over a remote connection"},
		{ID: "RMOT-3", Yes: "it supports other remote functions, such as software updates or remote training", No: "it supports no other remote functions, such as software updates or remote training"},
	}
	clauses, notes := kind.FormClauses(p, facts)
	return kind.JoinFormClauses(clauses, notes)
}

// AccountsIncomplete is the form's PAUT-4 or SGUD-3 answered No where
// the other does not contradict it (the documentation does not list every
// default account, or does not describe every account), cited ("SGUD-3",
// "PAUT-4 and SGUD-3, note 2"), for section 11.4: the accounts it lists
// are then not all of them. SGUD-3 No holds alone (every account is more
// than every default account); PAUT-4 No holds only where SGUD-3 is not
// Yes: beside SGUD-3 Yes (every account described) the two disagree, and
// the CSD asserts neither (check warns, mds2form checkAccountsListed). ""
// otherwise.
func (CSDData) AccountsIncomplete(p *content.Product) string {
	paut, sgud := p.MDS2Answered("PAUT-4"), p.MDS2Answered("SGUD-3")
	var ids []string
	if paut == "no" && sgud != "yes" {
		ids = append(ids, kind.FormCite(p, "PAUT-4"))
	}
	if sgud == "no" {
		ids = append(ids, kind.FormCite(p, "SGUD-3"))
	}
	if len(ids) == 0 {
		return ""
	}
	return content.AndList(ids)
}

// AccountsCompletenessUnstated reports, for section 11.4 beside a list of
// accounts, that the product data do not say whether the list names every
// account: the manufacturer's MDS2 answers PAUT-4 (every default account
// listed) and SGUD-3 (every account described) are neither Yes nor No
// (not answered, N/A or See Note), and no other key of the product data
// says the list is complete. Where one is Yes the list is stated to be
// whole, or contradicted (PAUT-4 No beside SGUD-3 Yes, which check warns
// about); where one is No, AccountsIncomplete says so.
func (d CSDData) AccountsCompletenessUnstated(p *content.Product) bool {
	paut, sgud := p.MDS2Answered("PAUT-4"), p.MDS2Answered("SGUD-3")
	return paut != "yes" && sgud != "yes" && paut != "no" && sgud != "no"
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
