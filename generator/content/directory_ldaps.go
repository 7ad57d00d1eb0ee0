package content

import (
	"regexp"
	"slices"
)

// ldapsWord finds LDAPS, LDAP over TLS, as a word.
var ldapsWord = regexp.MustCompile(`(?i)\bldaps\b`)

// DirectorySignInProtocols names, for the caveat on a directory sign-in
// no port reaches, the Active Directory protocols to allow: "Kerberos and
// LDAPS" where the authentication of an account signing in through the
// directory, or a port (its service, purpose or number 636), says LDAPS,
// so that the caveat does not point the customer at plain LDAP the
// product does not use; "Kerberos and LDAP" otherwise. A method, for the
// templates.
func (p *Product) DirectorySignInProtocols() string {
	ldaps := slices.ContainsFunc(p.Accounts, func(a Account) bool {
		return slices.Contains(a.SignIn, "directory") && ldapsWord.MatchString(a.Authentication)
	}) || slices.ContainsFunc(p.Ports, func(pt Port) bool {
		return pt.Number == 636 || ldapsWord.MatchString(pt.Service) || ldapsWord.MatchString(pt.Purpose)
	})
	if ldaps {
		return "Kerberos and LDAPS"
	}
	return "Kerberos and LDAP"
}
