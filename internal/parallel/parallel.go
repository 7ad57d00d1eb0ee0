// Package parallel runs independent calls on every processor.
package parallel

import (
	"runtime"
	"sync"
)

// ForEach calls f(0) … f(n-1) on up to GOMAXPROCS goroutines and returns
// when every call has. Each call must write only to what its index owns.
func ForEach(n int, f func(i int)) {
	ForEachOn(runtime.GOMAXPROCS(0), n, f)
}

// ForEachOn is ForEach on up to workers goroutines: one runs the calls
// in order.
func ForEachOn(workers, n int, f func(i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next sync.Mutex
	i := 0
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				next.Lock()
				j := i
				i++
				next.Unlock()
				if j >= n {
					return
				}
				f(j)
			}
		})
	}
	wg.Wait()
}
