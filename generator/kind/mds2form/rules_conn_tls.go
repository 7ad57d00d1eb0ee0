package mds2form

// supportsTLS (CONN-7 Yes) is a port of the device whose service is a
// protocol over TLS (overTLS) and that does not state encrypted = false:
// the device speaks TLS on it. The same ports as tlsPort, which a hand No
// is weighed against. A port stating encrypted = true is preferred as the
// basis; one named HTTPS or LDAPS whose encryption is not stated counts
// too, as the CSD prints it "Encrypted (HTTPS)" (Port.EncryptedService)
// and the two documents must agree (bloodbank's LDAPS port). Else a port
// stating encrypted = true whose service or purpose names TLS
// (namedTLSPort: cathlab 6.0's SQL Server port, "TLS on by default").
func (f *mds2Facts) supportsTLS() (fact, bool) {
	for i, pt := range f.p.Ports {
		if !pt.Encrypted.IsTrue() {
			continue
		}
		if d, ok := f.tlsPortAt(i); ok {
			return d, true
		}
	}
	if d, ok := f.tlsPort(); ok {
		return d, true
	}
	return f.namedTLSPort()
}
