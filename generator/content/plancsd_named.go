package content

// planAndCSDIn names the security plan and the CSD where built (a
// product's Builds or Produces) says they are built: the documents a
// "not stated" warning about product-level facts tells the user say so.
func planAndCSDIn(built func(string) bool) []string {
	var docs []string
	if built("security_plan") {
		docs = append(docs, "the security plan")
	}
	if built("csd") {
		docs = append(docs, "the CSD")
	}
	return docs
}
