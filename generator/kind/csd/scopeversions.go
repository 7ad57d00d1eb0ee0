package csd

import "github.com/jspgen/jspgen/generator/content"

// ScopeVersions are the product's versions that the penetration test's
// scope names (a pre-release counting as its version's), in the order of
// p.Versions: what PenTestOtherVersions compares with a CSD's version,
// for the security plan, which covers every version.
func ScopeVersions(p *content.Product) []ScopeVersion {
	return scopeVersions(p.Verification.PenTest.Scope, p)
}
