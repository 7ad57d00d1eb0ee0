package content

import (
	"slices"
	"strings"
	"testing"
)

// mds2OnlyProduct builds only the MDS2 form; the test cases add
// description, use_environment and the hand answers DOC-2 and DOC-6.
const mds2OnlyProduct = `schema_version = 2
id = "scanner"
name = "Slide Scanner"
markets = ["eu"]
%TEXT%

[[models]]
id = "S-1"
name = "S-1"

[[versions]]
version = "1.0"
general_availability = 2021-05-10

[[versions]]
version = "2.0"
general_availability = 2024-09-02
%CHANGES%

[[interfaces]]
id = "lan"
kind = "ethernet"
name = "Ethernet port"
purpose = "Sending images."

[mds2]
%ANSWERS%

[documents]
build = ["mds2"]

[documents.mds2]
id = "S-MDS2"
revision = "A"
release_date = 2024-09-02
owner = "Quality"
approvals = [{ role = "QA", name = "A. B.", date = 2024-09-01 }]
history = [{ revision = "A", date = 2024-09-02, summary = "First release." }]
`

func mds2Only(text, answers, changes string) string {
	return strings.NewReplacer("%TEXT%", text, "%ANSWERS%", answers, "%CHANGES%", changes).Replace(mds2OnlyProduct)
}

const (
	description    = "description = \"A slide scanner.\"\n"
	useEnvironment = "use_environment = \"Pathology laboratories.\"\n"
	handDOC2       = "[mds2.answers]\n\"DOC-2\" = \"A slide scanner, by hand.\"\n"
	handDOC6       = "[mds2.answers]\n\"DOC-6\" = \"Laboratories, by hand.\"\n"
	handBoth       = "[mds2.answers]\n\"DOC-2\" = \"A slide scanner, by hand.\"\n\"DOC-6\" = \"Laboratories, by hand.\"\n"
)

// errorsAt are the errors at key path, as "path: message".
func errorsAt(diags Diagnostics, path string) []string {
	var out []string
	for _, d := range diags {
		if d.Severity == Error && d.Path == path {
			out = append(out, d.Path+": "+d.Message)
		}
	}
	return out
}

// TestMDS2DerivedKeysRequired: an MDS2 form needs description and
// use_environment only where it derives DOC-2 and DOC-6 from them, that
// is where [mds2.answers] does not give them (for any version); the
// error names the key and the answer that would replace it.
func TestMDS2DerivedKeysRequired(t *testing.T) {
	dropDOC2 := "\n[versions.changes]\nmds2_answers_removed = [\"DOC-2\"]\n"
	for _, tc := range []struct {
		name                 string
		src                  string
		wantDesc, wantUseEnv string // "" none, else a part of the error
		descLine             int    // the line of the description error, when checked
	}{
		{"both written, no hand answers", mds2Only(description+useEnvironment, "", ""), "", "", 0},
		{"neither written, no hand answers", mds2Only("", "", ""),
			"missing required key: the MDS2 form derives DOC-2 from it; write it, or give DOC-2 in [mds2.answers]",
			"missing required key: the MDS2 form derives DOC-6 from it; write it, or give DOC-6 in [mds2.answers]", 0},
		{"neither written, both answered by hand", mds2Only("", handBoth, ""), "", "", 0},
		{"description left out, DOC-2 by hand", mds2Only(useEnvironment, handDOC2, ""), "", "", 0},
		{"use_environment left out, DOC-6 by hand", mds2Only(description, handDOC6, ""), "", "", 0},
		{"description left out, only DOC-6 by hand", mds2Only(useEnvironment, handDOC6, ""), "derives DOC-2", "", 0},
		{"use_environment left out, only DOC-2 by hand", mds2Only(description, handDOC2, ""), "", "derives DOC-6", 0},
		{"description blank", mds2Only("description = \" \"\n"+useEnvironment, "", ""), "must not be empty or blank: the MDS2 form derives DOC-2", "", 5},
		{"DOC-2 by hand, dropped by a later version", mds2Only(useEnvironment, handDOC2, dropDOC2), "derives DOC-2 from it for version 2.0;", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			for _, k := range []struct{ path, want string }{{"description", tc.wantDesc}, {"use_environment", tc.wantUseEnv}} {
				got := errorsAt(diags, k.path)
				switch {
				case k.want == "" && len(got) > 0:
					t.Errorf("%s: want no error, got %q", k.path, got)
				case k.want != "" && (len(got) != 1 || !strings.Contains(got[0], k.want)):
					t.Errorf("%s: want one error containing %q, got %q", k.path, k.want, got)
				}
			}
			for _, d := range diags {
				if d.Severity == Error && d.Path != "description" && d.Path != "use_environment" {
					t.Errorf("unexpected error: %s", d)
				}
				if d.Severity == Error && (d.File != "p.toml" || d.Line < 1) {
					t.Errorf("error without its file and line: %+v", d)
				}
				if d.Severity == Error && tc.descLine != 0 && d.Path == "description" && d.Line != tc.descLine {
					t.Errorf("blank description reported on line %d, want %d (where it is written)", d.Line, tc.descLine)
				}
			}
		})
	}
}

// csdOnlyProduct builds only the CSD and writes only what the CSD prints
// of [suppliers] and [postmarket].
const csdOnlyProduct = `schema_version = 2
id = "server"
name = "Library Server"
%USEENV%

[[models]]
id = "LS"
name = "Library Server"

[[versions]]
version = "1.0"
general_availability = 2024-09-09

[[interfaces]]
id = "nic"
kind = "ethernet"
name = "Virtual network interface"
purpose = "Web editor and pump traffic."
%UPDATES%
[suppliers]
sbom_process = "A list of libraries is kept per release."
contingency = "A library whose support ends is replaced."

[postmarket]
customer_notice = "E-mail to registered contacts."
incident_response = "Support triages the report."
%PLANKEYS%
[postmarket.cvd]
acknowledge_days = 5
assess_days = 30

[postmarket.patching]
regular_cycle = "Twice a year."
regular_days = 180
critical_days = 60
critical_mitigation_days = 14
%DEPLOYMENT%
[end_of_life]
notice_months = 24
commitments = "Customers are told by e-mail."

[documents]
build = [%BUILD%]

[documents.csd]
id = "LS-CSD"
revision = "A"
release_date = 2024-09-09
owner = "Product manager"
approvals = [{ role = "QA", name = "A. B.", date = 2024-09-01 }]
history = [{ revision = "A", date = 2024-09-09, summary = "First release." }]
`

const (
	csdUpdates = `
[updates]
obtain = "From the customer portal."
identification = "Help > About."
notification = "E-mail."
integrity = "Signed installer."
`
	csdDeployment = "deployment = \"The customer's IT staff install releases.\"\n"
	mds2Control   = `
[documents.mds2]
id = "LS-MDS2"
revision = "A"
release_date = 2024-09-09
owner = "Product manager"
approvals = [{ role = "QA", name = "A. B.", date = 2024-09-01 }]
history = [{ revision = "A", date = 2024-09-09, summary = "First release." }]
`
)

// csdOnly fills csdOnlyProduct: use_environment, [updates] and
// postmarket.patching.deployment written or not, and the documents built.
func csdOnly(useEnv, updates bool, deployment, build string) string {
	pick := func(on bool, s string) string {
		if on {
			return s
		}
		return ""
	}
	return strings.NewReplacer("%USEENV%", pick(useEnv, useEnvironment), "%UPDATES%", pick(updates, csdUpdates),
		"%PLANKEYS%", "", "%DEPLOYMENT%", deployment, "%BUILD%", build).Replace(csdOnlyProduct)
}

// planOnlyKeys are the keys of tables the CSD requires that only the
// security plan prints.
var planOnlyKeys = []string{
	"suppliers.vetting", "postmarket.personnel", "postmarket.monitoring", "postmarket.complaint_handling",
	"postmarket.periodic_testing", "postmarket.patching.field_reach", // postmarket.cvd.disclosure_days is optional: "Not stated"
}

// TestCSDRequiresWhatItPrints: a CSD-only build does not demand the keys
// of [suppliers] and [postmarket] that only the security plan prints, nor
// description, which no CSD prints, nor use_environment (its section 1
// says when it is not stated) or postmarket.patching.deployment (without
// [updates], it says where updates come from is not stated). A build of
// the security plan demands them all but use_environment.
func TestCSDRequiresWhatItPrints(t *testing.T) {
	for _, tc := range []struct {
		name  string
		src   string
		want  []string // the key paths with an error, among those checked
		check []string // the key paths checked
	}{
		{"CSD with [updates]", csdOnly(true, true, "", `"csd"`), nil,
			append([]string{"description", "use_environment", "postmarket.patching.deployment"}, planOnlyKeys...)},
		{"CSD without [updates], deployment written", csdOnly(true, false, csdDeployment, `"csd"`), nil,
			[]string{"postmarket.patching.deployment"}},
		{"CSD without [updates] or deployment", csdOnly(true, false, "", `"csd"`),
			nil, []string{"postmarket.patching.deployment"}},
		{"CSD without [updates], deployment blank", csdOnly(true, false, "deployment = \"\"\n", `"csd"`),
			nil, []string{"postmarket.patching.deployment"}},
		{"CSD without use_environment", csdOnly(false, true, "", `"csd"`),
			nil, []string{"use_environment", "description"}},
		{"CSD and MDS2 form without use_environment or description", csdOnly(false, true, "", `"csd", "mds2"`) + mds2Control,
			[]string{"description"}, []string{"use_environment", "description"}},
		{"security plan", csdOnly(true, true, "", `"security_plan", "csd"`),
			append([]string{"description", "postmarket.patching.deployment"}, planOnlyKeys...),
			append([]string{"description", "postmarket.patching.deployment"}, planOnlyKeys...)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, diags := loadParts(t, tc.src)
			for _, d := range diags {
				// The CSD-only product is otherwise complete ([verification]
				// aside, whose keys are another matter).
				if d.Severity == Error && !slices.Contains(tc.check, d.Path) && !strings.HasPrefix(d.Path, "verification") && !strings.Contains(tc.src, `"security_plan"`) {
					t.Errorf("unexpected error: %s", d)
				}
			}
			for _, path := range tc.check {
				got := errorsAt(diags, path)
				switch want := slices.Contains(tc.want, path); {
				case want && len(got) != 1:
					t.Errorf("%s: want one error, got %q", path, got)
				case !want && len(got) > 0:
					t.Errorf("%s: want no error, got %q", path, got)
				}
			}
		})
	}
}
