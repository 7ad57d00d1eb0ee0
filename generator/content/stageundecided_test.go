package content

import "testing"

// TestSupportUndecided: a version past its end of life whose end of
// support is not stated may be in Limited Support or at End of Support;
// the documents print neither stage, word its unset milestones "Not
// stated" (not "Not announced", whose key promises notice) and do not
// count it as supported. A version whose end of support is stated, or
// "not_applicable", or whose end of life is still ahead, keeps its stage.
func TestSupportUndecided(t *testing.T) {
	d := NewDate
	on := d(2026, 11, 20)
	tests := []struct {
		name      string
		v         Version
		stage     string
		eos       string // UnsetMilestone("end_of_support"), "" when it is stated
		supported bool
	}{
		{"end of life passed, end of support not stated", Version{GeneralAvailability: d(2019, 3, 4), EndOfLife: d(2022, 12, 31)},
			StageSupportUndecided, "Not stated", false},
		{"guaranteed support ended, end of life and support not stated", Version{GeneralAvailability: d(2019, 3, 4), EndOfGuaranteedSupport: d(2023, 6, 30)},
			StageSupportUndecided, "Not stated", false},
		{"end of life passed, end of support ahead", Version{GeneralAvailability: d(2019, 3, 4), EndOfLife: d(2022, 12, 31), EndOfSupport: d(2027, 12, 31)},
			"Limited Support", "", true},
		{"end of life passed, end of support does not apply", Version{GeneralAvailability: d(2019, 3, 4), EndOfLife: d(2022, 12, 31), EndOfSupport: NotApplicableDate()},
			"Limited Support", "", true},
		{"end of life ahead, end of support not announced", Version{GeneralAvailability: d(2019, 3, 4), EndOfLife: d(2027, 12, 31)},
			"Support", "Not announced", true},
		{"nothing but general availability", Version{GeneralAvailability: d(2024, 2, 5)},
			"Support", "Not announced", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.v.StageStated(on); got != tt.stage {
				t.Errorf("StageStated = %q, want %q", got, tt.stage)
			}
			if got := tt.v.StageUndecided(on, on); got != tt.stage {
				t.Errorf("StageUndecided = %q, want %q", got, tt.stage)
			}
			if tt.eos != "" {
				if got := tt.v.UnsetMilestone("end_of_support", on); got != tt.eos {
					t.Errorf("UnsetMilestone(end_of_support) = %q, want %q", got, tt.eos)
				}
			}
			if got := tt.v.SupportedOn(on); got != tt.supported {
				t.Errorf("SupportedOn = %v, want %v", got, tt.supported)
			}
		})
	}
}
