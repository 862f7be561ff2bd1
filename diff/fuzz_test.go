package diff

import (
	"testing"
)

func FuzzCompare(f *testing.F) {
	f.Add("Strikes killed at least 25 fighters and wounded 55.", "Strikes killed at least 26 fighters and wounded 55.")
	f.Add("More than 5,000 troops are there.Officials said so.", "Officials said so. About 5000 troops are there.")
	f.Add("A won 3 seats and B won 5.", "A won 5 seats and B won 3.")
	f.Add("Prices rose 3.5% to $3.5 billion in 2019, up from twelve.", "")
	f.Add("", "\xff\xfe 1,2,3 . . 4.5.6 -7 $ % 10:30 22nd")
	f.Fuzz(func(t *testing.T, a, b string) {
		self := Compare(a, a)
		if len(self.Facts) != 0 {
			t.Fatalf("Compare(a, a) = %d facts; want none", len(self.Facts))
		}
		res := Compare(a, b)
		checkResult(t, res)
		if got, want := len(res.Facts), len(res.Old.Figures)+len(res.New.Figures); got > want {
			t.Fatalf("Compare(a, b) = %d facts for %d figures", got, want)
		}
	})
}
