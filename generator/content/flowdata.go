package content

// NoListedData is how the documents give the data of a flow that writes
// data = []: it sends something (a tag's own ID, a heartbeat), just none
// of the data kinds, so neither "None" nor "Not stated" would be true.
const NoListedData = "None of the listed data kinds"

// FlowDataLabels names the data a flow sends as the documents do
// (DataLabels), or NoListedData for a flow that sends none of the kinds:
// a flow always writes its data, so an empty list is never "not stated".
func (p *Product) FlowDataLabels(ds DataKinds) []string {
	if len(ds) == 0 {
		return []string{NoListedData}
	}
	return p.DataLabels(ds)
}
