package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/jspgen/jspgen/generator"
	"github.com/jspgen/jspgen/generator/site"
)

// pollInterval is how often serve looks for changed inputs.
const pollInterval = 400 * time.Millisecond

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "Builds the site into a temporary folder and serves it on a loopback address for a local\n"+
		"preview, rebuilding whenever a file of the content folder, the templates folder or the\n"+
		"site file changes. A failed rebuild prints its errors and keeps serving the last good site.\n"+
		"Stop with Ctrl+C.", stderr)
	opts := inputFlags(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; loopback only (127.0.0.1, ::1, localhost)")
	if code, ok := parseFlags(fs, args, stdout); !ok {
		return code
	}
	if err := loopbackOnly(*addr); err != nil {
		fmt.Fprintln(stderr, "jspgen serve: --addr:", err)
		return exitUsage
	}
	if !setSourceDate(opts, "serve", stderr) {
		return exitUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, *opts, *addr, stdout, stderr, nil)
}

// loopbackOnly refuses an address a preview must not listen on.
func loopbackOnly(addr string) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("want host:port; got %q", addr)
	}
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("want a loopback address such as 127.0.0.1:8080 (the preview is not for the network); got %q", addr)
	}
	return nil
}

// serve builds, serves and rebuilds until ctx ends. ready, when set, gets
// the preview's URL once it listens (tests use it).
func serve(ctx context.Context, opts generator.Options, addr string, stdout, stderr io.Writer, ready func(url string)) int {
	tmp, err := os.MkdirTemp("", "jspgen-serve-")
	if err != nil {
		fmt.Fprintln(stderr, "jspgen serve:", err)
		return exitProblems
	}
	defer os.RemoveAll(tmp)
	opts.OutDir = filepath.Join(tmp, "site")
	// a temporary folder inside an input (TMPDIR pointing there) is refused too
	if err := site.CheckOutput(opts.OutDir, outputInputs(opts)...); err != nil {
		fmt.Fprintln(stderr, "jspgen serve:", err)
		return exitProblems
	}
	if err := os.MkdirAll(opts.OutDir, 0o755); err != nil {
		fmt.Fprintln(stderr, "jspgen serve:", err)
		return exitProblems
	}

	// The build cache lives in the temporary folder too: each rebuild
	// renders again only the documents whose inputs changed.
	opts.CacheDir = generator.DefaultCacheDir(opts.OutDir)

	rebuild := func() {
		res, err := generator.BuildContext(ctx, opts)
		if err != nil && ctx.Err() != nil {
			return // stopped: the build folder is gone, the loop below ends
		}
		if res != nil {
			res.Warnings = append(res.Warnings, futureAsOf(res, opts.SourceDate != nil, clock())...)
			res.Warnings = append(res.Warnings, staleSecurityTxt(res, opts.SiteFile, opts.SourceDate != nil, clock())...)
			printDiagnostics(stderr, res.Warnings)
		}
		if err != nil {
			reportError(stderr, "serve", err)
			fmt.Fprintln(stderr, "jspgen serve: rebuild failed; serving the last good site")
			return
		}
		fmt.Fprintf(stdout, "%s built: %d documents (%d from the build cache), %d files, %d warnings in %d ms\n", time.Now().Format("15:04:05"),
			total(res.Documents), res.Reused, len(res.Files), len(res.Warnings), res.Elapsed.Milliseconds())
	}
	watched := []string{opts.SiteFile, opts.ContentDir, opts.TemplatesDir}
	last := snapshot(watched)
	rebuild()
	if ctx.Err() != nil {
		fmt.Fprintln(stdout, "stopped")
		return exitOK
	}

	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintln(stderr, "jspgen serve:", err)
		return exitProblems
	}
	srv := &http.Server{Handler: noCache(http.FileServer(http.Dir(opts.OutDir))), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	url := "http://" + ln.Addr().String() + "/"
	fmt.Fprintf(stdout, "Serving %s at %s (Ctrl+C to stop)\n", opts.ContentDir, url)
	if ready != nil {
		ready(url)
	}

	tick := time.NewTicker(pollInterval)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			shut, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			_ = srv.Shutdown(shut)
			fmt.Fprintln(stdout, "stopped")
			return exitOK
		case err := <-done:
			if err != nil && !errors.Is(err, http.ErrServerClosed) {
				fmt.Fprintln(stderr, "jspgen serve:", err)
				return exitProblems
			}
			return exitOK
		case <-tick.C:
			if now := snapshot(watched); now != last {
				last = now
				fmt.Fprintln(stdout, "change detected, rebuilding")
				rebuild()
			}
		}
	}
}

func total(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

// noCache makes the browser fetch every page again after a rebuild.
func noCache(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-store")
		h.ServeHTTP(w, r)
	})
}

// snapshot fingerprints the watched files and folders: every file's path,
// size and modification time. Missing paths count as empty.
func snapshot(paths []string) string {
	var lines []string
	for _, root := range paths {
		if root == "" {
			continue
		}
		_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				if p != root && strings.HasPrefix(d.Name(), ".") {
					return filepath.SkipDir
				}
				return nil
			}
			info, err := d.Info()
			if err != nil {
				return nil
			}
			lines = append(lines, fmt.Sprintf("%s\x00%d\x00%d", p, info.Size(), info.ModTime().UnixNano()))
			return nil
		})
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}
