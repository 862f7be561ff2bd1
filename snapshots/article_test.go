package snapshots

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/factdiff/factdiff/facts"
)

// A generator of article-like text and of small successive revisions of it,
// for tests and benchmarks. The vocabulary and the sentence shapes are made
// up here; place and person names are random syllables. The mix is tuned so
// that zlib compresses an article about as well as real news prose (about
// 2.5x at level 9), or the stored-bytes figures would flatter the store.

var (
	subjects = []string{"officials", "the mayor's office", "rescue teams", "local residents", "the water authority",
		"engineers", "the provincial council", "volunteers", "police", "the health ministry"}
	verbs   = []string{"said", "reported", "confirmed", "estimated", "warned", "announced", "told reporters"}
	objects = []string{"homes", "families", "workers", "vehicles", "boats", "schools", "shops", "farms"}
	units   = []string{"kilometres", "tonnes", "hectares", "metres", "litres"}
	adverbs = []string{"late on Tuesday", "early this morning", "over the weekend", "in a statement",
		"at a briefing", "on Friday evening"}
	vocabulary = strings.Fields(`the a of to and in on for with at by from after before over under about
		against between during without within said says told added warned reported confirmed denied
		announced expected claimed insisted argued noted police officials residents workers engineers
		doctors teachers farmers drivers soldiers villagers managers inspectors council ministry agency
		court company hospital school bridge road river market station harbour factory district water
		power fuel grain cattle timber steel cement copper cotton wheat coffee rice salt new old large
		small early late northern southern eastern western local regional national central rural urban
		week month year morning evening night weekend season quarter decade rose fell reached closed
		opened rebuilt repaired damaged flooded burned collapsed delayed cancelled approved rejected
		because while although since unless until whether however meanwhile instead storm flood fire
		strike protest election budget inquiry report survey contract shipment crossing border`)
)

func pick(r *rand.Rand, words []string) string { return words[r.IntN(len(words))] }

// name returns a made-up proper name of two or three syllables.
func name(r *rand.Rand) string {
	const cons, vows = "bcdfghklmnprstvz", "aeiou"
	var b []byte
	for n := 2 + r.IntN(2); n > 0; n-- {
		b = append(b, cons[r.IntN(len(cons))], vows[r.IntN(len(vows))])
		if r.IntN(3) == 0 {
			b = append(b, cons[r.IntN(len(cons))])
		}
	}
	b[0] -= 'a' - 'A'
	return string(b)
}

// sentence returns one made-up news sentence, half of them with a figure.
func sentence(r *rand.Rand) string {
	switch r.IntN(10) {
	case 0:
		return fmt.Sprintf("At least %d %s were evacuated from %s, %s %s.",
			10+r.IntN(990), pick(r, objects), name(r), pick(r, subjects), pick(r, verbs))
	case 1:
		return fmt.Sprintf("The flood covered about %d %s around %s, %s %s %s.",
			2+r.IntN(300), pick(r, units), name(r), pick(r, subjects), pick(r, verbs), pick(r, adverbs))
	case 2:
		return fmt.Sprintf("Repairs are expected to cost %d.%d million euros, %s %s of %s.",
			1+r.IntN(90), r.IntN(10), name(r), pick(r, verbs), pick(r, subjects))
	case 3:
		return fmt.Sprintf("Nearly %d%% of %s in %s lost power %s.",
			5+r.IntN(90), pick(r, objects), name(r), pick(r, adverbs))
	case 4:
		return fmt.Sprintf("%s %s %s that %d people had been treated for minor injuries.",
			name(r), name(r), pick(r, verbs), 2+r.IntN(60))
	default:
		// Ordinary prose: words in no particular order, some names.
		words := make([]string, 8+r.IntN(14))
		for i := range words {
			if r.IntN(10) == 0 {
				words[i] = name(r)
			} else {
				words[i] = pick(r, vocabulary)
			}
		}
		s := strings.Join(words, " ")
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
}

// article returns a made-up news article of about size bytes, in
// paragraphs of a few sentences.
func article(r *rand.Rand, size int) string {
	var b strings.Builder
	for b.Len() < size {
		n := 2 + r.IntN(3)
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(sentence(r))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// revise returns text with one small edit, as a newsroom makes them: a
// number changed, a sentence replaced or added. The result always differs.
func revise(r *rand.Rand, text string) string {
	for {
		if next := reviseOnce(r, text); next != text {
			return next
		}
	}
}

func reviseOnce(r *rand.Rand, text string) string {
	paras := strings.Split(strings.TrimSuffix(text, "\n\n"), "\n\n")
	p := r.IntN(len(paras))
	sents := strings.SplitAfter(paras[p], ". ")
	s := r.IntN(len(sents))
	switch r.IntN(4) {
	case 0, 1: // bump the first number of the sentence
		old := sents[s]
		for i := 0; i < len(old); i++ {
			if old[i] >= '0' && old[i] <= '9' {
				j := i
				for j < len(old) && old[j] >= '0' && old[j] <= '9' {
					j++
				}
				sents[s] = old[:i] + fmt.Sprint(1+r.IntN(999)) + old[j:]
				break
			}
		}
		if sents[s] == old {
			sents[s] = sentence(r) + " "
		}
	case 2:
		sents[s] = sentence(r) + " "
	default:
		sents = append(sents[:s+1], append([]string{sentence(r) + " "}, sents[s+1:]...)...)
	}
	paras[p] = strings.TrimSpace(strings.Join(sents, ""))
	return strings.Join(paras, "\n\n") + "\n\n"
}

// figuresOf returns made-up figures for text: every number, with its
// sentence, as the extractor would report them.
func figuresOf(text string, limit int) []facts.Figure {
	var figs []facts.Figure
	for i := 0; i < len(text) && len(figs) < limit; i++ {
		if text[i] < '0' || text[i] > '9' || (i > 0 && text[i-1] >= '0' && text[i-1] <= '9') {
			continue
		}
		j := i
		for j < len(text) && text[j] >= '0' && text[j] <= '9' {
			j++
		}
		start := strings.LastIndex(text[:i], ". ") + 2
		if k := strings.LastIndex(text[:i], "\n"); k+1 > start {
			start = k + 1
		}
		end := strings.Index(text[j:], ".")
		if end < 0 {
			end = len(text)
		} else {
			end += j + 1
		}
		var value float64
		fmt.Sscan(text[i:j], &value)
		// The word after the number names it, as "homes" in "120 homes".
		word := strings.Fields(text[j:min(len(text), j+40)] + " x")[0]
		word = strings.Trim(word, ".,%")
		f := facts.Figure{
			Key: "evacuated " + word, Category: facts.Count, Value: value,
			Text: text[i:j], Unit: word, Sentence: text[start:end],
			Start: i, End: j, SentenceIndex: len(figs), Concept: "evacuated",
		}
		if len(figs)%3 == 0 {
			f.Qualifier = "at least"
		}
		if len(figs)%4 == 0 {
			h := value + 5
			f.High = &h
		}
		figs = append(figs, f)
		i = j
	}
	return figs
}

// TestArticleCompressesLikeProse keeps the generator honest: real news
// prose compresses about 2.4-2.8x with zlib at level 9.
func TestArticleCompressesLikeProse(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		text := article(rand.New(rand.NewPCG(seed, seed)), 6000)
		z, err := compress([]byte(text), nil)
		if err != nil {
			t.Fatal(err)
		}
		if ratio := float64(len(text)) / float64(len(z)); ratio < 2.2 || ratio > 3.2 {
			t.Errorf("article(seed %d): %d bytes compress to %d (%.2fx); want 2.2x-3.2x", seed, len(text), len(z), ratio)
		}
	}
}
