package facts

import (
	"os"
	"strings"
	"testing"
)

// benchText is news-style text written for the benchmarks.
const benchText = `KABUL (Newswire) - Gunmen stormed a police compound in the eastern province on Friday, killing at least 14 officers and wounding 23 others, a provincial spokesman said.The attack began at about 4:30 a.m. and lasted nearly six hours before security forces regained control of the building.
The interior ministry said more than 2,000 troops had been sent to the region since Dec. 31, and that a further 1,500 would arrive within two weeks. Officials put the cost of the operation at $3.5 billion, or roughly 1.2% of national output.
Aid agencies said tens of thousands of people had fled their homes, and that about a third of them were children. “We have never seen anything like it,” one doctor told reporters, adding that 62 patients were treated for burns.
The country has been at war for nearly 17 years, and the U.S.-led coalition still keeps some 8,500 soldiers in bases across the north. Parliament will vote on the $450 million aid package on March 4, 2025, its second attempt this year.
Temperatures reached 41°C in the capital on Thursday, and forecasters expect up to 40 mm of rain over the weekend, with winds of 70 km/h.
Share this article
`

func benchInput(b *testing.B) string {
	if data, err := os.ReadFile("../../shared/seed/reuters-baghdad-embassy.txt"); err == nil {
		return strings.Repeat(benchText+string(data)+"\n\n", 64)
	}
	return strings.Repeat(benchText, 128)
}

// BenchmarkExtract measures extraction throughput on news text.
func BenchmarkExtract(b *testing.B) {
	in := benchInput(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(in)
	}
}

// BenchmarkParseSeed parses the seed article once per op (about 6 KB), the
// extraction half of comparing two versions of it.
func BenchmarkParseSeed(b *testing.B) {
	data, err := os.ReadFile("../../shared/seed/reuters-baghdad-embassy.txt")
	if err != nil {
		b.Skip("no seed")
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(string(data))
	}
}
