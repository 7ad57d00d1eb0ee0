package estar

import (
	"fmt"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// otherVersionReport warns when the cross-reference, about version
// about, points to a risk report about another version: a submission's
// two documents must describe the version submitted.
func otherVersionReport(env *kind.Env, p kind.Product, about string) content.Diagnostics {
	if !p.Produces("risk_report") {
		return nil
	}
	report := p.Describes(p.Documents.RiskReport, env.AsOf)
	if report == about || report == "" || about == "" {
		return nil
	}
	path := "documents.estar.release_date"
	if p.Documents.ESTAR.Version != "" {
		path = "documents.estar.version"
	}
	return content.Diagnostics{{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path,
		Message: fmt.Sprintf("the eSTAR cross-reference (%s) describes version %s, but the risk report it points to (%s) describes version %s: a submission's documents describe the version submitted (name it in documents.estar.version and documents.risk_report.version)",
			p.Documents.ESTAR.ID, about, p.Documents.RiskReport.ID, report)}}
}
