package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	cdppage "github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's chromium, which .ci/run installs.
const chromiumPath = "/usr/bin/chromium"

// TestBrowser drives a real headless chromium through the pages of a store
// holding three versions of an article: the changed figure must be
// highlighted, the timeline must show three points, and the hostile
// article must run nothing. It skips without chromium, except in CI.
func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("chromium is required in CI: %v", err)
		}
		t.Skipf("no chromium (%v); apt-get install -y chromium", err)
	}
	st := testStore(t)
	srv := httptest.NewServer(New(st, Options{}))
	defer srv.Close()
	flood := versionIDs(t, st, "marlow-floods")
	hostile := versionIDs(t, st, "hostile-page")
	dir := t.TempDir()

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(chromiumPath),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.UserDataDir(filepath.Join(dir, "profile")),
		chromedp.WindowSize(1280, 1000),
	)
	defer cancelAlloc()
	ctx, cancelTab := chromedp.NewContext(ctx, chromedp.WithLogf(t.Logf))
	defer cancelTab()
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		t.Fatalf("start chromium: %v", err)
	}

	// Any dialog means article text ran as script: note it and close it,
	// since it would block the page.
	var dialogs atomic.Int32
	opened := chromedp.Events(ctx, cdppage.JavascriptDialogOpening)
	go func() {
		for _, err := range opened {
			if err != nil {
				return
			}
			dialogs.Add(1)
			_, _ = chromedp.Call(ctx, cdppage.HandleJavaScriptDialog, cdppage.HandleJavaScriptDialogParams{Accept: false})
		}
	}()

	visit := func(t *testing.T, url, ready string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady(chromedp.CSS(ready))); err != nil {
			t.Fatalf("load %s: %v", url, err)
		}
	}
	eval := func(t *testing.T, expr string, out any) {
		t.Helper()
		js, err := chromedp.Run(ctx, chromedp.Evaluate[json.RawMessage](expr))
		if err != nil {
			t.Fatalf("evaluate %s: %v", expr, err)
		}
		if err := json.Unmarshal(js, out); err != nil {
			t.Fatalf("evaluate %s = %s: %v", expr, js, err)
		}
	}
	screenshot := func(t *testing.T, name string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		saveScreenshot(t, dir, name, png)
	}

	t.Run("changed figure highlighted", func(t *testing.T) {
		visit(t, fmt.Sprintf("%s/watch/marlow-floods/version/%d", srv.URL, flood[2]), "div.textdiff")
		var marked []string
		eval(t, `[...document.querySelectorAll("div.textdiff ins mark.fig-changed")].map(m => m.textContent)`, &marked)
		if !slices.Contains(marked, "23") || !slices.Contains(marked, "4,500") {
			t.Errorf("highlighted inserted figures %q; want 23 and 4,500 among them", marked)
		}
		var background string
		eval(t, `getComputedStyle(document.querySelector("div.textdiff ins mark.fig-changed")).backgroundColor`, &background)
		if background == "" || background == "rgba(0, 0, 0, 0)" || background == "transparent" {
			t.Errorf("highlighted figure background %q; want a colour", background)
		}
		var cells []string
		eval(t, `[...document.querySelectorAll("table.facts td.sentence.new mark")].map(m => m.textContent)`, &cells)
		if !slices.Contains(cells, "at least 23") {
			t.Errorf("figures marked in the new sentences %q; want at least 23 among them", cells)
		}
		screenshot(t, "version.png")
	})

	t.Run("timeline has three points", func(t *testing.T) {
		visit(t, srv.URL+"/watch/marlow-floods/timeline?key=killed+people", "svg.timeline")
		var values []string
		eval(t, `[...document.querySelectorAll("svg.timeline circle.pt")].map(c => c.getAttribute("data-value"))`, &values)
		if got, want := strings.Join(values, " "), "14 17 23"; got != want {
			t.Errorf("timeline points %q; want %q", got, want)
		}
		var width float64
		eval(t, `document.querySelector("svg.timeline").getBoundingClientRect().width`, &width)
		if width < 300 {
			t.Errorf("timeline drawn %v px wide; want it laid out", width)
		}
		screenshot(t, "timeline.png")
	})

	t.Run("hostile article is text", func(t *testing.T) {
		visit(t, fmt.Sprintf("%s/watch/hostile-page/version/%d", srv.URL, hostile[1]), "div.textdiff")
		var elements int
		eval(t, `document.querySelectorAll("script, img, iframe, [onerror]").length`, &elements)
		if elements != 0 {
			t.Errorf("the page holds %d script, img, iframe or onerror elements; want none", elements)
		}
		var text string
		eval(t, `document.querySelector("div.textdiff").textContent`, &text)
		for _, want := range []string{"<script>alert(1)</script>", `"><img src=x onerror=alert(1)>`} {
			if !strings.Contains(text, want) {
				t.Errorf("the text diff does not show %q as text: %q", want, text)
			}
		}
		if n := dialogs.Load(); n != 0 {
			t.Errorf("%d dialogs opened: article text ran as script", n)
		}
		screenshot(t, "hostile.png")
	})
}

// saveScreenshot writes png under dir (the test's temp dir), and also
// under $FACTDIFF_SCREENSHOT_DIR when set, to keep it for a look.
func saveScreenshot(t *testing.T, dir, name string, png []byte) {
	t.Helper()
	if len(png) == 0 {
		t.Errorf("screenshot %s is empty", name)
		return
	}
	dirs := []string{dir}
	if keep := os.Getenv("FACTDIFF_SCREENSHOT_DIR"); keep != "" {
		dirs = append(dirs, keep)
	}
	for _, d := range dirs {
		p := filepath.Join(d, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatalf("save screenshot: %v", err)
		}
		t.Logf("screenshot: %s (%d bytes)", p, len(png))
	}
}
