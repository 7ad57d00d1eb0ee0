package content

// SystemTheName is an outside system's name ([[flow_endpoints]]) for a
// sentence, with "the" as a part's name takes it: "the Ambulon service
// laptop", but "Solace Connect".
func SystemTheName(name string) string { return withThe(name) }
