package generator

import (
	"strings"
	"testing"
)

// TestMilestones79Esugen: the ESU generator's 2023 notice, with no
// operating_systems written, says that which operating system 2.x runs
// on is not stated, instead of a bare "Not stated" bullet.
func TestMilestones79Esugen(t *testing.T) {
	read := buildFixture(t, "esugen")
	notice := read("esg400/notices/eos-2x.md")
	if strings.Contains(notice, "- Not stated") {
		t.Error("eos-2x.md: prints a bare \"Not stated\" bullet for the operating systems")
	}
	if !strings.Contains(notice, "Which operating system the software version this notice concerns runs on is not stated.") {
		t.Error("eos-2x.md: does not say which operating system 2.x runs on is not stated")
	}
}
