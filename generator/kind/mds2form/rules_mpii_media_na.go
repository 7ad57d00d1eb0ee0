package mds2form

// mediaHostsNA is the N/A that DTBK-3, AUDT-2.7 and AUDT-5.1 give a
// product with no part on the device and no removable-media or USB
// interface (noMediaNA): the media drives are the host's.
var mediaHostsNA = noMediaNA(func(hosts, _ string) string {
	return "it lists no removable-media interface or USB port, and the media drives of the " + hosts + " it runs on are that host's"
})

// removableMediaPIIOrNA (MPII-3.3) is that N/A where it holds, else
// removableMediaPII: a phone app's form answered MPII-3.3 No (no
// removable-media interface carries PII) beside DTBK-3, AUDT-2.7 and
// AUDT-5.1 N/A (the phone's media are the phone's), one fact two ways.
func (f *mds2Facts) removableMediaPIIOrNA() (fact, bool) {
	if d, ok := mediaHostsNA(f); ok {
		return d, true
	}
	return f.removableMediaPII()
}
