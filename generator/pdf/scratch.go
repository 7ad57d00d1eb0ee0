package pdf

import "sync"

// Item buffers lent and given back within one renderer. Collecting a
// paragraph's items and wrapping them each filled a new slice, a large
// share of all bytes a build allocated; a paragraph's items are dead once
// its lines are drawn, so the next paragraph can use the same memory.
//
// A buffer is taken off the spare list while in use: a block drawn while
// another's buffer is out (a figure inside a paragraph, a page break that
// lays out a header) finds the list empty or holding another buffer, never
// the one in use.
//
// A renderer starts from the buffers earlier renderers (the passes of
// this and other documents) left in sharedItems when their run ended, so
// a buffer grown for a long table once is not grown again from empty in
// every pass of every document (those growths were 7 % of the bytes a
// build allocated).

// maxSpareItems bounds the spare list: deeper nesting allocates.
const maxSpareItems = 4

// sharedItems holds *[]item buffers, empty and cleared, between renderers.
var sharedItems sync.Pool

// borrowItems returns an empty item buffer, reused when one is spare.
func (r *renderer) borrowItems() []item {
	n := len(r.spareItems)
	if n == 0 {
		if b, ok := sharedItems.Get().(*[]item); ok {
			return (*b)[:0]
		}
		return nil
	}
	b := r.spareItems[n-1]
	r.spareItems = r.spareItems[:n-1]
	return b[:0]
}

// returnItems gives b back for reuse. Nothing may use b, or a slice of it,
// afterwards.
func (r *renderer) returnItems(b []item) {
	if cap(b) == 0 || len(r.spareItems) >= maxSpareItems {
		return
	}
	r.spareItems = append(r.spareItems, b[:0])
}

// shareItems hands r's spare buffers to the renderers that come after it,
// cleared: a pooled buffer must not keep this document's strings alive.
func (r *renderer) shareItems() {
	for i, b := range r.spareItems {
		clear(b[:cap(b)])
		b = b[:0]
		sharedItems.Put(&b)
		r.spareItems[i] = nil
	}
	r.spareItems = r.spareItems[:0]
}
