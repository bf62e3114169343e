package lexicon

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge/lexicon/internal/wordnet"
)

// TestTableMatchesGenerator regenerates the table from WordNet and
// compares it with the committed lexicon.bin, so that neither the
// generator nor the table can drift from the other. Without WordNet it is
// skipped, unless BRIEFBOT_REQUIRE_WORDNET=1 (as in CI) makes that a
// failure.
func TestTableMatchesGenerator(t *testing.T) {
	dir := wordnet.DefaultDir()
	if _, err := os.Stat(filepath.Join(dir, "data.noun")); err != nil {
		msg := "no WordNet dict files in " + dir + " to regenerate lexicon.bin from: " +
			"install them with `apt-get install wordnet-base` (or set WORDNET_DIR)"
		if os.Getenv("BRIEFBOT_REQUIRE_WORDNET") == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	got, rep, err := wordnet.Build(dir)
	if err != nil {
		t.Fatalf("Build(%q): %v", dir, err)
	}
	if bytes.Equal(got, []byte(data)) {
		t.Logf("lexicon.bin matches its generator: %s", rep)
		return
	}
	sum, err := wordnet.SourceChecksum(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(header, "sha256 "+sum+";") {
		t.Fatalf("lexicon.bin was built from other WordNet files than those in %s (sha256 %s); "+
			"its header: %s", dir, sum, header)
	}
	out := filepath.Join(t.TempDir(), "lexicon.bin")
	if err := os.WriteFile(out, got, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Fatalf("lexicon.bin differs from what the generator makes of %s (written to %s, %d bytes against %d): "+
		"run `go generate ./knowledge/lexicon/` and commit lexicon.bin", dir, out, len(got), len(data))
}

// TestKindsMatchGenerator checks that the generator and this package
// number the kinds of relation and the table's layout alike.
func TestKindsMatchGenerator(t *testing.T) {
	pairs := []struct {
		got  Kind
		want wordnet.Kind
	}{
		{Inflection, wordnet.Inflection}, {Synonym, wordnet.Synonym}, {Derived, wordnet.Derived},
		{Similar, wordnet.Similar}, {Broader, wordnet.Broader}, {Narrower, wordnet.Narrower},
		{Defines, wordnet.Defines},
	}
	for _, p := range pairs {
		if uint8(p.got) != uint8(p.want) || p.got.String() != wordnet.KindName(p.want) {
			t.Errorf("Kind %d %q, generator's %d %q", p.got, p.got, p.want, wordnet.KindName(p.want))
		}
	}
	if format != wordnet.Format {
		t.Errorf("format %d, generator's %d", format, wordnet.Format)
	}
}
