package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// TestPlanWordingSaysOnlyTheData: sentences of the security plan and the
// risk report that said more than the data, or said it badly.
//   - 8.3 with no penetration test stated said "A penetration test is not
//     stated"; it now says whether one was done is not stated, so none of
//     its findings is listed as deferred.
//   - "yet" after "no threat for this phase" and "no control is assigned"
//     implied planned work the data do not mention.
//   - The risk report called "Controlled" the FDA postmarket guidance's
//     determination where the method is jspgen's default; it now says the
//     default method decides it, and the residual conclusion says so too.
//   - A library sold to device makers (ecgsdk) said "The device has no
//     connectivity features" after the integrators' devices: it names the
//     product itself, and leaves their devices' connectivity to them.
//   - 9.6 said a version "is past its end of life" on its end-of-life
//     date and cited the notice four times in one paragraph; a version in
//     limited support "gets only" what a notice says remains after its end
//     of support.
//   - The listening ports are joined with "and" before the last.
//   - The plan claimed the MDS2 note answers whether remote service is
//     allowed; it only says the form refers the question to the note.
func TestPlanWordingSaysOnlyTheData(t *testing.T) {
	ecg := buildFixture(t, "ecgsdk")("rhythmcore/security-plan.md")
	kindtest.SaysAll(t, "ecgsdk security-plan.md", ecg,
		"Whether a penetration test was performed is not stated (see [8.2 Penetration test](#8-2-penetration-test)), so no finding of one is listed as deferred.",
		"The RhythmCore SDK itself has no connectivity features: it uses no network port, so its API, RhythmCore C API (in-process), connects it to no network. The connectivity of the devices it is built into is for their manufacturers to state.",
		"Version `4.9` reached its end of life on 2 June 2025.",
		"What remains for version `4.9`: Security fixes for 4.9 until 30 September 2027.")
	kindtest.SaysNone(t, "ecgsdk security-plan.md", ecg,
		"A penetration test is not stated",
		"The device has no connectivity features",
		"past its end of life",
		"What remains for version `4.9`, as the notice states")

	dtx := buildFixture(t, "dtxinsomnia")
	plan, risk := dtx("somnara/security-plan.md"), dtx("somnara/risk-report.md")
	kindtest.SaysAll(t, "dtxinsomnia security-plan.md", plan,
		"None recorded. The threat model has no threat for this phase.",
		"None recorded. No control is assigned to this category.")
	kindtest.SaysNone(t, "dtxinsomnia security-plan.md", plan, "for this phase yet", "to this category yet")
	kindtest.SaysAll(t, "dtxinsomnia risk-report.md", risk,
		`"Controlled" is determined from exploitability and severity of harm by the same method, whose thresholds and table are jspgen's defaults, not the manufacturer's.`,
		"After mitigation, every risk is controlled under the method of [3. Risk assessment method](#3-risk-assessment-method), whose thresholds and table are jspgen's defaults, not the manufacturer's.")
	kindtest.SaysNone(t, "dtxinsomnia risk-report.md", risk, "the FDA postmarket guidance's determination")

	hit := buildFixture(t, "healthit")("resultroute/security-plan.md")
	kindtest.SaysAll(t, "healthit security-plan.md", hit,
		"listen on 2575/TCP (ResultRoute server) and 8443/TCP (ResultRoute server).",
		"Security updates for version `5.2.0` end on 31 March 2027, as notice ACS-RR-EOL-520 states. Version `5.2.0` reached its end of life on 1 October 2025. Regular releases for version `5.2.0` stopped on 1 October 2025: the regular cycle, the fixes in a regular release and the out-of-cycle fix below hold for version `5.2.0` only as far as the notice states. What remains for version `5.2.0`: ")
	kindtest.SaysNone(t, "healthit security-plan.md", hit, "past its end of life", "(ResultRoute server), 8443/TCP")

	hp := buildFixture(t, "hostedplugin")("echomeasure/security-plan.md")
	kindtest.SaysAll(t, "hostedplugin security-plan.md", hp,
		"Version `2.0` has been in limited support since 1 September 2025; what notice CV-EM-EOS-20 says remains for it is: Corvia fixes nothing in 2.0 after its end of support.",
		"For whether the Corvia EchoMeasure allows remote service connections, the MDS2 form refers RMOT-1 to its note 1.")
	kindtest.SaysNone(t, "hostedplugin security-plan.md", hp, "gets only what notice", "answers in a note whether")
}
