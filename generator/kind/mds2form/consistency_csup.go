package mds2form

import (
	"slices"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/mds2"
)

// remoteInstall are the questions whether a class of the device's
// software can receive updates installed remotely: CSUP-2.3 (operating
// system) to CSUP-6.3 (other software).
var remoteInstall = []string{"CSUP-2.3", "CSUP-3.3", "CSUP-4.3", "CSUP-5.3", "CSUP-6.3"}

// checkRemoteUpdates warns where the form denies what
// remote_service.other_functions states: software updates that reach the
// device over a network from the manufacturer, beside CSUP-1 No (no
// software that may need security updates) or beside No to each of
// CSUP-2.3 to CSUP-6.3 the form answers (no class of software that can
// receive updates installed remotely) and Yes to none. The other way
// decides nothing: updates the customer installs remotely are no
// function of the manufacturer's, and RMOT-3 Yes may be training alone.
// Advisory, as the other consistency checks: an answer explained in its
// note stands without a warning.
func (r *mds2Resolver) checkRemoteUpdates(final map[string]mds2.Answer, givens map[string]given) {
	if !slices.Contains(r.p.RemoteService.OtherFunctions, "software_updates") {
		return
	}
	path := r.p.PatchKey("remote_service", "other_functions")
	const lead = "remote_service.other_functions names software updates, which reach the device over a network from the manufacturer, but the form answers "
	explained := func(id string) bool { g, ok := givens[id]; return ok && g.entry.Note != 0 }
	if final["CSUP-1"] == mds2.No {
		if !explained("CSUP-1") {
			r.warnf(path, lead+"CSUP-1 No (no software that may need security updates): correct one of them, or explain CSUP-1 in its note")
		}
		return
	}
	var no []string
	for _, id := range remoteInstall {
		switch final[id] {
		case mds2.Yes:
			return
		case mds2.No:
			if explained(id) {
				return
			}
			no = append(no, id)
		}
	}
	if len(no) > 0 {
		r.warnf(path, lead+"%s No (updates installed remotely) and none of CSUP-2.3 to CSUP-6.3 Yes: correct one of them, or explain the answer in its note",
			content.AndList(no))
	}
}

// softwareClasses are the questions whether the device contains a class
// of software that may need security updates: CSUP-2 (operating system),
// CSUP-3 (drivers and firmware), CSUP-4 (anti-malware), CSUP-5 (COTS)
// and CSUP-6 (any other, described in a note).
var softwareClasses = []string{"CSUP-2", "CSUP-3", "CSUP-4", "CSUP-5", "CSUP-6"}

// checkSoftwareClasses warns of CSUP-1 Yes (the device contains software
// that may need security updates) beside No to every one of CSUP-2 to
// CSUP-6: CSUP-6 takes any software the others leave out, so the
// software CSUP-1 counts belongs to none of them and the form
// contradicts itself (cloudsamd: an Ubuntu container platform beside
// No to all five). Hand and derived answers count alike; a See Note, an
// N/A or a blank among them checks nothing, and a note on any of the
// six answers explains it and keeps the form as it is. The warning is
// at CSUP-1's answer where the manufacturer gave it, else at the first
// No given.
func (r *mds2Resolver) checkSoftwareClasses(final map[string]mds2.Answer, givens map[string]given) {
	if final["CSUP-1"] != mds2.Yes {
		return
	}
	noted := func(id string) bool { g, ok := givens[id]; return ok && g.entry.Note != 0 }
	if noted("CSUP-1") {
		return
	}
	at := ""
	if _, ok := givens["CSUP-1"]; ok {
		at = "CSUP-1"
	}
	for _, id := range softwareClasses {
		if final[id] != mds2.No || noted(id) {
			return
		}
		if _, ok := givens[id]; ok && at == "" {
			at = id
		}
	}
	if at == "" {
		at = "CSUP-1"
	}
	r.warnf(r.p.MDS2.AnswerPath(at), "the form answers CSUP-1 Yes (the device contains software that may need security updates) and No to each of CSUP-2 to CSUP-6 (an operating system, drivers or firmware, anti-malware, other COTS software, any other software), but the software that needs updates must be of one of those kinds: correct one of them, or explain the answers in a note")
}
