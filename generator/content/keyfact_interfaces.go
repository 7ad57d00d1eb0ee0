package content

// InterfaceListName names interface id in a list of the product's
// interfaces (the CSD's key facts): its short name (InterfaceShort) when
// every interface of the product reads as its kind's label, else its own
// name. A list that names some by name and others by kind ("USB" beside
// "Controller Bluetooth Low Energy") leaves the reader unable to tie the
// kind to a row of the interfaces table, where each has its name.
func (p *Product) InterfaceListName(id string) string {
	for _, it := range p.Interfaces {
		if p.InterfaceShort(it.ID) != it.Kind.Label() {
			for _, i := range p.Interfaces {
				if i.ID == id {
					return i.Name
				}
			}
			return id
		}
	}
	return p.InterfaceShort(id)
}
