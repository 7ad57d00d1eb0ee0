package content

import (
	"strings"
	"testing"
)

// TestWithdrawalProblem: a withdrawal is dated after release and names a
// later, not withdrawn version that runs on every model of the withdrawn
// one; anything else is an error naming the key at fault.
func TestWithdrawalProblem(t *testing.T) {
	d := NewDate
	p := &Product{
		Models: []Model{{ID: "A"}, {ID: "B"}},
		Versions: []Version{
			{Version: "1.0", GeneralAvailability: d(2024, 1, 1)},
			{Version: "1.1", GeneralAvailability: d(2025, 1, 1), Withdrawn: d(2025, 2, 1), ReplacedBy: "1.2"},
			{Version: "1.2", GeneralAvailability: d(2025, 2, 1)},
			{Version: "1.3", GeneralAvailability: d(2025, 3, 1), Withdrawn: d(2025, 4, 1), ReplacedBy: "1.2"},
			{Version: "1.4", GeneralAvailability: d(2025, 5, 1), Models: []string{"A"}},
		},
	}
	for _, c := range []struct {
		name    string
		ver     Version
		key     string // "" when the withdrawal is sound
		message string
	}{
		{"a later version replaces it", p.Versions[1], "", ""},
		{"withdrawn on the release day", Version{Version: "1.1", GeneralAvailability: d(2025, 1, 1), Withdrawn: d(2025, 1, 1), ReplacedBy: "1.2"}, "", ""},
		{"withdrawn before release", Version{Version: "1.1", GeneralAvailability: d(2025, 1, 1), Withdrawn: d(2024, 12, 1), ReplacedBy: "1.2"}, "withdrawn", "before version 1.1's general availability"},
		{"no replacement", Version{Version: "1.1", GeneralAvailability: d(2025, 1, 1), Withdrawn: d(2025, 2, 1)}, "replaced_by", "missing"},
		{"unknown replacement", Version{Version: "1.1", GeneralAvailability: d(2025, 1, 1), Withdrawn: d(2025, 2, 1), ReplacedBy: "9"}, "replaced_by", "unknown version"},
		{"replaced by itself", Version{Version: "1.1", GeneralAvailability: d(2025, 1, 1), Withdrawn: d(2025, 2, 1), ReplacedBy: "1.1"}, "replaced_by", "cannot replace itself"},
		{"replaced by an earlier version", Version{Version: "1.1", GeneralAvailability: d(2025, 1, 1), Withdrawn: d(2025, 2, 1), ReplacedBy: "1.0"}, "replaced_by", "not released after"},
		{"replaced by a withdrawn version", Version{Version: "1.1", GeneralAvailability: d(2025, 1, 1), Withdrawn: d(2025, 2, 1), ReplacedBy: "1.3"}, "replaced_by", "was withdrawn too"},
		{"replacement misses a model", Version{Version: "1.1", GeneralAvailability: d(2025, 1, 1), Withdrawn: d(2025, 2, 1), ReplacedBy: "1.4"}, "replaced_by", "does not run on model B"},
	} {
		got := WithdrawalProblem(p, c.ver)
		if got[0] != c.key || !strings.Contains(got[1], c.message) {
			t.Errorf("%s: WithdrawalProblem = %q, want key %q with %q", c.name, got, c.key, c.message)
		}
	}
}

// TestWithdrawnIsNeitherSupportedNorCurrent: from its withdrawal date a
// version's stage is Withdrawn, it is not supported, and the current
// version is the newest one not withdrawn; before that date nothing
// changes.
func TestWithdrawnIsNeitherSupportedNorCurrent(t *testing.T) {
	d := NewDate
	p := &Product{Versions: []Version{
		{Version: "1.0", GeneralAvailability: d(2024, 1, 1)},
		{Version: "1.1", GeneralAvailability: d(2025, 1, 1), Withdrawn: d(2025, 2, 1), ReplacedBy: "1.2"},
		{Version: "1.2", GeneralAvailability: d(2025, 3, 1)},
	}}
	w := &p.Versions[1]
	for _, c := range []struct {
		on        Date
		stage     string
		supported bool
		current   string
	}{
		{d(2025, 1, 31), "Support", true, "1.1"},
		{d(2025, 2, 1), "Withdrawn", false, "1.0"},
		{d(2025, 3, 1), "Withdrawn", false, "1.2"},
	} {
		if got := w.Stage(c.on); got != c.stage {
			t.Errorf("on %s: stage %q, want %q", c.on, got, c.stage)
		}
		if got := w.SupportedOn(c.on); got != c.supported {
			t.Errorf("on %s: SupportedOn = %v, want %v", c.on, got, c.supported)
		}
		if got := p.CurrentVersion(c.on).Version; got != c.current {
			t.Errorf("on %s: current version %s, want %s", c.on, got, c.current)
		}
	}
}
