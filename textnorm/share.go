package textnorm

import (
	"iter"
	"strings"
)

// This file finds the share buttons a scraper glues to an article's end
// ("…street camerasShareFacebookXEmailCopy link© 2025 Dunmere Post.") and
// the links to other stories glued before them ("Police chief to step down
// after 6 yearsCouncil to fund 40 new street cameras"): both are page
// furniture whose figures change from one scrape to the next.

// sharePlatforms are the buttons of a share bar, as pages label them.
var sharePlatforms = []string{"Facebook", "Twitter", "Tweet", "X", "Email", "E-mail", "WhatsApp", "Reddit",
	"LinkedIn", "Pinterest", "Messenger", "Telegram", "Print", "Copy link", "Copy Link", "LINE", "Weibo", "WeChat",
	"Threads", "Bluesky"}

// shareLeads are what may stand between "Share" and its first button.
var shareLeads = []string{" this article", " this story", " this page", " page", " via", " on", ":", ""}

// platformAt returns the length of the share button label starting s, or 0.
// A label is followed by another label, a capital, a space, a
// punctuation mark or the end: "XEmail" is two buttons, "Xavier" none.
func platformAt(s string) int {
	for _, l := range sharePlatforms {
		if !strings.HasPrefix(s, l) {
			continue
		}
		if len(s) == len(l) || !isLower(s[len(l)]) {
			return len(l)
		}
	}
	return 0
}

// shareChain returns where a glued share bar starts in s ("ShareFacebookX",
// "Share via FacebookShare via X", "ShareTweetEmail", "FacebookXWhatsApp"),
// or -1. A bar is "Share" followed by a button, or two buttons glued
// together; a lone "Facebook" in prose is none. Only the places that hold
// "Share" or a network's name are looked at, so prose costs a few scans.
func shareChain(s string) int {
	best := -1
	for _, w := range []string{"Share", "SHARE"} {
		for i := range occurrences(s, w) {
			if i > 0 && isUpper(s[i-1]) || !shareLeadAt(s, i+len(w)) {
				continue
			}
			if best < 0 || i < best {
				best = i
			}
			break
		}
	}
	for _, w := range []string{"Facebook", "Twitter", "Tweet", "WhatsApp", "LinkedIn", "Reddit", "Pinterest", "LINE", "Weibo", "WeChat"} {
		for i := range occurrences(s, w) {
			if best >= 0 && i >= best {
				break
			}
			if i == 0 || isWS(s[i-1]) || platformAt(s[i:]) == 0 {
				continue
			}
			// "…picturesFacebookXWhatsApp": two buttons glued; the bar
			// starts at the first of them.
			if platformAt(s[i+platformAt(s[i:]):]) > 0 || platformBefore(s[:i]) > 0 {
				for p := platformBefore(s[:i]); p > 0; p = platformBefore(s[:i]) {
					i -= p
				}
				best = i
				break
			}
		}
	}
	return best
}

// occurrences yields the offsets of w in s, in order, each after the end of
// the one before.
func occurrences(s, w string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for off := 0; ; {
			k := strings.Index(s[off:], w)
			if k < 0 || !yield(off+k) {
				return
			}
			off += k + len(w)
		}
	}
}

// shareLeadAt reports whether a share button follows "Share" ending at k:
// at once ("ShareFacebook"), after a colon, or after " via", " on", " page"
// or " this article".
func shareLeadAt(s string, k int) bool {
	for _, l := range shareLeads {
		if !strings.HasPrefix(s[k:], l) {
			continue
		}
		j := k + len(l)
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if platformAt(s[j:]) > 0 && (j > k || l == "" || l == ":") {
			return true
		}
	}
	return false
}

// platformBefore returns the length of the share button label ending s, or
// 0.
func platformBefore(s string) int {
	for _, l := range sharePlatforms {
		if strings.HasSuffix(s, l) {
			return len(l)
		}
	}
	return 0
}

// teaserRun reports whether s, the text between the end of an article's
// last sentence and a share bar, is a run of links to other stories: no
// sentence ends in it, and at least two headlines are glued together (a
// lower-case letter or a digit followed at once by a capital) or a teaser
// label opens it ("More on this story:", "More golf").
func teaserRun(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if strings.ContainsAny(s, ".!?") {
		return false
	}
	if hasPrefixFold(s, "more ") || hasPrefixFold(s, "related") || hasPrefixFold(s, "read more") {
		return true
	}
	for k := 1; k < len(s); k++ {
		if isUpper(s[k]) && (isLower(s[k-1]) || isDigit(s[k-1])) {
			return true
		}
	}
	return false
}

// readerCounter returns where a live counter of readers ending s starts
// ("1,408 people are reading this", "6,310 readers now", glued to what
// precedes it or not), a counter glued to the word before it ("sign
// up3,562 comments") or before a copyright line ("342 comments© 2025"), or
// -1.
func readerCounter(s string) int {
	if k := strings.Index(s, "\u00a9"); k > 0 {
		// "342 comments© 2025 Potomac Ledger.": a counter before the
		// copyright line.
		head := strings.TrimRight(s[:k], " ")
		if c := trailingCounter(" " + head); c > 0 {
			return c - 1
		}
		if c := readerCounter(head); c >= 0 {
			return c // "612 people are reading this© 2024 Cordillera News"
		}
	}
	if c := trailingCounter(s); c > 0 && isLetter(s[c-1]) {
		// "…news alerts - sign up3,562 comments": a counter glued to
		// the page's prompt; "drew 4,000 comments" stands apart.
		return c
	}
	if hasSuffixFold(s, "readers") && len(s) > len("readers") && isWS(s[len(s)-len("readers")-1]) {
		// "Sign up for breaking news alerts 2,417 readers": a counter
		// after a page's prompt, on one line or wrapped.
		e := len(s) - len(" readers")
		if d := numberStart(s, e, 0); d < e && isDigit(s[d]) && promptBefore(s[:d]) {
			return d
		}
	}
	e := -1
	for _, suf := range readerSuffixes {
		if hasSuffixFold(s, suf) {
			e = len(s) - len(suf)
			break
		}
	}
	if e < 0 {
		return -1
	}
	d := numberStart(s, e, 0)
	if d == e || !isDigit(s[d]) {
		return -1
	}
	return d
}

// readerSuffixes end a live count of a page's readers, after its number.
var readerSuffixes = []string{" people are reading this", " people reading this", " people reading now", " readers reading now",
	" people online now", " readers online now", " people watching now", " readers now", " reading now",
	" readers are following this page", " people are following this page", " readers are following this",
	" people are following this", " people are viewing this", " people are viewing this page", " watching now",
	" people like this", " readers like this", " people shared this", " people have shared this", " readers shared this"}

// numberStart returns where the number ending at s[e] starts ("1,204",
// "2.5"), looking back past floor no further than twelve bytes; e when no
// digit ends there. The caller checks that it starts with a digit.
func numberStart(s string, e, floor int) int {
	d := e
	for d > floor && e-d <= 12 && (isDigit(s[d-1]) || (s[d-1] == ',' || s[d-1] == '.') && d-1 > floor && isDigit(s[d-2])) {
		d--
	}
	return d
}

// promptBefore reports whether s asks the reader to sign up or subscribe:
// what a page puts before its counters.
func promptBefore(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "sign up") || strings.Contains(l, "subscribe") || strings.Contains(l, "newsletter") ||
		strings.Contains(l, "alerts")
}

// shareChainEnd returns where the share bar starting s[i:] ends: past its
// "Share" labels and buttons, and past a copyright line right after them.
func shareChainEnd(s string, i int) int {
	for {
		if strings.HasPrefix(s[i:], "Share") || strings.HasPrefix(s[i:], "SHARE") {
			i += len("Share")
			for _, l := range shareLeads {
				if l != "" && strings.HasPrefix(s[i:], l) {
					i += len(l)
					break
				}
			}
			i = skipSpaces(s, i)
			continue
		}
		if n := platformAt(s[i:]); n > 0 {
			i += n
			// "Email this story", "Email to a friend": what the
			// button sends.
			for _, o := range [...]string{" this story", " this article", " this page", " to a friend"} {
				if strings.HasPrefix(s[i:], o) {
					i += len(o)
					break
				}
			}
			i = skipSpaces(s, i)
			// "Share on Facebook (57)": the platform's count.
			if n := countInBrackets(s[i:]); n > 0 {
				i = skipSpaces(s, i+n)
			} else if n := bareCount(s[i:]); n > 0 {
				// "Share on Facebook 233Share on X 71": the count
				// without brackets.
				i = skipSpaces(s, i+n)
			}
			// "Facebook (95) · X (31) · Email |": the marks that part
			// the buttons, and the one that ends the bar.
			if n := barMark(s[i:]); n > 0 {
				if j := skipSpaces(s, i+n); platformAt(s[j:]) > 0 || j == len(s) {
					i = j
				}
			}
			continue
		}
		break
	}
	if r := s[i:]; strings.HasPrefix(r, "\u00a9") || hasPrefixFold(r, "copyright") || hasPrefixFold(r, "(c)") {
		// "© 2025 Dunmere Evening Post. All rights reserved.": the line ends
		// with the page.
		if k := strings.IndexByte(r, '\n'); k >= 0 {
			return i + k
		}
		return len(s)
	}
	return i
}

// countInBrackets returns the length of a count in brackets opening s,
// "(57)" or "(1.2K)", or 0.
func countInBrackets(s string) int {
	if len(s) < 3 || s[0] != '(' || !isDigit(s[1]) {
		return 0
	}
	k := strings.IndexByte(s, ')')
	if k < 0 || k > 12 || !counterNumber(s[1:k]) {
		return 0
	}
	return k + 1
}

// skipSpaces returns the index of the first byte at or after i in s that
// is not a space.
func skipSpaces(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// barMark returns the length of the mark opening s that parts a bar's
// buttons, a middle dot, a bullet or a bar, or 0.
func barMark(s string) int {
	for _, m := range [...]string{"\u00b7", "\u2022", "|"} {
		if strings.HasPrefix(s, m) {
			return len(m)
		}
	}
	return 0
}

// bareCount returns the length of a count opening s, "233", "1,204",
// "3.1K", that a capital, a bracket, a space or the end follows, or 0.
func bareCount(s string) int {
	k := 0
	for k < len(s) && (isDigit(s[k]) || k > 0 && (s[k] == ',' || s[k] == '.') && k+1 < len(s) && isDigit(s[k+1])) {
		k++
	}
	if k == 0 {
		return 0
	}
	if k < len(s) && (s[k] == 'K' || s[k] == 'k' || s[k] == 'M') {
		k++
	}
	if k < len(s) && !isUpper(s[k]) && !isWS(s[k]) && s[k] != '(' && s[k] != '|' {
		return 0
	}
	return k
}
