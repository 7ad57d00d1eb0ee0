package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

// stoppedError is why a command stopped early: the user interrupted it
// (Ctrl+C sends SIGINT) or the system asked it to end (SIGTERM).
type stoppedError struct{ sig os.Signal }

func (e *stoppedError) Error() string { return "stopped by " + signalName(e.sig) }

// exitCode is the shells' convention for a process ended by a signal,
// 128 + its number: 130 for SIGINT, 143 for SIGTERM.
func (e *stoppedError) exitCode() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitProblems
}

func signalName(s os.Signal) string {
	switch s {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return s.String()
}

// onStopSignals returns a context that the first SIGINT or SIGTERM ends,
// with a *stoppedError as its cause, and a function that stops listening.
// While it listens the signals do not kill the process: the command
// cleans up (the build folder) and then exits with stoppedError.exitCode.
func onStopSignals() (context.Context, func()) {
	ctx, cancel := context.WithCancelCause(context.Background())
	caught := make(chan os.Signal, 1)
	signal.Notify(caught, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-caught:
			cancel(&stoppedError{s})
		case <-done:
		}
	}()
	return ctx, func() {
		signal.Stop(caught)
		close(done)
		cancel(nil)
	}
}
