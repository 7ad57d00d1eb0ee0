package content

import "strings"

// rulePostmarketUnstated: postmarket.incident_response,
// postmarket.customer_notice and postmarket.patching.regular_cycle are
// optional (a sparse specification may state none of them), and the plan
// and the CSD then say each is not stated rather than print a placeholder
// as if it were the manufacturer's statement. A product whose plan or CSD
// prints them is told which it leaves out; the FDA premarket guidance
// (VI.B) asks the cybersecurity management plan for the update process
// and for how customers learn of forthcoming remediations.
func rulePostmarketUnstated(p *Product) Diagnostics {
	docs := planAndCSDIn(p.Produces)
	if len(docs) == 0 {
		return nil
	}
	pm := p.Postmarket
	var missing, keys []string
	var asked []string
	if strings.TrimSpace(pm.IncidentResponse) == "" {
		missing = append(missing, "how incidents are responded to (incident_response)")
		keys = append(keys, "postmarket.incident_response")
	}
	if strings.TrimSpace(pm.CustomerNotice) == "" {
		missing = append(missing, "how customers learn of vulnerabilities and forthcoming remediations (customer_notice)")
		keys = append(keys, "postmarket.customer_notice")
		asked = append(asked, "for how customers are told of forthcoming remediations")
	}
	if strings.TrimSpace(pm.Patching.RegularCycle) == "" {
		missing = append(missing, "the regular update cycle (patching.regular_cycle)")
		keys = append(keys, "postmarket.patching.regular_cycle")
		asked = append([]string{"for the update process"}, asked...)
	}
	if len(missing) == 0 {
		return nil
	}
	cite := ""
	if len(asked) > 0 {
		cite = fdaPremarketCite(p, "; the FDA premarket guidance (VI.B) asks the cybersecurity management plan "+AndList(asked))
	}
	say, each := "says", "it is"
	if len(docs) > 1 {
		say = "say"
	}
	if len(missing) > 1 {
		each = "each is"
	}
	return Diagnostics{at(p, Warning, postmarketPath(p, keys[0]),
		"not written: %s; %s %s that %s not stated%s",
		AndList(missing), AndList(docs), say, each, cite)}
}

// postmarketPath is where a warning about a key under postmarket points:
// the table that would hold the key where it is written, else postmarket.
func postmarketPath(p *Product, key string) string {
	if i := strings.LastIndex(key, "."); i > 0 && p.Source.Has(key[:i]) {
		return key[:i]
	}
	return "postmarket"
}
