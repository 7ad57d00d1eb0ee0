package generator

import (
	"runtime"
	"sync"

	"github.com/jspgen/jspgen/generator/content"
	"github.com/jspgen/jspgen/generator/kind"
)

// pipeline prepares the products one at a time, in build order, and
// renders their documents on a bounded pool of workers; it hands both back
// in build order, so that the site is written exactly as a sequential
// build writes it, whatever the number of workers. At most a few
// documents per worker are rendered ahead of the one being written, and
// products are prepared only as their documents are needed, which bounds
// the memory both hold: a build never holds every product's prepared
// state at once.
//
// Once a product's preparation reports an error, no more documents are
// rendered, but every remaining product is still prepared, for its
// diagnostics: a failing build reports every problem at once.
type pipeline struct {
	products chan *productWork // in build order
	todo     chan renderJob
	window   chan struct{} // a token per document dispatched and not yet taken
	stopped  chan struct{}
	stop     sync.Once
	wg       sync.WaitGroup
}

// productWork is one product as the pipeline hands it to the writer.
type productWork struct {
	prepared []kind.Prepared // prepared[k] is what kind k contributes
	parts    [][]byte        // parts[k]: kind k's part of the site files (kind.PortfolioParts)
	key      []byte          // the product's build-cache key (cache.productKey); nil without a cache
	diags    content.Diagnostics
	jobs     []docJob          // its documents, in build order; nil when none are rendered
	results  []chan result     // one per job, buffered: a worker never waits
	inputs   map[string][]byte // rendered.Inputs of its documents by cache key, as written (productRecord.Inputs)
}

type renderJob struct {
	job docJob
	out chan result
}

type result struct {
	r    *rendered
	data []byte // a file job's bytes
	err  error
}

// workerCount is the number of documents rendered at once: n when
// positive, else GOMAXPROCS.
func workerCount(n int) int {
	if n > 0 {
		return n
	}
	return runtime.GOMAXPROCS(0)
}

// startPipeline prepares products 0..n-1 with prepare and renders their
// jobs with render on workers goroutines. failed says a problem found
// before (loading) already stops rendering.
func startPipeline(n, workers int, failed bool, prepare func(i int) *productWork, render func(docJob) result) *pipeline {
	pl := &pipeline{
		products: make(chan *productWork, 1),
		todo:     make(chan renderJob),
		window:   make(chan struct{}, 2*workers),
		stopped:  make(chan struct{}),
	}
	pl.wg.Add(1)
	go func() { // prepare and dispatch in build order, never far ahead of the writer
		defer pl.wg.Done()
		defer close(pl.todo)
		defer close(pl.products)
		for i := range n {
			w := prepare(i)
			failed = failed || w.diags.Err() != nil
			if failed {
				w.jobs = nil // render nothing more; prepare the rest for their diagnostics
			}
			w.results = make([]chan result, len(w.jobs))
			for j := range w.results {
				w.results[j] = make(chan result, 1)
			}
			select {
			case pl.products <- w:
			case <-pl.stopped:
				return
			}
			for j, job := range w.jobs {
				select {
				case pl.window <- struct{}{}:
				case <-pl.stopped:
					return
				}
				select {
				case pl.todo <- renderJob{job, w.results[j]}:
				case <-pl.stopped:
					return
				}
			}
		}
	}()
	for range workers {
		pl.wg.Add(1)
		go func() {
			defer pl.wg.Done()
			for rj := range pl.todo {
				rj.out <- render(rj.job)
			}
		}()
	}
	return pl
}

// next returns the next product, in build order, waiting for it; nil
// after the last or once the pipeline is closed.
func (pl *pipeline) next() *productWork {
	select {
	case w := <-pl.products:
		return w
	case <-pl.stopped:
		return nil
	}
}

// take returns the result of w's job j, waiting for it; j counts up
// from 0 for each product.
func (pl *pipeline) take(w *productWork, j int) result {
	res := <-w.results[j]
	w.results[j] = nil
	<-pl.window
	return res
}

// close stops preparing and dispatching and waits for the documents
// being rendered.
func (pl *pipeline) close() {
	pl.stop.Do(func() { close(pl.stopped) })
	pl.wg.Wait()
}
