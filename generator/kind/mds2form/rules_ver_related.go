package mds2form

import (
	"strings"

	"github.com/jspgen/jspgen/generator/content"
)

// relatedPartVersions (JSP-VER) is ", with Orvyn POC Manager 3.2" for
// device version v: the versions of each related system that is a part
// of the product (its own versions: a data manager on the customer's
// server) stated to work with v (related_systems.versions.device_versions).
// The form's answers describe that part too (its data store, its
// interfaces), and the device version alone does not say which of its
// versions. "" where no such part states a version for v.
func (f *mds2Facts) relatedPartVersions(v string) string {
	var with []string
	for _, s := range f.p.RelatedPartSystems() {
		var vs []string
		for _, rv := range s.System.Versions {
			if rv.WorksWith(v) {
				vs = append(vs, rv.Version)
			}
		}
		if len(vs) > 0 {
			with = append(with, s.System.Name+" "+content.OrList(vs))
		}
	}
	if len(with) == 0 {
		return ""
	}
	return ", with " + strings.Join(with, " and ")
}
