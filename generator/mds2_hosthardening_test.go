package generator

import (
	"testing"

	"github.com/jspgen/jspgen/internal/kindtest"
)

// The MDS2 hardening questions ask about the whole device. Where the
// maker's software runs on machines the maker neither supplies nor
// hardens (the hospital's virtual machines, cluster nodes or phones, a
// cloud provider's hosts), a bare Yes or N/A answered for those machines
// too. These tests keep the fixtures' answers to "See Note", with a note
// that says what the maker does and whose the rest is.

const (
	sahd7  = "| SAHD-7 | Are shared resources that the intended use does not need, such as file shares, disabled? | "
	sahd8  = "| SAHD-8 | Are communication ports and protocols that the intended use does not need disabled? | "
	sahd9  = "| SAHD-9 | Are services that the intended use does not need removed or disabled? | "
	sahd10 = "| SAHD-10 | Are applications that the intended use does not need removed or disabled? | "
	sahd11 = "| SAHD-11 | Does the device prevent starting up from uncontrolled or removable media? | "
	sahd12 = "| SAHD-12 | Can someone install unauthorized software or hardware on the device without using physical tools? | "
	sahd15 = "| SAHD-15 | Is access to the BIOS or bootloader blocked during start-up? | "
	mldp4  = "| MLDP-4 | Does the device support application allow-listing, so that only approved programs can run? | "
	mldp27 = "| MLDP-2.7 | Are malware detections written to a log? | "
)

// hardeningSeeNote is the four SAHD-7 to SAHD-10 rows pointing to note n.
func hardeningSeeNote(n string) []string {
	return []string{
		sahd7 + "See Note | Note\u00a0" + n + " |",
		sahd8 + "See Note | Note\u00a0" + n + " |",
		sahd9 + "See Note | Note\u00a0" + n + " |",
		sahd10 + "See Note | Note\u00a0" + n + " |",
	}
}

// hardeningBare is the answers the fixtures gave before: a bare Yes for
// every one of the four, and the N/A some gave for services and
// applications, though the question applies to the host.
var hardeningBare = []string{
	sahd7 + "Yes |", sahd8 + "Yes |", sahd9 + "Yes |", sahd10 + "Yes |",
	sahd9 + "N/A |", sahd10 + "N/A |", sahd10 + "[N/A]",
}

// TestHealthITMDS2HardeningIsWhoseItIs: ResultRoute runs on the
// hospital's RHEL virtual machines; SAHD-7 to SAHD-9 were Yes and SAHD-10
// N/A ("The virtual machines are the hospital's"), which answered for
// those machines or denied that the question applies. MLDP-2.7 (malware
// detections logged) was No, an answer for the anti-malware product the
// hospital runs on them.
func TestHealthITMDS2HardeningIsWhoseItIs(t *testing.T) {
	form := buildHealthIT(t)("resultroute/mds2.md")
	kindtest.SaysAll(t, "resultroute/mds2.md", form, append(hardeningSeeNote("2"),
		"**Note 2.** Ardent's part: ResultRoute listens only on TCP 2575 (HL7 v2 over MLLP/TLS) and TCP 8443 (its web console).",
		"is decided by the hospital's system administrators; Ardent removes or disables nothing there.",
		mldp27+"See Note | Note\u00a03 |",
		"**Note 3.** Malware detections on the virtual machines are found and logged, or not, by the anti-malware product the hospital runs there")...)
	kindtest.SaysNoneBecause(t, "resultroute/mds2.md", form, "the virtual machines and their anti-malware product are the hospital's", append(hardeningBare, mldp27+"No |")...)
}

// TestSelfhostedMDS2HardeningIsWhoseItIs: Cortexa ships container images
// that run on the hospital's own managed Kubernetes nodes; a bare Yes to
// SAHD-7 to SAHD-10 spoke for those nodes too.
func TestSelfhostedMDS2HardeningIsWhoseItIs(t *testing.T) {
	read := buildSelfhosted(t)
	for _, rel := range []string{"cortexa-fx/mds2.md", "cortexa-fx/2.2/mds2.md"} {
		form := read(rel)
		kindtest.SaysAll(t, rel, form, append(hardeningSeeNote("8"),
			"**Note 8.** Cortexa's part: Cortexa decides what its container images hold and which ports they listen on",
			"the cluster's nodes, their operating system and the network rules around them are the hospital's cloud team's")...)
		kindtest.SaysNoneBecause(t, rel, form, "the cluster's nodes are the hospital's to harden", hardeningBare...)
	}
}

// TestHybridhostedMDS2HardeningIsWhoseItIs: as selfhosted, with the
// gateway on a virtual machine in the hospital's own data centre.
func TestHybridhostedMDS2HardeningIsWhoseItIs(t *testing.T) {
	read := buildHybridhosted(t)
	for _, rel := range []string{"ossiva-hx/mds2.md", "ossiva-hx/2.2/mds2.md"} {
		form := read(rel)
		kindtest.SaysAll(t, rel, form, append(hardeningSeeNote("8"),
			"**Note 8.** Ossiva's part: Ossiva decides what its container images hold and which ports they listen on",
			"the cluster's nodes and the gateway's virtual machine, their operating systems and the network rules around them are the hospital's cloud and server teams'")...)
		kindtest.SaysNoneBecause(t, rel, form, "the nodes and the gateway's virtual machine are the hospital's to harden", hardeningBare...)
	}
}

// TestAlarmRelayMDS2HardeningIsWhoseItIs: AlertBridge runs on the
// hospital's Windows Server virtual machine and its app on the hospital's
// MDM-managed phones. SAHD-7 and SAHD-8 were Yes and SAHD-9 and SAHD-10
// N/A; MLDP-4 (application allow-listing) was Yes, though the only allow
// list AlertBridge has admits HL7 senders, and the Windows Server is the
// hospital's; MLDP-2.7 (malware detections logged) was Yes, an answer for
// the hospital's own anti-malware product.
func TestAlarmRelayMDS2HardeningIsWhoseItIs(t *testing.T) {
	read := buildFixture(t, "alarmrelay")
	for _, rel := range []string{"alertbridge/mds2.md", "alertbridge/5.1/mds2.md"} {
		form := read(rel)
		kindtest.SaysAll(t, rel, form, append(hardeningSeeNote("3"),
			mldp4+"See Note | Note\u00a04 |",
			"**Note 3.** Relaycast's part: the AlertBridge server listens only on TCP 2575 (HL7 alarm messages) and TCP 443",
			"Relaycast removes or disables nothing there.",
			"**Note 4.** AlertBridge's gateway allow list admits HL7 senders, not applications.",
			mldp27+"See Note | Note\u00a05 |",
			"**Note 5.** Malware detections on the virtual machine are found and logged, or not, by the hospital's anti-malware product")...)
		kindtest.SaysNoneBecause(t, rel, form, "the virtual machine, its anti-malware product and the phones are the hospital's", append(hardeningBare, mldp4+"Yes |", mldp27+"Yes |")...)
	}
}

// TestCloudSaMDMDS2BootIsTheCloudProviders: LumenTriage runs in
// Northlight's tenancy at a commercial cloud provider, whose machines
// start up under the provider's control; SAHD-11 and SAHD-15 were Yes,
// then See Note, and are now N/A derived from parts (no part runs on the
// device). SAHD-7 to SAHD-10 stay Yes: what runs in its own service is
// Northlight's to decide.
func TestCloudSaMDMDS2BootIsTheCloudProviders(t *testing.T) {
	form := buildCloudSaMD(t)("lumentriage/mds2.md")
	kindtest.SaysAll(t, "lumentriage/mds2.md", form,
		sahd11+"[N/A](#how-derived",
		sahd15+"[N/A](#how-derived",
		"the BIOS or boot loader is that of the server or cloud machine it runs on, and that machine's owner controls it",
		sahd7+"Yes |", sahd10+"Yes |")
	kindtest.SaysNoneBecause(t, "lumentriage/mds2.md", form, "the machines' start-up is the cloud provider's",
		sahd11+"Yes |", sahd15+"Yes |", sahd11+"See Note", sahd15+"See Note", "**Note 4.**")
}

// TestNoHardwareMDS2BootIsNA: every fixture whose parts all run on someone
// else's machine (the hospital's servers or phones, another maker's
// device, a cloud tenancy) answers SAHD-11 and SAHD-15 N/A from the same
// rule (rules_sahd_host.go); before, some answered N/A by hand and others
// See Note, for the same kind of product. SAHD-12 is derived N/A where no
// hand answer replaces it. (mobileapp keeps its See Note with note 17,
// which names the phone makers; the example's dosewise keeps note 6,
// which names the Secure Boot its hypervisor must have: both yield.)
func TestNoHardwareMDS2BootIsNA(t *testing.T) {
	for _, c := range []struct {
		fixture, form string
		sahd12        string
	}{
		{"healthit", "resultroute/mds2.md", "[N/A](#how-derived"},
		{"alarmrelay", "alertbridge/mds2.md", "[N/A](#how-derived"},
		{"hostedplugin", "echomeasure/mds2.md", "[N/A](#how-derived"},
		{"selfhosted", "cortexa-fx/mds2.md", "[No](#how-derived-and-ruled-out-answers-were-reached \"The manufacturer's answer; it stands in place of N/A"},
		{"hybridhosted", "ossiva-hx/mds2.md", "[No](#how-derived-and-ruled-out-answers-were-reached \"The manufacturer's answer; it stands in place of N/A"},
		{"smartapp", "sepsisguard/mds2.md", "[No](#how-derived-and-ruled-out-answers-were-reached \"The manufacturer's answer; it stands in place of N/A"},
	} {
		form := buildFixture(t, c.fixture)(c.form)
		kindtest.SaysAll(t, c.fixture+"/"+c.form, form, sahd11+"[N/A](#how-derived", sahd15+"[N/A](#how-derived", sahd12+c.sahd12)
		kindtest.SaysNoneBecause(t, c.fixture+"/"+c.form, form, "the product has no start-up of its own",
			sahd11+"Yes", sahd15+"Yes", sahd11+"N/A |", sahd15+"N/A |")
	}
}
