package generator

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildSelfhosted builds testdata/selfhosted: radiology AI software (SaMD)
// delivered as three container images (DICOM router, inference service,
// web viewer) that the hospital pulls from the manufacturer's registry
// and runs on its own managed Kubernetes cluster in its own public-cloud
// tenancy, reached over its site-to-site VPN; clinicians sign in through
// the hospital's OIDC identity provider. The manufacturer hosts only the
// container registry and a licence server, both related systems. Each
// version has one CycloneDX SBOM per image. Version 2.2 is past its end of
// life (base images Debian 11 and Alpine 3.19 unsupported), 2.3 current.
// Its vulnerabilities: one not affecting, one affecting 2.2 and fixed in
// 2.3, one with no fix and only a workaround (with a security advisory),
// one under investigation.
func buildSelfhosted(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "selfhosted")
}

// TestSelfhostedCheckIsClean: the fixture has no error, and only the
// warnings its header explains, each true of the data.
func TestSelfhostedCheckIsClean(t *testing.T) {
	got := fixtureCheck(t, "selfhosted", "", nil)
	for _, line := range strings.Split(got, "\n") {
		switch {
		case line == "":
		// A part the manufacturer hosts whose patching (and monitoring)
		// is not written: the CSD's responsibility table says "Not stated".
		case strings.Contains(line, ".patching: not stated: who patches ") && strings.Contains(line, ", which the manufacturer hosts"):
		// Its patching sent to the software updates section, its
		// monitoring alone not written.
		case strings.Contains(line, ".monitoring: not stated: who monitors ") && strings.Contains(line, ", which the manufacturer hosts"):
		case partialLinkNo(line):
		case publishedDocDenied(line): // hand DTBK-6 No without a note beside backup.authenticity (review 89b, mobileapp #4)
		case strings.HasPrefix(line, "diagrams: CSD: FDA labeling item 2"),
			strings.HasPrefix(line, "versions[1]: version 2.3 is in Support and its end_of_life is not set, but major components have lost their support or lose it within the 12 months of notice end_of_life.notice_months commits to: Alpine Linux 3.22.0"),
			strings.Contains(line, "its subject names version \"2.2.6\", which is not a version of the product"),
			strings.Contains(line, "its subject names version \"2.3.1\", which is not a version of the product"),
			strings.HasPrefix(line, "versions[1].changes.sbom_files[2]: router-2.3.1.cdx.json: 1 of its 3 components is also in viewer-2.3.1.cdx.json"),
			strings.HasPrefix(line, "risk.evaluation: not stated"),
			strings.HasPrefix(line, "mds2.answers.TXCF-2: answer See Note (explained in note 6) overrides the answer No the product data gives"), // task mds2r3: TXCF-2 now derives No from the unencrypted DICOM flow; note 6 explains
			strings.HasPrefix(line, "sbom.files[") && strings.Contains(line, ": CSD of version 2.2: component ") && strings.Contains(line, "no longer maintained while version 2.2 is supported"),
			strings.HasPrefix(line, "threats: threat model has no threat for the"),
			strings.HasPrefix(line, "controls: no control in the FDA category"),
			strings.HasPrefix(line, "architecture: no \"Security use case views\" architecture view"),
			strings.HasPrefix(line, "end_of_life.notice_months: 12 months of notice is less than the 24 months"),
			strings.HasPrefix(line, "vulnerabilities[3].status: CVE-2026-28114 affects 2.2 and 2.3 with no fix released 56 days after it was identified (2026-09-21), beyond the 30 days the documents promise for a regular release"):
		default:
			t.Errorf("check reports what the fixture does not explain: %s", line)
		}
	}
}

// TestSelfhostedVEXNamesNoImageAsTheVersion: each version is described by
// three SBOM files, one per container image, each with its own subject.
// The CSAF, CycloneDX and OpenVEX files identified the product version by
// the first file's subject, the inference image's purl (and CycloneDX
// named the version "cortexa-fx-inference 2.2"): every statement, the
// router's DCMTK flaw and the viewer's nginx included, then said it was
// about the inference image, and a scanner matching purls would have
// marked that image affected and missed the router's. A version whose
// files name different subjects is none of them: it is identified by
// name and version, as a version without a subject is.
func TestSelfhostedVEXNamesNoImageAsTheVersion(t *testing.T) {
	site := buildSelfhosted(t)
	for _, rel := range []string{
		"cortexa-fx/vex-2.2.cdx.json", "cortexa-fx/vex-2.3.cdx.json",
		"cortexa-fx/vex-2.2.openvex.json", "cortexa-fx/vex-2.3.openvex.json",
		".well-known/csaf/white/2025/cortexa-fx-2_2-vex.json", ".well-known/csaf/white/2026/cortexa-fx-2_3-vex.json",
		".well-known/csaf/white/2026/cfx-sa-2026-01.json",
	} {
		kindtest.SaysNone(t, rel, site(rel), "pkg:oci/cortexa-fx-inference", "pkg:oci/cortexa-fx-router", "pkg:oci/cortexa-fx-viewer", `"name": "cortexa-fx-inference"`)
	}
	var cdx struct {
		Metadata struct {
			Component struct{ Name, Version, Purl string }
		}
	}
	if err := json.Unmarshal([]byte(site("cortexa-fx/vex-2.2.cdx.json")), &cdx); err != nil {
		t.Fatal(err)
	}
	if c := cdx.Metadata.Component; c.Name != "Cortexa FX" || c.Version != "2.2" || c.Purl != "" {
		t.Errorf("vex-2.2.cdx.json names the version %+v, want Cortexa FX 2.2 without a purl", c)
	}
}

// TestSelfhostedVEXSaysWhatEachStatusIs: the four statuses as each format
// carries them: no "fixed" or vendor fix for the flaw with no fix, never
// "not affected" for the one under investigation, the fix of 2.2's flaw
// as the upgrade to 2.3.
func TestSelfhostedVEXSaysWhatEachStatusIs(t *testing.T) {
	site := buildSelfhosted(t)
	var ov struct {
		Statements []struct {
			Vulnerability struct{ Name string }
			Status        string
			Justification string
		}
	}
	if err := json.Unmarshal([]byte(site("cortexa-fx/vex-2.2.openvex.json")), &ov); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"CVE-2026-28114": "affected", "CVE-2024-24790": "affected", "CVE-2026-32711": "under_investigation", "CVE-2025-53859": "not_affected"}
	for _, s := range ov.Statements {
		if s.Status != want[s.Vulnerability.Name] {
			t.Errorf("vex-2.2.openvex.json: %s is %q, want %q", s.Vulnerability.Name, s.Status, want[s.Vulnerability.Name])
		}
		delete(want, s.Vulnerability.Name)
	}
	if len(want) > 0 {
		t.Errorf("vex-2.2.openvex.json lacks %v", want)
	}
	var csaf struct {
		Vulnerabilities []struct {
			CVE           string
			ProductStatus map[string][]string `json:"product_status"`
			Remediations  []struct{ Category string }
		}
	}
	if err := json.Unmarshal([]byte(site(".well-known/csaf/white/2026/cortexa-fx-2_3-vex.json")), &csaf); err != nil {
		t.Fatal(err)
	}
	for _, v := range csaf.Vulnerabilities {
		var cats []string
		for _, r := range v.Remediations {
			cats = append(cats, r.Category)
		}
		var status []string
		for k := range v.ProductStatus {
			status = append(status, k)
		}
		got := strings.Join(status, ",") + " " + strings.Join(cats, ",")
		wantCSAF := map[string]string{
			"CVE-2026-28114": "known_affected none_available,mitigation,mitigation",
			"CVE-2026-32711": "under_investigation none_available",
			"CVE-2024-24790": "fixed vendor_fix",
			"CVE-2025-53859": "known_not_affected ",
		}[v.CVE]
		if got != wantCSAF {
			t.Errorf("cortexa-fx-2_3-vex.json: %s is %q, want %q", v.CVE, got, wantCSAF)
		}
	}
	sa := site("cortexa-fx/notices/sa-2026-01.md")
	kindtest.SaysAll(t, "sa-2026-01.md", sa,
		"- Affected software: `2.2`, `2.3`.\n- Fixed in: no released version yet.",
		"| 2.3 | CVE-2026-28114 | dcmtk 3.6.9 | Affected | Controlled | Not yet |")
	csd := site("cortexa-fx/2.2/csd.md")
	kindtest.SaysAll(t, "2.2/csd.md", csd,
		"| CVE-2024-24790: Go net/netip misclassifies IPv4-mapped IPv6 addresses | stdlib 1.21.6 | Affected | 6.5 Medium (v3.1) | Controlled | Upgrade to 2.3 (router built with Go 1.25).",
		"| CVE-2026-32711: pydicom FileSet path traversal | pydicom 2.4.4 | Under investigation | Not scored | Not stated |")
}

// TestSelfhostedSaMDIsHostedByTheCustomer: the MDS2 form derived DOC-11.3
// ("Is the SaMD hosted by the manufacturer?") Yes from the container
// registry, a part the manufacturer hosts; the registry and the licence
// server are related systems the SaMD relies on, and the SaMD runs in the
// hospital's own cloud tenancy. They now count for neither question.
func TestSelfhostedSaMDIsHostedByTheCustomer(t *testing.T) {
	for _, rel := range []string{"cortexa-fx/mds2.md", "cortexa-fx/2.2/mds2.md"} {
		mds2 := buildSelfhosted(t)(rel)
		kindtest.SaysAll(t, rel, mds2,
			"| DOC-11.3 | No | Derived from the product data: parts lists no part the manufacturer hosts but the related systems' (related\\_systems\\[\\].part), which are not the SaMD. |",
			"| DOC-11.4 | Yes | Derived from the product data: parts\\[0\\].runs is customer\\_hosted for Cortexa FX DICOM router. |")
		kindtest.SaysNone(t, rel, mds2, "manufacturer\\_hosted for Cortexa container registry")
	}
}

// TestSelfhostedPlanSaysWhereTheSaMDRuns: the plan's 1.1 said the SaMD,
// "without hardware of its own", runs on the customer's servers and in
// the manufacturer's container registry and licence server, services
// the SaMD relies on (related systems, described in their own section),
// not where it runs. It then said each container "runs on a server the
// customer hosts": they run in the hospital's own cloud tenancy (the
// parts' hosting = "cloud_tenancy"), on no server of the hospital's.
func TestSelfhostedPlanSaysWhereTheSaMDRuns(t *testing.T) {
	plan := buildSelfhosted(t)("cortexa-fx/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"The product is software as a medical device (SaMD), without hardware of its own: the Cortexa FX DICOM router, in the customer's own cloud tenancy; the Cortexa FX inference service, in the customer's own cloud tenancy; the Cortexa FX web viewer, in the customer's own cloud tenancy.\n",
		"relies on the following systems of Cortexa Imaging B.V., which are not the device itself.")
	kindtest.SaysNoneBecause(t, "security-plan.md", plan, "Cortexa container registry is hosted by the manufacturer", "on a server the customer hosts")
}

// TestSelfhostedClusterPortIsInternal: 8443/TCP joins the router to the
// inference service inside the hospital's cluster, on the router's pod
// interface that also takes the PACS's DICOM. The CSD's key facts counted
// it among the ports listening on the customer's network, its firewall
// rules allowed router to inference as a rule for the hospital's firewall,
// and the plan said the parts on the customer's network listen on it.
// The ports are marked internal (ports[].internal) at both ends: every
// document lists them as internal to the product, with no rule, and says
// only the product's own parts reach them (not that they join no network
// of the hospital's: the cluster's network is the hospital's).
func TestSelfhostedClusterPortIsInternal(t *testing.T) {
	site := buildSelfhosted(t)
	for _, rel := range []string{"cortexa-fx/csd.md", "cortexa-fx/2.2/csd.md"} {
		csd := site(rel)
		kindtest.SaysAll(t, rel, csd,
			"as shipped | TCP 443 (Cortexa FX web viewer), TCP 11112 (Cortexa FX DICOM router) | Not counted: TCP 8443 (Cortexa FX inference service), which listens only on a link internal to the product.",
			"as shipped | TCP 104, TCP 443 |",
			"| 8443/TCP | HTTPS (gRPC, mutual TLS) (Pod network interface of the inference service; port internal to the product) |",
			"8443/TCP (Cortexa FX inference service and Cortexa FX DICOM router) is on a link internal to the product, which only the product's own parts reach: no rule is needed for it, and none is given.")
		kindtest.SaysNone(t, rel, csd, "TCP 8443 (Cortexa FX inference service), TCP 11112", "TCP 104, TCP 443, TCP 8443",
			"| Allow | Cortexa FX DICOM router | Cortexa FX inference service | 8443/TCP |", "joins no network of the hospital's")
	}
	plan := site("cortexa-fx/security-plan.md")
	kindtest.SaysAll(t, "security-plan.md", plan,
		"As shipped, the parts on the network of the customer's cloud tenancy listen on 443/TCP (Cortexa FX web viewer) and 11112/TCP (Cortexa FX DICOM router). 8443/TCP (Cortexa FX inference service) listens only on a link internal to the product, which only the product's own parts reach.",
		"| Inbound | Pod network interface of the inference service (port internal to the product) |")
}

// TestSelfhostedRegistryPullStartsInTheTenancy: the CSD allowed the pull
// from Cortexa's registry "from" the hospital network, and its key facts
// and headings spoke of ports and connections of the hospital network,
// while every part of the product on the hospital's side runs in the
// hospital's own cloud tenancy, which the hospital network reaches only
// over its VPN. The rule now starts in the tenancy, at the cluster the
// registry's data flow names there, and the key facts, the ports' notes
// and the firewall section speak of its network.
func TestSelfhostedRegistryPullStartsInTheTenancy(t *testing.T) {
	for _, rel := range []string{"cortexa-fx/csd.md", "cortexa-fx/2.2/csd.md"} {
		csd := buildSelfhosted(t)(rel)
		kindtest.SaysAll(t, rel, csd,
			"| Allow | Hospital's Kubernetes cluster | registry.cortexa-imaging.example | 443/TCP | HTTPS (OCI registry) (Cortexa container registry API) | As shipped |",
			"| Ports listening on the network of the hospital's cloud tenancy as shipped |",
			"| Connections opened from the network of the hospital's cloud tenancy as shipped |",
			"### 3.3 Firewall rules for the parts on the network of the hospital's cloud tenancy\n",
			"or the hospital's own systems that the data flows name as users of a service the manufacturer hosts.")
		kindtest.SaysNone(t, rel, csd, "| Allow | Hospital network |", "listening on the hospital network", "opened from the hospital network", "parts on the hospital network")
	}
}

// TestSelfhostedLifecycleStatesNoRelatedVersionItLacks: the lifecycle
// page said the product "works with the versions below" of its registry
// and licence server, whose versions the data does not list, above a
// table with no row.
func TestSelfhostedLifecycleStatesNoRelatedVersionItLacks(t *testing.T) {
	lc := buildSelfhosted(t)("cortexa-fx/lifecycle.md")
	kindtest.SaysAll(t, "lifecycle.md", lc,
		"Cortexa container registry is an update service hosted by the manufacturer. Its versions, which of them work with the Cortexa FX and until when each is supported are not stated.\n")
	kindtest.SaysNone(t, "lifecycle.md", lc, "works with the versions below",
		"| Version | Works with software versions | Stage | General availability | End of life | End of support | Notices |\n| --- | --- | --- | --- | --- | --- | --- |\n\n")
}

// TestSelfhostedFreeTextEndsOneSentence: the CSD's key facts put a full
// stop after the SIEM transport text, which the data already ends with
// one: "…forwards it to its SIEM.. [12. Logs…". Free text followed by
// more prose now gets a full stop only when it has none (sentence).
func TestSelfhostedFreeTextEndsOneSentence(t *testing.T) {
	csd := buildSelfhosted(t)("cortexa-fx/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "the hospital forwards it to its SIEM. [12. Logs and forensic evidence]")
	kindtest.SaysNone(t, "csd.md", csd, "SIEM..")
}

// TestSelfhostedResponsibilityPointsToTheBackupSection: the CSD's
// responsibility table said of each part the hospital hosts "who backs up
// the application's data is not stated" while its section 9 says the
// hospital backs up the findings database. With [backup] (or the security
// events) stated, a customer-hosted part without words of its own now
// points there. The parts run in the hospital's own cloud tenancy, so the
// row names no host of the hospital's before the pointer, only the
// tenancy.
func TestSelfhostedResponsibilityPointsToTheBackupSection(t *testing.T) {
	csd := buildSelfhosted(t)("cortexa-fx/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "| Cortexa FX DICOM router | Hosted by the customer |",
		"| The cloud tenancy it runs in is the customer's; for the application's data, see the backup and restore section | The cloud tenancy it runs in is the customer's; for the application's security events, see the security events section |")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "who backs up the application's data is not stated", "who watches the application's security events is not stated")
}

// TestSelfhostedDescriptionPerVersion: 2.3's fracture model added the
// chest wall, but the one description said so in 2.2's MDS2 form too.
func TestSelfhostedDescriptionPerVersion(t *testing.T) {
	read := buildFixture(t, "selfhosted")
	old := read("cortexa-fx/2.2/mds2.md")
	kindtest.SaysAll(t, "2.2/mds2.md", old, "Cortexa FX detects and marks suspected fractures on radiographs of the limbs and pelvis and returns")
	kindtest.SaysNoneBecause(t, "2.2/mds2.md", old, "2.2's model does not cover the chest wall", "chest wall")
	kindtest.SaysAll(t, "mds2.md", read("cortexa-fx/mds2.md"), "on radiographs of the limbs, pelvis and chest wall and returns")
}
