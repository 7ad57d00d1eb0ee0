package vuln

// PrintedBy is printedBy, for TestPrintedByCoversTheBuild.
var PrintedBy = printedBy
