package csd

import (
	"regexp"

	"github.com/jspgen/jspgen/generator/content"
)

// remoteSwitchName is a security setting's name that speaks of the
// manufacturer's remote service ("Remote-service session", "Remote
// support access"), not of the customer's own remote functions.
var remoteSwitchName = regexp.MustCompile(`(?i)\bremote[\s-]*(service|servicing|support|access|maintenance|session)`)

// RemoteSwitchListed reports whether one of p's security settings is the
// switch that turns remote service on and off. Where the customer can
// turn remote service on and off (remote_service.customer_controls),
// 11.2 names that switch beside the settings it lists and 11.3 says its
// risk is not stated, unless a listed setting is that switch: the
// setting's own row then says whether changing it raises risk, and a
// second sentence would contradict it.
func (CSDData) RemoteSwitchListed(p *content.Product) bool {
	for _, s := range p.SecuritySettings {
		if remoteSwitchName.MatchString(s.Name) {
			return true
		}
	}
	return false
}
