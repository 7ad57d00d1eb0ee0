package generator

import (
	"runtime"
	"sync"
)

// pipeline renders a build's documents on a bounded pool of workers and
// hands the results back in build order, so that the site is written
// exactly as a sequential build writes it, whatever the number of workers.
// At most a few documents per worker are rendered ahead of the one being
// written, which bounds the memory they hold.
type pipeline struct {
	results []chan result // one per job, buffered: a worker never waits
	window  chan struct{} // a token per job dispatched and not yet taken
	stopped chan struct{}
	stop    sync.Once
	wg      sync.WaitGroup
	next    int
}

type result struct {
	r   *rendered
	err error
}

// workerCount is the number of documents rendered at once: n when
// positive, else GOMAXPROCS.
func workerCount(n int) int {
	if n > 0 {
		return n
	}
	return runtime.GOMAXPROCS(0)
}

// startPipeline starts rendering jobs with render on workers goroutines.
func startPipeline(jobs int, workers int, render func(i int) (*rendered, error)) *pipeline {
	pl := &pipeline{
		results: make([]chan result, jobs),
		window:  make(chan struct{}, 2*workers),
		stopped: make(chan struct{}),
	}
	for i := range pl.results {
		pl.results[i] = make(chan result, 1)
	}
	todo := make(chan int)
	pl.wg.Add(1)
	go func() { // dispatch in build order, never far ahead of the writer
		defer pl.wg.Done()
		defer close(todo)
		for i := range jobs {
			select {
			case pl.window <- struct{}{}:
			case <-pl.stopped:
				return
			}
			select {
			case todo <- i:
			case <-pl.stopped:
				return
			}
		}
	}()
	for range min(workers, max(jobs, 1)) {
		pl.wg.Add(1)
		go func() {
			defer pl.wg.Done()
			for i := range todo {
				r, err := render(i)
				pl.results[i] <- result{r, err}
			}
		}()
	}
	return pl
}

// take returns the next job's result, in build order, waiting for it.
func (pl *pipeline) take() (*rendered, error) {
	res := <-pl.results[pl.next]
	pl.results[pl.next] = nil
	pl.next++
	<-pl.window
	return res.r, res.err
}

// close stops dispatching and waits for the documents being rendered.
func (pl *pipeline) close() {
	pl.stop.Do(func() { close(pl.stopped) })
	pl.wg.Wait()
}
