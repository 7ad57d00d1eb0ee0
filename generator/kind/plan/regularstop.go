package plan

// Qualified reports that the notice stopping a version's regular releases
// says more than the date: the stop's details say what stops (and what
// does not), or the notice's maintenance says what remains. The regular
// cycle and the fixes "in a regular release" then hold for the version as
// far as the notice states, no further; they are not declared void, as the
// notice may keep part of them (monitoring's 3.4 notice stops only
// Sentinel's own fixes and keeps Microsoft's monthly updates, which the
// regular cycle describes). A bare stop of "updates" (README
// notices.stops.what: the regular releases) ends them all.
func (s StoppedUpdates) Qualified() bool {
	return s.Details != "" || s.Maintenance != ""
}
