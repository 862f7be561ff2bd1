package facts

import (
	"os"
	"strings"
	"testing"
)

func TestProbe(t *testing.T) {
	b, err := os.ReadFile("/tmp/probe/in.txt")
	if err != nil {
		t.Skip()
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		t.Logf("%s\n      %s", line, strings.Join(briefs(line), " | "))
	}
}
