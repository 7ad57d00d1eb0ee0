package csaf

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// aggregatorConsentUnstated warns, where the site files include the
// provider metadata, at each consent to CSAF aggregators the site file
// does not state (manufacturer.csaf): the metadata then withholds it, as
// the data give no consent, until the key is written.
func aggregatorConsentUnstated(env *kind.Env, files []kind.File) content.Diagnostics {
	if !slices.ContainsFunc(files, func(f kind.File) bool { return f.Path == ProviderMetadata }) {
		return nil
	}
	c := env.Content.Site.Manufacturer.CSAF
	var diags content.Diagnostics
	for _, k := range []struct {
		stated     content.Tri
		key, field string
		what       string
	}{
		{c.ListOnAggregators, "list_on_aggregators", "list_on_CSAF_aggregators", "list the provider"},
		{c.MirrorOnAggregators, "mirror_on_aggregators", "mirror_on_CSAF_aggregators", "mirror its documents"},
	} {
		if k.stated.Known() {
			continue
		}
		path := "manufacturer.csaf." + k.key
		diags = append(diags, content.Diagnostic{Severity: content.Warning, File: env.Content.SiteFile.File, Line: env.Content.SiteFile.Line(path), Path: path,
			Message: "not written: the CSAF provider metadata withholds the publisher's consent for CSAF aggregators to " + k.what + " (" + k.field + " is false) until the site file states it: write " + k.key + " under [manufacturer.csaf], true to give it or false to refuse it"})
	}
	return diags
}
