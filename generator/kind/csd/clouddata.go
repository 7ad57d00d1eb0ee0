package csd

import (
	"fmt"
	"strings"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// cloudDataUnstated warns of a cloud service whose data are not written
// while an interface that can reach it states what it carries: the CSD's
// cloud table (15.1) says "Not stated" for what the service is sent, and
// its interfaces table says what that interface carries (an app's crash
// report: logs), two answers to one question. Nothing in the data links a
// service to its interface, so the manufacturer says which data it is
// sent. An interface that can reach it joins an IP network (or is an API
// or web page), is not internal to the product and is not of a part the
// manufacturer hosts, which receives rather than sends; one that states
// it carries nothing (carries = []) sends the service nothing.
func cloudDataUnstated(p kind.Product) content.Diagnostics {
	var out []string
	for _, it := range p.Interfaces {
		if it.Internal || !it.Kind.JoinsHospitalNetwork() || len(it.Carries) == 0 || p.PartOfInterface(it).Runs.IsManufacturerHosted() {
			continue
		}
		var kinds []string
		for _, d := range it.Carries {
			kinds = append(kinds, d.Label())
		}
		out = append(out, fmt.Sprintf("%s (%s)", it.ID, strings.Join(kinds, ", ")))
	}
	if len(out) == 0 {
		return nil
	}
	var diags content.Diagnostics
	for i, s := range p.Cloud.Services {
		if p.CloudDataStated(s) { // data = [] says it is sent none
			continue
		}
		path := fmt.Sprintf("cloud.services[%d]", i)
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: p.Source.File, Line: p.Source.Line(path), Path: path + ".data",
			Message: fmt.Sprintf("not stated: the CSD's cloud table (15.1) says \"Not stated\" for the data %s is sent, while the interfaces that can reach it state what they carry: %s; write data for the service",
				s.Name, content.AndList(out))})
	}
	return diags
}
