package gctune

import (
	"math"
	"runtime"
	"runtime/debug"
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

// TestPaceBelowFloor allocates 96 MiB of garbage with almost nothing
// live: the collector runs at Pace, a few times (the runtime's 4 MiB
// minimum heap scaled by Pace/100: every 16 MiB or so), not every few
// megabytes as the default pace would (about 24 times) nor never, as with
// no proportional pace.
func TestPaceBelowFloor(t *testing.T) {
	defer restore()
	runtime.GC()
	if !Start(func(string) string { return "" }) {
		t.Fatal("Start without GOGC or GOMEMLIMIT: did not start")
	}
	if got := debug.SetGCPercent(Pace); got != Pace {
		t.Errorf("after Start: GC percent %d, want Pace %d", got, Pace)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var sink []byte
	for range 96 << 10 {
		sink = make([]byte, 1<<10)
	}
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(sink)
	if n := after.NumGC - before.NumGC; n < 2 || n > 12 {
		t.Errorf("%d collections while allocating 96 MiB with nothing live, want 2 to 12 (a pace of %d %%)", n, Pace)
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
