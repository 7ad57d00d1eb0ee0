// Package gctune paces the garbage collector for a build. A build's live
// heap is small (tens of MB) but it allocates gigabytes on the way, so
// with the default pace (collect when the heap doubles) it collects a few
// hundred times and spends a tenth of its CPU doing so. Start lets the
// heap grow to five times the live heap (Pace) but never past Floor
// before collecting, and never less than doubling, so a larger input is
// paced as by default rather than collected over and over against a
// fixed limit. Start also asks the kernel for huge pages under the first
// HugeHeap bytes of the heap, where it must be asked (hugepages.go).
package gctune

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// Floor is the memory the Go runtime may use before it collects, however
// small the live heap. It keeps the peak resident size of a 100-product
// build under 240 MB (README, Performance): 223-224 MB at 208 MiB, where
// 192 MiB gave 208-209 MB and 3 % more CPU, the collector running more
// often for the same live heap (six interleaved rounds of each).
const Floor = 208 << 20

// Pace is the collector's proportional pace under the Floor: the heap
// may grow to (1 + Pace/100) times what the last collection left live.
// A 100-product build's live heap (about 75 MB) reaches Floor first, so
// it is paced by the limit alone (68 collections against 65 with no
// proportional pace); a single product or a one-product rebuild, whose
// live heap is a few tens of MB, now collects a few times instead of
// growing to 140-180 MB of fresh memory. On a machine where the kernel's
// page faults are slow (session 50's: 30,000 faults were a third of the
// single product's CPU), that made the single product 10 % faster
// (0.360 s against 0.400 s, 8 interleaved runs) and a one-product edit
// 13 % faster (0.529 s against 0.611 s, 8 runs), with a fifth less
// memory; on an earlier machine with cheap faults, the same pace had
// cost the single product 5 % more CPU than no pace.
const Pace = 400

// Start sets the pace (Pace, the memory limit at Floor) and, where the
// kernel needs asking, asks for huge pages under the first HugeHeap
// bytes of the heap (adviseHugePages). It does nothing if the user set
// GOGC or GOMEMLIMIT (getenv returns an environment variable), whose
// choice stands, and reports whether it acted.
func Start(getenv func(string) string) bool {
	if getenv("GOGC") != "" || getenv("GOMEMLIMIT") != "" {
		return false
	}
	debug.SetGCPercent(Pace)
	debug.SetMemoryLimit(Floor)
	_, _, _ = adviseHugePages(getenv) // best effort: without it, a build is only slower
	watch()
	return true
}

// LimitFor is the memory limit after a collection that left live bytes
// of live heap: Floor, or twice the live heap when that is more (the
// default pace), so that the collector never chases a limit the live
// heap has outgrown.
func LimitFor(live uint64) int64 {
	return max(Floor, 2*int64(min(live, 1<<61)))
}

// watch sets the limit from the live heap after every collection: a
// cleanup runs once an object is collected, and each run arms the next.
func watch() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var arm func()
	arm = func() {
		runtime.AddCleanup(new([64]byte), func(struct{}) {
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 {
				debug.SetMemoryLimit(LimitFor(sample[0].Value.Uint64()))
			}
			arm()
		}, struct{}{})
	}
	arm()
}
