package pdf

// Item buffers lent and given back within one renderer. Collecting a
// paragraph's items and wrapping them each filled a new slice, a large
// share of all bytes a build allocated; a paragraph's items are dead once
// its lines are drawn, so the next paragraph can use the same memory.
//
// A buffer is taken off the spare list while in use: a block drawn while
// another's buffer is out (a figure inside a paragraph, a page break that
// lays out a header) finds the list empty or holding another buffer, never
// the one in use.

// maxSpareItems bounds the spare list: deeper nesting allocates.
const maxSpareItems = 4

// borrowItems returns an empty item buffer, reused when one is spare.
func (r *renderer) borrowItems() []item {
	n := len(r.spareItems)
	if n == 0 {
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
