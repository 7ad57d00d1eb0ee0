package vuln

// PrintedBy is printedBy, for TestPrintedByCoversTheBuild.
var PrintedBy = printedBy

// SameComponent is sameComponent, for TestSameComponent.
var SameComponent = sameComponent

// CycloneDXBOM is cycloneDXBOM, for TestCycloneDXNeedsNoConversion.
var CycloneDXBOM = (*Set).cycloneDXBOM

// ScanIndex is scanIndex, for TestScanIndex.
var ScanIndex = scanIndex
