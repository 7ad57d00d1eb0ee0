package lifecycle

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestNoticeComponents: a security notice concerns the components its
// vulnerabilities are in while a version is affected, never the fixed
// version's; a lifecycle notice concerns the components it names.
func TestNoticeComponents(t *testing.T) {
	_, p, _ := loadExample(t, kindtest.Repo+"/jspgen.toml", kindtest.Repo+"/content")
	const (
		linux4  = "pkg:github/nxp-imx/linux-imx@rel_imx_4.19.35_1.1.0"
		linux61 = "pkg:github/nxp-imx/linux-imx@lf-6.1.22-2.0.0"
		linux66 = "pkg:github/nxp-imx/linux-imx@lf-6.6.52-2.2.0"
		ssl308  = "pkg:github/openssl/openssl@openssl-3.0.8"
	)
	security := func(ids ...string) content.Notice {
		return content.Notice{ID: "sa-test", Kind: "security", Vulnerabilities: ids}
	}
	for _, c := range []struct {
		name   string
		notice content.Notice
		want   []string
	}{
		// CVE-2024-1086: affected in 3.8.2 (Linux 4.19.35) and 4.1.0
		// (Linux 6.1.22), fixed in 4.2.1 (Linux 6.6.52, not listed).
		{"affected versions only", security("CVE-2024-1086"), []string{linux4, linux61}},
		{"each vulnerability's components, each once", security("CVE-2024-1086", "CVE-2024-6119", "CVE-2024-1086"), []string{linux4, linux61, ssl308}},
		{"an unknown vulnerability concerns nothing", security("CVE-1999-0001"), nil},
		{"a security notice without vulnerabilities concerns nothing", security(), nil},
		{"the example's security notice", noticeByID(t, p.Notices, "sa-2024-02"), []string{linux4, linux61}},
		{"a lifecycle notice names its own", noticeByID(t, p.Notices, "ceos-linux-6.6-openssl-3.0"), []string{linux66, "pkg:github/openssl/openssl@openssl-3.0.16", "pkg:github/FreeRTOS/FreeRTOS-Kernel@V11.1.0"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, comp := range noticeComponents(p, c.notice) {
				got = append(got, componentID(comp))
			}
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("components (-want +got):\n%s", diff)
			}
		})
	}
}

func noticeByID(t *testing.T, ns []content.Notice, id string) content.Notice {
	t.Helper()
	for _, n := range ns {
		if n.ID == id {
			return n
		}
	}
	t.Fatalf("the example has no notice %s", id)
	return content.Notice{}
}
