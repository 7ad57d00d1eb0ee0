package content

import "testing"

// TestModelUnsetMilestone: a model's milestone the data leave unset is
// "Not announced" while it can still come and "Not set" once it cannot:
// after the model's own end of support, or once every version it runs is
// past its end of support or withdrawn. The models' table printed "Not
// set" for every one of them.
func TestModelUnsetMilestone(t *testing.T) {
	d := NewDate
	p := &Product{
		Models: []Model{{ID: "A", EndOfSupport: d(2026, 1, 1)}, {ID: "B"}, {ID: "C"}, {ID: "D"}},
		Versions: []Version{
			{Version: "1", Models: []string{"A", "B"}, GeneralAvailability: d(2020, 1, 1), EndOfSupport: d(2025, 1, 1)},
			{Version: "2", Models: []string{"A", "C"}, GeneralAvailability: d(2021, 1, 1), EndOfSupport: d(2027, 1, 1)},
			{Version: "3", Models: []string{"B"}, GeneralAvailability: d(2022, 1, 1), Withdrawn: d(2023, 1, 1), WithdrawalReason: "x", ReplacedBy: "1"},
		},
	}
	for _, c := range []struct {
		model string
		on    Date
		want  string
	}{
		{"A", d(2025, 12, 31), "Not announced"}, // its own support still runs
		{"A", d(2026, 1, 1), "Not set"},         // its own support ended
		{"B", d(2022, 6, 1), "Not announced"},   // 1 and 3 still supported
		{"B", d(2025, 1, 1), "Not set"},         // 1 ended, 3 withdrawn
		{"C", d(2026, 12, 31), "Not announced"}, // 2 still supported
		{"C", d(2027, 1, 1), "Not set"},
		{"D", d(2030, 1, 1), "Not announced"}, // runs no version: nothing decides
	} {
		if got := p.ModelUnsetMilestone(*p.Model(c.model), c.on); got != c.want {
			t.Errorf("model %s on %s: %q, want %q", c.model, c.on, got, c.want)
		}
	}
}

// TestRelatedUnsetMilestone: a related system's unset milestone is "Not
// announced" while it can come, an end of life past the version's end of
// support is passed, and another maker's date is "Not stated" (the
// manufacturer's data cannot say that maker announced none). All read
// "Not set" before.
func TestRelatedUnsetMilestone(t *testing.T) {
	d := NewDate
	own := RelatedSystem{ID: "own"}
	other := RelatedSystem{ID: "other", Maker: "Acme"}
	v := RelatedVersion{Version: "1", GeneralAvailability: d(2020, 1, 1), EndOfSupport: d(2025, 1, 1)}
	open := RelatedVersion{Version: "2", GeneralAvailability: d(2020, 1, 1)}
	for _, c := range []struct {
		s    RelatedSystem
		v    RelatedVersion
		m    string
		on   Date
		want string
	}{
		{own, v, "end_of_life", d(2024, 12, 31), "Not announced"},
		{own, v, "end_of_life", d(2025, 1, 1), "Passed, date not stated"},
		{own, open, "end_of_support", d(2030, 1, 1), "Not announced"},
		{other, open, "end_of_support", d(2030, 1, 1), "Not stated"},
		{other, open, "end_of_life", d(2030, 1, 1), "Not stated"},
		{other, v, "end_of_life", d(2025, 1, 1), "Passed, date not stated"},
	} {
		if got := c.s.UnsetMilestone(c.v, c.m, c.on); got != c.want {
			t.Errorf("%s %s %s on %s: %q, want %q", c.s.ID, c.v.Version, c.m, c.on, got, c.want)
		}
	}
}

// TestLifecycleKey: the key explains the words the tables use, and only
// those.
func TestLifecycleKey(t *testing.T) {
	d := NewDate
	full := Version{Version: "1", GeneralAvailability: d(2020, 1, 1), EndOfMarketing: d(2021, 1, 1), EndOfProduction: d(2021, 1, 1),
		EndOfLife: d(2022, 1, 1), EndOfGuaranteedSupport: d(2023, 1, 1), EndOfSupport: d(2024, 1, 1)}
	open := Version{Version: "2", GeneralAvailability: d(2020, 1, 1)}
	ended := Version{Version: "3", GeneralAvailability: d(2020, 1, 1), EndOfLife: d(2021, 1, 1), EndOfSupport: d(2022, 1, 1)}
	na := full
	na.EndOfProduction = NotApplicableDate()
	for _, c := range []struct {
		name string
		p    Product
		want UnsetKey
	}{
		{"every date given", Product{Versions: []Version{full}}, UnsetKey{}},
		{"a date to come", Product{Versions: []Version{open}}, UnsetKey{NotAnnounced: true}},
		// Its end of guaranteed support is "Not set", and so are its end of
		// marketing and of production: not known to have passed, since a
		// version need have had neither of its own (Version.UnsetCell).
		{"a version ended", Product{Versions: []Version{ended}}, UnsetKey{VersionNotSet: true}},
		{"does not apply", Product{Versions: []Version{na}}, UnsetKey{DoesNotApply: true}},
		// A model with no replaced_by reads "None named" under "Replaced by".
		{"an ended model", Product{Versions: []Version{full}, Models: []Model{{ID: "A", EndOfSupport: d(2024, 1, 1)}}}, UnsetKey{ModelNotSet: true, NoneNamed: true}},
		{"a model to come", Product{Versions: []Version{open}, Models: []Model{{ID: "A", EndOfMarketing: d(2024, 1, 1)}}}, UnsetKey{NotAnnounced: true, NoneNamed: true}},
		{"every model's successor named", Product{Versions: []Version{full}, Models: []Model{{ID: "A", EndOfSupport: d(2024, 1, 1), ReplacedBy: "B"}, {ID: "B", EndOfSupport: d(2024, 1, 1), ReplacedBy: "A"}}}, UnsetKey{ModelNotSet: true}},
		{"models without milestones are not listed", Product{Versions: []Version{full}, Models: []Model{{ID: "A"}}}, UnsetKey{}},
		{"another maker's system", Product{Versions: []Version{full}, RelatedSystems: []RelatedSystem{{Maker: "Acme", Versions: []RelatedVersion{{Version: "x", GeneralAvailability: d(2020, 1, 1)}}}}}, UnsetKey{NotStated: true}},
		// Its end of life reads "Passed, date not stated", which the key now explains.
		{"own system, end of life passed", Product{Versions: []Version{full}, RelatedSystems: []RelatedSystem{{Versions: []RelatedVersion{{Version: "x", GeneralAvailability: d(2020, 1, 1), EndOfSupport: d(2024, 1, 1)}}}}}, UnsetKey{PassedUndated: true}},
		{"a version's end of life passed", Product{Versions: []Version{{Version: "4", GeneralAvailability: d(2020, 1, 1), EndOfMarketing: d(2021, 1, 1), EndOfProduction: d(2021, 1, 1), EndOfGuaranteedSupport: d(2024, 1, 1), EndOfSupport: d(2026, 1, 1)}}}, UnsetKey{PassedUndated: true}},
	} {
		if got := c.p.LifecycleKey(d(2025, 1, 1)); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

// TestMilestonesKey: the plan's key counts the versions' and models'
// tables only: a related system's "Not stated" or "Does not apply",
// which LifecycleKey counts for the lifecycle page, is not in the plan's
// 11.1 and is not explained there; Any is whether a key is printed.
func TestMilestonesKey(t *testing.T) {
	d := NewDate
	full := Version{Version: "1", GeneralAvailability: d(2020, 1, 1), EndOfMarketing: d(2021, 1, 1), EndOfProduction: d(2021, 1, 1),
		EndOfLife: d(2022, 1, 1), EndOfGuaranteedSupport: d(2023, 1, 1), EndOfSupport: d(2024, 1, 1)}
	open := Version{Version: "2", GeneralAvailability: d(2020, 1, 1)}
	other := RelatedSystem{Maker: "Acme", Versions: []RelatedVersion{{Version: "x", GeneralAvailability: d(2020, 1, 1), EndOfLife: NotApplicableDate()}}}
	for _, c := range []struct {
		name           string
		p              Product
		plan, page     UnsetKey
		planAny, pgAny bool
	}{
		{"every date given", Product{Versions: []Version{full}}, UnsetKey{}, UnsetKey{}, false, false},
		{"another maker's system", Product{Versions: []Version{full}, RelatedSystems: []RelatedSystem{other}},
			UnsetKey{}, UnsetKey{NotStated: true, DoesNotApply: true}, false, true},
		{"a version to come and another maker's system", Product{Versions: []Version{open}, RelatedSystems: []RelatedSystem{other}},
			UnsetKey{NotAnnounced: true}, UnsetKey{NotAnnounced: true, NotStated: true, DoesNotApply: true}, true, true},
		{"an ended model", Product{Versions: []Version{full}, Models: []Model{{ID: "A", EndOfSupport: d(2024, 1, 1)}}},
			UnsetKey{ModelNotSet: true, NoneNamed: true}, UnsetKey{ModelNotSet: true, NoneNamed: true}, true, true},
	} {
		on := d(2025, 1, 1)
		if got := c.p.MilestonesKey(on); got != c.plan || got.Any() != c.planAny {
			t.Errorf("%s: MilestonesKey %+v (Any %v), want %+v (Any %v)", c.name, got, got.Any(), c.plan, c.planAny)
		}
		if got := c.p.LifecycleKey(on); got != c.page || got.Any() != c.pgAny {
			t.Errorf("%s: LifecycleKey %+v (Any %v), want %+v (Any %v)", c.name, got, got.Any(), c.page, c.pgAny)
		}
	}
}

// TestReleasedMilestonesKey: the CSD's key counts the versions its table
// lists, those released by its date and its own (keep) even before its
// release: a version still to come that it does not list is not
// explained; models' and related systems' words never are (the CSD's
// section 13 has no such table).
func TestReleasedMilestonesKey(t *testing.T) {
	d := NewDate
	on := d(2025, 1, 1)
	full := Version{Version: "1", GeneralAvailability: d(2020, 1, 1), EndOfMarketing: d(2021, 1, 1), EndOfProduction: d(2021, 1, 1),
		EndOfLife: d(2022, 1, 1), EndOfGuaranteedSupport: d(2023, 1, 1), EndOfSupport: d(2026, 1, 1)}
	released := Version{Version: "2", GeneralAvailability: d(2024, 1, 1)}
	coming := Version{Version: "3", GeneralAvailability: d(2025, 6, 1)}
	other := RelatedSystem{Maker: "Acme", Versions: []RelatedVersion{{Version: "x", GeneralAvailability: d(2020, 1, 1)}}}
	model := Model{ID: "A", EndOfSupport: d(2024, 1, 1)}
	for _, c := range []struct {
		name string
		p    Product
		keep string
		want UnsetKey
	}{
		{"every listed date given", Product{Versions: []Version{full}}, "1", UnsetKey{}},
		{"a released version without dates", Product{Versions: []Version{full, released}}, "1", UnsetKey{NotAnnounced: true}},
		{"a version to come, not listed", Product{Versions: []Version{full, coming}}, "1", UnsetKey{}},
		{"a version to come, the CSD's own", Product{Versions: []Version{full, coming}}, "3", UnsetKey{NotAnnounced: true}},
		{"models and related systems not in the table", Product{Versions: []Version{full}, Models: []Model{model}, RelatedSystems: []RelatedSystem{other}}, "1", UnsetKey{}},
		{"in-house: end of marketing does not apply", Product{InHouse: true, Versions: []Version{{Version: "1", GeneralAvailability: d(2020, 1, 1), EndOfProduction: d(2021, 1, 1),
			EndOfLife: d(2022, 1, 1), EndOfGuaranteedSupport: d(2023, 1, 1), EndOfSupport: d(2026, 1, 1)}}}, "1", UnsetKey{DoesNotApply: true}},
	} {
		if got := c.p.ReleasedMilestonesKey(on, c.keep); got != c.want {
			t.Errorf("%s: ReleasedMilestonesKey %+v, want %+v", c.name, got, c.want)
		}
	}
}

// TestRelatedSystemMilestonesKey: the key beneath a related system's
// table in the plan counts that table's words alone: not the product's
// own versions' (which LifecycleKey also counts), nor another system's.
// Before, the plan printed these words with no key at all.
func TestRelatedSystemMilestonesKey(t *testing.T) {
	d := NewDate
	ga := d(2020, 1, 1)
	for _, c := range []struct {
		name string
		s    RelatedSystem
		want UnsetKey
	}{
		{"every date given", RelatedSystem{Versions: []RelatedVersion{{Version: "x", GeneralAvailability: ga, EndOfLife: d(2023, 1, 1), EndOfSupport: d(2024, 1, 1)}}}, UnsetKey{}},
		{"no versions", RelatedSystem{Maker: "Acme"}, UnsetKey{}},
		{"own, to come", RelatedSystem{Versions: []RelatedVersion{{Version: "x", GeneralAvailability: ga}}}, UnsetKey{NotAnnounced: true}},
		{"another maker's", RelatedSystem{Maker: "Acme", Versions: []RelatedVersion{{Version: "x", GeneralAvailability: ga}}}, UnsetKey{NotStated: true}},
		{"end of life passed", RelatedSystem{Maker: "Acme", Versions: []RelatedVersion{{Version: "x", GeneralAvailability: ga, EndOfSupport: d(2024, 1, 1)}}}, UnsetKey{PassedUndated: true}},
		{"does not apply", RelatedSystem{Versions: []RelatedVersion{{Version: "x", GeneralAvailability: ga, EndOfLife: NotApplicableDate(), EndOfSupport: d(2030, 1, 1)}}}, UnsetKey{DoesNotApply: true}},
	} {
		on := d(2025, 1, 1)
		got := c.s.MilestonesKey(on)
		if got != c.want || got.Any() != (c.want != UnsetKey{}) {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
		// The product's own version, to come, is not this table's word.
		p := Product{Versions: []Version{{Version: "1", GeneralAvailability: ga}}, RelatedSystems: []RelatedSystem{c.s}}
		if got := p.RelatedSystems[0].MilestonesKey(on); got != c.want {
			t.Errorf("%s with an open version: %+v, want %+v", c.name, got, c.want)
		}
		if lk := p.LifecycleKey(on); !lk.NotAnnounced || (c.want.NotStated && !lk.NotStated) || (c.want.PassedUndated && !lk.PassedUndated) {
			t.Errorf("%s: LifecycleKey %+v does not count both tables", c.name, lk)
		}
	}
}
