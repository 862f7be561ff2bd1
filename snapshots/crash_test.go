package snapshots

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The crash test runs this test binary again as a child that saves versions
// in a loop, printing "saved ID SHA" (the sha256 of the text) after each
// commit, and kills it with SIGKILL at random moments. After every kill the
// store must open, pass Verify, and hold every version the child reported,
// byte for byte.

const (
	crashDSNEnv  = "FACTDIFF_SNAPSHOTS_CRASH_DSN"
	crashSeedEnv = "FACTDIFF_SNAPSHOTS_CRASH_SEED"
)

// TestCrashChild is the child's body; it does nothing in a normal run.
func TestCrashChild(t *testing.T) {
	dsn := os.Getenv(crashDSNEnv)
	if dsn == "" {
		return
	}
	seed, _ := strconv.ParseUint(os.Getenv(crashSeedEnv), 10, 64)
	if err := crashChild(dsn, seed); err != nil {
		fmt.Fprintln(os.Stderr, "crash child:", err)
		os.Exit(3)
	}
	os.Exit(0)
}

// crashChild saves revisions of watch "a" (never pruned) and of watch "b"
// (pruned to its last 3 versions after every save, with a new article now
// and then so that pruning deletes keyframes and re-encodes their
// dependents), logs checks and claims runs, until it is killed or 20 s pass.
func crashChild(dsn string, seed uint64) error {
	ctx := context.Background()
	s, err := Open(ctx, dsn)
	if err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(seed, 11))
	textA := article(r, 6000)
	if v, err := s.Latest(ctx, "a"); err == nil {
		textA = v.Text // go on from where the last child was killed
	} else if !errors.Is(err, ErrNotFound) {
		return err
	}
	textB := article(r, 3000)
	out := bufio.NewWriter(os.Stdout)
	deadline := time.Now().Add(20 * time.Second)
	for i := 0; time.Now().Before(deadline); i++ {
		textA = revise(r, textA)
		v, created, err := s.Save(ctx, Version{Watch: "a", Text: textA, Figures: figuresOf(textA, 10), ETag: strconv.Itoa(i)})
		if err != nil {
			return err
		}
		if created {
			// Reported only once committed, and flushed at once.
			fmt.Fprintf(out, "saved %d %s\n", v.ID, sha(textA))
			if err := out.Flush(); err != nil {
				return err
			}
		}
		switch i % 3 {
		case 0:
			if i%15 == 0 {
				textB = article(r, 3000)
			} else {
				textB = revise(r, textB)
			}
			if _, _, err := s.Save(ctx, Version{Watch: "b", Text: textB, Figures: figuresOf(textB, 4)}); err != nil {
				return err
			}
			if _, err := s.Prune(ctx, "b", Retention{Keep: 3}); err != nil {
				return err
			}
		case 1:
			if err := s.RecordCheck(ctx, Check{Watch: "a", Outcome: "changed", VersionID: v.ID}); err != nil {
				return err
			}
		case 2:
			due := time.Unix(int64(seed)*1000+int64(i), 0)
			if _, err := s.Claim(ctx, "a", due, fmt.Sprint("child-", seed), time.Minute); err != nil {
				return err
			}
		}
	}
	return s.Close()
}

func TestCrashSafety(t *testing.T) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) { testCrash(t, b.fresh) })
	}
}

func testCrash(t *testing.T, fresh func(testing.TB) string) {
	rounds := 50
	if testing.Short() {
		rounds = 10
	}
	dsn := fresh(t)
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 3))
	reported := map[int64]string{} // version id -> sha256 of its text
	start := time.Now()
	for round := 0; round < rounds; round++ {
		// Kill anywhere from during Open to well into the save loop.
		delay := time.Duration(5+rng.IntN(250)) * time.Millisecond
		saved, err := runCrashChild(dsn, rng.Uint64(), delay)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		s, err := Open(context.Background(), dsn)
		if err != nil {
			t.Fatalf("round %d: Open after kill: %v", round, err)
		}
		if err := s.Verify(context.Background()); err != nil {
			t.Fatalf("round %d: Verify after kill: %v", round, err)
		}
		for id, want := range saved {
			v, err := s.Version(context.Background(), id)
			if err != nil {
				t.Fatalf("round %d: version %d reported saved: %v", round, id, err)
			}
			if got := sha(v.Text); got != want {
				t.Fatalf("round %d: version %d text sha %s; reported %s", round, id, got, want)
			}
			reported[id] = want
		}
		s.Close()
	}
	// At the end, every version reported in any round, once more.
	s := openStore(t, dsn)
	for id, want := range reported {
		v, err := s.Version(context.Background(), id)
		if err != nil || sha(v.Text) != want {
			t.Fatalf("version %d reported saved: %v (sha %s, want %s)", id, err, sha(v.Text), want)
		}
	}
	hist, err := s.History(context.Background(), "a")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d rounds in %v: %d versions reported saved, %d stored", rounds, time.Since(start).Round(time.Millisecond), len(reported), len(hist))
	if len(reported) < rounds {
		t.Errorf("only %d versions reported in %d rounds; the child hardly ran", len(reported), rounds)
	}
}

// runCrashChild starts the child on dsn, SIGKILLs it after delay, and
// returns the versions it reported saved (complete lines only).
func runCrashChild(dsn string, seed uint64, delay time.Duration) (map[int64]string, error) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashDSNEnv+"="+dsn, crashSeedEnv+"="+strconv.FormatUint(seed, 10))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	type result struct {
		saved map[int64]string
		err   error
	}
	done := make(chan result, 1)
	go func() {
		saved := map[int64]string{}
		br := bufio.NewReader(stdout)
		for {
			line, err := br.ReadString('\n')
			if err != nil {
				// A partial last line was not fully reported: ignore it.
				if errors.Is(err, io.EOF) {
					err = nil
				}
				done <- result{saved, err}
				return
			}
			var id int64
			var h string
			if n, _ := fmt.Sscanf(line, "saved %d %s\n", &id, &h); n == 2 && len(h) == 64 {
				saved[id] = h
			}
		}
	}()
	time.Sleep(delay)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil && !errors.Is(err, os.ErrProcessDone) {
		return nil, err
	}
	res := <-done
	werr := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(werr, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		return nil, fmt.Errorf("child did not die by SIGKILL (%v): %s", werr, strings.TrimSpace(stderr.String()))
	}
	return res.saved, res.err
}
