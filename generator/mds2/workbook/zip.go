package workbook

import (
	"archive/zip"
	"io"
	"sync"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

// newZipWriter is the zip writer excelize saves a workbook through. It is
// archive/zip's, with deflate done by klauspost/compress at its default
// level, from a pool: the standard deflater was a fifth of the time a
// workbook took, and a portfolio writes one per product version. The
// archive is still plain deflate that every xlsx reader opens; only the
// compressed bytes differ, and they depend on the input alone.
func newZipWriter(w io.Writer) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, newDeflater)
	return zw
}

var deflaters sync.Pool

func newDeflater(w io.Writer) (io.WriteCloser, error) {
	if fw, ok := deflaters.Get().(*flate.Writer); ok {
		fw.Reset(w)
		return pooledDeflater{fw}, nil
	}
	fw, err := flate.NewWriter(w, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	return pooledDeflater{fw}, nil
}

// pooledDeflater gives its writer back to the pool once closed.
type pooledDeflater struct{ *flate.Writer }

func (d pooledDeflater) Close() error {
	err := d.Writer.Close()
	deflaters.Put(d.Writer)
	return err
}
