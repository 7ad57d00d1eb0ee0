package mds2form

// supportsTLS (CONN-7 Yes) is a port of the device whose service is a
// protocol over TLS (overTLS) and that states encrypted = true: the
// device speaks TLS on it. The same ports as tlsPort, which a hand No is
// weighed against, but encrypted must be stated, not merely not false: a
// port named HTTPS whose encryption is not stated decides nothing.
func (f *mds2Facts) supportsTLS() (fact, bool) {
	for i, pt := range f.p.Ports {
		if !pt.Encrypted.IsTrue() {
			continue
		}
		if d, ok := f.tlsPortAt(i); ok {
			return d, true
		}
	}
	return fact{}, false
}
