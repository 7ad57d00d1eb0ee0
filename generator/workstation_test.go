package generator

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// buildWorkstation builds testdata/workstation: a Windows review
// workstation unlike the examples, whose product file leaves out what such
// a manufacturer may not have written (hardening, security settings, the
// SBOM, the penetration test's findings, backup). It returns the Markdown
// of the document at rel (e.g. "viewpoint-rw/csd.md").
func buildWorkstation(t *testing.T) func(rel string) string {
	t.Helper()
	return buildFixture(t, "workstation")
}

// TestWorkstationCSDSaysNotStatedForUnwrittenFacts: a fact the product
// file does not write reads "not stated", never as "none" or "no"; the
// SBOM, which it does not describe, is what the MDS2 form built with the
// CSD answers to SBOM-1 (Yes, by hand), cited.
func TestWorkstationCSDSaysNotStatedForUnwrittenFacts(t *testing.T) {
	csd := buildWorkstation(t)("viewpoint-rw/csd.md")
	for _, c := range []struct{ name, want, never string }{
		{"penetration test findings not written", "Scope: Workstation image 4.0.0. Its findings are not stated.", "No findings."},
		{"no [[security_settings]]", "Whether any setting change raises risk is not stated.", "No setting change raises risk."},
		{"no [sbom] nor [[components]]", "| Software bill of materials | Available; how to obtain it is not stated | MDS2 form, SBOM-1. [5.", "| Software bill of materials | 0 components |"},
		{"no [hardening]: the form's own SAHD answers, no more", "### 11.1 As shipped\n\nHow the device is hardened as shipped is not stated beyond the MDS2 form's answers: it is hardened according to an industry-recognized standard or benchmark (SAHD-1);", ""},
		{"no [backup] nor logging.events", "| Viewpoint workstation | On the device | See the software updates section | Not stated | Not stated |", "The customer (see the backup section)"},
		{"no parts[0].patching: section 6 says how updates come", "| Viewpoint workstation | On the device | See the software updates section |", "the customer installs them"},
	} {
		kindtest.SaysAll(t, c.name+": csd.md", csd, c.want)
		if c.never != "" {
			kindtest.SaysNoneBecause(t, c.name+": csd.md", csd, "the data does not state it", c.never)
		}
	}
}

// TestWorkstationMDS2LeavesUSBDrivesToTheProduct: a workstation's USB
// ports take USB drives, though it lists no removable_media interface; the
// form must not derive No for removable media (CONN-1.2.3, MPII-3.3) but
// take the product's explicit Yes (the rule's both directions are table
// tests in generator/kind/mds2form).
func TestWorkstationMDS2LeavesUSBDrivesToTheProduct(t *testing.T) {
	mds2 := buildWorkstation(t)("viewpoint-rw/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2,
		"| CONN-1.2.3 | Does the device accept removable memory devices? | Yes |",
		"| MPII-3.3 | Can the device read PII from, or write PII to, removable media such as USB drives, memory cards or optical discs? | Yes |",
	)
	if strings.Contains(mds2, "lists no removable-media interface") {
		t.Error("mds2.md derives a removable-media No for a device with USB ports")
	}
}

// TestWorkstationLifecycleDoesNotDenyNoticesItDoesNotPublish: the product
// builds no notices, so its lifecycle page cannot know that none was
// issued (version 3.2.0 is past its end of life).
func TestWorkstationLifecycleDoesNotDenyNoticesItDoesNotPublish(t *testing.T) {
	page := buildWorkstation(t)("viewpoint-rw/lifecycle.md")
	if strings.Contains(page, "No end-of-life or end-of-support notice has been issued") {
		t.Error("lifecycle.md says no notice was issued, though the product publishes no notices with jspgen")
	}
	kindtest.SaysAll(t, "lifecycle.md", page,
		"| 3.2.0 | VP-RW | Limited Support | End of support, 2027-06-30 | Not published here |",
		"End-of-life and end-of-support notices are not published on this page",
	)
}

// TestMDS2IntroClaimsAgreementOfDerivedAnswersOnly: the form's opening
// says the answers taken from the product data agree with the CSD, not
// the whole form: the manufacturer's own answers (SBOM-1 by hand, say)
// are its statements, which the CSD need not make.
func TestMDS2IntroClaimsAgreementOfDerivedAnswersOnly(t *testing.T) {
	mds2 := buildWorkstation(t)("viewpoint-rw/mds2.md")
	kindtest.SaysAll(t, "mds2.md", mds2, "the answer is taken from that data, so those answers agree with the customer security documentation of the same versions")
	kindtest.SaysNone(t, "mds2.md", mds2, "so this form agrees with")
}

// TestCSDCloudServicesNone: cloud.services written empty says the product
// uses no cloud or internet service, so the key fact reads "Not for its
// intended use", and names the remote-support connection the workstation
// still opens (a bare No would hide it); with the statement alone the
// list decides nothing and the key fact says what the MDS2 form answers
// to CONN-6 (here No) and CONN-4, citing them, rather than "See
// details"; a part the manufacturer hosts is reached over the internet
// whatever the list says.
func TestCSDCloudServicesNone(t *testing.T) {
	dir := filepath.Join("testdata", "workstation")
	for _, tc := range []struct {
		name, cloud, want string
		decides           bool // the data then decides CONN-4 and CONN-6
	}{
		{"services written empty", "[cloud]\nstatement = \"No internet connection is needed.\"\nservices = []\n", "| Needs the internet or a cloud service | Not for its intended use; as shipped it connects to remote.meridian-infusion.example (443/TCP, HTTPS (remote service)) |", true},
		{"statement alone", "[cloud]\nstatement = \"No internet connection is needed.\"\n", "| Needs the internet or a cloud service | Not for its intended use; as shipped it connects to remote.meridian-infusion.example (443/TCP, HTTPS (remote service)) | MDS2 form, CONN-6. MDS2 form, CONN-4. [", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			site, content := kindtest.CopyRepo(t, filepath.Join(dir, "jspgen.toml"), filepath.Join(dir, "content"), "viewpoint-rw.toml", func(s string) string {
				// The form's hand answers on outside connections are
				// then the data's to decide.
				if tc.decides {
					s = strings.Replace(strings.Replace(s, "\"CONN-4\" = \"yes\"\n", "", 1), "\"CONN-6\" = \"no\"\n", "", 1)
				}
				return strings.Replace(s, "\n[updates]\n", "\n"+tc.cloud+"\n[updates]\n", 1)
			})
			out := filepath.Join(t.TempDir(), "site")
			if _, err := Build(Options{SiteFile: site, ContentDir: content, TemplatesDir: "../templates-none", OutDir: out}); err != nil {
				t.Fatal(err)
			}
			kindtest.SaysAll(t, "viewpoint-rw/csd.md", string(readTree(t, out)["viewpoint-rw/csd.md"]), tc.want)
		})
	}
}

// TestRDMP4FromStatedEndOfLifePlanning: the workstation, the cloud SaMD
// and the health IT product each state a contingency that replaces a
// component whose support ends before the product's ("it is replaced in
// the next release"), a plan for the components' end of life, yet
// answered RDMP-4 by hand. They state suppliers.end_of_life_planned now,
// and each form derives RDMP-4 from it.
func TestRDMP4FromStatedEndOfLifePlanning(t *testing.T) {
	const want = "| RDMP-4 | Yes | Derived from the product data: suppliers.end\\_of\\_life\\_planned states that the manufacturer plans for its third-party components' end of life. |"
	for fixture, rel := range map[string]string{
		"workstation": "viewpoint-rw/mds2.md",
		"cloudsamd":   "lumentriage/mds2.md",
		"healthit":    "resultroute/mds2.md",
	} {
		kindtest.SaysAll(t, fixture+" "+rel, buildFixture(t, fixture)(rel), want)
	}
}

// TestCSDAntiMalwareRowPointsOnlyToWhatSaysIt: the key-facts row on
// anti-malware pointed to section 1 for its details even where section 1
// recommends no anti-malware control (the workstation's says "Which
// security controls are recommended for the use environment is not
// stated."). It now points there only when section 1 has an anti-malware
// control, or when the MDS2 form does not answer and section 1 is all
// there is; the example pump's row, with its control, keeps the link.
func TestCSDAntiMalwareRowPointsOnlyToWhatSaysIt(t *testing.T) {
	const link = "[1. Recommended security controls for the use environment](#1-recommended-security-controls-for-the-use-environment)"
	csd := buildWorkstation(t)("viewpoint-rw/csd.md")
	kindtest.SaysAll(t, "csd.md", csd, "| Anti-malware | Supported, not installed as delivered; application allow-listing not supported | MDS2 form, MLDP-2, note 1; MLDP-4. |\n")
	kindtest.SaysNoneBecause(t, "csd.md", csd, "section 1 names no anti-malware control", "| Anti-malware | Supported, not installed as delivered; application allow-listing not supported | MDS2 form, MLDP-2, note 1; MLDP-4. "+link)

	files, _ := buildWorkstationEdited(t, func(s string) string {
		return strings.Replace(s, "[documents]\n", "[[recommended_controls]]\nid = \"RC-01\"\ncategory = \"anti_malware\"\ntitle = \"Install the hospital's anti-malware product\"\npriority = \"recommended\"\nrecommendation = \"Install and update the hospital's anti-malware product, with the exclusions Meridian publishes.\"\n\n[documents]\n", 1)
	})
	kindtest.SaysAll(t, "csd.md with an anti-malware control", files["viewpoint-rw/csd.md"],
		"| Anti-malware | Supported, not installed as delivered; application allow-listing not supported | MDS2 form, MLDP-2, note 1; MLDP-4. Install the hospital's anti-malware product. "+link+" |")
}

// TestWorkstationDomainPortsListed: the workstation is joined to the
// hospital's domain and its clinicians sign in through it, so its ports
// list the domain controllers' (and the update server's) and the CSD's
// firewall rules allow them before denying the rest; without a directory
// port, check warns at the account's sign_in that the rules would cut
// the sign-in off.
func TestWorkstationDomainPortsListed(t *testing.T) {
	const file = "viewpoint-rw.toml"
	const warning = `account "Clinician" signs in through the customer's directory, but no port reaches one`
	if got := fixtureCheck(t, "workstation", file, nil); strings.Contains(got, warning) {
		t.Errorf("check on the fixture:\n%s", got)
	}
	kindtest.SaysAll(t, "csd.md", buildFixture(t, "workstation")("viewpoint-rw/csd.md"),
		"| 2 | Allow | Viewpoint workstation | Hospital domain controllers | 88/TCP | Kerberos (Ethernet) | As shipped |",
		"| 7 | Allow | Viewpoint workstation | Hospital update server | 8530/TCP | HTTP (Windows Server Update Services) (Ethernet) | As shipped |",
		"| 8 | Deny, log | Any | Any | Any | Everything else | Always |")
	noDirectory := strings.NewReplacer(`number = 88`, `number = 1088`, `service = "Kerberos"`, `service = "Sign-in"`,
		`number = 389`, `number = 1389`, `service = "LDAP"`, `service = "Lookups"`)
	if got := fixtureCheck(t, "workstation", file, noDirectory.Replace); !strings.Contains(got, "accounts[0].sign_in") || !strings.Contains(got, warning) {
		t.Errorf("check without a directory port lacks the warning at accounts[0].sign_in:\n%s", got)
	}
}

// TestWorkstationOlderVersionWithoutComponentsListsNoneOfAnother: with
// documents.versions = "supported", version 3.2.0 (supported until
// 2027-06-30) gets its own CSD and a lifecycle section. Neither it nor
// the current version has an SBOM file or a [[components]] entry, so no
// other version's list stands in for its components: the CSD must not
// speak of "the components below … for version 4.0.0" (none follow), nor
// the lifecycle page say the product data lists version 4.0.0's
// components (it lists none); both say what the current version's do.
func TestWorkstationOlderVersionWithoutComponentsListsNoneOfAnother(t *testing.T) {
	files, _ := buildFixtureEdited(t, "workstation", "viewpoint-rw.toml",
		kindtest.Replace(`build = ["csd", "mds2", "lifecycle"]`, `build = ["csd", "mds2", "lifecycle"]`+"\nversions = \"supported\""))
	csd, ok := files["viewpoint-rw/3.2.0/csd.md"]
	if !ok {
		t.Fatal("no CSD of version 3.2.0 was built")
	}
	kindtest.SaysAll(t, "3.2.0/csd.md", csd, "No machine-readable SBOM file is published with this document.\n")
	kindtest.SaysNoneBecause(t, "3.2.0/csd.md", csd, "no component is listed for any version", "the components below", "lists for version 4.0.0")
	page := files["viewpoint-rw/lifecycle.md"]
	kindtest.SaysAll(t, "lifecycle.md", page, "### Version 3.2.0\n\nIts software components and their support are not stated.")
	kindtest.SaysNoneBecause(t, "lifecycle.md", page, "no component is listed for any version", "lists only version `4.0.0`'s components")
}
