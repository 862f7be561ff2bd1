package facts

import "testing"

func TestRounded(t *testing.T) {
	tests := []struct {
		name   string
		x, ref float64
		want   float64
	}{
		{"a scaled decimal", 8.7 * 1e12, 8.7 * 1e12, 8.7e12},
		{"a difference of decimals", 0.3 - 0.2, 0.3, 0.1},
		{"a difference of huge sums", 8.9e12 - 8.7*1e12, 8.9e12, 2e11},
		{"an exact integer", 1234567, 1234567, 1234567},
		{"zero", 0, 5, 0},
		{"no reference", 0.1 + 0.2, 0, 0.1 + 0.2},
		{"a negative", -(0.3 - 0.2), 0.3, -0.1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Rounded(tt.x, tt.ref); got != tt.want {
				t.Errorf("Rounded(%v, %v) = %v; want %v", tt.x, tt.ref, got, tt.want)
			}
		})
	}
}
