package content

// CloudDataStated reports whether the cloud service says what data it is
// sent: it names some, or its entry writes data = [] (it is sent none).
// An entry that does not write the key has not said it is sent nothing,
// so the CSD prints "Not stated" for it and "None" only for the list the
// data leave empty on purpose (as CarriesStated does for an interface).
func (p *Product) CloudDataStated(c CloudService) bool {
	return len(c.Data) > 0 || c.At != "" && p.Source.Has(c.At+".data")
}
