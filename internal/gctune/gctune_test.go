package gctune

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"testing"
	"time"
)

func TestLimitFor(t *testing.T) {
	for _, c := range []struct {
		live uint64
		want int64
	}{
		{0, Floor},
		{50 << 20, Floor},
		{Floor / 2, Floor},
		{Floor/2 + 1, Floor + 2},
		{300 << 20, 600 << 20},
		{math.MaxUint64, 1 << 62},
	} {
		if got := LimitFor(c.live); got != c.want {
			t.Errorf("LimitFor(%d) = %d, want %d", c.live, got, c.want)
		}
	}
}

func TestStartLeavesTheUsersChoice(t *testing.T) {
	defer restore()
	for _, name := range []string{"GOGC", "GOMEMLIMIT"} {
		debug.SetMemoryLimit(math.MaxInt64)
		env := func(k string) string {
			if k == name {
				return "off"
			}
			return ""
		}
		if Start(env) {
			t.Errorf("Start with %s set: started", name)
		}
		if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
			t.Errorf("Start with %s set: memory limit %d, want it unchanged", name, got)
		}
	}
}

// TestPaceBelowFloor checks the heap goal a collection leaves with
// almost nothing live: the runtime's formula at Pace (the live heap, plus
// Pace % of it and of the stacks and globals scanned, but at least the
// runtime's 4 MiB minimum scaled by Pace/100), not the default pace's
// (about a quarter of that) nor the memory limit's (Floor, with no
// proportional pace). The goal is read, not the collections counted: on
// a loaded machine a collection may not finish while a loop allocates.
func TestPaceBelowFloor(t *testing.T) {
	defer restore()
	if !Start(func(string) string { return "" }) {
		t.Fatal("Start without GOGC or GOMEMLIMIT: did not start")
	}
	runtime.GC()
	m := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/gc/scan/stack:bytes"}, {Name: "/gc/scan/globals:bytes"}, {Name: "/gc/heap/goal:bytes"}, {Name: "/gc/gogc:percent"}}
	metrics.Read(m)
	live, stacks, globals, goal := m[0].Value.Uint64(), m[1].Value.Uint64(), m[2].Value.Uint64(), m[3].Value.Uint64()
	if got := m[4].Value.Uint64(); got != Pace {
		t.Errorf("after Start: GC percent %d, want Pace %d", got, Pace)
	}
	want := max(4<<20*Pace/100, live+(live+stacks+globals)*Pace/100)
	if goal < want-want/20 || goal > want+want/20 {
		t.Errorf("heap goal %d with %d live (%d of stacks, %d of globals): want %d (a pace of %d %%)", goal, live, stacks, globals, want, Pace)
	}
}

// TestLimitFollowsTheLiveHeap holds 160 MiB live, so the limit must rise
// above Floor after a collection, then come back to Floor once it is
// dropped: the watch is armed again after each collection.
func TestLimitFollowsTheLiveHeap(t *testing.T) {
	defer restore()
	if !Start(func(string) string { return "" }) {
		t.Fatal("Start without GOGC or GOMEMLIMIT: did not start")
	}
	if got := debug.SetMemoryLimit(-1); got != Floor {
		t.Fatalf("after Start: memory limit %d, want Floor %d", got, Floor)
	}
	held := make([]byte, 160<<20)
	for i := range held {
		held[i] = byte(i)
	}
	waitFor(t, "the limit to rise with 160 MiB live", func(limit int64) bool { return limit >= 320<<20 })
	runtime.KeepAlive(held)
	held = nil
	waitFor(t, "the limit to fall back to Floor", func(limit int64) bool { return limit == Floor })
	_ = held
}

// waitFor collects until the memory limit satisfies ok (cleanups run on
// their own goroutine after a collection).
func waitFor(t *testing.T, what string, ok func(int64) bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		if ok(debug.SetMemoryLimit(-1)) {
			return
		}
	}
	t.Fatalf("waited 10 s for %s; memory limit %d", what, debug.SetMemoryLimit(-1))
}

func restore() {
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(math.MaxInt64)
}
