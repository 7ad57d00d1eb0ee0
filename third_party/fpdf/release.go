// Copyright ©2026 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"errors"
	"sync"
)

// A program that writes many documents allocates every document's page
// contents and its whole output anew, each grown by doubling from empty.
// Release hands those buffers back so that later documents start from
// their capacity; documents never released allocate as before.
var (
	pageBuffers     sync.Pool // *[]byte: page contents
	documentBuffers sync.Pool // *[]byte: the PDF being written
)

// errReleased is the error of a document used after Release.
var errReleased = errors.New("fpdf: document used after Release")

// newPageBuffer is an empty page-content buffer, from the pool if it
// holds one.
func newPageBuffer() *bytes.Buffer {
	if p, ok := pageBuffers.Get().(*[]byte); ok {
		return bytes.NewBuffer((*p)[:0])
	}
	return new(bytes.Buffer)
}

// pooledDocumentBuffer is an empty output buffer from the pool, or nil.
func pooledDocumentBuffer() []byte {
	if p, ok := documentBuffers.Get().(*[]byte); ok {
		return (*p)[:0]
	}
	return nil
}

// Release returns the buffers of a document already written by Output
// (or never to be written) to pools that later documents of the program
// draw from. Output copied the document into its writer, so what it wrote
// stays valid. The document must not be used afterwards: its methods then
// fail with an error.
func (f *Fpdf) Release() {
	for n, p := range f.pages {
		if n > 0 && p != nil {
			b := p.Bytes()[:0]
			pageBuffers.Put(&b)
			f.pages[n] = nil
		}
	}
	if b := f.buffer.Bytes()[:0]; cap(b) > 0 {
		documentBuffers.Put(&b)
	}
	f.buffer = fmtBuffer{}
	f.err = errReleased
	f.state = 3
}
