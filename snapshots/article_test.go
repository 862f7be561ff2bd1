package snapshots

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/factdiff/factdiff/facts"
)

// A generator of article-like text and of small successive revisions of it,
// for tests and benchmarks. The vocabulary and the sentence shapes are made
// up here; the output reads like a wire story about an invented river town.

var (
	places   = []string{"Varnholm", "the river port", "the northern district", "Lake Osk", "the old bridge", "the regional capital", "the eastern valley"}
	subjects = []string{"officials", "the mayor's office", "rescue teams", "local residents", "the water authority", "engineers", "the provincial council", "volunteers"}
	verbs    = []string{"said", "reported", "confirmed", "estimated", "warned", "announced", "told reporters"}
	objects  = []string{"homes", "families", "workers", "vehicles", "boats", "schools", "shops", "farms"}
	units    = []string{"kilometres", "tonnes", "hectares", "metres", "litres"}
	adverbs  = []string{"late on Tuesday", "early this morning", "over the weekend", "in a statement", "at a briefing", "on Friday evening"}
	fillers  = []string{
		"The water began rising after three days of heavy rain upstream.",
		"Roads into the town remained closed to all but emergency traffic.",
		"Forecasters expect the river to crest before the end of the week.",
		"Shelters have been opened in two school gyms and a sports hall.",
		"Power was restored to most streets by midday, the utility said.",
		"Insurers have begun sending assessors to the worst-hit streets.",
		"A spokesperson declined to say when the embankment would be repaired.",
	}
)

func pick(r *rand.Rand, words []string) string { return words[r.IntN(len(words))] }

// sentence returns one made-up news sentence, most with a figure.
func sentence(r *rand.Rand) string {
	switch r.IntN(6) {
	case 0:
		return fmt.Sprintf("At least %d %s were evacuated from %s, %s %s.",
			10+r.IntN(990), pick(r, objects), pick(r, places), pick(r, subjects), pick(r, verbs))
	case 1:
		return fmt.Sprintf("The flood covered about %d %s around %s, %s %s %s.",
			2+r.IntN(300), pick(r, units), pick(r, places), pick(r, subjects), pick(r, verbs), pick(r, adverbs))
	case 2:
		return fmt.Sprintf("Repairs are expected to cost %d.%d million euros, %s %s.",
			1+r.IntN(90), r.IntN(10), pick(r, subjects), pick(r, verbs))
	case 3:
		return fmt.Sprintf("Nearly %d%% of %s in %s lost power %s.",
			5+r.IntN(90), pick(r, objects), pick(r, places), pick(r, adverbs))
	case 4:
		return fmt.Sprintf("%s %s that %d people had been treated for minor injuries.",
			strings.ToUpper(pick(r, subjects)[:1])+pick(r, subjects)[1:], pick(r, verbs), 2+r.IntN(60))
	default:
		return pick(r, fillers)
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
